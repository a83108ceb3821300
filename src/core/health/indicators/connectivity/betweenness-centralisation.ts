import type { IndicatorDefinition } from '../../indicator';
import { index2, memberEvidence, namesOf, rankedBy, tiesUnmeasurable } from './graph-evidence';
import { hostCentreByDesign } from '../../by-design';

/** Members shown as standing between others. */
const SHOWN = 10;

/**
 * Freeman's betweenness centralisation: how far the shortest paths between
 * members run through one person. Evidence: the members on most paths.
 */
export const betweennessCentralisation: IndicatorDefinition = {
  name: 'betweenness-centralisation',
  dimension: 'connectivity',
  what: "Freeman's betweenness centralisation of the working ties between current members: how much more the member who lies on most shortest paths between other pairs does so than everyone else, divided by the most possible (a star). 0 when no one stands out, 1 when every path runs through one person.",
  why: 'When most paths between members pass through one or two people, information and influence bottleneck there.',
  source: 'Freeman (1978/79), centrality in social networks (Social Networks 1), whose betweenness centralisation this is; Brandes (2001) for the computation; Plastrik & Taylor, Net Gains (connectivity: hubs that become bottlenecks).',
  unit: 'index',
  adapts: 'In a lead-organisation or administrative-organisation network (the charter\'s governance.model), paths running through the host\'s people or the network\'s coordinator are the design: watch at most, and the summary says so. In shared governance they are judged as written.',
  measure({ facts }) {
    const unmeasurable = tiesUnmeasurable(facts);
    if (unmeasurable) return unmeasurable;
    const { metrics } = facts;
    const brokers = rankedBy(facts, metrics.betweenness)
      .filter((member) => (metrics.betweenness[member.id] ?? 0) > 0)
      .slice(0, SHOWN);
    const percent = (id: string): number => Math.round((metrics.betweenness[id] ?? 0) * 100);
    const scale = `Betweenness centralisation ${index2(metrics.betweennessCentralisation)} (0 when no one stands between others more than anyone else, 1 when every path runs through one person).`;
    if (brokers.length === 0) {
      return {
        value: metrics.betweennessCentralisation,
        summary: `${scale} No member stands between others: members who are connected at all are tied directly.`,
        evidence: [],
        question: 'Every connection is direct: how can the network keep it so as it grows?',
      };
    }
    const first = brokers[0]!;
    // Everyone level with the first is named; when that is every member, no one stands out.
    const leaders = facts.members.filter((member) => Math.abs((metrics.betweenness[member.id] ?? 0) - (metrics.betweenness[first.id] ?? 0)) <= 1e-9);
    const centre =
      leaders.length === facts.members.length
        ? `Every member stands between as many pairs of other members (${percent(first.id)}% of them): no one stands out.`
        : `${namesOf(leaders.map((member) => member.name))} ${leaders.length === 1 ? 'stands' : 'each stand'} between the most pairs of other members: ${percent(first.id)}% of them.`;
    const byDesign = leaders.length === facts.members.length ? undefined : hostCentreByDesign(facts, leaders);
    return {
      value: metrics.betweennessCentralisation,
      ...(byDesign ? { byDesign } : {}),
      summary: `${centre} ${scale}`,
      evidence: brokers.map((member) => memberEvidence(member, `on the shortest paths between ${percent(member.id)}% of pairs of other members`)),
      question:
        leaders.length === facts.members.length
          ? 'No one stands between members more than anyone else: how can the network keep contact this evenly spread as it grows?'
          : `Much of the contact between members runs through ${namesOf(brokers.slice(0, 2).map((member) => member.name))}: which members or groups could be linked directly?`,
    };
  },
};
