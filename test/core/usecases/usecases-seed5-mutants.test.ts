/** Use cases: mutants of the seed-5 sample that no test told apart. */
import assert from 'node:assert/strict';
import { proposalFromIssueEvent } from '../../../src/core/usecases/action-from-issue';
import { checkChanges } from '../../../src/core/usecases/check-changed';
import { ACTION_ID, member, ROOT, TODAY, workspaceWith } from '../network-builder';

describe('an issue event: the outcomes it names (seed 5)', () => {
  const read = (body: string) => proposalFromIssueEvent(JSON.stringify({ issue: { number: 12, title: 'Shared referral form', body } }), 'event.json');
  const FORM = '### Proposal\n\nOne form.\n\n### Expected impact\n\nFaster referrals.\n';

  it('names none when the form has no outcomes section, or leaves it blank', () => {
    assert.deepEqual(read(FORM).outcomes, []);
    assert.deepEqual(read(`${FORM}\n### Outcomes it serves\n\n_No response_\n`).outcomes, []);
  });

  it('splits the outcomes at spaces, commas and semicolons, with no empty ones from a leading separator', () => {
    assert.deepEqual(read(`${FORM}\n### Outcomes it serves\n\n, faster-referrals;fewer-readmissions,,\n  happier-staff\n`).outcomes, ['faster-referrals', 'fewer-readmissions', 'happier-staff']);
  });
});

describe('checking a change: CODEOWNERS follows the lead roles (seed 5)', () => {
  // A block naming a reviewer no lead role gives: out of date whatever the change.
  const STALE = '# netgov:begin\n/net/members/ @someone\n# netgov:end\n';
  const check = async (changed: readonly string[]) => {
    const head = workspaceWith({ 'members/sam-lee.md': member('Sam Lee', ['profession: Nurse']) });
    head.write('/ws/CODEOWNERS', STALE);
    const base = workspaceWith();
    base.write('/ws/CODEOWNERS', STALE);
    const report = await checkChanges({ head, base, top: '/ws', roots: [ROOT], changed }, { today: TODAY, repositoryRoot: '/ws' });
    return report.diagnostics.map((d) => [d.file, d.code]);
  };

  it('leaves CODEOWNERS out when the change touched neither a member page, the charter nor CODEOWNERS', async () => {
    assert.deepEqual(await check([`${ROOT}/actions/${ACTION_ID}.md`]), []);
  });

  it('reports CODEOWNERS when the change touched a member page, the charter or CODEOWNERS itself', async () => {
    assert.deepEqual(await check([`${ROOT}/members/sam-lee.md`]), [['/ws/CODEOWNERS', 'codeowners.out-of-date']]);
    assert.deepEqual(await check([`${ROOT}/CHARTER.md`]), [['/ws/CODEOWNERS', 'codeowners.out-of-date']]);
    assert.deepEqual(await check(['/ws/CODEOWNERS']), [['/ws/CODEOWNERS', 'codeowners.out-of-date']]);
  });
});
