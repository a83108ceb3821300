/** Text helpers: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { isoDateFrom, slugify } from '../../../src/core/text/suggest';

describe('slugify and isoDateFrom (seed 6)', () => {
  it('drops every trailing hyphen a run of punctuation leaves', () => {
    assert.equal(slugify('Budget 2027!!'), 'budget-2027');
    assert.equal(slugify('Budget -- !'), 'budget');
  });

  it('reads a two-digit month in a year-first date', () => {
    assert.equal(isoDateFrom('2026/11/3'), '2026-11-03');
  });
});
