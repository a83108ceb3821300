/** The incremental session: mutants of the seed-5 sample that no test told apart. */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { NetworkSession } from '../../src/core/session';
import { member, ROOT, TODAY, workspaceWith } from './network-builder';

describe('NetworkSession.recheckAll (seed 5)', () => {
  const PAGE = posix.join(ROOT, 'members/sam-lee.md');

  it('checking everything again gives each diagnostic once, not once more per check', async () => {
    const session = await NetworkSession.open(workspaceWith({ 'members/sam-lee.md': member('Sam Lee', ['favourite: x']) }), ROOT, TODAY);
    const first = session.diagnostics().get(PAGE)!.map((d) => d.code);
    assert.deepEqual(first, ['schema.unknown-field']);
    const touched = await session.recheckAll();
    assert.deepEqual(session.diagnostics().get(PAGE)!.map((d) => d.code), ['schema.unknown-field']);
    assert.equal(touched.has(PAGE), true);
  });
});
