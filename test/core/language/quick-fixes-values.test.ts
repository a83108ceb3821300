import assert from 'node:assert/strict';
import type { QuickFix } from '../../../src/core/language';
import { md } from '../network-builder';
import { applyEdits, diagnosticsOf, fixesFor } from './helpers';

/**
 * The values quick fixes write: an empty list for a required list, an
 * outcome's id from its title and its title from its id, and a quoted value
 * replaced by the one meant. Each fix is applied and the text checked again.
 */


function applied(text: string, quickFix: QuickFix): string {
  assert.ok(quickFix.edits, `${quickFix.title} has no edits`);
  return applyEdits(text, quickFix.edits);
}

async function codesAfter(file: string, text: string): Promise<string[]> {
  return (await diagnosticsOf(file, { [file]: text })).map((d) => d.code);
}

describe('quick fixes: the values they write', () => {
  it('adds a required list as an empty list when nothing implies its entries', async () => {
    const file = 'meetings/2026-11-20-steering-group.md';
    const { text, fixes } = await fixesFor(file, md(['date: 2026-11-20', 'type: network'], ['## Notes']), 'schema.required');
    assert.deepEqual(fixes.map((f) => f.title), ['Add `attendees: []`']);
    assert.equal(applied(text, fixes[0]!), md(['date: 2026-11-20', 'type: network', 'attendees: []'], ['## Notes']));
  });

  it("makes an outcome's missing id from its title, and its missing title from its id", async () => {
    const body = ['# Our purpose', 'Text.'];
    const { text, fixes } = await fixesFor('PURPOSE.md', md(['statement: Stay well.', 'outcomes:', '  - title: Fewer falls at home', '  - id: faster-referrals'], body), 'schema.required');
    assert.deepEqual(fixes.map((f) => f.title), ['Add `id: fewer-falls-at-home`', 'Add `title: Faster referrals`', 'Add all 2 missing fields']);
    const fixed = applied(text, fixes[2]!);
    assert.equal(fixed, md(['statement: Stay well.', 'outcomes:', '  - title: Fewer falls at home', '    id: fewer-falls-at-home', '  - id: faster-referrals', '    title: Faster referrals'], body));
    assert.deepEqual(await codesAfter('PURPOSE.md', fixed), []);
  });

  it('names a quoted value without its quotes, and replaces it quotes and all', async () => {
    const file = 'members/sam-lee.md';
    const { text, fixes } = await fixesFor(file, md(['name: Sam Lee', 'organisation: X', 'joined: 2024-01-01', 'roles:', '  - role: "membr"', '    from: 2024-01-01']), 'schema.enum');
    assert.deepEqual(fixes.map((f) => f.title), ["Change 'membr' to 'member'"]);
    const fixed = applied(text, fixes[0]!);
    assert.equal(fixed, md(['name: Sam Lee', 'organisation: X', 'joined: 2024-01-01', 'roles:', '  - role: member', '    from: 2024-01-01']));
    assert.deepEqual(await codesAfter(file, fixed), []);
  });
});
