import assert from 'node:assert/strict';
import type { DiagnosticChange } from '../../../src/core/diff/diagnostics';
import type { NetworkDiff } from '../../../src/core/diff/diff';
import { diffToMarkdown } from '../../../src/core/diff/format-markdown';
import { diffToText } from '../../../src/core/diff/format-text';
import { QUIET } from './quiet-diff';


const PROBLEM: DiagnosticChange = {
  file: '/ws/net/actions/a.md',
  relative: 'actions/a.md',
  range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } },
  severity: 'warning',
  code: 'ref.unknown-member',
  message: "No member page for 'ghost'.",
};

/** The lines of a markdown section, from its heading to the next heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  assert.ok(start >= 0, `no section ${heading}`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('diff formats: the sections a reader sees when there is nothing, or one, to tell', () => {
  it('markdown: "None." under each empty problem list, and one problem still there in the singular', () => {
    const markdown = diffToMarkdown({ ...QUIET, diagnostics: { introduced: [], fixed: [], unchanged: 1 } });
    assert.deepEqual(section(markdown, '### Problems introduced'), ['### Problems introduced (0)', '', 'None.', '']);
    assert.deepEqual(section(markdown, '### Problems fixed'), ['### Problems fixed (0)', '', 'None.', '', '1 problem found before the change is still there.', '']);
  });

  it('markdown: a problem list that is not empty lists it instead of "None."', () => {
    const markdown = diffToMarkdown({ ...QUIET, diagnostics: { introduced: [PROBLEM], fixed: [], unchanged: 2 } });
    assert.deepEqual(section(markdown, '### Problems introduced'), [
      '### Problems introduced (1)',
      '',
      "- 🟡 warning `ref.unknown-member` [actions/a.md:5:3](actions/a.md#L5): No member page for 'ghost'.",
      '',
    ]);
    assert.match(markdown, /\n2 problems found before the change are still there\.\n$/);
  });

  it('markdown: the field-by-field table has its header row and separator, so it renders as a table', () => {
    const markdown = diffToMarkdown({
      ...QUIET,
      fields: [
        { document: 'charter', path: ['decisions', 'rule'], label: 'Decision rule', before: 'consent', after: 'consensus', shiftsPower: true },
        { document: 'purpose', path: ['statement'], label: 'Statement', before: undefined, after: 'Stay well at home.', shiftsPower: false },
      ],
    });
    assert.deepEqual(section(markdown, '### Charter and purpose'), [
      '### Charter and purpose, field by field',
      '',
      '| Field | Before | After | |',
      '|---|---|---|---|',
      '| Decision rule | consent | consensus | ⚠️ shifts power |',
      '| Purpose: Statement | – | Stay well at home. |  |',
      '',
    ]);
  });

  it('a finding the change created shows a dash for its missing side, in markdown and in text', () => {
    const diff: NetworkDiff = {
      ...QUIET,
      items: [{ dimension: 'leadership', id: 'top-owner', title: 'People who own most of the work', before: undefined, after: 'Rebecca owns 3 of 4.', statusBefore: undefined, statusAfter: 'at-risk', worse: true }],
    };
    assert.deepEqual(section(diffToMarkdown(diff), '### Health findings that moved').slice(2, 5), ['| Finding | Before | After |', '|---|---|---|', '| People who own most of the work | – | Rebecca owns 3 of 4. (at risk) |']);
    assert.match(diffToText(diff), /\n {2}People who own most of the work: – → Rebecca owns 3 of 4\. \(at risk\)\n/);
  });

  it('text: says in words that nothing changes who does what, and only then', () => {
    const quiet = diffToText(QUIET).split('\n');
    const at = quiet.indexOf('In words:');
    assert.deepEqual(quiet.slice(at, at + 3), ['In words:', '  nothing that changes who does what', '']);
    const busy = diffToText({ ...QUIET, changes: [{ kind: 'action-proposed', file: '/ws/net/actions/a.md', relative: 'actions/a.md', text: 'New proposal: A.' }] }).split('\n');
    const from = busy.indexOf('In words:');
    assert.deepEqual(busy.slice(from, from + 3), ['In words:', '  New proposal: A.  actions/a.md', '']);
  });
});

describe('diff formats: link targets (mutants)', () => {
  it('markdown: percent-encodes, in upper-case hex, the characters that would end or break a link target', () => {
    const file = 'actions/a [x]<y>(z).md';
    const markdown = diffToMarkdown({ ...QUIET, diagnostics: { introduced: [{ ...PROBLEM, file: `/ws/net/${file}`, relative: file }], fixed: [], unchanged: 0 } });
    assert.match(markdown, /\(actions\/a%20%5Bx%5D%3Cy%3E%28z%29\.md#L5\)/);
  });
});
