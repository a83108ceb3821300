import { DEFAULT_TIES } from '../../../config';
import type { IndicatorDefinition } from '../../indicator';
import { memberEvidence, namesOf, rankedBy, ties, tiesUnmeasurable } from './graph-evidence';

/** Members shown as the least connected. */
const SHOWN = 10;

/**
 * The working ties one member can keep up, however large the network: a
 * working group's worth (the default meeting size). A large network's density
 * is judged against it: in 100 members, everyone working with 12 others is
 * density 0.12, and that is as well connected as people can be. netgov's
 * default, to agree at charter review.
 */
export const TIES_PER_MEMBER = DEFAULT_TIES.meetingSize;

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
  adapts: `Judged for the network's size: nobody keeps up working ties with everyone in a large network, so the thresholds are capped at what ${TIES_PER_MEMBER} working ties each would give (netgov's default, to agree at charter review): in 100 members, density 0.12 is healthy.`,
  measure({ facts }) {
    const unmeasurable = tiesUnmeasurable(facts);
    if (unmeasurable) return unmeasurable;
    const { metrics } = facts;
    const n = metrics.nodes;
    const possible = (n * (n - 1)) / 2;
    const least = rankedBy(facts, metrics.degree, 'lowest').slice(0, SHOWN);
    const percent = Math.round(metrics.density * 100);
    // Everyone tied to TIES_PER_MEMBER others is as connected as a large network's people can be.
    const reachable = Math.min(1, TIES_PER_MEMBER / (n - 1));
    return {
      value: metrics.density,
      achievable: reachable,
      summary: `${metrics.edges} of ${possible} possible working ties between ${n} members (${percent}%).${reachable < 1 && n - 1 > TIES_PER_MEMBER * 5 ? ` In a network this size, ${TIES_PER_MEMBER} working ties each would be ${Math.round(reachable * 100)}%.` : ''}`,
      evidence: least.map((member) => memberEvidence(member, metrics.degree[member.id] ? ties(metrics.degree[member.id]!) : 'no ties')),
      question: `${percent}% of the possible working ties exist, and ${namesOf(least.slice(0, 3).map((member) => member.name))} work with the fewest others: which actions or meetings could bring them together with more members?`,
    };
  },
};
