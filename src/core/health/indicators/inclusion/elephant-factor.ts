import type { ActionFact, AsOfFacts, MemberFact } from '../../facts';
import { plural, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { inLastYear, MAX_EVIDENCE, openWork } from '../delivery/open-work';
import { listOf, organisationKey } from './organisations';
import { hostOrganisationByDesign } from '../../by-design';

interface OrganisationShare {
  readonly key: string;
  readonly name: string;
  ownerships: number;
  /** Ownerships per member of the organisation, to point at its busiest owner. */
  readonly owners: Map<string, Owner>;
  busiest: Owner;
}

interface Owner {
  readonly member: MemberFact;
  count: number;
}

/** Proposed, decided or completed in the last 12 months, or agreed work still open on the day. */
function activeActions(facts: AsOfFacts): ActionFact[] {
  const open = new Set(openWork(facts));
  const inYear = inLastYear(facts);
  return facts.actions.filter((action) => open.has(action) || inYear(action.proposed) || (action.decision !== undefined && inYear(action.decision.date)) || (action.completed !== undefined && inYear(action.completed)));
}

interface Tally {
  readonly organisations: OrganisationShare[];
  readonly counted: number;
  /** Ownerships by people with no member page, or no real organisation on it (none, a placeholder, or a patient or public partner). */
  readonly unplaced: number;
}

function tally(facts: AsOfFacts, actions: readonly ActionFact[]): Tally {
  const members = new Map(facts.everMembers.map((member) => [member.id, member]));
  const organisations = new Map<string, OrganisationShare>();
  let counted = 0;
  let unplaced = 0;
  for (const action of actions) {
    for (const id of new Set(action.owners)) {
      const member = members.get(id);
      const key = member && organisationKey(member);
      if (!member || key === undefined) {
        unplaced++;
        continue;
      }
      let share = organisations.get(key);
      if (!share) {
        share = { key, name: member.organisation?.trim() ?? key, ownerships: 0, owners: new Map(), busiest: { member, count: 0 } };
        organisations.set(key, share);
      }
      share.ownerships++;
      const owner = share.owners.get(id) ?? { member, count: 0 };
      owner.count++;
      share.owners.set(id, owner);
      if (owner.count > share.busiest.count) share.busiest = owner;
      counted++;
    }
  }
  const sorted = [...organisations.values()].sort((a, b) => b.ownerships - a.ownerships || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { organisations: sorted, counted, unplaced };
}

function shareEvidence(share: OrganisationShare, total: number): Evidence {
  const { member, count } = share.busiest;
  return { file: member.document.path, at: ['organisation'], member: member.id, note: `${share.name}: ${share.ownerships} of ${total} ownerships; ${member.name} owns ${count}` };
}

/** The fewest organisations, largest first, that reach half the ownerships. */
function elephantsOf(organisations: readonly OrganisationShare[], total: number): { elephants: OrganisationShare[]; sum: number } {
  let sum = 0;
  const elephants: OrganisationShare[] = [];
  for (const share of organisations) {
    if (sum * 2 >= total) break;
    elephants.push(share);
    sum += share.ownerships;
  }
  return { elephants, sum };
}

/**
 * CHAOSS elephant factor over action ownership: the fewest organisations
 * whose members together own at least half of the ownerships of actions
 * active in the last 12 months. Unknown when no such ownership can be placed
 * in an organisation.
 */
export const elephantFactor: IndicatorDefinition = {
  name: 'elephant-factor',
  dimension: 'inclusion',
  what: "The smallest number of organisations whose members together own at least half of the action ownerships (one per owner per action) on actions active in the 365 days up to the day: proposed, decided or completed in that time, or agreed and still open. An owner's organisation is the one on their member page; owners without a real organisation (none recorded, a placeholder such as 'Not recorded', or a patient or public partner) are left out.",
  why: 'When half the work comes from one organisation, the network can become that organisation\'s project and others step back.',
  source: 'CHAOSS, the Elephant Factor metric (how few organisations do most of the work); Provan & Kenis (2008), shared versus lead-organisation governance.',
  unit: 'organisations',
  adapts: "Judged against what the membership can reach: with n real organisations among current members, half the work can be spread over at most about n/2 of them, so a network of four organisations is healthy at 2. In a lead-organisation network, the host organisation holding half the work alone is its design: watch at most, and the summary says so.",
  measure({ facts }) {
    const { organisations, counted, unplaced } = tally(facts, activeActions(facts));
    if (counted === 0) {
      const why = unplaced > 0 ? `none of the ${plural(unplaced, 'ownership')} on actions active in the last 12 months belongs to a member page naming an organisation` : 'no action active in the last 12 months has an owner';
      return unknown(`Cannot say which organisations do the work: ${why}.`, 'Who owns the network\'s current actions, and which organisations do they come from?');
    }
    const { elephants, sum } = elephantsOf(organisations, counted);
    const k = elephants.length;
    const left = unplaced > 0 ? ` (${plural(unplaced, 'ownership')} by owners with no organisation recorded, or who take part as partners rather than for an organisation, left out)` : '';
    const who = `${plural(k, 'organisation')} (${listOf(elephants.map((o) => o.name))})`;
    // Half the work spread as widely as the membership allows: n organisations evenly, ceil(n / 2) of them reach half.
    const among = new Set(facts.members.map(organisationKey).filter((key): key is string => key !== undefined)).size;
    const reachable = Math.max(1, Math.ceil(among / 2));
    const byDesign = hostOrganisationByDesign(facts, elephants.map((share) => share.key));
    return {
      value: k,
      achievable: reachable,
      ...(byDesign ? { byDesign } : {}),
      summary: `${who} ${k === 1 ? 'holds' : 'hold'} ${sum} of ${counted} action ownerships (${Math.round((sum / counted) * 100)}%) on actions active in the last 12 months${left}.`,
      evidence: organisations.slice(0, MAX_EVIDENCE).map((share) => shareEvidence(share, counted)),
      question: `Members of ${listOf(elephants.map((o) => o.name))} own ${sum} of the ${counted} action ownerships this year: who from other organisations could own or co-own the next actions?`,
    };
  },
};
