import assert from 'node:assert/strict';
import { memberGroups, networkName } from '../../../src/core/views/outline';
import { md } from '../network-builder';
import { CHARTER, TODAY, networkOf } from './view-network';

describe('views: former members and network names', () => {
  it('lists those who left the most recent first, whatever their names', async () => {
    const network = await networkOf({
      'CHARTER.md': CHARTER,
      'members/ann-baker.md': md(['name: Ann Baker', 'organisation: X', 'joined: 2025-03-01', 'left: 2025-06-30']),
      'members/zoe-ward.md': md(['name: Zoe Ward', 'organisation: X', 'joined: 2025-03-01', 'left: 2026-09-30']),
      'members/bo-chen.md': md(['name: Bo Chen', 'organisation: X', 'joined: 2025-03-01', 'left: 2026-01-31']),
    });
    assert.deepEqual(
      memberGroups(network, TODAY).map((g) => [g.key, g.members.map((m) => m.id)]),
      [['former', ['zoe-ward', 'bo-chen', 'ann-baker']]],
    );
  });

  it('calls a network with no charter name and no usable folder name "Network"', async () => {
    assert.equal(networkName(await networkOf({ 'CHARTER.md': md(['phase: ongoing']) }, '/ws/__')), 'Network');
  });
});
