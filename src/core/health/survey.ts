import type { QuestionItem } from './checklist';
import type { AsOfFacts, PulseFact } from './facts';
import type { Measurement } from './indicator';
import { SUPPRESSION_THRESHOLD } from '../pulse/aggregate';

/**
 * Survey questions: what members said in their latest temperature check.
 *
 * Small counts are suppressed: a figure from fewer than MIN_ANSWERS people
 * could point at who said what, so it is never shown and the question is
 * unknown rather than judged on it.
 */
export const MIN_ANSWERS = SUPPRESSION_THRESHOLD;

/** A question's answers in one temperature check. */
export interface Answers {
  readonly pulse: PulseFact;
  /** How many answered 1..5. */
  readonly counts: readonly number[];
  readonly answered: number;
  /** Mean score from 1 to 5; undefined when suppressed. */
  readonly mean: number | undefined;
  /** Share answering 4 or 5; undefined when suppressed. */
  readonly agree: number | undefined;
  /** True when fewer than MIN_ANSWERS people answered or the check had fewer than MIN_ANSWERS respondents. */
  readonly suppressed: boolean;
}

export function answersIn(pulse: PulseFact, questionId: string): Answers | undefined {
  const counts = pulse.questions.get(questionId);
  if (!counts) return undefined;
  const answered = counts.reduce((sum, n) => sum + n, 0);
  const suppressed = answered < MIN_ANSWERS || (pulse.respondents !== undefined && pulse.respondents < MIN_ANSWERS);
  const total = counts.reduce((sum, n, i) => sum + n * (i + 1), 0);
  return {
    pulse,
    counts,
    answered,
    mean: suppressed ? undefined : total / answered,
    agree: suppressed ? undefined : ((counts[3] ?? 0) + (counts[4] ?? 0)) / answered,
    suppressed,
  };
}

/** The question's answers in the latest temperature check on or before the day that asked it. */
export function latestAnswers(facts: AsOfFacts, questionId: string): Answers | undefined {
  for (let i = facts.pulses.length - 1; i >= 0; i--) {
    const answers = answersIn(facts.pulses[i]!, questionId);
    if (answers) return answers;
  }
  return undefined;
}

export function measureQuestion(item: QuestionItem, facts: AsOfFacts): Measurement {
  const answers = latestAnswers(facts, item.id);
  if (!answers) {
    return {
      value: undefined,
      summary: facts.pulses.length === 0 ? 'No temperature check yet.' : `Not asked in any temperature check up to ${facts.asOf}.`,
      evidence: [],
      question: `When will members next be asked: "${item.question.text}"?`,
    };
  }
  const evidence = [{ file: answers.pulse.document.path, at: ['questions', item.id], note: `asked in the ${answers.pulse.date} temperature check` }];
  if (answers.suppressed || answers.mean === undefined || answers.agree === undefined) {
    return {
      value: undefined,
      summary: `Fewer than ${MIN_ANSWERS} answers in the ${answers.pulse.date} temperature check: not shown, so that nobody's answer can be picked out.`,
      evidence,
      question: `How could more members take part in the next temperature check?`,
    };
  }
  const agreePercent = Math.round(answers.agree * 100);
  return {
    value: answers.mean,
    summary: `Mean ${answers.mean.toFixed(1)} of 5 from ${answers.answered} answers on ${answers.pulse.date}; ${agreePercent}% agree.`,
    evidence,
    question: `${agreePercent}% agree that "${item.question.text.replace(/\.$/, '')}". What would it take for more members to agree?`,
  };
}
