import { MIN_COVERAGE, type Coverage, type Status } from '../score';

/** Statuses as people read them. */
export const STATUS_WORDS: Readonly<Record<Status, string>> = { healthy: 'healthy', watch: 'watch', 'at-risk': 'at risk', unknown: 'unknown' };

/** A score out of 100, or a dash when unknown. */
export function scoreText(score: number | undefined): string {
  return score === undefined ? '–' : String(score);
}

/** "based on 12 of 46 checks, 31% of the weight": what a score rests on. */
export function coverageText(coverage: Coverage): string {
  return `based on ${coverage.known} of ${coverage.total} ${coverage.total === 1 ? 'check' : 'checks'}, ${Math.round(coverage.share * 100)}% of the weight`;
}

/** Why there is no score: "too little data for a verdict (less than half of the weight known)", or undefined when there is one. */
export function noVerdictText(score: number | undefined, coverage: Coverage): string | undefined {
  if (score !== undefined || coverage.share >= MIN_COVERAGE) return undefined;
  return `no verdict: less than ${Math.round(MIN_COVERAGE * 100)}% of the weight has data behind it`;
}
