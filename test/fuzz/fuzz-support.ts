/**
 * Shared pieces of the property-based and fuzz tests (fast-check): the seeds,
 * the arbitraries that make nasty input, and the invariants every result must
 * keep. Each property runs with a fixed seed, so a failure reproduces exactly;
 * set NETGOV_FUZZ_SEED to try another seed and NETGOV_FUZZ_RUNS to multiply
 * the run counts (e.g. 10 for a long soak on a quiet machine). A failure ends the
 * run at once, unshrunk, to keep the suite fast; NETGOV_FUZZ_SHRINK=1 shrinks it
 * to a small counterexample.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import fc from 'fast-check';
import type { Range } from '../../src/core/diagnostic';
import type { DocumentKind } from '../../src/core/model/kinds';
import { fromRoot } from '../helpers/paths';

export const TODAY = '2026-11-27';

/** fast-check parameters for a property: its own recorded seed, and a run count sized for two cores. */
export function params(seed: number, numRuns: number): fc.Parameters<unknown> {
  const override = process.env.NETGOV_FUZZ_SEED;
  const factor = Number(process.env.NETGOV_FUZZ_RUNS ?? '1');
  return { seed: override !== undefined ? Number(override) : seed, numRuns: Math.max(1, Math.round(numRuns * factor)), endOnFailure: process.env.NETGOV_FUZZ_SHRINK !== '1' };
}

// ---------------------------------------------------------------------------
// Invariants

/** Lines of a text as VS Code counts them: CRLF, LF and a lone CR end a line. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The text an editor shows for a file's bytes, worked out independently of
 * the core: UTF-16 by its BOM, otherwise UTF-8 with replacement characters,
 * never including the BOM.
 */
export function editorText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Every range lies inside the text: 0 <= line < lines, character <= the line's UTF-16 length, start <= end. */
export function assertRangesInside(text: string, ranges: readonly { range: Range; code?: string }[], what: string): void {
  const lines = linesOf(text);
  for (const { range, code } of ranges) {
    const label = `${what}: ${code ?? 'range'} ${JSON.stringify(range)} in a text of ${lines.length} lines`;
    for (const position of [range.start, range.end]) {
      assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), label);
      assert.ok(position.line >= 0 && position.line < lines.length, label);
      assert.ok(position.character >= 0 && position.character <= lines[position.line]!.length, label);
    }
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    assert.ok(ordered, `${label}: starts after it ends`);
  }
}

/** A JSON-safe copy for comparing two results (functions and cycles cannot appear: the core returns plain data). */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : typeof v === 'bigint' ? String(v) : v)) ?? 'null');
}

// ---------------------------------------------------------------------------
// Seeds: the fixture networks and the example network, every markdown file

export interface SeedDocument {
  /** Path relative to its network root, e.g. `members/amara-okafor.md`. */
  readonly relative: string;
  readonly kind: DocumentKind;
  readonly text: string;
}

function kindOf(relative: string): DocumentKind | undefined {
  if (relative === 'CHARTER.md') return 'charter';
  if (relative === 'PURPOSE.md') return 'purpose';
  const folder = relative.split('/')[0];
  const kinds: Record<string, DocumentKind> = { members: 'member', actions: 'action', meetings: 'meeting', pulses: 'pulse' };
  return folder !== undefined && relative.split('/').length === 2 ? kinds[folder] : undefined;
}

let seedCache: SeedDocument[] | undefined;

