/** Rules: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { about, charter, diagnose, md } from '../network-builder';

describe('id.invalid for a file name with nothing to suggest (seed 6)', () => {
  it('ends the message at the rule, with no example', async () => {
    const file = 'members/___.md';
    const found = about(await diagnose({ 'CHARTER.md': charter(), [file]: md(['name: Ann Bell', 'joined: 2024-01-01']) }), file, 'id.invalid');
    assert.deepEqual(found.map((d) => d.message), ["The file name '___.md' cannot be used as a member id: use lower-case letters, digits and single hyphens."]);
  });
});
