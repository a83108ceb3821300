/**
 * The hostile inputs of issue 13, generated (never committed), each with a
 * benign file of the same size. Used by test/limits/hostile.test.ts and by
 * bench/hostile.mjs (`npm run bench:hostile`), so the tests and the benchmark
 * attack with the same bytes.
 */

export interface HostileCase {
  readonly name: string;
  /** Where the file goes in a network folder. */
  readonly path: string;
  readonly hostile: string;
  readonly benign: string;
}

const MEMBER_HEAD = '---\nkind: member\nname: Mallory\norganisation: Elsewhere\njoined: 2024-01-01\n';

/** Benign text of exactly `length` characters: a valid member page with plain prose. */
export function benignMember(length: number): string {
  const head = `${MEMBER_HEAD}roles:\n  - role: member\n    from: 2024-01-01\n---\n\n`;
  const sentence = 'Mallory works on reablement and home care with the council and the trust. ';
  let body = '';
  while (head.length + body.length < length) body += body.length % 800 > 720 ? '\n\n' : sentence;
  return (head + body).slice(0, Math.max(length, head.length));
}

/** A role with `keys` unknown keys, aliased `aliases` times: one finding per key per alias. */
export function aliasedUnknownKeys(keys = 1000, aliases = 100): string {
  const fields = Array.from({ length: keys }, (_, i) => `    k${i}: 1`).join('\n');
  const uses = Array.from({ length: aliases }, () => '  - *r').join('\n');
  return `${MEMBER_HEAD}roles:\n  - &r\n    role: member\n    from: 2024-01-01\n${fields}\n${uses}\n---\n`;
}

/** A member page with `body`; the `<br>` sends the body to the full markdown parser (a line scan reads plain bodies). */
function withBody(body: string): string {
  return `${MEMBER_HEAD}roles:\n  - role: member\n    from: 2024-01-01\n---\n\n## Notes<br>\n\n${body}\n`;
}

export const nestedImages = (depth = 3000): string => withBody(`${'!['.repeat(depth)}a${'](b)'.repeat(depth)}`);
export const emphasisRun = (length = 19500): string => withBody(`${'*'.repeat(length)}a${'*'.repeat(length)}`);
export const oneLineList = (depth = 300): string => withBody(`${'- '.repeat(depth)}x${' y'.repeat(depth * 30)}`);
/** Frontmatter of blank lines: gray-matter's comment-stripping regex took quadratic time on it. */
export const blankFrontmatter = (lines = 97_000): string => `---\n${'\n'.repeat(lines)}---\n`;

/** The head of an action the clean network could hold (actions' bodies are read for their required sections). */
const ACTION_HEAD = '---\nkind: action\ntitle: Hostile text\nstatus: proposed\nproposed_by: lena-fischer\nproposed: 2026-11-01\n---\n\n';

/** Benign action text of exactly `length` characters: its two sections and plain prose. */
export function benignAction(length: number): string {
  const head = `${ACTION_HEAD}## Proposal\n\n`;
  const tail = '\n\n## Expected impact\n\nFewer missed reviews.\n';
  const sentence = 'Text reminders before reviews, sent by the practice two days ahead. ';
  let body = '';
  while (head.length + body.length + tail.length < length) body += body.length % 800 > 720 ? '\n\n' : sentence;
  return (head + body).slice(0, Math.max(length - tail.length, head.length)) + tail;
}

/** One heading line of an action with a long run of spaces: a lazy heading pattern backtracked over it (34 s for 200 KB). */
export const headingSpaces = (length = 200_000): string => `${ACTION_HEAD}## Proposal${' '.repeat(length)}x #\n\nText.\n\n## Expected impact\n\nFewer.\n`;
/** A line of dashes under an action's heading: the thematic-break test took 4 s on 50 KB once headings consulted it. */
export const dashLine = (length = 50_000): string => `${ACTION_HEAD}## Proposal\n\n${'-'.repeat(length)}\n\n## Expected impact\n\nFewer.\n`;

export function hostileCases(scale = 1): HostileCase[] {
  const cases = [
    { name: 'aliased unknown keys (9 KB)', path: 'members/mallory.md', hostile: aliasedUnknownKeys(Math.round(1000 * scale), 100) },
    { name: 'nested images (17 KB)', path: 'members/mallory.md', hostile: nestedImages(Math.round(3000 * scale)) },
    { name: 'run of * (39 KB)', path: 'members/mallory.md', hostile: emphasisRun(Math.round(19500 * scale)) },
    { name: 'one-line list 300 deep (19 KB)', path: 'members/mallory.md', hostile: oneLineList(Math.round(300 * Math.sqrt(scale))) },
    { name: 'blank-line frontmatter (292 KB)', path: 'members/mallory.md', hostile: blankFrontmatter(Math.round(292_000 * scale)) },
  ];
  const actions = [
    { name: 'heading, run of spaces (200 KB)', path: 'actions/2026-11-01-hostile.md', hostile: headingSpaces(Math.round(200_000 * scale)) },
    { name: 'line of dashes (50 KB)', path: 'actions/2026-11-01-hostile.md', hostile: dashLine(Math.round(50_000 * scale)) },
  ];
  return [...cases.map((c) => ({ ...c, benign: benignMember(c.hostile.length) })), ...actions.map((c) => ({ ...c, benign: benignAction(c.hostile.length) }))];
}

/** Many findings in one run: `files` pages of `keys` unknown keys each (four 80 KB pages made 160,000). */
export function manyFindingFiles(files = 4, keys = 8000): HostileCase[] {
  return Array.from({ length: files }, (_, i) => {
    const hostile = `${MEMBER_HEAD}roles:\n  - role: member\n    from: 2024-01-01\n${Array.from({ length: keys }, (_, k) => `x${k}: 1`).join('\n')}\n---\n`;
    return { name: `many findings ${i + 1}`, path: `members/mallory-${i + 1}.md`, hostile, benign: benignMember(hostile.length) };
  });
}
