/** Privacy edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { findHealthDetails } from '../../../src/core/privacy/health-detail';

describe('health details: "Who\'s" is no name', () => {
  it('does not take "Who\'s partner" (a slip for "Whose") as a named person\'s relative', () => {
    const text = "Who's partner was admitted in May?";
    assert.deepEqual(findHealthDetails(text).map((f) => text.slice(f.start, f.end)), []);
    const named = "Wendy's partner was admitted in May.";
    assert.deepEqual(findHealthDetails(named).map((f) => named.slice(f.start, f.end)), ["Wendy's partner was admitted"]);
  });
});
