/** Pulse edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { aggregateSurvey } from '../../../src/core/pulse/aggregate';

describe('pulse survey headers written id: text', () => {
  it('reads an id of one word, and one of three words, before the colon', () => {
    const totals = aggregateSurvey('trust: I trust the others,all-voices-heard: Every voice is heard\n4,5\n', 'survey.csv');
    assert.deepEqual(totals.ignoredColumns, []);
    assert.deepEqual(
      totals.questions.map((q) => [q.id, q.text, q.counts]),
      [
        ['trust', 'I trust the others', [0, 0, 0, 1, 0]],
        ['all-voices-heard', 'Every voice is heard', [0, 0, 0, 0, 1]],
      ],
    );
  });
});