export function seedDocuments(): SeedDocument[] {
  if (seedCache) return seedCache;
  const roots = [...readdirSync(fromRoot('test/fixtures/networks')).map((name) => fromRoot('test/fixtures/networks', name)), fromRoot('examples/north-east-frailty-network')];
  const found: SeedDocument[] = [];
  const walk = (root: string, dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = posix.join(dir, name);
      if (statSync(full).isDirectory()) walk(root, full);
      else if (name.endsWith('.md') && name !== 'README.md') {
        const relative = posix.relative(root, full);
        const kind = kindOf(relative);
        if (kind) found.push({ relative, kind, text: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const root of roots) walk(root, root);
  seedCache = found;
  return found;
}

// ---------------------------------------------------------------------------
// Nasty pieces of text

const unicodeSnippets = [
  '\u{1D54F}', // astral letter
  '\u{1F600}\u{1F3FD}', // astral emoji with a skin-tone modifier
  'e\u0301\u0302\u0303', // combining marks
  '\u202Eevil\u202C', // right-to-left override
  '\u05D0\u05D1 \u0627\u0644', // Hebrew and Arabic
  '\u200F\u200E\u200B\u2060', // direction marks, zero-width spaces
  '\u0000', // NUL (makes the file binary)
  '\uFEFF', // a BOM inside the text
  '\u2028\u2029\u0085', // separators VS Code does not treat as line breaks
  '\u00A0\u3000', // non-breaking and ideographic spaces
  '\uFFFD\uFFFE\uFFFF',
  '\t',
  '\\',
];

/** YAML constructs the parser must survive, as text to splice into a document. */
export const yamlSnippets = [
  'anchor: &a [1, 2]\nalias: *a\n',
  'x: *nowhere\n',
  'self: &s [*s]\n',
  'name: !!binary aGVsbG8=\n',
  'name: !!js/function "function () { return process.exit(1) }"\n',
  'name: !!python/object:os.system [rm -rf /]\n',
  'name: !!js/regexp /(a+)+$/\n',
  'base: &b {name: x}\n<<: *b\n',
  'flow: {a: [1, {b: c}], "d": \'e\'}\n',
  'text: |+\n  kept\n\n\n',
  'text: >-\n  folded\n  lines\n',
  '\n---\nsecond: document\n...\n',
  '%YAML 1.1\n',
  '%TAG ! tag:example.com,2000:\n',
  '? [complex, key]\n: value\n',
  '? |\n  block key\n: value\n',
  '__proto__: {polluted: true}\n',
  'constructor: {prototype: {polluted: true}}\n',
  'date: 2026-02-30\n',
  'n: .nan\nm: -.inf\nbig: 1e400\nhex: 0x1F\n',
  'dup: 1\ndup: 2\n',
  '\tindented: with a tab\n',
  'key: "unterminated\n',
  "key: 'it''s'\n",
  '- a list\n- at the top\n',
  '"quoted key": v\n',
  '!!map {a: 1}\n',
  '&anchor\n',
  '[' .repeat(1000) + ']'.repeat(1000) + '\n',
  '{a: '.repeat(1000) + '1' + '}'.repeat(1000) + '\n',
  // 150 levels of indentation is over the limit; the 1000-level file is in test/corpus (half a megabyte of spaces).
  Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n',
  '- '.repeat(1000) + 'x\n',
  'lol1: &l1 [a, a, a, a, a, a, a, a, a]\nlol2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\nlol3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]\nlol4: [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]\n',
  '---\n',
  '---',
  '...\n',
  '',
];

const snippet = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...unicodeSnippets) },
  { weight: 3, arbitrary: fc.constantFrom(...yamlSnippets) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('---\n', '---', ':', ': ', '- ', '#', '"', "'", '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '\r', '\r\n', '\n') },
);

// ---------------------------------------------------------------------------
// Mutations of a valid document

type TextMutation =
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'delete-line' | 'duplicate-line'; readonly line: number }
  | { readonly op: 'swap-lines'; readonly a: number; readonly b: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'replace-value'; readonly line: number; readonly text: string }
  | { readonly op: 'indent'; readonly line: number; readonly by: string }
  | { readonly op: 'line-ends'; readonly ends: readonly string[] }
  | { readonly op: 'huge-scalar'; readonly line: number; readonly size: number };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), line: fc.nat() }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 20, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: snippet }) },
  { weight: 15, arbitrary: fc.record({ op: fc.constant('replace-value' as const), line: fc.nat(), text: snippet }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.constantFrom(' ', '  ', '\t', '    ', ' '.repeat(200)) }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('line-ends' as const), ends: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 4 }) }) },
  // A scalar of 200 KB, or one that takes the file over the 1 MiB limit: rare, as each costs a real parse.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('huge-scalar' as const), line: fc.nat(), size: fc.constantFrom(200_000, 1_100_000) }) },
);

