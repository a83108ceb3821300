import { actionRecord, charterRecordOf } from '../model/records';
import type { NetworkDocument } from '../document';
import { VIA_PULL_REQUEST } from './ref-unknown-meeting';
import { defineDocumentRule } from './rule';

/**
 * A pull request named the way GitHub and GitLab name them: `#123` (GitHub),
 * `!123` (a GitLab merge request), `owner/repo#123` for another repository, or
 * the pull request's address.
 */
const PULL_REQUEST_REF = /^(?:(?:[\w.-]+\/[\w.-]+)?[#!]\d+|https?:\/\/\S+)$/;

function decidedByPullRequest(document: NetworkDocument): boolean {
  return actionRecord(document).decision?.via === VIA_PULL_REQUEST;
}

export const decisionPullRequestNotAllowed = defineDocumentRule({
  code: 'decision.pull-request-not-allowed',
  defaultSeverity: 'error',
  summary: 'A decision was made by pull request, but the charter does not allow that',
  explanation:
    'A network agrees in its charter how it makes decisions. Approving a pull request counts as a decision only when the charter says so, with `pull_requests: true` under `decisions`. Until it does, record the meeting where the proposal was agreed, or agree the change to the charter first.',
  example: '```yaml\n# CHARTER.md: decisions: {rule: consent}\n# actions/2026-11-20-shared-form.md:\ndecision: {date: 2026-12-02, via: pull-request, ref: "#123", result: agreed}\n```',
  kinds: ['action'],
  check(document, context) {
    if (!decidedByPullRequest(document)) return;
    // Without readable charter fields there is nothing to compare with; the charter's own checks say why.
    if (!context.network.charter?.data) return;
    if (charterRecordOf(context.network)?.pullRequestsDecide) return;
    context.report(
      document.rangeOf(['decision', 'via']),
      'The charter does not allow decisions by pull request: record the meeting where this was agreed, or add `pull_requests: true` under `decisions` in the charter once the network agrees it.',
      { path: ['decision', 'via'] },
    );
  },
});

export const decisionPullRequestNoRef = defineDocumentRule({
  code: 'decision.pull-request-no-ref',
  defaultSeverity: 'warning',
  summary: 'A decision by pull request does not say which pull request',
  explanation:
    'A decision made by approving a pull request is checked by reading that pull request: who approved it, when, and what was said. Give it in `decision.ref`, as its number (`#123`, or `!123` for a GitLab merge request) or its address.',
  example: '```yaml\ndecision:\n  date: 2026-12-02\n  via: pull-request\n  result: agreed\n  # ref: "#123"\n```',
  kinds: ['action'],
  check(document, context) {
    if (!decidedByPullRequest(document)) return;
    if (!document.has(['decision', 'ref'])) {
      context.report(document.rangeOf(['decision', 'via']), 'This decision was made by pull request; add `ref` with its number, as in "#123", or its address.', { path: ['decision', 'ref'] });
      return;
    }
    const ref = actionRecord(document).decision?.ref;
    // A ref that is not text is the schema's to report.
    if (ref === undefined || PULL_REQUEST_REF.test(ref.trim())) return;
    context.report(document.rangeOf(['decision', 'ref']), `'${ref}' does not name a pull request: write its number, as in "#123" ("!123" for a GitLab merge request), or its address.`, { path: ['decision', 'ref'] });
  },
});

export const decisionQuorumNotMet = defineDocumentRule({
  code: 'decision.quorum-not-met',
  defaultSeverity: 'warning',
  summary: "A decision by pull request has fewer approvers than the charter's quorum",
  explanation:
    "The charter's `decisions.quorum` is the smallest number of members who must take part for a decision to count. At a meeting the attendees are recorded; for a decision made by approving a pull request, list the members who approved it in `decision.approvers` (member ids), so that anyone can see the quorum was met. Fewer approvers than the quorum means the decision does not yet count: ask more members to review, or take it to a meeting.",
  example: '```yaml\n# CHARTER.md: decisions: {rule: consent, quorum: 3, pull_requests: true}\ndecision:\n  date: 2026-12-02\n  via: pull-request\n  ref: "#123"\n  approvers: [amara-okafor]   # 1 of the 3 needed\n  result: agreed\n```',
  kinds: ['action'],
  check(document, context) {
    if (!decidedByPullRequest(document)) return;
    const quorum = charterRecordOf(context.network)?.quorum;
    if (quorum === undefined) return;
    if (!document.has(['decision', 'approvers'])) {
      context.report(document.rangeOf(['decision', 'via']), `This decision by pull request records no approvers, so the charter's quorum of ${quorum} cannot be checked: list the members who approved it under \`decision.approvers\`.`, { path: ['decision', 'approvers'], quorum });
      return;
    }
    const approvers = new Set(actionRecord(document).decision?.approvers);
    if (approvers.size >= quorum) return;
    context.report(document.rangeOf(['decision', 'approvers']), `${approvers.size} ${approvers.size === 1 ? 'member' : 'members'} approved this decision, fewer than the charter's quorum of ${quorum}: it counts once ${quorum - approvers.size} more approve, or when a meeting agrees it.`, { path: ['decision', 'approvers'], quorum, approvers: approvers.size });
  },
});
