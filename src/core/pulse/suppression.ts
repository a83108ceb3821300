/**
 * Small-count suppression: the one home of the rule that no figure from fewer
 * than the minimum number of people is written or shown. Used by pulse import
 * (nothing small is ever written), by the health report (nothing small is
 * shown) and by the rule on hand-written pulse pages.
 */

/** The smallest number of people a figure may come from. A network may raise it (`privacy.min_count`), never lower it. */
export const MIN_COUNT = 5;

/** The minimum in force: the network's own when it is a whole number above MIN_COUNT, else MIN_COUNT. */
export function minCountOf(configured: unknown): number {
  return typeof configured === 'number' && Number.isInteger(configured) && configured > MIN_COUNT ? configured : MIN_COUNT;
}

/**
 * The minimum in force in a network (its netgov.yml `privacy.min_count`, else MIN_COUNT): what every
 * figure from people is held to, in pulse import, the rules, the health report, the graph story and
 * the anonymiser alike. Typed by shape so this file imports nothing.
 */
export function networkMinCount(network: { readonly config: { readonly minCount?: number | undefined } }): number {
  return minCountOf(network.config.minCount);
}

/** True when a figure from `people` people must not be written or shown. Zero is no person and may be written. */
export function isSmall(people: number, min: number = MIN_COUNT): boolean {
  return people > 0 && people < min;
}

/** A question's totals as written: its counts when enough answered, else only that it was suppressed and how many answered. */
export type WrittenQuestion =
  | { readonly id: string; readonly text?: string | undefined; readonly counts: readonly number[]; readonly blank: number }
  | { readonly id: string; readonly text?: string | undefined; readonly suppressed: true; readonly answered: number };

/**
 * What may be written of one question. When fewer than `min` answered, the
 * counts go and so does `blank`: with `respondents` on the page, the blank count
 * and the answered count give each other, and nothing else is written from
 * which a suppressed count could be worked out (complementary suppression).
 */
export function suppressQuestion(question: { readonly id: string; readonly text?: string | undefined; readonly counts: readonly number[]; readonly blank: number }, min: number = MIN_COUNT): WrittenQuestion {
  const answered = question.counts.reduce((sum, c) => sum + c, 0);
  if (isSmall(answered, min)) return { id: question.id, ...(question.text !== undefined ? { text: question.text } : {}), suppressed: true, answered };
  return question;
}