function applyText(text: string, mutation: TextMutation): string {
  const lines = text.split('\n');
  const at = (n: number): number => n % (lines.length || 1);
  switch (mutation.op) {
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'delete-line':
      lines.splice(at(mutation.line), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(at(mutation.line), 0, lines[at(mutation.line)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [at(mutation.a), at(mutation.b)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert': {
      const offset = mutation.at % (text.length + 1);
      return text.slice(0, offset) + mutation.text + text.slice(offset);
    }
    case 'replace-value': {
      const line = at(mutation.line);
      const colon = (lines[line] ?? '').indexOf(': ');
      lines[line] = colon === -1 ? mutation.text : lines[line]!.slice(0, colon + 2) + mutation.text;
      return lines.join('\n');
    }
    case 'indent':
      lines[at(mutation.line)] = mutation.by + (lines[at(mutation.line)] ?? '');
      return lines.join('\n');
    case 'line-ends': {
      let i = 0;
      return text.replace(/\r\n|\r|\n/g, () => mutation.ends[i++ % mutation.ends.length]!);
    }
    case 'huge-scalar': {
      const line = at(mutation.line);
      lines.splice(line, 0, `huge: ${'x'.repeat(mutation.size)}`);
      return lines.join('\n');
    }
  }
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin-1';

function encodeAs(text: string, encoding: Encoding): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  switch (encoding) {
    case 'utf-8':
      return utf8;
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      const little = encoding === 'utf-16le';
      out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        out[2 + i * 2] = little ? unit & 0xff : unit >> 8;
        out[3 + i * 2] = little ? unit >> 8 : unit & 0xff;
      }
      return out;
    }
    case 'latin-1':
      // Windows-1252 as a user's old editor would save it: one byte a character.
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  }
}

type ByteMutation = { readonly at: number; readonly bytes: readonly number[] };

/** Raw bytes spliced in: lone surrogates (CESU-8), overlong forms, stray continuation bytes, NUL. */
const byteMutation: fc.Arbitrary<ByteMutation> = fc.record({
  at: fc.nat(),
  bytes: fc.oneof(
    fc.constantFrom([0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xc0, 0xaf], [0x80], [0xff], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x00], [0xef, 0xbb, 0xbf]),
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
  ),
});

function applyBytes(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  const at = mutation.at % (bytes.length + 1);
  return new Uint8Array([...bytes.subarray(0, at), ...mutation.bytes, ...bytes.subarray(at)]);
}

export interface MutatedDocument {
  readonly seed: SeedDocument;
  readonly bytes: Uint8Array;
}

/** A fixture or example document with a few text mutations, saved in some encoding, perhaps with raw bytes spliced in. */
export function mutatedDocument(seeds: readonly SeedDocument[] = seedDocuments()): fc.Arbitrary<MutatedDocument> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      text: fc.array(textMutation, { minLength: 1, maxLength: 4 }),
      encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'latin-1'),
      bytes: fc.array(byteMutation, { maxLength: 2 }),
    })
    .map(({ seed, text, encoding, bytes }) => {
      const mutated = text.reduce(applyText, seed.text);
      return { seed, bytes: bytes.reduce(applyBytes, encodeAs(mutated, encoding)) };
    });
}

/** Random bytes: mostly short, mostly printable, sometimes anything. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 500 }).map((s) => new TextEncoder().encode(s)),
  fc.string({ maxLength: 500 }).map((s) => new TextEncoder().encode(`---\n${s}\n---\n${s}`)),
  fc.array(snippet, { maxLength: 20 }).map((parts) => new TextEncoder().encode(`---\n${parts.join('')}\n---\n`)),
);

// ---------------------------------------------------------------------------
// Whole small networks with random references

export const memberIds = ['amara-okafor', 'sam-lee', 'zoe', 'x', 'a-b-c', '\u00e9lodie', 'Upper-Case', '1', 'amara-okafor-2'];
const areaIds = ['frailty', 'discharge', 'nowhere', ''];
const actionIds = ['2026-01-01-a', '2026-02-01-b', '2026-03-01-c', '2025-13-40-bad-date', 'no-date'];
const meetingIds = ['2026-01-10-network-meeting', '2026-02-10-network-meeting', 'bad'];

const date = fc.oneof(
  fc.constantFrom('2024-01-01', '2025-06-30', '2026-11-27', '2026-11-28', '2027-12-31', '2026-02-29', '2024-02-29', '27/11/2026', '', '0000-00-00', '9999-12-31'),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A YAML scalar: usually a plain value, sometimes something nasty. */
