import assert from 'node:assert/strict';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import { IssueInputError, planActionFromIssue, proposalFromIssueEvent, type IssueProposal, type ProposalTarget } from '../../../src/core/usecases/action-from-issue';
import { frontmatterOf } from '../../helpers/frontmatter';

// The core of `netgov new action --from-issue`: an issue written with the "Propose an action" form, made a proposed action.
describe('an action from an issue (core/usecases/action-from-issue.ts)', () => {
  const ROOT = '/ws/net';
  const TODAY = '2026-11-27';
  const ISSUE: IssueProposal = { number: 12, title: 'Shared referral form', author: 'amara-gh', proposal: 'One form.', impact: 'Faster referrals.', outcomes: [] };
  const TARGET: ProposalTarget = { members: [{ id: 'amara-okafor', github: 'amara-gh' }], outcomes: new Set(['faster-referrals', 'fewer-readmissions']) };
  const plan = (issue: Partial<IssueProposal>, target: Partial<ProposalTarget> = {}) => planActionFromIssue(ROOT, DEFAULT_LAYOUT, { ...ISSUE, ...issue }, { ...TARGET, ...target }, TODAY, []);
  const refusal = (message: string) => (e: unknown) => e instanceof IssueInputError && e.message === message;

  it('writes the outcomes the issue names, each once, when the purpose has them', () => {
    const planned = plan({ outcomes: ['fewer-readmissions', 'faster-referrals', 'fewer-readmissions'] });
    const frontmatter = frontmatterOf(planned.content);
    assert.deepEqual(frontmatter.outcomes, ['fewer-readmissions', 'faster-referrals']);
    assert.equal(planned.path, `${ROOT}/actions/2026-11-27-shared-referral-form.md`);
  });

  it('refuses an outcome the purpose does not have, suggesting the one meant', () => {
    assert.throws(() => plan({ outcomes: ['faster-referals'] }), refusal("issue #12: 'faster-referals' is not an outcome in PURPOSE.md (did you mean 'faster-referrals'?)"));
  });

  it('lists the outcomes when none is close, and says when the purpose has none', () => {
    assert.throws(() => plan({ outcomes: ['happier-staff'] }), refusal("issue #12: 'happier-staff' is not an outcome in PURPOSE.md (its outcomes: faster-referrals, fewer-readmissions)"));
    assert.throws(() => plan({ outcomes: ['happier-staff'] }, { outcomes: new Set() }), refusal("issue #12: 'happier-staff' is not an outcome in PURPOSE.md (its outcomes: none)"));
  });
});

describe('an issue event read from $GITHUB_EVENT_PATH (mutants)', () => {
  it('reads a file that starts with a byte order mark', () => {
    const event = { issue: { number: 12, title: 'Shared referral form', body: '### Proposal\n\nOne form.\n\n### Expected impact\n\nFaster referrals.\n' } };
    const proposal = proposalFromIssueEvent(`\uFEFF${JSON.stringify(event)}`, 'event.json');
    assert.deepEqual([proposal.number, proposal.title, proposal.proposal, proposal.impact], [12, 'Shared referral form', 'One form.', 'Faster referrals.']);
  });
});
