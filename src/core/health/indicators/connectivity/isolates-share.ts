import { shareSummary, type IndicatorDefinition } from '../../indicator';
import { MAX_EVIDENCE, membersById, memberEvidence, namesOf, tooFewMembers } from './graph-evidence';

/** Share of current members with no working tie: no action or meeting shared with another current member. */
export const isolatesShare: IndicatorDefinition = {
  name: 'isolates-share',
  dimension: 'connectivity',
  what: 'The share of current members who have not shared an action or a meeting with any other current member.',
  why: 'Members with no ties to anyone else are likely to drift away.',
  source: 'Network Impact / Center for Evaluation Innovation (connectivity); Source4Networks, guidance on leading networks (leaders connect members); isolates as defined in Wasserman & Faust (1994), Social Network Analysis.',
  unit: 'share',
  measure({ facts }) {
    const tooFew = tooFewMembers(facts);
    if (tooFew) return tooFew;
    const byId = membersById(facts);
    const isolates = facts.metrics.isolates.flatMap((id) => byId.get(id) ?? []);
    const n = facts.members.length;
    const names = namesOf(isolates.map((member) => member.name));
    return {
      value: isolates.length / n,
      summary: `${shareSummary(isolates.length, n, 'members')} have no working ties.`,
      evidence: isolates.slice(0, MAX_EVIDENCE).map((member) => memberEvidence(member, `joined ${member.joined}; no action or meeting shared with another member`)),
      question:
        isolates.length === 0
          ? 'Every member has worked with someone: how will the network make sure new members do not end up alone?'
          : `${names} ${isolates.length === 1 ? 'has' : 'have'} not worked with anyone in the network yet: who could invite ${isolates.length === 1 ? 'them' : 'each of them'} onto an action or to a meeting?`,
    };
  },
};
