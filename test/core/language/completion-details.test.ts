import assert from 'node:assert/strict';
import { completionsAt, type CompletionItem } from '../../../src/core/language';
import { open, TODAY } from './helpers';

/** Completion details the main completion tests do not pin. ‸ marks the cursor. */

async function complete(file: string, content: string): Promise<CompletionItem[]> {
  const { document, network, position } = await open(file, content);
  return completionsAt(document, network, position, TODAY);
}

function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} among ${items.map((i) => i.label).join(', ')}`);
  return found;
}

describe('completion details', () => {
  it('reopens suggestions after a list key only when the list has something to suggest', async () => {
    const items = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\n‸\n---\n');
    assert.equal(item(items, 'roles').retrigger, true, 'roles are groups of fields');
    assert.equal(item(items, 'interests').insertText, 'interests: ');
    assert.equal(item(items, 'interests').retrigger, undefined, 'interests are free text');
  });

  it("reads a # inside a single-quoted value as text, not as a comment", async () => {
    const items = await complete('actions/2026-11-20-falls-audit.md', "---\ntitle: Falls audit\ndecision: {via: 'network meeting #3', result: ‸}\n---\n");
    assert.deepEqual(items.map((i) => i.label), ['agreed', 'rejected', 'deferred']);
  });
});
