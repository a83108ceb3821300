import type { Network } from '../network';
import { DIMENSIONS, type Checklist, type ChecklistItem, type Dimension, type Phase } from './checklist';
import { AsOfFacts } from './facts';
import type { Measurement } from './indicator';
import { indicatorNamed } from './indicators';
import { judgeMeasurement, judgeQuestion, verdictOf, weightIn, type Coverage, type Status } from './score';
import { measureQuestion } from './survey';

/** One checklist item judged on one day. */
export interface ItemResult {
  readonly item: ChecklistItem;
  readonly measurement: Measurement;
  readonly status: Status;
  /** The item's weight in the charter's phase. */
  readonly weight: number;
}

export interface DimensionResult {
  readonly dimension: Dimension;
  /** 0-100; undefined when less than MIN_COVERAGE of the dimension's weight is known. */
  readonly score: number | undefined;
  readonly status: Status;
  /** Known items' share of the dimension's weight: how much of the score rests on data. */
  readonly coverage: number;
  /** Known checks, all checks and the known share of the weight. */
  readonly known: Coverage;
  readonly items: readonly ItemResult[];
}

export interface HealthSnapshot {
  readonly asOf: string;
  /** The charter's phase, which sets the weights; undefined when the charter does not say. */
  readonly phase: Phase | undefined;
  /** 0-100; undefined (no verdict) when less than MIN_COVERAGE of the checklist's weight is known. */
  readonly score: number | undefined;
  readonly status: Status;
  /** How much of the overall score rests on data. */
  readonly coverage: Coverage;
  readonly dimensions: readonly DimensionResult[];
  /** The facts the snapshot was computed from, for sections that look further (connections, agenda). */
  readonly facts: AsOfFacts;
}

export interface EvaluateOptions {
  /** The day to measure on. */
  readonly asOf: string;
  /** The day the documents' written statuses describe: today. Defaults to `asOf`. */
  readonly present?: string;
}

/**
 * The health of a network on one day by a checklist. Pure and deterministic:
 * the same documents, checklist and dates always give the same result.
 */
export function evaluateHealth(network: Network, checklist: Checklist, options: EvaluateOptions): HealthSnapshot {
  const facts = new AsOfFacts(network, options.asOf, options.present ?? options.asOf);
  const phase = facts.phase;
  const results = checklist.items.map((item): ItemResult => {
    const weight = weightIn(item, phase);
    if (item.type === 'question') {
      const measurement = measureQuestion(item, facts);
      return { item, measurement, status: judgeQuestion(measurement.value, item.question.healthy, item.question.watch), weight };
    }
    const indicator = indicatorNamed(item.indicator.name);
    // A checklist names only known indicators (readChecklist reports the others), so this is a safeguard, not a path users meet.
    const measurement: Measurement = indicator
      ? indicator.measure({ facts, params: item.indicator.params })
      : { value: undefined, summary: `netgov has no indicator \`${item.indicator.name}\`.`, evidence: [], question: '' };
    const status = judgeMeasurement(measurement, item.indicator.thresholds);
    // What is by design is said where it is a finding (watch, or at risk as written); a healthy value needs no excuse.
    const said = measurement.byDesign !== undefined && status !== 'healthy' && status !== 'unknown' ? { ...measurement, summary: `${measurement.summary} ${measurement.byDesign}` } : measurement;
    return { item, measurement: said, status, weight };
  });

  const dimensions = DIMENSIONS.map((dimension): DimensionResult => {
    const items = results.filter((result) => result.item.dimension === dimension);
    const { score, status, coverage } = verdictOf(items);
    return { dimension, score, status, coverage: coverage.share, known: coverage, items };
  });
  // The whole network: every known item by its weight (also in dimensions with too little data for a verdict of their own),
  // and no verdict at all when less than half the checklist's weight is known.
  const { score, status, coverage } = verdictOf(results);
  return { asOf: options.asOf, phase, score, status: overallStatus(status, dimensions), coverage, dimensions, facts };
}

/**
 * The network is not healthy while one of its dimensions is at risk, however
 * well the others score: a lead reading "healthy" would look no further. The
 * score stays the weighted mean; the status is held at watch (words.ts says why).
 */
export function overallStatus(status: Status, dimensions: readonly { readonly status: Status }[]): Status {
  return status === 'healthy' && dimensions.some((dimension) => dimension.status === 'at-risk') ? 'watch' : status;
}
