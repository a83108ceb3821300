import assert from 'node:assert/strict';
import { aggregateSurvey } from '../../../src/core/pulse/aggregate';

describe('pulse survey headers', () => {
  it('ignores a lower-case name column as a survey tool extra, not as a question', () => {
    const totals = aggregateSurvey('name,purpose-clear\nAda Lovelace,4\n', 'survey.csv');
    assert.deepEqual(totals.ignoredColumns, ['name']);
    assert.deepEqual(totals.questions.map((q) => [q.id, q.counts]), [['purpose-clear', [0, 0, 0, 1, 0]]]);
  });

  it('reads a [id] header with no space before its text, and one with no text', () => {
    const totals = aggregateSurvey('[purpose-clear]Our purpose is clear,[all-voices-heard]\n5,2\n', 'survey.csv');
    assert.deepEqual(totals.ignoredColumns, []);
    assert.deepEqual(
      totals.questions.map((q) => [q.id, q.text]),
      [['purpose-clear', 'Our purpose is clear'], ['all-voices-heard', undefined]],
    );
  });
});
