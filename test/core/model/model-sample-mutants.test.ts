/** Model edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { modelWords } from '../../../src/core/model/governance';

describe('modelWords', () => {
  it('names each governance model in words', () => {
    assert.deepEqual(
      (['shared', 'lead-organisation', 'administrative-organisation'] as const).map(modelWords),
      ['a network with shared governance', 'a lead-organisation network', 'an administrative-organisation network'],
    );
  });
});
