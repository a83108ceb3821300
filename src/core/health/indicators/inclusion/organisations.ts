import type { MemberFact } from '../../facts';
import { organisationKeyOf } from '../../../model/organisations';

/**
 * How a member's organisation is compared: case and spacing aside, "NHS  Trust" and "nhs trust" are one.
 * Undefined unless it is a real organisation (isRealOrganisation): not "Not recorded", not "Patient and carer partner".
 */
export function organisationKey(member: MemberFact): string | undefined {
  return organisationKeyOf(member.organisation);
}

/** "A", "A and B", "A, B and C"; beyond `max` names, "A, B, C and 4 more" so that a large network's summary stays short. */
export function listOf(items: readonly string[], max = 3): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
