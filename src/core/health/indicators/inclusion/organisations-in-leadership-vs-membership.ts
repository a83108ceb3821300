import type { MemberFact } from '../../facts';
import { plural, shareSummary, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { MAX_EVIDENCE } from '../delivery/open-work';
import { listOf, organisationKey } from './organisations';
import { missingOrganisationWords } from '../../../model/organisations';

interface Organisation {
  readonly name: string;
  /** The first member page read for it: where its name is spelt as shown. */
  readonly first: MemberFact;
  readonly members: MemberFact[];
  readonly leads: MemberFact[];
}

/** Current members by organisation, in the spelling of the first member page read. */
function organisationsOf(members: readonly MemberFact[], leads: ReadonlySet<string>): Map<string, Organisation> {
  const organisations = new Map<string, Organisation>();
  for (const member of members) {
    const key = organisationKey(member);
    if (key === undefined) continue;
    let organisation = organisations.get(key);
    if (!organisation) {
      organisation = { name: member.organisation?.trim() ?? key, first: member, members: [], leads: [] };
      organisations.set(key, organisation);
    }
    organisation.members.push(member);
    if (leads.has(member.id)) organisation.leads.push(member);
  }
  return organisations;
}

function bySizeThenName(a: Organisation, b: Organisation): number {
  return b.members.length - a.members.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function organisationEvidence(organisation: Organisation): Evidence {
  const member = organisation.leads[0] ?? organisation.first;
  const note = organisation.leads.length > 0
    ? `${organisation.name}: led by ${listOf(organisation.leads.map((m) => m.name))}`
    : `${organisation.name}: ${plural(organisation.members.length, 'member')}, no lead`;
  return { file: member.document.path, at: ['organisation'], member: member.id, note };
}

/**
 * Distinct organisations among the members holding a lead role on the day,
 * over distinct organisations among all current members. Unknown when no
 * member names an organisation, or no member with an organisation leads.
 */
export const organisationsInLeadershipVsMembership: IndicatorDefinition = {
  name: 'organisations-in-leadership-vs-membership',
  dimension: 'inclusion',
  what: "The number of distinct organisations among current members holding a lead, co-chair or coordinator role on the day, divided by the number of distinct organisations among all current members. Organisation names are compared ignoring case and spacing; only real organisations count, not a placeholder such as 'Not recorded' nor a way of taking part such as 'Patient and carer partner' (those members' voices are checked by patient-partners-involved). The summary says how many members have no organisation recorded (none, or a placeholder such as 'Not recorded', 'Unknown' or 'N/A').",
  why: 'If leadership comes from fewer organisations than membership, some partners have little say in where the network goes.',
  source: 'CHAOSS, the Organizational Diversity metric; Provan & Kenis (2008), shared governance across participating organisations; Source4Networks, guidance on leading networks (distributed leadership).',
  unit: 'share',
  adapts: 'Judged against what the lead roles can reach: with fewer lead roles held on the day than organisations among members, at most one organisation per lead role can lead, so that share is healthy.',
  measure({ facts }) {
    const organisations = organisationsOf(facts.members, facts.leads);
    if (organisations.size === 0) {
      const missing = missingOrganisationWords(facts.members);
      return unknown(`No current member page names an organisation${missing ? ` (${missing})` : ''}, so leadership cannot be compared with membership.`, "Could members add their 'organisation' to their pages, so the network can see whose voices lead?");
    }
    const all = [...organisations.values()].sort(bySizeThenName);
    const leading = all.filter((organisation) => organisation.leads.length > 0);
    if (leading.length === 0) {
      const reason = facts.leads.size === 0 ? 'No current member holds a lead role on the day' : `None of the ${plural(facts.leads.size, 'lead')} names an organisation`;
      return unknown(`${reason}, so there is no leadership to compare with the ${plural(all.length, 'organisation')} among members.`, 'Who leads the network and its workstreams, and could their roles and organisations be recorded on their pages?');
    }
    const absent = all.filter((organisation) => organisation.leads.length === 0);
    // Each lead role can bring in one organisation at most: fewer roles than organisations cannot reach them all.
    const roles = facts.leadRolesHeld.length;
    const reachable = Math.min(all.length, roles);
    const within = reachable < all.length ? ` With ${plural(roles, 'lead role')} held, at most ${reachable} of the ${all.length} can lead at once.` : '';
    const missing = missingOrganisationWords(facts.members);
    const unrecorded = missing ? ` ${missing}, so ${missing.startsWith('1 ') ? 'is' : 'are'} not counted.` : '';
    const summary = `Leads come from ${shareSummary(leading.length, all.length, ['organisation among members', 'organisations among members'])}: ${listOf(leading.map((o) => o.name))}.${within}${unrecorded}`;
    const evidence = [...absent, ...leading].slice(0, MAX_EVIDENCE).map(organisationEvidence);
    const named = absent.map((o) => `${o.name} (${plural(o.members.length, 'member')})`);
    return {
      value: leading.length / all.length,
      ...(reachable < all.length ? { achievable: reachable / all.length } : {}),
      summary,
      evidence,
      question:
        absent.length === 0
          ? `Every one of the ${plural(all.length, 'organisation')} among members has a lead: are professions and sectors as well spread?`
          : `Leads come from ${plural(leading.length, 'organisation')} of ${all.length}; ${listOf(named)} ${absent.length === 1 ? 'has' : 'have'} none: who from them could lead a piece of work?`,
    };
  },
};
