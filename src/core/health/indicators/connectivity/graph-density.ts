import { DEFAULT_TIES } from '../../../config';
import type { IndicatorDefinition } from '../../indicator';
import { memberEvidence, namesOf, rankedBy, ties, tooFewMembers } from './graph-evidence';

/** Members shown as the least connected. */
const SHOWN = 10;

/**
 * Share of possible working ties that exist: 2m / (n(n-1)) over the current
 * members. Evidence: the least connected members, who gain most from new ties.
 */
export const graphDensity: IndicatorDefinition = {
  name: 'graph-density',
  dimension: 'connectivity',
  what: `The share of all possible pairs of current members who have a working tie: they own or contribute to the same action, or sat in the same meeting small enough to work together (${DEFAULT_TIES.meetingSize} people or fewer by default), in the last ${DEFAULT_TIES.months} months (by default; agreed work still open counts however old). Set in netgov.yml under \`health.ties\`.`,
  why: 'Members who work together build the trust a network runs on; few ties mean members work in parallel rather than together.',
  source: 'Network Impact / Center for Evaluation Innovation and Plastrik & Taylor, Net Gains (connectivity as a first test of a network); density as defined in Wasserman & Faust (1994), Social Network Analysis.',
  unit: 'share',
  measure({ facts }) {
    const tooFew = tooFewMembers(facts);
    if (tooFew) return tooFew;
    const { metrics } = facts;
    const n = metrics.nodes;
    const possible = (n * (n - 1)) / 2;
    const least = rankedBy(facts, metrics.degree, 'lowest').slice(0, SHOWN);
    const percent = Math.round(metrics.density * 100);
    return {
      value: metrics.density,
      summary: `${metrics.edges} of ${possible} possible working ties between ${n} members (${percent}%).`,
      evidence: least.map((member) => memberEvidence(member, metrics.degree[member.id] ? ties(metrics.degree[member.id]!) : 'no ties')),
      question: `${percent}% of the possible working ties exist, and ${namesOf(least.slice(0, 3).map((member) => member.name))} work with the fewest others: which actions or meetings could bring them together with more members?`,
    };
  },
};
