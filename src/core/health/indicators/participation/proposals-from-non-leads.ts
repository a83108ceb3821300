import { addMonths } from '../../../model/fields';
import { describeRole } from '../../../rules/roles';
import { formatDate } from '../../../views/dates';
import type { ActionFact, AsOfFacts, RoleFact } from '../../facts';
import { numberParam, plural, shareSummary, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';

/**
 * Share of the actions proposed in the last `months` months whose proposer
 * held no lead role (lead, co-chair, coordinator) on the day they proposed it.
 * Actions that name no proposer are left out.
 */
export const proposalsFromNonLeads: IndicatorDefinition = {
  name: 'proposals-from-non-leads',
  dimension: 'participation',
  what: 'Of the actions proposed in the last `months` months (12 by default), the share proposed by someone who held no lead, co-chair or coordinator role on the day they proposed it. Actions that do not say who proposed them are not counted.',
  why: 'When ideas come only from leads, other members are taking part rather than shaping the work.',
  source: 'Source4Networks, guidance on leading networks (leaders convene; members shape the agenda); Plastrik & Taylor, Net Gains (alignment); CHAOSS, the New Contributors metric.',
  unit: 'share',
  params: { months: 12 },
  measure(context) {
    const { facts } = context;
    const months = numberParam(context, 'months', 12);
    const since = addMonths(facts.asOf, -months);
    const proposals = facts.actions.filter((action) => action.proposed > since && action.proposedBy !== undefined);
    if (proposals.length === 0) return unknown(`No actions with a named proposer were proposed in the ${months} months to ${formatDate(facts.asOf)}.`, 'Which ideas are members talking about that could become proposed actions?');
    const leadRoles = leadRolesByMember(facts.roles);
    const byLeads = new Map<string, { role: RoleFact; actions: ActionFact[] }>();
    for (const action of proposals) {
      const role = leadRoleOn(leadRoles.get(action.proposedBy ?? ''), action.proposed);
      if (role) {
        const entry = byLeads.get(role.member) ?? { role, actions: [] };
        entry.actions.push(action);
        byLeads.set(role.member, entry);
      }
    }
    const fromLeads = [...byLeads.values()].sort((a, b) => b.actions.length - a.actions.length || a.role.member.localeCompare(b.role.member));
    const leadCount = fromLeads.reduce((sum, entry) => sum + entry.actions.length, 0);
    const nonLead = proposals.length - leadCount;
    const evidence: Evidence[] = [
      ...fromLeads.map(({ role, actions }) => ({ file: role.document.path, at: ['roles', role.index], member: role.member, note: `proposed ${plural(actions.length, 'action')} while in a ${describeRole(role)}` })),
      ...fromLeads.flatMap(({ role, actions }) => actions.map((action) => ({ file: action.document.path, at: ['proposed_by'], member: role.member, note: `proposed ${action.proposed} by a lead` }))),
    ].slice(0, 50);
    const summary = `${shareSummary(nonLead, proposals.length, ['action proposed', 'actions proposed'])} in the ${months} months to ${formatDate(facts.asOf)} came from members who were not leads.`;
    return { value: nonLead / proposals.length, summary, evidence, question: questionFor(facts, fromLeads, leadCount, proposals.length, months) };
  },
};

function leadRolesByMember(roles: readonly RoleFact[]): Map<string, RoleFact[]> {
  const byMember = new Map<string, RoleFact[]>();
  for (const role of roles) {
    if (!role.lead) continue;
    const held = byMember.get(role.member);
    if (held) held.push(role);
    else byMember.set(role.member, [role]);
  }
  return byMember;
}

/** The lead role held on a date: started on or before it, with no end or an end on or after it. */
function leadRoleOn(roles: readonly RoleFact[] | undefined, day: string): RoleFact | undefined {
  return roles?.find((role) => role.from !== undefined && role.from <= day && (role.until === undefined || role.until >= day));
}

function questionFor(facts: AsOfFacts, fromLeads: readonly { role: RoleFact; actions: readonly ActionFact[] }[], leadCount: number, total: number, months: number): string {
  const top = fromLeads[0];
  if (!top && total === 1) return `The one proposal in the last ${months} months came from a member who was not a lead: how can leads help this idea through to delivery?`;
  if (!top) return `All ${total} proposals in the last ${months} months came from members who were not leads: how can leads help these ideas through to delivery?`;
  const name = facts.everMembers.find((member) => member.id === top.role.member)?.name ?? top.role.member;
  return `${leadCount} of ${total} proposals came from leads, ${top.actions.length} of them from ${name}: how could other members bring their ideas forward?`;
}
