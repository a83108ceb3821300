import { defineRule } from './meta';

/**
 * Problems with a file itself, found while reading it rather than by a rule's
 * check: encoding, frontmatter delimiters, YAML syntax, netgov.yml.
 */
export const inputRules = [
  defineRule({
    code: 'file.too-large',
    defaultSeverity: 'error',
    summary: 'A file is larger than the size limit and was not checked',
    explanation:
      'netgov refuses to read very large files so that one stray export cannot stall the editor or CI. Governance documents are small; a file over the limit is usually something pasted in by mistake. Split it, or raise `limits.max_file_kb` in `netgov.yml`.',
    example: 'A 40 MB spreadsheet export saved as `actions/2026-01-10-data.md`.',
  }),
  defineRule({
    code: 'file.too-many-findings',
    defaultSeverity: 'warning',
    summary: 'A file has more findings than are shown',
    explanation:
      'netgov shows at most 100 findings for one file, the most severe first, so that one broken or hostile file cannot bury every other result or stall CI. This finding says how many there were in all and takes the severity of the worst one left out. Fix the ones shown and check again. A run shows at most 20,000 findings and its summary says how many more there were.',
    example: 'A member page whose role has 1,000 unknown fields, repeated through 100 aliases.',
  }),
  defineRule({
    code: 'body.too-complex',
    defaultSeverity: 'warning',
    summary: 'A document\'s text nests too deeply for its headings and links to be checked',
    explanation:
      'Reading markdown takes time that grows faster than the text for some shapes: long runs of `*` or `_`, images nested inside images, and lists nested dozens deep on one line. Before reading a body netgov measures these, and past the budget it skips the checks on the text (required sections, links) and says where. Real governance documents come nowhere near it. Simplify the marked text.',
    example: '`![![![ ... ](b)](b)](b)` nested 3,000 times.',
  }),
  defineRule({
    code: 'file.unsafe-name',
    defaultSeverity: 'error',
    summary: 'A file or folder name has a control character',
    explanation:
      'A line break, tab or other control character in a file or folder name can forge lines in the output netgov writes (CODEOWNERS, CI annotations, terminal text). netgov refuses such names: it reports them, prints them escaped and leaves them out of CODEOWNERS. Rename the file or folder.',
    example: 'An action saved as `actions/2026-01-10-x\\n* @mallory.md`, with a real line break in the name.',
  }),
  defineRule({
    code: 'file.unreadable',
    defaultSeverity: 'error',
    summary: 'A file could not be read',
    explanation: 'The file exists but reading it failed, most often because of its permissions. The message gives the reason from the operating system.',
    example: 'A file in `members/` that only another user may read.',
  }),
  defineRule({
    code: 'file.binary',
    defaultSeverity: 'error',
    summary: 'A file in a network folder is binary, not markdown',
    explanation: 'Files in the network folders are read as markdown documents. A binary file (an image, a PDF, a Word document renamed to `.md`) cannot be, so it is reported and skipped. Move it elsewhere and link to it.',
    example: 'A Word document renamed to `members/sam-lee.md`.',
  }),
  defineRule({
    code: 'file.encoding',
    defaultSeverity: 'error',
    summary: 'A file is not saved as UTF-8',
    explanation:
      'Network documents must be UTF-8 so that names such as "Zoë" or "Siobhán" read the same for everyone and in every tool. A file saved as Windows-1252, Latin-1 or UTF-16 shows garbled characters elsewhere. netgov still checks the rest of the file; the position shows the first bad byte. Re-save the file as UTF-8.',
    example: 'A member page written in an old editor that saved `Zoë` as Windows-1252.',
  }),
  defineRule({
    code: 'file.bom',
    defaultSeverity: 'info',
    summary: 'A file starts with a byte-order mark',
    explanation: 'Some editors on Windows put an invisible byte-order mark at the start of UTF-8 files. netgov reads such files correctly, but other tools may then fail to see the `---` that opens the frontmatter. Save the file as "UTF-8" rather than "UTF-8 with BOM".',
    example: 'A file saved by Notepad as "UTF-8 with BOM".',
  }),
  defineRule({
    code: 'file.empty',
    defaultSeverity: 'error',
    summary: 'A network document is empty',
    explanation: 'An empty file in a network folder is most often an unfinished copy. Fill it in from its template (`netgov new`) or delete it.',
    example: 'An empty `actions/2026-11-27-new.md`.',
  }),
  defineRule({
    code: 'file.no-frontmatter',
    defaultSeverity: 'error',
    summary: 'A network document has no frontmatter',
    explanation:
      'Every network document starts with frontmatter: a `---` line on the very first line, the fields as `key: value` lines, and a closing `---` line. Without it netgov cannot tell who, what or when.',
    example: '```markdown\n# Amara Okafor\nConsultant geriatrician.\n```\nshould start with\n```markdown\n---\nname: Amara Okafor\norganisation: Northgate Hospitals NHS Foundation Trust\njoined: 2024-02-01\n---\n```',
  }),
  defineRule({
    code: 'file.unterminated-frontmatter',
    defaultSeverity: 'error',
    summary: 'The frontmatter is opened with `---` but never closed',
    explanation: 'Without the closing `---` line the whole document would be read as fields. Add a `---` line after the last field, before the text.',
    example: '```markdown\n---\ntitle: Shared referral form\nstatus: proposed\n\n## Proposal\n```',
  }),
  defineRule({
    code: 'yaml.syntax',
    defaultSeverity: 'error',
    summary: 'The frontmatter is not valid YAML',
    explanation:
      'The fields between the `---` lines are YAML. Common slips: a missing space after the colon, text with a colon that needs quotes, a list item not lined up with the others. The message gives the YAML reader\'s own words; fix the marked spot first, as one slip can confuse the lines after it.',
    example: '```yaml\ntitle: Referral: shared form   # a second colon: quote the text\n```',
  }),
  defineRule({
    code: 'yaml.duplicate-key',
    defaultSeverity: 'error',
    summary: 'A field appears twice in the same place',
    explanation: 'When a field is written twice, only one value can count, and nobody can tell which was meant. Keep one.',
    example: '```yaml\nstatus: proposed\nstatus: agreed\n```',
  }),
  defineRule({
    code: 'yaml.tab-indent',
    defaultSeverity: 'error',
    summary: 'Tabs are used to indent the frontmatter',
    explanation: 'YAML allows only spaces for indentation. Replace the tab with spaces (two per level is usual).',
    example: '```yaml\ndecision:\n\tdate: 2026-11-12\n```',
  }),
  defineRule({
    code: 'yaml.not-a-mapping',
    defaultSeverity: 'error',
    summary: 'The frontmatter is a list or a single value, not fields',
    explanation: 'Frontmatter is a set of named fields (`key: value`). A list (`- item`) or a lone value at the top cannot be read as a document.',
    example: '```yaml\n- Amara Okafor\n- Northgate Hospitals\n```',
  }),
  defineRule({
    code: 'yaml.alias-limit',
    defaultSeverity: 'error',
    summary: 'The frontmatter uses YAML aliases too many times',
    explanation:
      'YAML anchors (`&name`) and aliases (`*name`) let one value be reused, and used in layers they can expand a few lines into billions of values. netgov stops reading after `limits.max_aliases` expansions (default 100). Governance documents rarely need aliases at all: write the values out.',
    example: '```yaml\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n```',
  }),
  defineRule({
    code: 'yaml.complex-key',
    defaultSeverity: 'error',
    summary: 'A field name is a list or mapping',
    explanation:
      'YAML allows a list or mapping as a key (`[a, b]: 1`, or `? ` followed by one), but a document field has a single word as its name. netgov cannot read such a key as a field, so it stops reading the frontmatter and marks the key. Write the field as `name: value`.',
    example: '```yaml\n? [complex, key]\n: value\n```',
  }),
  defineRule({
    code: 'yaml.warning',
    defaultSeverity: 'warning',
    summary: 'The YAML reader warns about the frontmatter',
    explanation: 'The frontmatter can be read, but uses something unusual, such as an unknown `!tag`, that other tools may read differently.',
    example: '```yaml\ndue: !date 2026-12-01\n```',
  }),
  defineRule({
    code: 'config.unknown-rule',
    defaultSeverity: 'warning',
    summary: '`netgov.yml` sets the severity of a rule that does not exist',
    explanation: 'A misspelt rule code in `rules:` would silently do nothing. Use a code from this page.',
    example: '```yaml\nrules:\n  role.term-expire: info   # role.term-expired\n```',
  }),
] as const;
