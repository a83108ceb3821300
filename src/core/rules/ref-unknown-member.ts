import { defineDocumentRule } from './rule';
import { referencesIn, reportUnknown } from './references';

/** The fields that name members, by document kind: the rule checks them and the incremental check re-reads a document when one of them changes. */
export const MEMBER_REFERENCE_FIELDS = { action: ['proposed_by', 'owners', 'contributors', 'decision.approvers'], meeting: ['facilitator', 'attendees', 'apologies'] } as const;

export const refUnknownMember = defineDocumentRule({
  code: 'ref.unknown-member',
  defaultSeverity: 'error',
  summary: 'A document names a member who has no member page',
  explanation:
    'Owners, contributors, proposers, the approvers of a decision, facilitators and attendees are named by member id, the file name of their page in `members/`. A name with no page is usually a typo, or someone who has not yet been added: add their page (`netgov new member`) or correct the id.',
  example: '```yaml\nowners: [amara-okafor, j-smith]   # no members/j-smith.md\n```',
  kinds: ['action', 'meeting'],
  check(document, context) {
    const fields = document.kind === 'action' ? MEMBER_REFERENCE_FIELDS.action : MEMBER_REFERENCE_FIELDS.meeting;
    reportUnknown(context, document, referencesIn(document, fields), context.network.idsOf('member'), 'is not a member of this network');
  },
});
