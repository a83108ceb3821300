/**
 * Boundaries mutation testing found unguarded in CODEOWNERS and netgov.yml: how a difference
 * in the managed block is described, the line a network with an unsafe folder name gets, and
 * which layout paths count as inside the network's folder.
 */
import assert from 'node:assert/strict';
import { describeChanges } from '../../src/core/codeowners-check';
import { planCodeowners } from '../../src/core/codeowners';
import { insidePath } from '../../src/core/config';
import { loadNetwork } from '../../src/core/check';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { md } from './network-builder';

describe('CODEOWNERS: describing an out-of-date block', () => {
  it('counts lines only to remove, or only to add, rather than calling it a reordering', () => {
    assert.equal(describeChanges(['a', 'b'], ['a']), '1 line to remove');
    assert.equal(describeChanges(['a'], ['a', 'b', 'c']), '2 lines to add');
    assert.equal(describeChanges(['a', 'b'], ['b', 'a']), 'the same lines in another order');
  });
});

describe('CODEOWNERS: a network whose folder name has a control character', () => {
  it('gets a comment saying it is left out, and no reviewer lines', async () => {
    const root = '/ws/bad\tname';
    const workspace = new MemoryWorkspace({
      [`${root}/CHARTER.md`]: md(['name: Tabbed', 'established: 2024-01-01']),
      [`${root}/members/lee.md`]: md(['name: Lee', 'joined: 2024-01-01', 'handles:', '  github: lee', 'roles:', '  - role: lead', '    from: 2024-01-01']),
    });
    const { network } = await loadNetwork(workspace, root);
    const { block } = planCodeowners([network], '/ws', '2026-06-15', 'github');
    assert.deepEqual(block.slice(3, -1), ['# Network: bad\\tname/ left out: its folder name has a control character']);
  });
});

describe('netgov.yml: a layout path inside the network folder', () => {
  it('refuses the folder itself and its parent, however written', () => {
    for (const value of ['.', './', './/', '..', '../', '../x', 'a/../..', 'a/../../b']) assert.equal(insidePath(value), undefined, value);
    assert.equal(insidePath('./people/'), 'people');
    assert.equal(insidePath('a/../b'), 'b');
    assert.equal(insidePath('..x'), '..x');
  });
});
