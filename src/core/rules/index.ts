import { checklistRules } from './checklist-rules';
import type { RuleMeta } from './meta';
import type { DocumentRule } from './rule';
import { inputRules } from './input-rules';
import { schemaRules } from './schema-rules';
import { refUnknownMember } from './ref-unknown-member';
import { refUnknownOutcome } from './ref-unknown-outcome';
import { refUnknownMeeting } from './ref-unknown-meeting';
import { refUnknownAction } from './ref-unknown-action';
import { refUnknownArea } from './ref-unknown-area';
import { decisionMissing } from './decision-missing';
import { decisionMismatch } from './decision-mismatch';
import { decisionPullRequestNoRef, decisionPullRequestNotAllowed, decisionQuorumNotMet } from './decision-pull-request';
import { actionNoOwner } from './action-no-owner';
import { actionCompletedNotDone, actionDoneUndated } from './action-completed';
import { dateOrder } from './date-order';
import { dateFuture } from './date-future';
import { roleTermExpired } from './role-term-expired';
import { roleTermLimit } from './role-term-limit';
import { roleContinuousTenure } from './role-continuous-tenure';
import { roleNoEnd } from './role-no-end';
import { roleSeatVacant } from './role-seat-vacant';
import { memberLeftWithRole } from './member-left-with-role';
import { idInvalid } from './id-invalid';
import { idDuplicate } from './id-duplicate';
import { bodyRequiredSection } from './body-required-section';
import { bodyBrokenLink } from './body-broken-link';
import { pulseCounts } from './pulse-counts';
import { pulseSmallCounts } from './pulse-small-counts';
import { privacyEmail } from './privacy-email';
import { privacyPhone } from './privacy-phone';
import { privacyNhsNumber } from './privacy-nhs-number';
import { privacyPostcode } from './privacy-postcode';
import { privacyDateOfBirth } from './privacy-date-of-birth';
import { privacyHealthDetail } from './privacy-health-detail';
import { codeownersOutOfDate } from './codeowners-rules';
import { templateUnedited } from './template-unedited';
import { charterChangeUndecided } from './charter-change-undecided';

/** The checks that run on each readable document, in the order docs/rules.md lists them. */
export const documentRules = [
  refUnknownMember,
  refUnknownOutcome,
  refUnknownMeeting,
  refUnknownAction,
  refUnknownArea,
  idInvalid,
  idDuplicate,
  decisionMissing,
  decisionMismatch,
  decisionPullRequestNotAllowed,
  decisionPullRequestNoRef,
  decisionQuorumNotMet,
  actionNoOwner,
  actionCompletedNotDone,
  actionDoneUndated,
  dateOrder,
  dateFuture,
  roleTermExpired,
  roleTermLimit,
  roleContinuousTenure,
  roleNoEnd,
  roleSeatVacant,
  memberLeftWithRole,
  bodyRequiredSection,
  bodyBrokenLink,
  pulseCounts,
  pulseSmallCounts,
  privacyEmail,
  privacyPhone,
  privacyNhsNumber,
  privacyPostcode,
  privacyDateOfBirth,
  privacyHealthDetail,
  templateUnedited,
] as const satisfies readonly DocumentRule[];

/** Every rule netgov has, by code: what docs, SARIF and severity settings are built from. */
export const allRules = [...inputRules, ...schemaRules, ...documentRules.map(metaOf), charterChangeUndecided, codeownersOutOfDate, ...checklistRules];

/**
 * Every code netgov can emit: the union of the registered rules' codes, derived from their
 * declarations (`defineRule`, `defineDocumentRule`), so a code no rule registers does not compile
 * where a finding, a diagnostic, a severity or a quick fix names it.
 */
export type RuleCode = (typeof allRules)[number]['code'];

export const rulesByCode: ReadonlyMap<RuleCode, RuleMeta<RuleCode>> = new Map(allRules.map((rule) => [rule.code, rule]));

function metaOf<C extends string>(rule: DocumentRule<C>): RuleMeta<C> {
  const { code, defaultSeverity, summary, explanation, example } = rule;
  return { code, defaultSeverity, summary, explanation, example };
}
