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

  it('between partners sharing as much and as well tied, takes the first by id', async () => {
    // A - B and C - D: everyone works with one member. Zoe has no ties and shares walking with B and with D.
    const network = networkWith(
      {
        a: { name: 'Ada' },
        b: { name: 'Bob', extra: interests('walking') },
        c: { name: 'Cy' },
        d: { name: 'Dee', extra: interests('walking') },
        zoe: { name: 'Zoe', extra: interests('walking') },
      },
      meeting('2026-03-01', ['a', 'b']),
      meeting('2026-04-01', ['c', 'd']),
    );
    const isolates = suggestConnections(await factsOf(network, DAY)).filter((s) => s.kind === 'isolate');
    assert.deepEqual(isolates.map((s) => s.members), [['zoe', 'b']]);
  });

  it('names a group cut off behind one broker by its best-tied member and how many others', async () => {
    // Ann, Bob, Cy and Quin met together; Quin alone links Rae to them, and Rae alone links Sol and Tia.
    const network = networkWith(
      { ann: { name: 'Ann' }, bob: { name: 'Bob' }, cy: { name: 'Cy' }, quin: { name: 'Quin' }, rae: { name: 'Rae' }, sol: { name: 'Sol' }, tia: { name: 'Tia' } },
      meeting('2026-03-01', ['ann', 'bob', 'cy', 'quin']),
      meeting('2026-04-01', ['quin', 'rae']),
      meeting('2026-05-01', ['rae', 'sol']),
      meeting('2026-06-01', ['rae', 'tia']),
    );
    const brokers = suggestConnections(await factsOf(network, DAY)).filter((s) => s.kind === 'broker');
    assert.deepEqual(
      brokers.map((s) => `${s.members.join('-')}: ${s.reason}`),
      [
        'rae-ann: Only Quin links Rae and 2 others to the rest of the network; Rae and Ann, who also works with Quin, could make a second link.',
        'sol-quin: Only Rae links Sol and 1 other to the rest of the network; Sol and Quin, who also works with Rae, could make a second link.',
      ],
    );
  });
});
