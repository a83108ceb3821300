import assert from 'node:assert/strict';
import { completionsAt, type CompletionItem } from '../../../src/core/language';
import { md } from '../network-builder';
import { open, range, TODAY } from './helpers';

/**
 * Completion where the text around the cursor is unusual: a blank line above a
 * new list entry, a flow mapping that goes on to the next line, a blank title.
 * ‸ marks the cursor.
 */

async function complete(file: string, content: string, changes: Readonly<Record<string, string | null>> = {}): Promise<CompletionItem[]> {
  const { document, network, position } = await open(file, content, changes);
  return completionsAt(document, network, position, TODAY);
}

describe('completion: edge cases', () => {
  it('starts a new list entry with its dash across a blank line after the list', async () => {
    const items = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\nroles:\n  - role: lead\n    from: 2026-01-01\n\n  ‸\n---\n');
    assert.deepEqual(
      items.map((item) => [item.label, item.insertText]),
      [
        ['role', '- role: '],
        ['from', '- from: '],
        ['area', '- area: '],
        ['until', '- until: '],
      ],
    );
    assert.deepEqual(items[0]!.range, range(6, 2, 6, 2));
  });

  it('offers values inside a flow mapping that goes on to the next line', async () => {
    const items = await complete('CHARTER.md', '---\nname: X\ndecisions: {rule: ‸\n  pull_requests: true}\n---\n');
    assert.deepEqual(
      items.map((item) => item.label),
      ['consensus', 'consent', 'majority', 'lead-decides'],
    );
    assert.deepEqual(items[0]!.range, range(2, 18, 2, 18));
  });

  it('gives an outcome whose title is blank no detail, rather than a blank one', async () => {
    const purpose = md(['statement: Stay well at home.', 'outcomes:', '  - id: faster-referrals', '    title: "  "', '  - id: fewer-readmissions', '    title: Fewer readmissions']);
    const items = await complete('actions/2026-11-20-falls-audit.md', '---\noutcomes: [‸]\n---\n', { 'PURPOSE.md': purpose });
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]),
      [
        ['faster-referrals', undefined],
        ['fewer-readmissions', 'Fewer readmissions'],
      ],
    );
    assert.ok(!('detail' in items[0]!), 'no detail key at all');
  });
});
