/** Completion reads the word before the cursor back from the end once, however long the line. */
import assert from 'node:assert/strict';
import { offered } from './helpers';

const ACTION = 'actions/2026-11-20-falls-audit.md';
const STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'dropped', 'blocked'];

describe('completion: the word before the cursor on a long line', () => {
  it('replaces the whole word typed, on a 60,000-character line', async () => {
    const items = await offered(ACTION, `---\ntitle: X\nstatus: ${'p'.repeat(60_000)}‸\n---\n`);
    assert.deepEqual(items, STATUSES.map((status) => `${status}|${status}|2|8|60008`));
  });

  it('takes no word when the long word ends in a space before the cursor', async () => {
    const items = await offered(ACTION, `---\ntitle: X\nstatus: ${'p'.repeat(60_000)} ‸\n---\n`);
    assert.deepEqual(items, []);
  });
});
