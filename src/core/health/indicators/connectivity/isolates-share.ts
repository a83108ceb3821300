import { shareSummary, shareVerb, type IndicatorDefinition } from '../../indicator';
import { DEFAULT_TIES } from '../../../config';
import { tieWindowWords } from '../../ties';
import { MAX_EVIDENCE, membersById, memberEvidence, namesOf, tiesUnmeasurable } from './graph-evidence';

/** Share of current members with no working tie (ties.ts) to another current member. */
export const isolatesShare: IndicatorDefinition = {
  name: 'isolates-share',
  dimension: 'connectivity',
  what: `The share of current members with no working tie to any other current member: no action, and no meeting small enough to work together (${DEFAULT_TIES.meetingSize} people or fewer by default), shared with another member in the last ${DEFAULT_TIES.months} months (by default; agreed work still open counts however old).`,
  why: 'Members with no ties to anyone else are likely to drift away.',
  source: 'Network Impact / Center for Evaluation Innovation (connectivity); Source4Networks, guidance on leading networks (leaders connect members); isolates as defined in Wasserman & Faust (1994), Social Network Analysis.',
  unit: 'share',
  measure({ facts }) {
    const unmeasurable = tiesUnmeasurable(facts);
    if (unmeasurable) return unmeasurable;
    const byId = membersById(facts);
    const isolates = facts.metrics.isolates.flatMap((id) => byId.get(id) ?? []);
    const n = facts.members.length;
    const names = namesOf(isolates.map((member) => member.name));
    return {
      value: isolates.length / n,
      summary: `${shareSummary(isolates.length, n, ['member', 'members'])} ${shareVerb(isolates.length, n, 'has', 'have')} no working ties.`,
      evidence: isolates.slice(0, MAX_EVIDENCE).map((member) => memberEvidence(member, `joined ${member.joined}; no working tie with another member in ${tieWindowWords(facts.ties)}`)),
      question:
        isolates.length === 0
          ? 'Every member has worked with someone: how will the network make sure new members do not end up alone?'
          : `${names} ${isolates.length === 1 ? 'has' : 'have'} not worked with anyone in the network in ${tieWindowWords(facts.ties)}: who could invite ${isolates.length === 1 ? 'them' : 'each of them'} onto an action or to a meeting?`,
    };
  },
};
