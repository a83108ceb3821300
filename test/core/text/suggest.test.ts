import assert from 'node:assert/strict';
import { didYouMean } from '../../../src/core/text/suggest';

describe('didYouMean on nothing typed', () => {
  it('suggests nothing for an empty word, even when a one-letter id is "close"', () => {
    assert.equal(didYouMean('', ['a', 'b']), undefined);
    assert.equal(didYouMean('b', ['a', 'b']), 'b');
  });
});
