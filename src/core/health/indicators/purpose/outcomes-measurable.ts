import { groupList, text, type Data } from '../../../model/fields';
import { isPlaceholderOutcome } from '../../../templates/guidance';
import { shareSummary, shareVerb, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';

const PARTS = ['measure', 'baseline', 'target'] as const;

/**
 * Share of the outcomes in PURPOSE.md that have a measure, a baseline and a
 * target. The purpose records no dated history of its outcomes, so every day
 * reads the outcomes as they are written now. The placeholder outcome `netgov
 * init` writes is not one members agreed, so it is not counted: a network
 * that has not agreed its outcomes yet gets "unknown" here (purpose-exists
 * says the outcomes are missing), not "0% measurable".
 */
export const outcomesMeasurable: IndicatorDefinition = {
  name: 'outcomes-measurable',
  dimension: 'purpose',
  what: 'The share of the outcomes in PURPOSE.md that have all three of a measure, a baseline and a target (a number or some words). Unknown when there is no purpose or it lists no outcomes (the placeholder `netgov init` writes does not count). Outcomes are read as written now: they carry no dates of their own.',
  why: 'Without a measure, a baseline and a target, nobody can tell whether the network is making a difference.',
  source: 'Network Impact / Center for Evaluation Innovation, network evaluation (results); Plastrik & Taylor, Net Gains (production); Source4Networks network diagnostics (shared purpose and impact).',
  unit: 'share',
  measure({ facts }) {
    const purpose = facts.purpose;
    if (!purpose) return unknown('There is no purpose document, so there are no outcomes to measure.', 'What outcomes does the network want to achieve, and how would members know they are being achieved?');
    const listed = groupList(purpose.data, 'outcomes');
    const outcomes = listed
      .filter(({ value }) => !isPlaceholderOutcome(text(value, 'title')))
      .map(({ value, index }) => ({ index, title: text(value, 'title') ?? text(value, 'id') ?? `outcome ${index + 1}`, missing: PARTS.filter((part) => !stated(value, part)) }));
    if (outcomes.length === 0) {
      const why = listed.length === 0 ? 'PURPOSE.md lists no outcomes yet.' : `PURPOSE.md has no agreed outcome yet: ${listed.length === 1 ? 'its outcome is' : 'its outcomes are'} still the placeholder netgov init wrote.`;
      return unknown(why, 'Which outcomes would show that the network is achieving its purpose?');
    }
    // Outcomes missing the most come first: they are furthest from being measurable.
    const incomplete = outcomes.filter((outcome) => outcome.missing.length > 0).sort((a, b) => b.missing.length - a.missing.length || a.index - b.index);
    const evidence: Evidence[] = incomplete.slice(0, 50).map((outcome) => ({ file: purpose.path, at: ['outcomes', outcome.index], note: `“${outcome.title}”: no ${wordList(outcome.missing, 'or')}` }));
    const complete = outcomes.length - incomplete.length;
    return {
      value: complete / outcomes.length,
      summary: `${shareSummary(complete, outcomes.length, ['outcome', 'outcomes'])} ${shareVerb(complete, outcomes.length, 'has', 'have')} a measure, baseline and target.`,
      evidence,
      question: questionFor(incomplete, outcomes.length),
    };
  },
};

/** A number, or words that say something. */
function stated(outcome: Data, part: string): boolean {
  const value = outcome?.[part];
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '');
}

/** ['baseline', 'target'] -> 'baseline or target'. */
function wordList(words: readonly string[], last: 'and' | 'or'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

function questionFor(incomplete: readonly { readonly title: string; readonly missing: readonly string[] }[], total: number): string {
  const first = incomplete[0];
  if (!first) return `${total === 1 ? 'The outcome is' : `All ${total} outcomes are`} measurable: are the figures being collected, so members can see the progress made?`;
  return `${incomplete.length} of ${total} ${total === 1 ? 'outcome' : 'outcomes'} ${shareVerb(incomplete.length, total, 'lacks', 'lack')} a measure, baseline or target: how would members know whether “${first.title}” is being achieved?`;
}
