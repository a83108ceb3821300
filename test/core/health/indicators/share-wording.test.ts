// A share's verb agrees with what a reader hears as its subject: one thing, or one of one.
import assert from 'node:assert/strict';
import { shareSummary, shareVerb } from '../../../../src/core/health/indicator';

describe('indicator wording: the verb after a share', () => {
  const line = (part: number, whole: number): string => `${shareSummary(part, whole, ['outcome', 'outcomes'])} ${shareVerb(part, whole, 'has', 'have')} a target.`;

  it('is singular for one of several, and for none or one of one', () => {
    assert.equal(line(1, 4), '1 of 4 outcomes (25%) has a target.');
    assert.equal(line(0, 1), '0 of 1 outcome (0%) has a target.');
    assert.equal(line(1, 1), '1 of 1 outcome (100%) has a target.');
  });

  it('is plural for none or several of several', () => {
    assert.equal(line(0, 4), '0 of 4 outcomes (0%) have a target.');
    assert.equal(line(3, 4), '3 of 4 outcomes (75%) have a target.');
  });
});
