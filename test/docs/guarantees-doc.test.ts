// docs/limits-and-guarantees.md names, for each promise, the test that proves
// it. This reads the page and holds it to that: every test it names exists in
// the file it names, and every promise names a test or says plainly that it
// has none.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fromRoot } from '../helpers/paths';

const PAGE = 'docs/limits-and-guarantees.md';

interface Reference {
  readonly file: string;
  readonly name: string;
  readonly line: number;
}

/** Code spans in order, with where they start and end. */
function codeSpans(text: string): { value: string; start: number; end: number }[] {
  const spans: { value: string; start: number; end: number }[] = [];
  // A span is `...`, where \` inside stands for a backtick.
  const pattern = /`((?:\\`|[^`])+)`/g;
  for (const match of text.matchAll(pattern)) spans.push({ value: match[1]!.replace(/\\`/g, '`'), start: match.index, end: match.index + match[0].length });
  return spans;
}

const TEST_FILE = /^test\/[\w./-]+\.test\.ts$/;
/** What may stand between two test names of one file: a comma, "and", a semicolon, a line break. */
const BETWEEN_NAMES = /^[\s,;]*(and\s+)?$/;

/** Every `file` › `name` the page gives, with the names that follow it after commas and "and". */
export function testReferences(text: string): Reference[] {
  const spans = codeSpans(text);
  const references: Reference[] = [];
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (!TEST_FILE.test(span.value)) continue;
    let previous = span;
    let first = true;
    for (let j = i + 1; j < spans.length; j++) {
      const next = spans[j]!;
      const between = text.slice(previous.end, next.start);
      const joined = first ? /^\s*›\s*$/.test(between) : BETWEEN_NAMES.test(between) || /^\s*\([^()`]*\)\s*(and\s+)?$/.test(between);
      if (!joined || TEST_FILE.test(next.value)) break;
      references.push({ file: span.value, name: next.value, line: lineOf(next.start) });
      previous = next;
      first = false;
    }
  }
  // The table of awkward files names tests of one file in its last column.
  const table = /\| Test \(`(test\/[\w./-]+\.test\.ts)` unless named\) \|\n\|[-| ]+\|\n((?:\|.*\|\n)+)/.exec(text);
  if (table) {
    const offset = table.index + table[0].length - table[2]!.length;
    let at = offset;
    for (const row of table[2]!.split('\n').filter(Boolean)) {
      const cells = row.split('|').slice(1, -1);
      for (const span of codeSpans(cells.at(-1)!)) references.push({ file: table[1]!, name: span.value, line: lineOf(at) });
      at += row.length + 1;
    }
  }
  return references;
}

/** A test title as it appears in source: quotes and backticks may be escaped there. */
function appearsIn(source: string, name: string): boolean {
  const unescaped = source.replace(/\\(['"`\\])/g, '$1');
  const title = name.replace(/\s*…$/, '');
  return unescaped.includes(title);
}

describe(PAGE, () => {
  const text = readFileSync(fromRoot(PAGE), 'utf8');
  const references = testReferences(text);

  it('names tests (the parser finds them: a guard against a page this test cannot read)', () => {
    assert.ok(references.length >= 30, `found only ${references.length} test references`);
    assert.ok(new Set(references.map((r) => r.file)).size >= 4);
  });

  it('every test it names exists, in the file it names', () => {
    const missing: string[] = [];
    for (const reference of references) {
      const path = fromRoot(reference.file);
      if (!existsSync(path)) missing.push(`line ${reference.line}: ${reference.file} does not exist`);
      else if (!appearsIn(readFileSync(path, 'utf8'), reference.name)) missing.push(`line ${reference.line}: ${reference.file} has no test "${reference.name}"`);
    }
    assert.deepEqual(missing, []);
  });

  it('every promise names its test, or says it has none', () => {
    const sections = text.split(/^## /m).slice(1).filter((section) => /^What netgov never|^What netgov reads/.test(section));
    assert.ok(sections.length >= 3, 'the promise sections were not found');
    const untested: string[] = [];
    for (const section of sections) {
      for (const bullet of section.split(/^- /m).slice(1)) {
        const promise = /^\*\*(.+?)\*\*/s.exec(bullet)?.[1];
        if (!promise) continue;
        if (/`test\/[\w./-]+`/.test(bullet) || /\bNo test\b/.test(bullet)) continue;
        untested.push(promise.replace(/\s+/g, ' '));
      }
    }
    assert.deepEqual(untested, [], 'a promise with no test named, and no "No test" saying so');
  });

  it('the reference reader follows commas, "and" and a bracketed remark, and stops at the next file', () => {
    const sample = '- `test/a.test.ts` › `one`, `two` (an aside) and `three`; `test/b.test.ts` › `four` and then `not a name`';
    assert.deepEqual(testReferences(sample).map((r) => `${r.file}:${r.name}`), ['test/a.test.ts:one', 'test/a.test.ts:two', 'test/a.test.ts:three', 'test/b.test.ts:four']);
  });
});
