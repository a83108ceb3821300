import type { ActionFact } from '../../facts';
import { shareSummary, shareVerb, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { actionsFor, assessOutcomes, linkedActionsInWords, MIN_POINTS, TOLERANCE, type OutcomeAssessment } from '../../outcomes';

/**
 * Share of the outcomes with a verdict that are on track against their own
 * progress series (outcomes.ts). Outcomes whose verdict is unknown (no target
 * in numbers, no date, too few figures) are left out; unknown when none has a
 * verdict. Off-track outcomes are the evidence, each with its linked actions.
 */
export const outcomesOnTrack: IndicatorDefinition = {
  name: 'outcomes-on-track',
  dimension: 'purpose',
  what: `The share of the outcomes in PURPOSE.md with a verdict that are on track: the latest \`progress\` figure on or before the day is at or beyond the straight path from the baseline (at the date of the first figure) to the \`target\` by its \`by\` date, give or take ${Math.round(TOLERANCE * 100)}% of the distance from baseline to target. An outcome with no target in numbers, no \`by\` date or fewer than ${MIN_POINTS} figures has no verdict and is left out. Unknown when no outcome has a verdict.`,
  why: 'Outcomes are why the network exists: measures and targets only help if someone reads the figures and sees which outcomes are falling behind.',
  source: 'NHS England, Making Data Count (read a measure as a series over time against its median and target, not as one value coloured red, amber or green); Network Impact / Center for Evaluation Innovation, network evaluation (results).',
  unit: 'share',
  measure({ facts }) {
    const purpose = facts.purpose;
    if (!purpose) return unknown('There is no purpose document, so there are no outcomes to follow.', 'What outcomes does the network want to achieve, and how would members see progress towards them?');
    const outcomes = assessOutcomes(purpose, facts.asOf);
    if (outcomes.length === 0) return unknown('PURPOSE.md lists no outcomes yet.', 'Which outcomes would show that the network is achieving its purpose?');
    const judged = outcomes.filter((outcome) => outcome.verdict !== 'unknown');
    if (judged.length === 0) {
      return unknown(
        `${outcomes.length === 1 ? 'The one outcome cannot' : `None of the ${outcomes.length} outcomes can`} be judged yet: an outcome needs a target in numbers, a target date and at least ${MIN_POINTS} progress figures.`,
        'Which figures could the network collect each quarter to see whether its outcomes are moving?',
      );
    }
    const off = judged.filter((outcome) => outcome.verdict === 'off-track');
    const onTrack = judged.length - off.length;
    const evidence: Evidence[] = off.map((outcome) => ({ file: purpose.path, at: ['outcomes', outcome.index, 'progress'], note: offTrackNote(outcome, actionsFor(outcome.id, facts.actions)) }));
    const unjudged = outcomes.length - judged.length;
    const left = unjudged === 0 ? '' : ` ${unjudged} more ${unjudged === 1 ? 'has' : 'have'} no verdict yet.`;
    return {
      value: onTrack / judged.length,
      summary: `${shareSummary(onTrack, judged.length, ['outcome', 'outcomes'])} with a verdict ${shareVerb(onTrack, judged.length, 'is', 'are')} on track.${off.length > 0 ? ` Off track: ${off.map((o) => `“${o.title}”`).join(', ')}.` : ''}${left}`,
      evidence,
      question: questionFor(off, facts.actions),
    };
  },
};

/** "“Staff feel skilled”: 163 on 30 Sep 2026, the path stood at 451; a trend ...; linked actions: x (In progress)". */
function offTrackNote(outcome: OutcomeAssessment, actions: readonly ActionFact[]): string {
  const signals = outcome.signals.length === 0 ? '' : `; ${outcome.signals.map((signal) => signal.words).join('; ')}`;
  return `“${outcome.title}” off track: ${outcome.reason.replace(/\.$/, '')}${signals}; ${linkedActionsInWords(actions)}`;
}

function questionFor(off: readonly OutcomeAssessment[], actions: readonly ActionFact[]): string {
  const first = off[0];
  if (!first) return 'Every outcome with a verdict is on track: what is making the difference, and could it be shared?';
  const open = actionsFor(first.id, actions).filter((action) => action.status !== 'done' && action.status !== 'dropped');
  if (open.length === 0) return `“${first.title}” is off track and no open action is linked to it: what work would move it?`;
  return `“${first.title}” is off track: is “${open[0]!.title}” enough to bring it back, or does it need more?`;
}
