/** Pulse: mutants of aggregate.ts that a focused run left undetected. */
import assert from 'node:assert/strict';
import {
  PulseInputError,
  aggregateSurvey,
  answerValue,
  answered,
  parseMapping,
  questionsYaml,
  withTotals,
} from '../../../src/core/pulse/aggregate';

function throwsExactly(fn: () => unknown, message: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof PulseInputError);
    assert.equal(error.message, message);
    return true;
  });
}

describe('aggregate (focus)', () => {
  it('ignores the columns survey tools add that are ids', () => {
    const totals = aggregateSurvey('timestamp,email,name,score,id,q-a\nx,y,z,1,2,4\n', 's.csv');
    assert.deepEqual(totals.ignoredColumns, ['timestamp', 'email', 'name', 'score', 'id']);
    assert.deepEqual(totals.questions.map((q) => q.id), ['q-a']);
  });

  it('reads headers as id: text and [id] text only at the start, with spaces where allowed', () => {
    const totals = aggregateSurvey('Note q-a: one,See [q-b] two,q-c : Three,q-d:Four,[q-e ] Five\n1,2,3,4,5\n', 's.csv');
    assert.deepEqual(totals.ignoredColumns, ['Note q-a: one', 'See [q-b] two']);
    assert.deepEqual(totals.questions.map((q) => [q.id, q.text]), [['q-c', 'Three'], ['q-d', 'Four'], ['q-e', 'Five']]);
  });

  it('answers only a single digit 1 to 5', () => {
    assert.equal(answerValue('15'), undefined);
    assert.equal(answerValue(' 5 '), 5);
  });

  it('parses a mapping with a leading byte-order mark, and only that mark is dropped', () => {
    assert.deepEqual([...parseMapping('\uFEFFcolumns:\n  "A\uFEFFB": q-a\n', 'm.yml')], [['A B', 'q-a']]);
    assert.deepEqual([...parseMapping('columns:\n  "A\uFEFFB": q-a\n', 'm.yml')], [['A B', 'q-a']]);
  });

  it('gives no text to an empty mapped header', () => {
    const totals = aggregateSurvey(',q-b\n3,4\n', 's.csv', parseMapping('columns:\n  "": q-a\n', 'm.yml'));
    assert.deepEqual(totals.questions.map((q) => [q.id, q.text]), [['q-a', undefined], ['q-b', undefined]]);
  });

  it('refuses empty columns, non-string ids and names the first complex key', () => {
    throwsExactly(() => parseMapping('columns:\n', 'm.yml'), `m.yml: expected 'columns:' with one line per survey column, "Exact header text": question-id`);
    throwsExactly(
      () => parseMapping('columns:\n  A: 5\n', 'm.yml'),
      'm.yml: the column "A" maps to 5, which is not a question id (lower-case words joined by hyphens)',
    );
    throwsExactly(() => parseMapping('columns:\n  ? [a]\n  : q-a\n  ? [b]\n  : q-b\n', 'm.yml'), 'm.yml: the key ["a"] is a list or mapping; write each column header as text in quotes');
  });

  it('counts answers, writes no block for no questions, and fills in a page exactly', () => {
    assert.equal(answered({ id: 'q', column: 'q', counts: [1, 2, 0, 0, 3], blank: 9 }), 6);
    assert.equal(questionsYaml([]), '');
    throwsExactly(() => withTotals('---\nchecklist: x\n---\n', 'Bad Id', []), `--checklist 'Bad Id' is not an id (lower-case words joined by hyphens)`);
    const page = withTotals('---\nold-checklist: keep\nchecklist: x\n---\nBody\n', 'team-a', [{ id: 'q-a', column: 'q-a', counts: [1, 1, 1, 1, 1], blank: 0 }]);
    assert.equal(page, '---\nold-checklist: keep\nchecklist: team-a\nquestions:\n  q-a:\n    counts: [1, 1, 1, 1, 1]\n    blank: 0\n---\nBody\n');
  });
});
