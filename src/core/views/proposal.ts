import type { NetworkDocument } from '../document';
import { actionRecord } from '../model/records';
import { requiredSections } from '../rules/body-required-section';
import { uneditedGuidance, writtenParagraphs } from '../templates/guidance';

/**
 * Whether a proposal is written enough to put on a branch for a pull request:
 * the editor offers "Create branch and commit" when a proposal is saved in
 * this state, not before (committing the unfilled template helps nobody).
 * The sections are those body.required-section asks of an action (Proposal,
 * Expected impact), and "written" is the opposite of what template.unedited
 * reports: each has text of its own and none of the template's guidance left.
 */
export interface ProposalReadiness {
  /** An action whose status is `proposed`. */
  readonly proposal: boolean;
  /** Required sections with no heading. */
  readonly missing: readonly string[];
  /** Required sections with a heading but no text of their own, or with the template's guidance still in them. */
  readonly unwritten: readonly string[];
  /** A proposal with every required section written. */
  readonly ready: boolean;
}

export function proposalReadiness(document: NetworkDocument): ProposalReadiness {
  const proposal = document.kind === 'action' && actionRecord(document).status === 'proposed';
  const missing: string[] = [];
  const unwritten: string[] = [];
  for (const section of requiredSections(document)) {
    if (section.heading === undefined) missing.push(section.name);
    else if (writtenParagraphs(document.kind, section.text).length === 0 || uneditedGuidance(document.kind, section.text).length > 0) unwritten.push(section.name);
  }
  return { proposal, missing, unwritten, ready: proposal && missing.length === 0 && unwritten.length === 0 };
}

/** What is left to write, in a sentence ('"Expected impact" still holds the template's text.'); undefined when nothing is. */
export function describeUnwritten(readiness: ProposalReadiness): string | undefined {
  const parts = [
    ...(readiness.unwritten.length > 0 ? [`${quoted(readiness.unwritten)} ${readiness.unwritten.length === 1 ? 'is' : 'are'} not written yet (empty, or still the template's text)`] : []),
    ...(readiness.missing.length > 0 ? [`${quoted(readiness.missing)} ${readiness.missing.length === 1 ? 'is' : 'are'} missing`] : []),
  ];
  return parts.length === 0 ? undefined : `${parts.join('; ')}.`;
}

function quoted(names: readonly string[]): string {
  const each = names.map((name) => `"${name}"`);
  return each.length <= 1 ? (each[0] ?? '') : `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]!}`;
}

