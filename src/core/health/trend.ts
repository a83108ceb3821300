import { networkStart } from '../model/beginning';
import type { Network } from '../network';
import type { Checklist, Dimension } from './checklist';
import { evaluateHealth } from './evaluate';

/**
 * Health over time: the network evaluated at each month end, from the
 * documents' own dates (network-model.md: every indicator is computable as of
 * a date, so no git history is walked).
 */

export interface TrendPoint {
  readonly date: string;
  readonly score: number | undefined;
  readonly dimensions: Readonly<Record<Dimension, number | undefined>>;
}

export interface TrendOptions {
  readonly asOf: string;
  readonly present: string;
  /** How many month ends back from `asOf` (default 24). */
  readonly months?: number;
}

/** The last day of each month from `from` to `to` (both ISO dates), then `to` itself when it is not a month end. */
export function monthEnds(from: string, to: string): string[] {
  const days: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end >= to) break;
    days.push(end);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  days.push(to);
  return days;
}

export function healthTrend(network: Network, checklist: Checklist, options: TrendOptions): TrendPoint[] {
  const months = options.months ?? 24;
  const start = networkStart(network);
  if (start === undefined || start > options.asOf) return [];
  const [year, month] = options.asOf.split('-').map(Number) as [number, number];
  // The first month end counted: `months` month ends before asOf's month, but never before the network began.
  const windowStart = new Date(Date.UTC(year, month - 1 - months, 1)).toISOString().slice(0, 10);
  const days = monthEnds(start > windowStart ? start : windowStart, options.asOf).filter((day) => day >= start);
  return days.map((day) => {
    const snapshot = evaluateHealth(network, checklist, { asOf: day, present: options.present });
    const dimensions = Object.fromEntries(snapshot.dimensions.map((d) => [d.dimension, d.score])) as Record<Dimension, number | undefined>;
    return { date: day, score: snapshot.score, dimensions };
  });
}
