import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { completionsAt } from '../../../src/core/language';
import { open, ROOT, TODAY } from './helpers';

/** Completion details that earlier tests left unpinned. ‸ marks the cursor. */

describe('completion: member order', () => {
  it('offers members in id order, even after one was read again (and so indexed last)', async () => {
    const { document, network, position } = await open('actions/2026-11-20-falls-audit.md', '---\nproposed_by: ‸\n---\n');
    const amara = network.get(posix.join(ROOT, 'members/amara-okafor.md'));
    assert.ok(amara);
    network.set(amara);
    assert.deepEqual([...network.ofKind('member').keys()], ['sam-lee', 'tom-hughes', 'amara-okafor'], 'the index is out of id order');
    assert.deepEqual(
      completionsAt(document, network, position, TODAY).map((item) => item.label),
      ['amara-okafor', 'sam-lee', 'tom-hughes'],
    );
  });
});
