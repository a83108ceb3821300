import { plural, shareSummary, shareVerb, type Evidence, type IndicatorDefinition } from '../../indicator';
import { MAX_EVIDENCE, membersById, namesOf, tiesUnmeasurable } from './graph-evidence';

/**
 * Share of current leads (lead, co-chair, coordinator) in the network's core:
 * the members whose core level (the largest k for which they belong to a group
 * where everyone has at least k ties with others in it) is at least half the
 * network's highest. Not the innermost k-core alone: with working ties, one
 * small meeting of 12 makes an 11-core of its own, and a lead at level 10 of
 * 11 is at the heart of the network, not on its edge. Unknown with no leads,
 * or when no one has a tie (there is no core).
 */
export const leadsInCore: IndicatorDefinition = {
  name: 'leads-in-core',
  dimension: 'connectivity',
  what: "The share of current leads, co-chairs and coordinators in the network's core: the members whose core level is at least half the network's highest. A member's core level is the largest k for which they belong to a group in which everyone has at least k working ties with others in the group.",
  why: 'Network leaders sit at the core rather than the top; leads on the edge cannot connect members well.',
  source: 'Source4Networks, guidance on leading networks (leaders at the core of a network rather than at its top); k-cores as defined by Seidman (1983), computed as by Batagelj & Zaversnik (2003).',
  unit: 'share',
  measure({ facts }) {
    const unmeasurable = tiesUnmeasurable(facts);
    if (unmeasurable) return unmeasurable;
    const { metrics } = facts;
    if (facts.leads.size === 0) {
      return { value: undefined, summary: 'No current member holds a lead, co-chair or coordinator role.', evidence: [], question: 'Who leads each piece of the network’s work, and are their roles recorded on their member pages?' };
    }
    if (metrics.maxCore === 0) {
      return { value: undefined, summary: 'No member has worked with another yet, so the network has no core.', evidence: [], question: 'Which first actions or meetings could bring the leads and members together?' };
    }
    // One entry per lead: the first lead role held on the day.
    const roleOf = new Map<string, (typeof facts.leadRolesHeld)[number]>();
    for (const role of facts.leadRolesHeld) if (!roleOf.has(role.member)) roleOf.set(role.member, role);
    const leads = [...roleOf.values()];
    const threshold = Math.ceil(metrics.maxCore / 2);
    const inCore = (id: string): boolean => (metrics.coreNumber[id] ?? 0) >= threshold;
    const outside = leads.filter((role) => !inCore(role.member));
    const evidence: Evidence[] = [...outside, ...leads.filter((role) => inCore(role.member))].slice(0, MAX_EVIDENCE).map((role) => ({
      file: role.document.path,
      at: ['roles', role.index],
      member: role.member,
      note: inCore(role.member) ? `${role.role} in the core` : `${role.role} outside the core (core level ${metrics.coreNumber[role.member] ?? 0}; the core starts at ${threshold})`,
    }));
    const byId = membersById(facts);
    const names = outside.map((role) => byId.get(role.member)?.name ?? role.member);
    const coreSize = facts.members.filter((member) => inCore(member.id)).length;
    return {
      value: (leads.length - outside.length) / leads.length,
      summary: `${shareSummary(leads.length - outside.length, leads.length, ['lead', 'leads'])} ${shareVerb(leads.length - outside.length, leads.length, 'is', 'are')} in the core of the network: the ${coreSize} members who each belong to a group in which everyone works with at least ${plural(threshold, 'other')} in it (half the highest such level, ${metrics.maxCore}).`,
      evidence,
      question:
        outside.length === 0
          ? 'All leads are at the core of the network: are other members also getting the chance to be at its heart?'
          : `${namesOf(names)} ${outside.length === 1 ? 'leads' : 'lead'} work but ${outside.length === 1 ? 'sits' : 'sit'} outside the core of the network: how could they be involved in more work across the network?`,
    };
  },
};
