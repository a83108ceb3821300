import type { QuestionItem } from './checklist';
import type { AsOfFacts, PulseFact } from './facts';
import type { Measurement } from './indicator';

/**
 * Survey questions: what members said in their latest temperature check
 * with enough answers to show.
 *
 * Small counts are suppressed: a figure from fewer than the network's minimum
 * (AsOfFacts.minCount: `privacy.min_count`, never below MIN_COUNT in
 * pulse/suppression.ts) could point at who said what, so it is never shown and
 * the question is unknown rather than judged on it.
 */

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
  /** True when fewer than the minimum answered or the check had fewer than the minimum respondents (hasEnoughRespondents). */
  readonly suppressed: boolean;
}

/** A question's answers in one check, suppressed when fewer than `min` (the network's minimum, AsOfFacts.minCount) answered. */
export function answersIn(pulse: PulseFact, questionId: string, min: number): Answers | undefined {
  const counts = pulse.questions.get(questionId);
  if (!counts) {
    // Written as suppressed (pulse import never writes small counts): how many answered, and nothing else.
    const answered = pulse.suppressedQuestions?.get(questionId);
    return answered === undefined ? undefined : { pulse, counts: [], answered, mean: undefined, agree: undefined, suppressed: true };
  }
  const answered = counts.reduce((sum, n) => sum + n, 0);
  const suppressed = answered < min || !hasEnoughRespondents(pulse, min);
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

/**
 * True when a temperature check had enough respondents for anything in it to
 * be shown: at least `min` (the network's minimum, AsOfFacts.minCount), by its
 * `respondents` or, when it does not say, by the most answers any of its
 * questions got.
 */
export function hasEnoughRespondents(pulse: PulseFact, min: number): boolean {
  if (pulse.respondents !== undefined) return pulse.respondents >= min;
  let most = 0;
  for (const counts of pulse.questions.values()) most = Math.max(most, counts.reduce((sum, n) => sum + n, 0));
  return most >= min;
}

/** The temperature checks on or before the day with enough respondents to count (hasEnoughRespondents), oldest first. */
export function validPulses(facts: AsOfFacts): readonly PulseFact[] {
  return facts.pulses.filter((pulse) => hasEnoughRespondents(pulse, facts.minCount));
}

/** What the temperature checks on or before the day say about one question. */
export interface QuestionHistory {
  /** The latest answers that can be shown (the network's minimum or more): what the question is judged on. */
  readonly valid: Answers | undefined;
  /** Later checks that asked the question but had too few answers to show, oldest first: they never hide `valid`. */
  readonly tooFew: readonly Answers[];
}

/**
 * The question's latest answers that can be shown, and the later checks that
 * asked it of too few people. A small later check never hides an earlier
 * result: a 4-person pulse asking only the questions at risk cannot turn them
 * unknown.
 */
export function questionHistory(facts: AsOfFacts, questionId: string): QuestionHistory {
  const tooFew: Answers[] = [];
  for (let i = facts.pulses.length - 1; i >= 0; i--) {
    const answers = answersIn(facts.pulses[i]!, questionId, facts.minCount);
    if (!answers) continue;
    if (!answers.suppressed) return { valid: answers, tooFew: tooFew.reverse() };
    tooFew.push(answers);
  }
  return { valid: undefined, tooFew: tooFew.reverse() };
}

/** "the 2026-11-15 check" or "the 2026-10-01 and 2026-11-15 checks". */
function checksOn(answers: readonly Answers[]): string {
  const dates = answers.map((a) => a.pulse.date);
  return dates.length === 1 ? `the ${dates[0]} check` : `the ${dates.slice(0, -1).join(', ')} and ${dates.at(-1)} checks`;
}

export function measureQuestion(item: QuestionItem, facts: AsOfFacts): Measurement {
  const { valid, tooFew } = questionHistory(facts, item.id);
  const tooFewEvidence = tooFew.map((answers) => ({ file: answers.pulse.document.path, at: ['questions', item.id], note: `asked in the ${answers.pulse.date} temperature check of fewer than ${facts.minCount} people: not shown` }));
  if (!valid) {
    if (tooFew.length > 0) {
      return {
        value: undefined,
        summary: `Fewer than ${facts.minCount} answers in ${checksOn(tooFew)} and no earlier check with enough: not shown, so that nobody's answer can be picked out.`,
        evidence: tooFewEvidence,
        question: `How could more members take part in the next temperature check?`,
      };
    }
    return {
      value: undefined,
      summary: facts.pulses.length === 0 ? 'No temperature check yet.' : `Not asked in any temperature check up to ${facts.asOf}.`,
      evidence: [],
      question: `When will members next be asked: "${item.question.text}"?`,
    };
  }
  const mean = valid.mean ?? 0;
  const agreePercent = Math.round((valid.agree ?? 0) * 100);
  const later = tooFew.length > 0 ? ` ${checksOn(tooFew).replace(/^t/, 'T')} had too few answers to show (fewer than ${facts.minCount}), so this is still the latest result.` : '';
  return {
    value: valid.mean,
    summary: `Mean ${mean.toFixed(1)} of 5 from ${valid.answered} answers, from the ${valid.pulse.date} check; ${agreePercent}% agree.${later}`,
    evidence: [{ file: valid.pulse.document.path, at: ['questions', item.id], note: `asked in the ${valid.pulse.date} temperature check` }, ...tooFewEvidence],
    question: `${agreePercent}% agree that "${item.question.text.replace(/\.$/, '')}". What would it take for more members to agree?`,
  };
}
