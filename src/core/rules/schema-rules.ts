import { defineRule } from './meta';

/** Problems found by validating frontmatter against the kind's JSON Schema (schemas/). */
export const schemaRules = [
  defineRule({
    code: 'schema.required',
    defaultSeverity: 'error',
    summary: 'A required field is missing',
    explanation: 'Each kind of document has a few fields it cannot do without, such as an action\'s `status` or a member\'s `joined` date. docs/format.md lists them; the quick fix in VS Code adds the field with a sensible value.',
    example: '```yaml\n---\nname: Amara Okafor\norganisation: Northgate Hospitals NHS Foundation Trust\n---\n```\n(a member needs `joined`)',
  }),
  defineRule({
    code: 'schema.unknown-field',
    defaultSeverity: 'error',
    summary: 'A field is not part of the format',
    explanation: 'A field the format does not know is most often a typo (`owner` for `owners`), and a typo means the value is silently ignored. The message suggests the closest known field.',
    example: '```yaml\nowner: [amara-okafor]\n```',
  }),
  defineRule({
    code: 'schema.type',
    defaultSeverity: 'error',
    summary: 'A field has the wrong kind of value',
    explanation: 'Some fields hold text, some a list, some a group of fields. A list written as plain text, or a single value where a group belongs, cannot be read as meant.',
    example: '```yaml\nowners: amara-okafor        # should be a list: [amara-okafor]\n```',
  }),
  defineRule({
    code: 'schema.enum',
    defaultSeverity: 'error',
    summary: 'A field has a value outside its fixed list',
    explanation: 'Fields such as `status`, `phase` or `role` take one of a fixed set of words, so that everyone (and netgov\'s health checks) reads them the same way. The message lists the allowed words.',
    example: '```yaml\nstatus: approved      # proposed, agreed, in-progress, done, dropped or blocked\n```',
  }),
  defineRule({
    code: 'schema.date',
    defaultSeverity: 'error',
    summary: 'A date is not written as YYYY-MM-DD',
    explanation: 'Dates are written the international way, year-month-day, so that they sort and compare correctly and nobody wonders whether 03/04 is March or April. The message suggests the ISO form of a date written another way.',
    example: '```yaml\ndue: 27/11/2026       # 2026-11-27\n```',
  }),
  defineRule({
    code: 'schema.pattern',
    defaultSeverity: 'error',
    summary: 'An id or handle is not in the expected form',
    explanation: 'Ids (member, action, meeting, outcome and area ids) are lower-case words joined by hyphens, the same as the file names they come from, so that they work in links and on every computer.',
    example: '```yaml\nowners: [Amara Okafor]   # amara-okafor\n```',
  }),
  defineRule({
    code: 'schema.duplicate-item',
    defaultSeverity: 'error',
    summary: 'A list names the same thing twice',
    explanation: 'Lists such as `owners`, `attendees` or `decisions` name each member or item once.',
    example: '```yaml\nattendees: [amara-okafor, sam-lee, amara-okafor]\n```',
  }),
  defineRule({
    code: 'schema.count',
    defaultSeverity: 'error',
    summary: 'A list has too few or too many entries',
    explanation: 'Some lists need a set number of entries: a purpose needs at least one outcome; a pulse question has exactly five answer counts (for answers 1 to 5).',
    example: '```yaml\ncounts: [0, 2, 5, 9]     # five numbers, for answers 1 to 5\n```',
  }),
  defineRule({
    code: 'schema.range',
    defaultSeverity: 'error',
    summary: 'A number is outside its allowed range',
    explanation: 'Numbers such as a quorum, a review cadence in months or a maturity level (1 to 5) have sensible limits.',
    example: '```yaml\nleadership:\n  term_months: 0\n```',
  }),
  defineRule({
    code: 'schema.length',
    defaultSeverity: 'error',
    summary: 'A text field is empty or too long',
    explanation: 'Names and titles must not be empty, and are kept short enough to show in lists.',
    example: '```yaml\ntitle: ""\n```',
  }),
  defineRule({
    code: 'schema.invalid',
    defaultSeverity: 'error',
    summary: 'A field does not match the format in another way',
    explanation: 'Any other mismatch with the format in schemas/. The message says what the format expects.',
    example: '(rare; see the message)',
  }),
  defineRule({
    code: 'kind.mismatch',
    defaultSeverity: 'error',
    summary: 'A document\'s `kind:` disagrees with the folder it is in',
    explanation: 'A document\'s kind comes from where it sits (`members/`, `actions/`...). An optional `kind:` field must agree, so that a file saved in the wrong folder is noticed rather than read as the wrong thing.',
    example: '```yaml\n# in actions/2026-11-27-referral-form.md\nkind: meeting\n```',
  }),
] as const;
