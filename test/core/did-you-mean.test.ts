import assert from 'node:assert/strict';
import { didYouMean } from '../../src/core/text/suggest';

// Found by the extension-host concurrency test (test/vscode/suite/concurrency.test.ts): after a burst of
// files the editor suggested 'switched-member-101' and the CLI 'switched-member-100' for 'switched-member-10',
// because ties went to whichever id came first in each one's own order.
describe('didYouMean', () => {
  it('breaks a tie the same way whatever order the candidates come in', () => {
    const ids = ['switched-member-101', 'switched-member-100', 'switched-member-11', 'switched-member-1'];
    const expected = didYouMean('switched-member-10', ids);
    assert.equal(expected, 'switched-member-1');
    for (let i = 0; i < 24; i++) {
      const shuffled = [...ids].sort(() => ((i * 7919 + ids.length) % 3) - 1).reverse();
      assert.equal(didYouMean('switched-member-10', i % 2 ? shuffled : [...ids].reverse()), expected);
    }
    assert.equal(didYouMean('ab-c', ['ab-d', 'ab-b']), 'ab-b');
    assert.equal(didYouMean('ab-c', ['ab-b', 'ab-d']), 'ab-b');
  });

  it('still prefers the nearest over the first in order, and refuses what is too far', () => {
    assert.equal(didYouMean('amara-okafr', ['aaron', 'amara-okafor']), 'amara-okafor');
    assert.equal(didYouMean('zzz', ['amara-okafor']), undefined);
  });
});
