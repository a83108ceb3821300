import { describeRole } from '../../../rules/roles';
import { daysBetween } from '../../../views/dates';
import { untilOrRole, type AsOfFacts, type RoleFact } from '../../facts';
import { plural, unknown, type IndicatorDefinition } from '../../indicator';
import { anyLeadRoleRecorded, nameOf, NO_LEAD_ROLES_QUESTION } from './people';

/**
 * Lead roles whose term ended before the day with no later term recorded
 * for the same role and area (by anyone) started by the day, on the page of
 * a current member: role.term-expired (src/core/rules/role-term-expired.ts)
 * as of facts.asOf rather than today.
 */
export const expiredTermsHeld: IndicatorDefinition = {
  name: 'expired-terms-held',
  dimension: 'leadership',
  what: 'The number of lead roles on current members\' pages whose `until` date is before the day, where no later term for the same role and area (held by anyone, and starting after it began, even before it ended) has started by the day. A role in an area the charter retired on or before the day is not counted (its work ended), and a role in an area since renamed counts for the new area. Unknown when no lead role is recorded by the day.',
  why: 'Roles that quietly carry on past their term stop leadership from moving round the network.',
  source: 'Source4Networks, guidance on leading networks (leadership held for a limited time and passed on).',
  unit: 'count',
  measure({ facts }) {
    if (!anyLeadRoleRecorded(facts)) return unknown(`No lead role is recorded on any member page by ${facts.asOf}.`, NO_LEAD_ROLES_QUESTION);
    const name = nameOf(facts);
    const expired = expiredRoles(facts);
    const evidence = expired.slice(0, 50).map((role) => ({
      file: role.document.path,
      at: untilOrRole(role),
      member: role.member,
      note: `${describeRole(role)} ended ${role.until}, ${plural(daysBetween(role.until, facts.asOf), 'day')} ago`,
    }));
    const first = expired[0];
    if (!first) return { value: 0, summary: 'No lead role has passed its end date without a new term.', evidence, question: nextEndingQuestion(facts, name) };
    const others = expired.length > 1 ? ` (and ${plural(expired.length - 1, 'other role')})` : '';
    return {
      value: expired.length,
      summary: `${plural(expired.length, 'lead role has', 'lead roles have')} passed ${expired.length === 1 ? 'its' : 'their'} end date with no new term recorded.`,
      evidence,
      question: `${name(first.member)}'s ${describeRole(first)} ended ${plural(daysBetween(first.until, facts.asOf), 'day')} ago with no new term recorded${others}: who leads it now, or has the term been extended?`,
    };
  },
};

type EndedRole = RoleFact & { readonly until: string };

/** The expired terms, longest overdue first. */
function expiredRoles(facts: AsOfFacts): EndedRole[] {
  // The latest start of a lead term by the day (facts.roles), by role and area, whoever holds it:
  // a term has been taken on when a term that began after it has started, even one that began
  // before it ended (a renewal agreed early overlaps the old term).
  const latestStart = new Map<string, string>();
  for (const role of facts.roles) {
    if (!role.lead || role.from === undefined) continue;
    const key = termKey(role);
    if ((latestStart.get(key) ?? '') < role.from) latestStart.set(key, role.from);
  }
  return facts.roles
    .filter((role): role is EndedRole => role.lead && role.until !== undefined && role.until < facts.asOf && facts.isMember(role.member))
    // A role in an area retired by the day is not expected to go on: nobody need take it on.
    .filter((role) => role.areaRetired === undefined || role.areaRetired > facts.asOf)
    .filter((role) => (latestStart.get(termKey(role)) ?? '') <= (role.from ?? ''))
    .sort((a, b) => a.until.localeCompare(b.until) || a.member.localeCompare(b.member) || a.index - b.index);
}

function termKey(role: RoleFact): string {
  return `${role.role}|${role.area ?? ''}`;
}

/** With nothing expired, look ahead: the held term that ends soonest. */
function nextEndingQuestion(facts: AsOfFacts, name: (id: string) => string): string {
  const next = facts.leadRolesHeld.filter((role) => role.until !== undefined).sort((a, b) => (a.until ?? '').localeCompare(b.until ?? '') || a.member.localeCompare(b.member))[0];
  if (!next?.until) return 'No lead term has run past its end date: when lead roles are given end dates, who will plan each handover?';
  return `No lead term has run past its end date. The next to end is ${name(next.member)}'s ${describeRole(next)} on ${next.until}: who could take it on?`;
}
