import assert from 'node:assert/strict';
import { suggestConnections, type ConnectionSuggestion } from '../../../src/core/health/connect';
import { charterWith, factsOf } from './health-fixtures';
import { meeting, networkWith, role } from './indicators/connectivity-fixtures';

const DAY = '2026-11-27';

const interests = (...items: string[]): string[] => ['interests:', ...items.map((item) => `  - ${item}`)];

const brief = (suggestions: readonly ConnectionSuggestion[]): string[] => suggestions.map((s) => `${s.kind} ${s.members.join('-')}`);

describe('health: connection suggestions, ordering and wording details', () => {
  it('a chain of brokers: the best-tied cut-off member, a partner outside the group, ties broken by the partner', async () => {
    // K1..K5 and B1 met together; B1 - B2 - V in a line, and V alone links W1 and W2, who both like walking.
    // B1 cuts off B2, V, W1 and W2 (V has most ties); B2 cuts off V, W1 and W2; V cuts off W1 and W2.
    // Meetings are kept but no actions: the shared reason says they have not worked together.
    const network = networkWith(
      {
        b1: { name: 'B1' },
        b2: { name: 'B2' },
        k1: { name: 'K1' },
        k2: { name: 'K2' },
        k3: { name: 'K3' },
        k4: { name: 'K4' },
        k5: { name: 'K5' },
        v: { name: 'V' },
        w1: { name: 'W1', extra: interests('walking') },
        w2: { name: 'W2', extra: interests('walking') },
      },
      meeting('2026-03-01', ['b1', 'k1', 'k2', 'k3', 'k4', 'k5']),
      meeting('2026-04-01', ['b1', 'b2']),
      meeting('2026-05-01', ['b2', 'v']),
      meeting('2026-06-01', ['v', 'w1']),
      meeting('2026-07-01', ['v', 'w2']),
    );
    assert.deepEqual(
      suggestConnections(await factsOf(network, DAY)).map((s) => `${s.kind} ${s.members.join('-')}: ${s.reason}`),
      [
        'shared-interest w1-w2: W1 and W2 both care about walking, but have not worked together in the last 12 months.',
        'broker v-b1: Only B2 links V and 2 others to the rest of the network; V and B1, who also works with B2, could make a second link.',
        'broker v-k1: Only B1 links V and 3 others to the rest of the network; V and K1, who also works with B1, could make a second link.',
        'broker w1-b2: Only V links W1 and 1 other to the rest of the network; W1 and B2, who also works with V, could make a second link.',
      ],
    );
  });

  it('counts an area role that ends on the day, and counts shared interests past two as "N other interest(s)"', async () => {
    const network = {
      ...networkWith({
        x: { name: 'Xan', extra: [...role('lead', '2025-01-01', DAY, 'frailty'), ...interests('art', 'books', 'chess')] },
        y: { name: 'Yas', extra: [...role('lead', '2025-01-01', '2027-12-31', 'frailty'), ...interests('art', 'books', 'chess')] },
      }),
      'CHARTER.md': charterWith(['areas:', '  - id: frailty', '    title: Frailty']),
    };
    assert.deepEqual(
      suggestConnections(await factsOf(network, DAY)).map((s) => `${s.kind} ${s.members.join('-')}: ${s.reason}`),
      ['shared-work x-y: Xan and Yas both work on Frailty, and both care about art, books and 1 other interest, but the network records no meetings or actions to show them working together.'],
    );
  });

  it('offers the newest newcomer first, then the first by id on the same day', async () => {
    const newcomers = (joined1: string, joined2: string): Record<string, string> =>
      networkWith({ c: { name: 'Cy' }, d: { name: 'Dee' }, n1: { name: 'Nia', joined: joined1 }, n2: { name: 'Ned', joined: joined2 } }, meeting('2026-03-01', ['c', 'd']));
    assert.deepEqual(brief(suggestConnections(await factsOf(newcomers('2026-10-01', '2026-11-01'), DAY))), ['newcomer n1-c', 'newcomer n2-c']);
    assert.deepEqual(brief(suggestConnections(await factsOf(newcomers('2026-10-01', '2026-11-01'), DAY), { limit: 1 })), ['newcomer n2-c']);
    assert.deepEqual(brief(suggestConnections(await factsOf(newcomers('2026-11-01', '2026-11-01'), DAY), { limit: 1 })), ['newcomer n1-c']);
  });
});
