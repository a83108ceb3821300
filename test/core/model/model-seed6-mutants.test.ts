/** Model helpers: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { resolveLocalLink } from '../../../src/core/model/links';

describe('resolveLocalLink: links with a scheme (seed 6)', () => {
  it('does not resolve a link whose scheme has more than one letter', () => {
    assert.equal(resolveLocalLink('members/ann.md', 'mailto:ann@example.org'), undefined);
    assert.equal(resolveLocalLink('members/ann.md', 'tel:0123'), undefined);
  });
});
