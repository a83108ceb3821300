import type { MemberFact } from '../../facts';

/** How organisations are compared: spelling of case and spacing aside, "NHS  Trust" and "nhs trust" are one. */
export function organisationKey(member: MemberFact): string | undefined {
  const key = member.organisation?.trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? undefined : key;
}

/** "A", "A and B", "A, B and C"; beyond `max` names, "A, B, C and 4 more" so that a large network's summary stays short. */
export function listOf(items: readonly string[], max = 3): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
