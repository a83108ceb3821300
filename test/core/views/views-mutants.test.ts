import assert from 'node:assert/strict';
import { memberGroups } from '../../../src/core/views/outline';
import { ownerLoads } from '../../../src/core/views/owner-load';
import { timeAxis } from '../../../src/core/views/time-axis';
import { networkTree, type ViewNode } from '../../../src/core/views/tree';
import { md } from '../network-builder';
import { CHARTER, TODAY, networkOf } from './view-network';

/** View details that earlier tests left unpinned. */

function find(nodes: readonly ViewNode[], label: string): ViewNode | undefined {
  for (const node of nodes) {
    const found = node.label === label ? node : find(node.children ?? [], label);
    if (found) return found;
  }
  return undefined;
}

describe('views: details', () => {
  it('orders members whose names differ only in capitals by code point, capitals first', async () => {
    const network = await networkOf({
      'CHARTER.md': CHARTER,
      'members/a-lee.md': md(['name: ann lee', 'organisation: X', 'joined: 2025-03-01']),
      'members/b-lee.md': md(['name: Ann Lee', 'organisation: X', 'joined: 2025-03-01']),
    });
    assert.deepEqual(
      memberGroups(network, TODAY).map((g) => [g.key, g.members.map((m) => m.id)]),
      [['members', ['b-lee', 'a-lee']]],
    );
  });

  it('lists a suggested owner before a member who carries less but is not suggested', async () => {
    const person = (name: string, interests: readonly string[]): string => md([`name: ${name}`, 'joined: 2024-01-01', ...(interests.length > 0 ? ['interests:', ...interests.map((i) => `  - ${i}`)] : [])]);
    const work = (id: string, owner: string): [string, string] => [`actions/${id}.md`, md([`title: Work ${id}`, 'status: agreed', `proposed_by: ${owner}`, 'proposed: 2026-10-01', `owners: [${owner}]`])];
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'members/ada.md': person('Ada Able', ['care homes']),
      'members/ben.md': person('Ben Busy', []),
      'members/cy.md': person('Cy Calm', []),
      ...Object.fromEntries([work('2026-10-01-a', 'ada'), work('2026-10-01-b', 'ben')]),
    });
    assert.deepEqual(
      ownerLoads(network, TODAY, { title: 'Care homes' }).map((load) => [load.id, load.openOwnerships, load.suggested]),
      [
        ['ada', 1, true],
        ['cy', 0, false],
        ['ben', 1, false],
      ],
    );
  });

  it('writes two year labels that are exactly the least gap apart', () => {
    // 730 days over 730 units: a year is 365 units; each label is 4 x 90 = 360 wide, so 2022's starts 5 units after 2021's ends.
    const axis = timeAxis('2021-01-01', '2023-01-01', 730, { charWidth: 90, gap: 5 });
    assert.deepEqual(
      axis.labels.map((label) => `${label.text}@${label.at * 730}`),
      ['2021@0', '2022@365', '2023@730'],
    );
  });

  it('lists each role, with its area and dates, in a member\'s tooltip', async () => {
    const network = await networkOf({
      'CHARTER.md': CHARTER,
      'members/ada-able.md': md(['name: Ada Able', 'organisation: X', 'joined: 2025-03-01', 'roles:', '  - role: sponsor', '  - role: lead', '    area: frailty', '    from: 2025-09-01', '    until: 2027-08-31']),
    });
    const node = find(networkTree([{ key: 'file:///ws/net', network }], TODAY), 'Ada Able');
    assert.equal(node?.tooltip, 'Ada Able, X\nsponsor\nlead (frailty) from 1 Sep 2025 until 31 Aug 2027\nJoined 1 Mar 2025');
  });
});
