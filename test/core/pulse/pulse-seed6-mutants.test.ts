/** Survey aggregation: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { aggregateSurvey, answerValue } from '../../../src/core/pulse/aggregate';

describe('aggregateSurvey (seed 6)', () => {
  it('reads "Neither agree or disagree" as the middle answer', () => {
    assert.equal(answerValue('Neither agree or disagree'), 3);
  });

  it('counts a cell missing from a short row as blank', () => {
    const totals = aggregateSurvey('purpose-clear,feel-heard\n4\n', 'survey.csv');
    assert.equal(totals.respondents, 1);
    assert.deepEqual(totals.questions.map((q) => [q.id, q.counts, q.blank]), [
      ['purpose-clear', [0, 0, 0, 1, 0], 0],
      ['feel-heard', [0, 0, 0, 0, 0], 1],
    ]);
  });
});
