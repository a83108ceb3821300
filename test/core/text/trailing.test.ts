import assert from 'node:assert/strict';
import { trailingRunStart } from '../../../src/core/text/trailing';

describe('trailingRunStart', () => {
  it('is where the run of matching characters at the end starts, or the length when there is none', () => {
    assert.equal(trailingRunStart('Proposal: . ', /[\s:.]/), 8);
    assert.equal(trailingRunStart('Proposal', /[\s:.]/), 8);
    assert.equal(trailingRunStart(' :.', /[\s:.]/), 0);
    assert.equal(trailingRunStart('', /#/), 0);
  });

  it('reads only the run at the end, not one that stops short of it', () => {
    const text = `a${' '.repeat(200_000)}b  `;
    assert.equal(trailingRunStart(text, /\s/), text.length - 2);
  });
});
