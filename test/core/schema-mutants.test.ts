import assert from 'node:assert/strict';
import { resolveRef, schemaFor } from '../../src/core/schema/schemas';
import { ACTION_ID, about, diagnose, md, pulse } from './network-builder';

/** Schema details that earlier tests left unpinned. */

describe('schema messages: details', () => {
  it('starts the message for a field missing at the top with a capital', async () => {
    const file = `actions/${ACTION_ID}.md`;
    const text = md(['status: proposed', 'proposed_by: amara-okafor', 'proposed: 2026-10-30'], ['## Proposal', 'One form.', '', '## Expected impact', 'Faster referrals.']);
    const found = about(await diagnose({ [file]: text }), file, 'schema.required');
    assert.deepEqual(
      found.map((d) => d.message),
      ['An action document needs `title`.'],
    );
  });

  it('drops the pulse question\'s `counts` and `suppressed` clash when a field inside the question is wrong too', async () => {
    const file = 'pulses/2026-q4.md';
    const text = pulse(['questions:', '  purpose-clear:', '    counts: [1, 2, 3, 4]', '    suppressed: true', '    answered: 3']);
    const found = about(await diagnose({ [file]: text }), file).filter((d) => d.code.startsWith('schema.'));
    assert.deepEqual(
      found.map((d) => [d.code, d.message]),
      [['schema.count', '`questions.purpose-clear.counts` needs at least 5 entries.']],
    );
  });
});

describe('resolveRef', () => {
  it('resolves a reference into the file it names', () => {
    assert.equal(resolveRef('member.schema.json'), schemaFor('member'));
    assert.equal(resolveRef('member.schema.json#/title'), schemaFor('member').title);
    assert.equal(resolveRef('nothing.schema.json#/title'), undefined);
  });
});
