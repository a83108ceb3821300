import assert from 'node:assert/strict';
import { suggestConnections } from '../../../src/core/health/connect';
import { factsOf } from './health-fixtures';
import { meeting, networkWith } from './indicators/connectivity-fixtures';

const DAY = '2026-11-27';

const interests = (...items: string[]): string[] => ['interests:', ...items.map((item) => `  - ${item}`)];

describe('health: connection suggestions, choosing and describing the partner', () => {
  it('between partners sharing as much, takes the one with more ties, and lists long interests as "and N others"', async () => {
    // A - B - C as a path of ties: B works with two members, A and C with one.
    // Zoe has no ties and shares walking with A and with B alike.
    const network = networkWith(
      {
        a: { name: 'Ada', extra: interests('walking') },
        b: { name: 'Bob', extra: interests('walking') },
        c: { name: 'Cy' },
        zoe: { name: 'Zoe', extra: interests('cooking', 'music', 'reading', 'walking') },
      },
      meeting('2026-03-01', ['a', 'b']),
      meeting('2026-04-01', ['b', 'c']),
    );
    const suggestions = suggestConnections(await factsOf(network, DAY));
    const isolate = suggestions.find((s) => s.kind === 'isolate');
    assert.ok(isolate, JSON.stringify(suggestions));
    assert.deepEqual(isolate.members, ['zoe', 'b']);
    assert.equal(isolate.reason, 'Zoe has not worked with anyone in the network in the last 12 months; Bob works with 2 members and could bring them in (both care about walking).');
    assert.deepEqual(
      isolate.evidence.map((e) => `${e.member}: ${e.note}`),
      ['zoe: no working ties yet; interested in cooking, music and 2 other interests', 'b: works with 2 members; interested in walking'],
    );
  });
});
