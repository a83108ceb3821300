import { addMonths } from '../../../model/fields';
import type { AsOfFacts, RoleFact } from '../../facts';
import { numberParam, plural, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { anyLeadRoleRecorded, nameList, nameOf, NO_LEAD_ROLES_QUESTION, termNote } from './people';

/**
 * Distinct members, current or past, who held a lead role at any time in the
 * `months` months up to and including the day. A term counts until its
 * `until` or its holder's leaving date, whichever comes first.
 */
export const distinctLeads24Months: IndicatorDefinition = {
  name: 'distinct-leads-24-months',
  dimension: 'leadership',
  what: 'The number of different members, current or past, who held a lead role (lead, co-chair, coordinator) at any time from the same date `months` months earlier (24 by default) up to and including the day. A term runs from `from` to `until`, or to the day the member left if sooner. Unknown when no lead role is recorded by the day.',
  why: 'A healthy network grows leaders: many different people leading over time shows that leadership is shared.',
  source: 'Source4Networks, guidance on leading networks (distributed leadership: members leading pieces of work for a limited time); Health Foundation, report on effective networks for improvement.',
  unit: 'people',
  params: { months: 24 },
  adapts: 'Judged against what the lead roles can reach: with fewer lead roles held at once in the window than the healthy threshold (two co-chairs, say), that many different people leading is healthy.',
  measure(context) {
    const { facts } = context;
    const months = numberParam(context, 'months', 24);
    if (!anyLeadRoleRecorded(facts)) return unknown(`No lead role is recorded on any member page by ${facts.asOf}.`, NO_LEAD_ROLES_QUESTION);
    const since = addMonths(facts.asOf, -months);
    const name = nameOf(facts);
    const termsByLead = leadTermsSince(facts, since);
    const leads = [...termsByLead.keys()].sort((a, b) => name(a).localeCompare(name(b)) || a.localeCompare(b));
    const evidence: Evidence[] = leads.slice(0, 50).map((id) => {
      const terms = termsByLead.get(id) ?? [];
      const latest = terms.reduce((a, b) => ((b.from ?? '') > (a.from ?? '') ? b : a));
      const more = terms.length > 1 ? ` (and ${plural(terms.length - 1, 'other role')})` : '';
      return { file: latest.document.path, at: ['roles', latest.index], member: id, note: `${termNote(latest)}${more}` };
    });
    const names = leads.map(name);
    const seats = seatsIn(termsByLead, since, facts.asOf);
    const within = seats > 0 ? ` (at most ${plural(seats, 'lead role')} held at once)` : '';
    return {
      value: leads.length,
      ...(seats > 0 ? { achievable: seats } : {}),
      summary: `${plural(leads.length, 'person', 'people')} held a lead role in the ${months} months to ${facts.asOf}${leads.length ? `: ${nameList(names)}` : ''}${within}.`,
      evidence,
      question: leads.length === 0
        ? `Nobody has held a lead role in the last ${months} months: who could lead a piece of the network's work?`
        : `${leads.length === 1 ? `Only ${names[0]} has` : `${plural(leads.length, 'person has', 'people have')}`} led in the last ${months} months: who could lead a piece of work next, with support from an experienced lead?`,
    };
  },
};

/**
 * The most lead roles held at once in the window (by anyone, current or past):
 * how many different people the roles could have at any one time. Two
 * co-chairs are two; a lead renewed is still one.
 */
function seatsIn(termsByLead: ReadonlyMap<string, readonly RoleFact[]>, since: string, asOf: string): number {
  const terms = [...termsByLead.values()].flat().filter((role) => role.from !== undefined);
  const days = [since, ...terms.map((role) => role.from as string).filter((from) => from > since && from <= asOf)];
  let most = 0;
  for (const day of days) {
    const held = terms.filter((role) => (role.from as string) <= day && (role.until === undefined || role.until >= day)).length;
    if (held > most) most = held;
  }
  return most;
}

/** Each member's lead terms that overlap the window from `since` to the day. */
function leadTermsSince(facts: AsOfFacts, since: string): Map<string, RoleFact[]> {
  const left = new Map(facts.everMembers.map((member) => [member.id, member.left]));
  const terms = new Map<string, RoleFact[]>();
  for (const role of facts.roles) {
    if (!role.lead) continue;
    const ends = [role.until, left.get(role.member)].filter((day): day is string => day !== undefined).sort()[0];
    if (ends !== undefined && ends < since) continue;
    const list = terms.get(role.member);
    if (list) list.push(role);
    else terms.set(role.member, [role]);
  }
  return terms;
}
