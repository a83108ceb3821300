/** Authoring-aid edges a random sample of mutants found unguarded. ‸ marks the cursor. */
import assert from 'node:assert/strict';
import { memberSummary } from '../../../src/core/language/cards';
import { addFields } from '../../../src/core/language/edits';
import { frontmatterOf } from '../../../src/core/language/frontmatter';
import { md } from '../network-builder';
import { open } from './helpers';

describe('memberSummary of a member with no organisation', () => {
  it('is the name alone, with no trailing comma', async () => {
    const { document } = await open('members/sam-lee.md', md(['name: Sam Lee', 'joined: 2024-01-01']));
    assert.equal(memberSummary(document), 'Sam Lee');
  });
});

describe('addFields to a flow mapping that is never closed', () => {
  it('makes no edit, as there is no closing brace to write before', async () => {
    const { document } = await open('members/sam-lee.md', '---\nname: Sam Lee\njoined: 2024-01-01\nhandles: { github: samlee\n---\n');
    const frontmatter = frontmatterOf(document);
    assert.ok(frontmatter);
    assert.equal(addFields(document, frontmatter, ['handles'], [['email', 'sam@example.org']]), undefined);
  });

  it('writes the field before the closing brace when there is one', async () => {
    const { document } = await open('members/sam-lee.md', '---\nname: Sam Lee\njoined: 2024-01-01\nhandles: { github: samlee }\n---\n');
    const frontmatter = frontmatterOf(document);
    assert.ok(frontmatter);
    assert.deepEqual(addFields(document, frontmatter, ['handles'], [['email', 'sam@example.org']]), {
      range: { start: { line: 3, character: 26 }, end: { line: 3, character: 26 } },
      newText: ', email: sam@example.org',
    });
  });
});
