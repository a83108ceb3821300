/** Survey headers: mutants of the seed-5 sample that no test told apart. */
import assert from 'node:assert/strict';
import { aggregateSurvey } from '../../../src/core/pulse/aggregate';

describe('aggregateSurvey: columns survey tools add (seed 5)', () => {
  it('leaves out the one-word columns survey tools add, though written in lower case each reads as a question id', () => {
    const totals = aggregateSurvey('id,timestamp,email,name,score,purpose-clear\n7,2026-11-01 10:00,ann@example.org,Ann Bell,12,4\n', 'survey.csv');
    assert.deepEqual(totals.ignoredColumns, ['id', 'timestamp', 'email', 'name', 'score']);
    assert.deepEqual(totals.questions.map((q) => [q.id, q.counts]), [['purpose-clear', [0, 0, 0, 1, 0]]]);
  });
});

describe('aggregateSurvey: the question text a mapping gives (seed 5)', () => {
  it('gives no text for a column headed with the very id it maps to, and the header for any other', () => {
    const mapping = new Map([
      ['purpose-clear', 'purpose-clear'],
      ['I feel heard', 'feel-heard'],
    ]);
    const totals = aggregateSurvey('purpose-clear,I feel heard\n4,5\n', 'survey.csv', mapping);
    assert.deepEqual(totals.questions.map((q) => [q.id, q.text]), [
      ['purpose-clear', undefined],
      ['feel-heard', 'I feel heard'],
    ]);
  });
});