const scalar = (values: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: values }, { weight: 1, arbitrary: fc.constantFrom('null', '~', '[]', '{}', '42', 'true', '"\\u202Eevil"', '*nowhere', '!!binary aGk=') });

const ref = (ids: readonly string[]): fc.Arbitrary<string> => scalar(fc.constantFrom(...ids));
const list = (ids: readonly string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...ids), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`);
const name = fc.oneof(fc.constantFrom('Amara Okafor', 'Zoë Ä', '\u{1D54F} Astral', 'e\u0301t\u00e9', '\u202Eevil', '"quoted"'), fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 20 }).map((s) => JSON.stringify(s)));

const memberDoc = fc
  .record({
    name,
    joined: scalar(date),
    left: fc.option(date),
    roles: fc.array(fc.record({ role: fc.constantFrom('lead', 'co-chair', 'coordinator', 'member', 'chair'), area: fc.option(fc.constantFrom(...areaIds)), from: date, until: fc.option(date) }), { maxLength: 3 }),
  })
  .map((m) =>
    [
      '---',
      `name: ${m.name}`,
      'organisation: North Shire',
      `joined: ${m.joined}`,
      ...(m.left !== null ? [`left: ${m.left}`] : []),
      ...(m.roles.length > 0 ? ['roles:', ...m.roles.flatMap((r) => [`  - role: ${r.role}`, ...(r.area !== null ? [`    area: ${r.area}`] : []), `    from: ${r.from}`, ...(r.until !== null ? [`    until: ${r.until}`] : [])])] : []),
      '---',
      '',
      'About me, see [the charter](../CHARTER.md) and [someone](../members/nobody.md).',
      '',
    ].join('\n'),
  );

const actionDoc = fc
  .record({
    status: scalar(fc.constantFrom('proposed', 'agreed', 'in-progress', 'done', 'dropped', 'blocked', 'unknown')),
    proposedBy: ref(memberIds),
    proposed: scalar(date),
    owners: list(memberIds),
    area: fc.option(fc.constantFrom(...areaIds)),
    decision: fc.option(fc.record({ date, via: fc.constantFrom(...meetingIds, 'pull-request'), result: fc.constantFrom('agreed', 'rejected', 'deferred') })),
    due: fc.option(date),
    completed: fc.option(date),
    body: fc.constantFrom(['## Proposal', 'One form.', '', '## Expected impact', 'Faster.'], [], ['# Proposal', '[link](../actions/2026-01-01-a.md) [bad](../nowhere.md)'], ['## Proposal', '> '.repeat(50) + 'deep quote']),
  })
  .map((a) =>
    [
      '---',
      'title: An action',
      `status: ${a.status}`,
      `proposed_by: ${a.proposedBy}`,
      `proposed: ${a.proposed}`,
      `owners: ${a.owners}`,
      ...(a.area !== null ? [`area: ${a.area}`] : []),
      ...(a.decision ? ['decision:', `  date: ${a.decision.date}`, `  via: ${a.decision.via}`, `  result: ${a.decision.result}`] : []),
      ...(a.due !== null ? [`due: ${a.due}`] : []),
      ...(a.completed !== null ? [`completed: ${a.completed}`] : []),
      '---',
      ...a.body,
      '',
    ].join('\n'),
  );

const meetingDoc = fc
  .record({ date: scalar(date), facilitator: ref(memberIds), attendees: list(memberIds), decisions: list(actionIds), type: fc.constantFrom('network', 'workstream', 'other') })
  .map((m) => ['---', 'title: A meeting', `date: ${m.date}`, `type: ${m.type}`, `facilitator: ${m.facilitator}`, `attendees: ${m.attendees}`, `decisions: ${m.decisions}`, '---', '## Notes', 'Met.', ''].join('\n'));

const pulseDoc = fc
  .record({ date: scalar(date), invited: fc.integer({ min: -1, max: 40 }), counts: fc.array(fc.integer({ min: -1, max: 20 }), { minLength: 0, maxLength: 6 }), current: fc.integer({ min: 0, max: 6 }) })
  .map((p) =>
    ['---', `date: ${p.date}`, 'checklist: netgov-core', `invited: ${p.invited}`, `respondents: ${p.counts.reduce((s, c) => s + Math.max(0, c), 0)}`, 'questions:', '  purpose-clear:', `    counts: [${p.counts.join(', ')}]`, 'maturity:', '  purpose:', `    current: ${p.current}`, '    target: 4', '---', ''].join('\n'),
  );

const charterDoc = fc
  .record({ phase: fc.constantFrom('start-up', 'ongoing', 'other'), established: scalar(date), term: fc.integer({ min: -1, max: 60 }), areas: fc.subarray(['frailty', 'discharge']) })
  .map((c) =>
    [
      '---',
      'name: North Shire Network',
      `phase: ${c.phase}`,
      `established: ${c.established}`,
      'decisions:',
      '  rule: consent',
      'leadership:',
      `  term_months: ${c.term}`,
      ...(c.areas.length > 0 ? ['areas:', ...c.areas.flatMap((id) => [`  - id: ${id}`, `    title: ${id}`])] : []),
      '---',
      '## How we work',
      'Openly.',
      '## Decision making',
      'By consent.',
      '## Membership',
      'Anyone.',
      '',
    ].join('\n'),
  );

const PURPOSE = ['---', 'statement: Older people stay well at home.', 'outcomes:', '  - id: faster-referrals', '    title: Faster referrals', '---', '# Purpose', ''].join('\n');

/** Files of a small network, by path relative to its root. */
export type NetworkFiles = Readonly<Record<string, string | Uint8Array>>;

export const smallNetwork: fc.Arbitrary<NetworkFiles> = fc
  .record({
    charter: charterDoc,
    purpose: fc.boolean(),
    members: fc.uniqueArray(fc.tuple(fc.constantFrom(...memberIds), memberDoc), { selector: ([id]) => id, maxLength: 6 }),
    actions: fc.uniqueArray(fc.tuple(fc.constantFrom(...actionIds), actionDoc), { selector: ([id]) => id, maxLength: 4 }),
    meetings: fc.uniqueArray(fc.tuple(fc.constantFrom(...meetingIds), meetingDoc), { selector: ([id]) => id, maxLength: 3 }),
    pulses: fc.uniqueArray(fc.tuple(fc.constantFrom('2026-q1', '2026-q3'), pulseDoc), { selector: ([id]) => id, maxLength: 2 }),
  })
  .map((n) => ({
    'CHARTER.md': n.charter,
    ...(n.purpose ? { 'PURPOSE.md': PURPOSE } : {}),
    ...Object.fromEntries(n.members.map(([id, text]) => [`members/${id}.md`, text])),
    ...Object.fromEntries(n.actions.map(([id, text]) => [`actions/${id}.md`, text])),
    ...Object.fromEntries(n.meetings.map(([id, text]) => [`meetings/${id}.md`, text])),
    ...Object.fromEntries(n.pulses.map(([id, text]) => [`pulses/${id}.md`, text])),
  }));

/** A document of any kind, by the path it goes to, for adding to a network. */
export const anyNetworkDocument: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom(...memberIds).map((id) => `members/${id}.md`), memberDoc),
  fc.tuple(fc.constantFrom(...actionIds).map((id) => `actions/${id}.md`), actionDoc),
  fc.tuple(fc.constantFrom(...meetingIds).map((id) => `meetings/${id}.md`), meetingDoc),
  fc.tuple(fc.constant('CHARTER.md'), charterDoc),
);

/** One mutation of a text, for the session's edits. */
export function mutateText(): fc.Arbitrary<(text: string) => string> {
  return fc.array(textMutation.filter((m) => m.op !== 'huge-scalar'), { minLength: 1, maxLength: 3 }).map((mutations) => {
    const apply = (text: string): string => mutations.reduce(applyText, text);
    apply.toString = () => JSON.stringify(mutations);
    return apply;
  });
}
