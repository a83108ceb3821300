/** View edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { ownerLoads } from '../../../src/core/views/owner-load';
import { statusSummary } from '../../../src/core/views/status';
import { timeAxis } from '../../../src/core/views/time-axis';
import { networkOf } from '../health/health-fixtures';
import { md } from '../network-builder';

describe('ownerLoads with an even number of members', () => {
  it('takes the median load as the mean of the middle two, so a member above it is not suggested', async () => {
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'members/busy.md': md(['name: Bea Busy', 'joined: 2024-01-01', 'interests:', '  - falls prevention']),
      'members/free.md': md(['name: Fay Free', 'joined: 2024-01-01']),
      'actions/2026-10-01-a.md': md(['title: Work a', 'status: agreed', 'proposed_by: busy', 'proposed: 2026-10-01', 'owners: [busy]']),
      'actions/2026-10-01-b.md': md(['title: Work b', 'status: agreed', 'proposed_by: busy', 'proposed: 2026-10-01', 'owners: [busy]']),
    });
    // Open ownerships 2 and 0: the median is 1, and Bea's 2 is more than most carry.
    assert.deepEqual(
      ownerLoads(network, '2026-11-27', { title: 'Falls prevention' }).map((load) => [load.id, load.openOwnerships, load.matches, load.suggested]),
      [
        ['free', 0, [], false],
        ['busy', 2, ['falls prevention'], false],
      ],
    );
  });
});

describe('statusSummary with a name exactly as long as the status bar allows', () => {
  it('writes the name whole', () => {
    const name = 'North Shire Frailty Network West';
    assert.equal(name.length, 32);
    assert.equal(statusSummary(name, 1, { errors: 0, warnings: 0, infos: 0, findings: 0 }).text, 'North Shire Frailty Network West $(error) 0 $(warning) 0');
  });
});

describe('timeAxis starting mid-year', () => {
  it('spaces the years by the distance between their ticks, not from the axis start', () => {
    // Years 25 units apart: too close for every year's label (26 wide with a 6-unit gap), so every second year (2020 at the left end would crowd 2022).
    const axis = timeAxis('2020-07-01', '2024-06-30', 100);
    assert.deepEqual(
      axis.labels.map((label) => `${label.text}@${Math.round(label.at * 100)}${label.anchor === 'start' ? ' start' : ''}`),
      ['2022@38', '2024@88'],
    );
  });
});
