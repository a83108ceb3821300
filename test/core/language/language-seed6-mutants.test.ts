import assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/language';
import { memberCard } from '../../../src/core/language/cards';
import { fieldDocumentation } from '../../../src/core/language/schema-info';
import { open, TODAY } from './helpers';

/** Details the seed-6 mutation sample left unpinned. ‸ marks the cursor. */

describe('memberCard: a role without dates', () => {
  it('lists the role with no dates at all (neither `from` nor `until` written)', async () => {
    const { document } = await open('members/zoe-park.md', '---\nname: Zoe Park\nroles:\n  - role: member\n---\n');
    assert.equal(memberCard(document, TODAY), '**Zoe Park** · member `zoe-park`\n\n- member');
  });
});

describe('completion: a flow collection that opens and closes on the cursor\'s line', () => {
  it('reads the line alone: a word typed before another entry with no comma is one entry with it, so nothing is offered', async () => {
    const { document, network, position } = await open('actions/2026-11-20-falls-audit.md', '---\ntitle: X\nowners: [sa‸ tom-hughes]\n---\n');
    assert.deepEqual(
      completionsAt(document, network, position, TODAY).map((item) => `${item.label}|${item.insertText}`),
      [],
    );
  });
});

describe('fieldDocumentation: a field with no title', () => {
  it('has no documentation when the schema gives it no title, description or examples', () => {
    assert.equal(fieldDocumentation('member', ['affiliations', 0]), undefined);
  });
});
