import type { IndicatorDefinition } from '../../indicator';
import { index2, memberEvidence, rankedBy, ties, tiesUnmeasurable } from './graph-evidence';
import { hostCentreByDesign } from '../../by-design';

/** Members shown at each end: the most and the least connected. */
const SHOWN = 5;

/** Gini coefficient of the members' numbers of working ties: 0 when all have as many, towards 1 when a few hold them all. */
export const degreeGini: IndicatorDefinition = {
  name: 'degree-gini',
  dimension: 'connectivity',
  what: 'The Gini coefficient of the number of working ties each current member has: 0 when everyone has as many, towards 1 when a few members hold nearly all the ties.',
  why: 'A few very connected members and many barely connected ones suggests power is concentrated.',
  source: 'Gini (1912), the Gini coefficient, here of the number of ties each member has; CHAOSS, the Elephant Factor and Organizational Diversity metrics (how concentrated contribution is); Plastrik & Taylor, Net Gains (connectivity).',
  unit: 'index',
  adapts: 'In a lead-organisation or administrative-organisation network (the charter\'s governance.model), unevenness around the host\'s people or the network\'s coordinator, when they are the most connected, is the design: watch at most, and the summary says so. In shared governance it is judged as written.',
  measure({ facts }) {
    const unmeasurable = tiesUnmeasurable(facts);
    if (unmeasurable) return unmeasurable;
    const { metrics } = facts;
    const ranked = rankedBy(facts, metrics.degree);
    const fifth = Math.ceil(ranked.length / 5);
    const total = ranked.reduce((sum, member) => sum + (metrics.degree[member.id] ?? 0), 0);
    const topTies = ranked.slice(0, fifth).reduce((sum, member) => sum + (metrics.degree[member.id] ?? 0), 0);
    const topPercent = total === 0 ? 0 : Math.round((topTies / total) * 100);
    const most = ranked.slice(0, SHOWN).filter((member) => (metrics.degree[member.id] ?? 0) > 0);
    const least = ranked.slice(Math.max(SHOWN, ranked.length - SHOWN)).reverse();
    const first = ranked[0]!;
    // Unevenness around the host's coordinator is the design of a host-coordinated network: the most connected decide it.
    const firstTies = metrics.degree[first.id] ?? 0;
    const centre = ranked.filter((member) => (metrics.degree[member.id] ?? 0) === firstTies);
    const byDesign = total === 0 || centre.length === ranked.length ? undefined : hostCentreByDesign(facts, centre);
    return {
      value: metrics.degreeGini,
      ...(byDesign ? { byDesign } : {}),
      summary: `Gini coefficient of ties ${index2(metrics.degreeGini)} (0 when everyone has as many ties, towards 1 when a few hold them all). The most connected fifth of members (${fifth}) hold ${topPercent}% of all ties.`,
      evidence: [...most.map((member) => memberEvidence(member, `most connected: ${ties(metrics.degree[member.id]!)}`)), ...least.map((member) => memberEvidence(member, `least connected: ${metrics.degree[member.id] ? ties(metrics.degree[member.id]!) : 'no ties'}`))],
      question:
        total === 0
          ? 'No one has worked together yet: what first piece of work could members share?'
          : centre.length === ranked.length
            ? `Every member has ${ties(firstTies)}: how will the network keep its ties this even as members come and go?`
            : `The most connected fifth of members hold ${topPercent}% of all ties, ${first.name} most (${ties(metrics.degree[first.id] ?? 0)}): how could others be invited onto actions beyond the usual few?`,
    };
  },
};
