import type { ChecklistItem, Phase, Thresholds } from './checklist';
import type { Measurement } from './indicator';

/**
 * Turning measurements into statuses and scores (docs/checklists.md, "How
 * health is scored"). Deliberately simple so a member can follow it by hand:
 * an item is healthy, watch or at risk by its thresholds, worth 100, 50 or 0;
 * a dimension scores the weighted mean of its known items; unknown items are
 * left out of every mean, never counted as good or bad.
 */

export type Status = 'healthy' | 'watch' | 'at-risk' | 'unknown';

export const STATUS_POINTS: Readonly<Record<Exclude<Status, 'unknown'>, number>> = { healthy: 100, watch: 50, 'at-risk': 0 };

/** Score from which a dimension (or the whole network) is healthy, and from which it is watch rather than at risk. */
export const HEALTHY_FROM = 75;
export const WATCH_FROM = 50;

export function judgeIndicator(value: number | undefined, thresholds: Thresholds): Status {
  if (value === undefined || !Number.isFinite(value)) return 'unknown';
  const better = thresholds.direction === 'higher-is-better' ? (a: number, b: number) => a >= b : (a: number, b: number) => a <= b;
  if (better(value, thresholds.healthy)) return 'healthy';
  if (better(value, thresholds.watch)) return 'watch';
  return 'at-risk';
}

/**
 * The thresholds moved to what the network can reach (Measurement.achievable):
 * when the best achievable value falls short of `healthy`, it becomes the
 * healthy threshold, and `watch` moves in proportion (two lead roles: 2 of the
 * default 5 different leads is healthy, 1.2 of the default 3 is watch). Never
 * stricter than the thresholds as written.
 */
export function thresholdsWithin(thresholds: Thresholds, achievable: number | undefined): Thresholds {
  if (achievable === undefined || !Number.isFinite(achievable) || achievable <= 0 || thresholds.healthy <= 0) return thresholds;
  const { direction, healthy, watch } = thresholds;
  const short = direction === 'higher-is-better' ? achievable < healthy : achievable > healthy;
  if (!short) return thresholds;
  return { direction, healthy: achievable, watch: (watch * achievable) / healthy };
}

/**
 * Count thresholds scaled down for a smaller network (Measurement.sizeScale,
 * between 0 and 1): written for SIZE_REFERENCE_MEMBERS members, a network of
 * 7 is healthy at 7/20 of them. Only higher-is-better counts carry a scale.
 */
export function scaledToSize(thresholds: Thresholds, scale: number | undefined): Thresholds {
  if (scale === undefined || !Number.isFinite(scale) || scale <= 0 || scale >= 1 || thresholds.direction !== 'higher-is-better') return thresholds;
  return { direction: thresholds.direction, healthy: thresholds.healthy * scale, watch: thresholds.watch * scale };
}

/**
 * An indicator's status: its value against the thresholds moved to what the
 * network can reach, and no worse than watch when what is measured is the
 * network's design (Measurement.byDesign).
 */
export function judgeMeasurement(measurement: Pick<Measurement, 'value' | 'achievable' | 'sizeScale' | 'byDesign'>, thresholds: Thresholds): Status {
  const status = judgeIndicator(measurement.value, thresholdsWithin(scaledToSize(thresholds, measurement.sizeScale), measurement.achievable));
  return status === 'at-risk' && measurement.byDesign !== undefined ? 'watch' : status;
}

/** A survey question's mean score (1-5) against its thresholds; higher is always better. */
export function judgeQuestion(mean: number | undefined, healthy: number, watch: number): Status {
  return judgeIndicator(mean, { direction: 'higher-is-better', healthy, watch });
}

export function statusOfScore(score: number | undefined): Status {
  if (score === undefined) return 'unknown';
  return score >= HEALTHY_FROM ? 'healthy' : score >= WATCH_FROM ? 'watch' : 'at-risk';
}

/**
 * How much an item counts: its weight times its phase multiplier. With no
 * phase stated in the charter, the mean of the two multipliers, so neither
 * phase's priorities are assumed.
 */
export function weightIn(item: ChecklistItem, phase: Phase | undefined): number {
  const multiplier = phase ? item.phaseWeights[phase] : (item.phaseWeights['start-up'] + item.phaseWeights.ongoing) / 2;
  return item.weight * multiplier;
}

/**
 * A verdict needs data behind at least half of the weight: a dimension (or the
 * whole network) with less than MIN_COVERAGE of its weight known has no score
 * and is unknown, however good or bad its few known checks look. Its known
 * checks still show, and still count towards the network's score.
 */
export const MIN_COVERAGE = 0.5;

/** How much of a score rests on data: "based on 12 of 46 checks, 31% of the weight". */
export interface Coverage {
  /** Checks with data behind them. */
  readonly known: number;
  /** All checks. */
  readonly total: number;
  /** The known checks' share of the weight, 0 to 1 (0 when there is no weight at all). */
  readonly share: number;
}

export function coverageOf(parts: readonly { readonly status: Status; readonly weight: number }[]): Coverage {
  let weight = 0;
  let knownWeight = 0;
  let known = 0;
  for (const part of parts) {
    weight += Math.max(0, part.weight);
    if (part.status === 'unknown') continue;
    known += 1;
    knownWeight += Math.max(0, part.weight);
  }
  return { known, total: parts.length, share: weight === 0 ? 0 : knownWeight / weight };
}

/** The score and status of a set of checks: the weighted mean when at least MIN_COVERAGE of the weight is known, else no verdict. */
export function verdictOf(parts: readonly { readonly status: Status; readonly weight: number }[]): { readonly score: number | undefined; readonly status: Status; readonly coverage: Coverage } {
  const coverage = coverageOf(parts);
  const score = coverage.share >= MIN_COVERAGE ? weightedScore(parts) : undefined;
  return { score, status: statusOfScore(score), coverage };
}

/** The weighted mean of the known statuses' points, rounded to a whole number; undefined when none is known. */
export function weightedScore(parts: readonly { readonly status: Status; readonly weight: number }[]): number | undefined {
  let total = 0;
  let weights = 0;
  for (const { status, weight } of parts) {
    if (status === 'unknown' || weight <= 0) continue;
    total += STATUS_POINTS[status] * weight;
    weights += weight;
  }
  return weights === 0 ? undefined : Math.round(total / weights);
}
