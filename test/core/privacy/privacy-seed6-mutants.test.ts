/** Privacy helpers: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { buildAnonymiser } from '../../../src/core/privacy/anonymise';
import { findEmails, ROLE_MAILBOXES } from '../../../src/core/privacy/detect';

describe('findEmails: shared mailboxes (seed 6)', () => {
  it('counts admin@ as a shared mailbox, not a person', () => {
    assert.equal(ROLE_MAILBOXES.has('admin'), true);
    assert.deepEqual(findEmails('Write to admin@example.org.'), []);
  });
});

describe('buildAnonymiser: the longest text is replaced first (seed 6)', () => {
  it('replaces a handle that holds the name whole, not the name inside it', async () => {
    const anonymiser = await buildAnonymiser([{ id: 'x1', name: 'Ann', handles: ['Ann Bell'] }], 'salt', 2);
    assert.equal(anonymiser.text('Thanks, Ann Bell and Ann.'), 'Thanks, Member 1 and Member 1.');
  });
});
