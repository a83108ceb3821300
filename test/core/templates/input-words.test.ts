import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import { PROPOSALS_WORKFLOW_PATH, planProposalFiles } from '../../../src/core/templates/ci';
import { TemplateInputError, planAction } from '../../../src/core/templates/plan';

describe('templates: what a caller gets for the root folder and a wrong proposer', () => {
  it('an empty network folder is the repository root: the proposals workflow works on "."', () => {
    const workflow = planProposalFiles('/repo', '1.2.3', '').find((file) => file.path === `/repo/${PROPOSALS_WORKFLOW_PATH}`);
    assert.ok(workflow);
    assert.equal((parse(workflow.content) as { env: Record<string, string> }).env.NETGOV_NETWORK, '.', 'git add -- "" would refuse an empty pathspec');
  });

  it('names the proposer when their id is not an id', () => {
    assert.throws(
      () => planAction('/net', DEFAULT_LAYOUT, { title: 'Shared referral form', proposedBy: 'Amara Okafor', today: '2026-11-27', existingIds: [] }),
      (error: unknown) => error instanceof TemplateInputError && error.message === "The proposer 'Amara Okafor' is not an id: ids are lower-case words joined by hyphens, such as 'amara-okafor'.",
    );
  });
});
