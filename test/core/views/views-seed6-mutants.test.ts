/** View details: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { currentMembers } from '../../../src/core/views/authoring';
import { membersOf } from '../../../src/core/views/outline';
import { networkOf, ROOT } from '../health/health-fixtures';
import { md } from '../network-builder';

describe('members in order (seed 6)', () => {
  it('currentMembers puts two members of one name in code-point order of their ids, capitals first', async () => {
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'members/ann.md': md(['name: Sam Lee', 'joined: 2024-01-01']),
      'members/Bob.md': md(['name: Sam Lee', 'joined: 2024-01-01']),
    });
    assert.deepEqual(currentMembers(network, '2026-11-27').map((member) => member.id), ['Bob', 'ann']);
  });

  it('membersOf puts ids that differ only in case capitals first, whatever order the files were read in', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Test Network']), 'members/Ann.md': md(['name: Ann', 'joined: 2024-01-01']), 'members/ann.md': md(['name: Ann', 'joined: 2024-01-01']) });
    assert.deepEqual(membersOf(network).map((member) => member.id), ['Ann', 'ann']);
    // Set again, as an editor's session does on an edit: Ann.md now comes last among the members.
    network.set(network.get(posix.join(ROOT, 'members/Ann.md'))!);
    assert.deepEqual([...network.ofKind('member').keys()], ['ann', 'Ann']);
    assert.deepEqual(membersOf(network).map((member) => member.id), ['Ann', 'ann']);
  });
});
