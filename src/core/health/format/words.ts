import { MIN_COVERAGE, statusOfScore, type Coverage, type Status } from '../score';
import { DIMENSION_TITLES, type Dimension } from '../checklist';

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

/**
 * Why the overall status is worse than its score reads ("watch, not healthy, while a dimension is at risk:
 * Inclusion and representation"), or undefined when the score's own status stands (evaluate.ts, overallStatus).
 */
export function heldBackText(report: { readonly score: number | undefined; readonly status: Status; readonly dimensions: readonly { readonly dimension: Dimension; readonly status: Status }[] }): string | undefined {
  if (report.score === undefined || statusOfScore(report.score) !== 'healthy' || report.status === 'healthy') return undefined;
  const atRisk = report.dimensions.filter((d) => d.status === 'at-risk').map((d) => DIMENSION_TITLES[d.dimension]);
  if (atRisk.length === 0) return undefined;
  const names = atRisk.length === 1 ? atRisk[0]! : `${atRisk.slice(0, -1).join(', ')} and ${atRisk.at(-1)!}`;
  return `${STATUS_WORDS[report.status]}, not healthy, while ${atRisk.length === 1 ? 'a dimension is' : 'dimensions are'} at risk: ${names}`;
}
