/** Suggestion edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { isoDateFrom, slugify } from '../../../src/core/text/suggest';

describe('slugify on a dotless i', () => {
  it('keeps it as a plain i: Yıldız Kaya -> yildiz-kaya', () => {
    assert.equal(slugify('Yıldız Kaya'), 'yildiz-kaya');
  });
});

describe('isoDateFrom on a written-out date with text before it', () => {
  it('reads the date alone, and nothing when other text precedes it', () => {
    assert.equal(isoDateFrom('27 November 2026'), '2026-11-27');
    assert.equal(isoDateFrom('on 27 November 2026'), undefined);
    assert.equal(isoDateFrom('127 November 2026'), undefined);
  });
});
