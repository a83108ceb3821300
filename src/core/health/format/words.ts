import type { Status } from '../score';

/** Statuses as people read them. */
export const STATUS_WORDS: Readonly<Record<Status, string>> = { healthy: 'healthy', watch: 'watch', 'at-risk': 'at risk', unknown: 'unknown' };

/** A score out of 100, or a dash when unknown. */
export function scoreText(score: number | undefined): string {
  return score === undefined ? '–' : String(score);
}
