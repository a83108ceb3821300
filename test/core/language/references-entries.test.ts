import assert from 'node:assert/strict';
import { referencesAt } from '../../../src/core/language';
import { ACTION_ID, md, member } from '../network-builder';
import { open, pathOf, range } from './helpers';

/**
 * Find references from inside a purpose's outcome entries and from a member's
 * page, on the base network (its action serves faster-referrals; the purpose's
 * outcomes are faster-referrals on lines 3-4 and fewer-readmissions on lines 5-6).
 */

const READMISSIONS = 'actions/2026-11-21-readmissions.md';
const changes = { [READMISSIONS]: md(['title: Readmissions', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-21', 'outcomes: [fewer-readmissions]']) };

describe('find references from an entry', () => {
  it('from the second outcome\'s entry, lists what serves that outcome and not the first', async () => {
    const { document, network } = await open('PURPOSE.md', undefined, changes);
    assert.deepEqual(referencesAt(document, network, { line: 6, character: 12 }), [{ path: pathOf(READMISSIONS), range: range(5, 11, 5, 29) }]);
    assert.deepEqual(referencesAt(document, network, { line: 4, character: 12 }), [{ path: pathOf(`actions/${ACTION_ID}.md`), range: range(6, 11, 6, 27) }]);
  });

  it('from the purpose\'s statement, outside every entry, lists nothing', async () => {
    const { document, network } = await open('PURPOSE.md', undefined, changes);
    assert.deepEqual(referencesAt(document, network, { line: 1, character: 3 }), []);
  });

  it('from a member\'s page, lists the same places whether or not the declaration is asked for', async () => {
    const { document, network } = await open('members/sam-lee.md', member('Sam Lee'), changes);
    const found = referencesAt(document, network, { line: 1, character: 0 }, { includeDeclaration: true });
    assert.deepEqual(found, referencesAt(document, network, { line: 1, character: 0 }));
    assert.deepEqual(found[0], { path: pathOf(READMISSIONS), range: range(3, 13, 3, 20) });
  });
});
