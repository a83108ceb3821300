import type { IndicatorDefinition } from '../../indicator';
import { index2, memberEvidence, namesOf, rankedBy, tiesUnmeasurable } from './graph-evidence';
import { hostCentreByDesign } from '../../by-design';

/** Members shown as the most connected. */
const SHOWN = 10;

/**
 * Freeman's degree centralisation of the collaboration graph: how far the
 * ties centre on the best-connected member (0 when all have as many ties,
 * 1 for a star). Evidence: the most connected members.
 */
export const degreeCentralisation: IndicatorDefinition = {
  name: 'degree-centralisation',
  dimension: 'connectivity',
  what: "Freeman's degree centralisation of the working ties between current members: the sum of how many fewer ties each member has than the best-connected one, divided by the most that sum could be (a star). 0 when everyone has as many ties, 1 when all run through one person.",
  why: 'A hub-and-spoke network depends on its hub; a network whose ties are spread across members is more resilient.',
  source: 'Freeman (1978/79), centrality in social networks (Social Networks 1), whose degree centralisation this is; Source4Networks, guidance on leading networks (leaders connect members rather than sit at the top).',
  unit: 'index',
  adapts: 'In a lead-organisation or administrative-organisation network (the charter\'s governance.model), ties centred on the host\'s people or the network\'s coordinator are the design: watch at most, and the summary says so. In shared governance the concentration is judged as written.',
  measure({ facts }) {
    const unmeasurable = tiesUnmeasurable(facts);
    if (unmeasurable) return unmeasurable;
    const { metrics } = facts;
    const others = metrics.nodes - 1;
    const ranked = rankedBy(facts, metrics.degree);
    const top = ranked.slice(0, SHOWN);
    const hubTies = metrics.degree[ranked[0]!.id] ?? 0;
    // Everyone tied for the most ties is named: the concentration is around all of them.
    const hubMembers = ranked.filter((member) => (metrics.degree[member.id] ?? 0) === hubTies);
    const hubs = hubMembers.map((member) => member.name);
    const degrees = facts.members.map((member) => metrics.degree[member.id] ?? 0).sort((a, b) => a - b);
    const median = degrees[Math.floor((degrees.length - 1) / 2)]!;
    const scale = `Degree centralisation ${index2(metrics.degreeCentralisation)} (0 when everyone has as many ties, 1 when all ties run through one person).`;
    const even = hubs.length === facts.members.length;
    const centre =
      hubTies === 0
        ? 'No member has a working tie yet.'
        : even
          ? `Every member is tied to ${hubTies} of ${others} members: no one is at the centre.`
          : `${namesOf(hubs)} ${hubs.length === 1 ? 'is' : 'are each'} tied to ${hubTies} of ${others} members; half the members are tied to ${median} or fewer.`;
    const byDesign = hubTies === 0 || even ? undefined : hostCentreByDesign(facts, hubMembers);
    return {
      value: metrics.degreeCentralisation,
      ...(byDesign ? { byDesign } : {}),
      summary: `${centre} ${scale}`,
      evidence: top.filter((member) => (metrics.degree[member.id] ?? 0) > 0).map((member) => memberEvidence(member, `works with ${metrics.degree[member.id]} of ${others} members`)),
      question:
        hubTies === 0
          ? 'No one has worked together yet: what first piece of work could members share?'
          : even
            ? 'Ties are spread evenly: how will the network keep it so as members come and go?'
            : `${namesOf(hubs)} ${hubs.length === 1 ? 'works' : 'each work'} with ${hubTies} of ${others} members, while half the members work with ${median} or fewer: who could introduce members to each other directly?`,
    };
  },
};
