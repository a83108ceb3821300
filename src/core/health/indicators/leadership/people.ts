import { termLimitFor } from '../../../model/charter-leadership';
import { describeRole } from '../../../rules/roles';
import type { AsOfFacts, RoleFact } from '../../facts';
import { plural } from '../../indicator';

/** Looks up members' names (current or past), falling back to the id for a reference that does not resolve. */
export function nameOf(facts: AsOfFacts): (id: string) => string {
  const names = new Map(facts.everMembers.map((member) => [member.id, member.name]));
  return (id) => names.get(id) ?? id;
}

/** "lead role for frailty, 2024-01-01 to 2025-12-31" or "lead role for frailty since 2024-01-01, no end date". */
export function termNote(role: RoleFact): string {
  return role.until === undefined ? `${describeRole(role)} since ${role.from ?? '?'}, no end date` : `${describeRole(role)}, ${role.from ?? '?'} to ${role.until}`;
}

/** "Amara Okafor", "Amara Okafor and Ben Hall", "A, B, C and 2 others". */
export function nameList(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, shown).join(', ')} and ${plural(names.length - shown, 'other')}`;
}

/** True when some lead role has been recorded, on any member page, by the day: without one, leadership cannot be measured. */
export function anyLeadRoleRecorded(facts: AsOfFacts): boolean {
  return facts.roles.some((role) => role.lead);
}

export const NO_LEAD_ROLES_QUESTION = 'Who leads the network\'s work? Could each lead role be recorded on the lead\'s member page, with its area and term?';

/**
 * True for a role the charter gives a term limit: false for one it holds
 * without (`leadership.terms: {chair: none}`), whose open-ended term is the
 * design. The rules role.no-end, role.term-limit and role.continuous-tenure
 * leave such roles out, and so do the health checks on terms and tenure.
 */
export function termLimited(facts: AsOfFacts): (role: RoleFact) => boolean {
  const charter = facts.charter?.data;
  return (role) => termLimitFor(charter, role.role) !== 'none';
}
