import type { NetworkDocument } from '../document';
import { date, groupList, number, text, type Data } from '../model/fields';
import { daysBetween, formatDate } from '../views/dates';
import { ACTION_STATUS_TITLES, type ActionStatus } from '../model/action-status';
import type { ActionFact } from './facts';
import { median } from '../arrays';

export { median };

/**
 * Outcomes on track (docs/health.md, "Outcomes"): each outcome's own dated
 * `progress` series in PURPOSE.md, read two ways.
 *
 * 1. Against its target. The straight path runs from the baseline (its value,
 *    at the date of the first progress point, since a baseline carries no date
 *    of its own) to the target at its `by` date. An outcome is on track when
 *    its latest point is at or beyond where that path stood on the latest
 *    point's date, give or take TOLERANCE of the distance from baseline to
 *    target; off track when it is behind. The direction (up or down) is the
 *    sign of target minus baseline. Unknown with no numeric target, no `by`
 *    date, a target equal to the baseline, or fewer than MIN_POINTS numeric
 *    points on or before the day.
 *
 * 2. As a run chart (NHS England, Making Data Count; the run-chart rules of
 *    Perla, Provost and Murray): the median of the points, and three signals
 *    that something has changed rather than wobbled:
 *    - a shift: SHIFT_POINTS or more points in a row on one side of the
 *      median (points on the median neither break nor count);
 *    - a trend: TREND_POINTS or more points in a row each higher (or each
 *      lower) than the one before (a repeated value neither breaks nor counts);
 *    - an astronomical point: outside median ± 3 × 1.4826 × the median
 *      absolute deviation (netgov's reading of "far from the rest"; none when
 *      that deviation is 0).
 *    Signals are said in words (towards or away from the target), never as a
 *    colour on a single value.
 */

/** Fewer points than this say nothing about a direction: the verdict is unknown and no signal is looked for. */
export const MIN_POINTS = 3;
/** Points in a row on one side of the median that make a shift. */
export const SHIFT_POINTS = 6;
/** Points in a row rising (or falling) that make a trend. */
export const TREND_POINTS = 5;
/** How many scaled median absolute deviations from the median make a point astronomical. */
export const ASTRONOMICAL_DEVIATIONS = 3;
/** Scales the median absolute deviation to a standard deviation for normally distributed data. */
export const MAD_SCALE = 1.4826;
/** An outcome this close to its straight path (as a share of |target − baseline|) still counts as on track. */
export const TOLERANCE = 0.05;

export type OutcomeVerdict = 'on-track' | 'off-track' | 'unknown';

export interface ProgressPoint {
  readonly date: string;
  readonly value: number;
  /** Its index in the outcome's `progress` list, for pointing at it. */
  readonly index: number;
  readonly note?: string;
}

export interface RunSignal {
  readonly kind: 'shift' | 'trend' | 'astronomical';
  /** Shift and astronomical point: which side of the median; trend: which way the points move. */
  readonly direction: 'above' | 'below' | 'rising' | 'falling';
  /** The first and last point of the signal (indices into the points); the same for an astronomical point. */
  readonly from: number;
  readonly to: number;
  /** The points that count towards it (points on the median and repeated values do not). */
  readonly count: number;
}

/** A signal with what it means for the outcome. */
export interface OutcomeSignal extends RunSignal {
  /** Towards the target, away from it, or undefined when the outcome has no direction (no numeric target). */
  readonly towards: boolean | undefined;
  /** "a trend: 5 points in a row falling (31 Mar 2025 to 30 Sep 2026), towards the target". */
  readonly words: string;
}

export interface OutcomeAssessment {
  readonly id: string;
  readonly title: string;
  /** Its index in PURPOSE.md's `outcomes`. */
  readonly index: number;
  readonly measure: string | undefined;
  /** The numeric baseline, or the first point's value when the baseline is words or missing. */
  readonly baseline: number | undefined;
  readonly target: number | undefined;
  readonly by: string | undefined;
  /** The numeric points dated on or before the day, oldest first. */
  readonly points: readonly ProgressPoint[];
  readonly median: number | undefined;
  readonly verdict: OutcomeVerdict;
  /** Where the straight path from baseline to target stood on the latest point's date; undefined when unknown. */
  readonly expected: number | undefined;
  /** The verdict in one sentence, with the figures behind it. */
  readonly reason: string;
  readonly signals: readonly OutcomeSignal[];
}

/**
 * Runs of `min` or more points in a row on one side of `centre`. A point on
 * the centre neither breaks a run nor counts towards it.
 */
export function shiftSignals(values: readonly number[], centre: number, min = SHIFT_POINTS): RunSignal[] {
  const signals: RunSignal[] = [];
  let side: 'above' | 'below' | undefined;
  let from = 0;
  let to = 0;
  let count = 0;
  const close = (): void => {
    if (side !== undefined && count >= min) signals.push({ kind: 'shift', direction: side, from, to, count });
  };
  values.forEach((value, i) => {
    if (value === centre) return;
    const here = value > centre ? 'above' : 'below';
    if (here === side) {
      count++;
      to = i;
      return;
    }
    close();
    side = here;
    from = i;
    to = i;
    count = 1;
  });
  close();
  return signals;
}

/**
 * Runs of `min` or more points in a row each higher (rising) or each lower
 * (falling) than the one before. A value equal to the one before neither
 * breaks a run nor counts towards it. Two runs may share their turning point.
 */
export function trendSignals(values: readonly number[], min = TREND_POINTS): RunSignal[] {
  // The series without its repeated values, each with its place in the original.
  const kept: { value: number; index: number }[] = [];
  values.forEach((value, index) => {
    if (kept.length === 0 || kept[kept.length - 1]!.value !== value) kept.push({ value, index });
  });
  const signals: RunSignal[] = [];
  let start = 0;
  for (let i = 1; i < kept.length; i++) {
    const rising = kept[i]!.value > kept[i - 1]!.value;
    const nextRising = i + 1 < kept.length ? kept[i + 1]!.value > kept[i]!.value : undefined;
    if (nextRising === rising) continue;
    // kept[start..i] all move the same way.
    const count = i - start + 1;
    if (count >= min) signals.push({ kind: 'trend', direction: rising ? 'rising' : 'falling', from: kept[start]!.index, to: kept[i]!.index, count });
    start = i;
  }
  return signals;
}

/** Points outside centre ± deviations × MAD_SCALE × the median absolute deviation; none when that deviation is 0. */
export function astronomicalPoints(values: readonly number[], centre: number, deviations = ASTRONOMICAL_DEVIATIONS): RunSignal[] {
  const mad = median(values.map((value) => Math.abs(value - centre)));
  if (mad === undefined || mad === 0) return [];
  const limit = deviations * MAD_SCALE * mad;
  return values.flatMap((value, i) => (Math.abs(value - centre) > limit ? [{ kind: 'astronomical' as const, direction: value > centre ? ('above' as const) : ('below' as const), from: i, to: i, count: 1 }] : []));
}

/** Every run-chart signal in a series, in the order shift, trend, astronomical point; none with fewer than MIN_POINTS points. */
export function runChartSignals(values: readonly number[]): RunSignal[] {
  const centre = median(values);
  if (centre === undefined || values.length < MIN_POINTS) return [];
  return [...shiftSignals(values, centre), ...trendSignals(values), ...astronomicalPoints(values, centre)];
}

/** Every outcome in the purpose, as of the day (points after the day are not yet known). */
export function assessOutcomes(purpose: NetworkDocument | undefined, asOf: string): OutcomeAssessment[] {
  if (!purpose) return [];
  return groupList(purpose.data, 'outcomes').map(({ value, index }) => assessOutcome(value, index, asOf));
}

export function assessOutcome(outcome: Data, index: number, asOf: string): OutcomeAssessment {
  const id = text(outcome, 'id') ?? `outcome-${index + 1}`;
  const title = text(outcome, 'title') ?? id;
  const points = groupList(outcome, 'progress')
    .flatMap(({ value: point, index: at }) => {
      const day = date(point, 'date');
      const value = number(point, 'value');
      const note = text(point, 'note');
      return day !== undefined && value !== undefined && day <= asOf ? [{ date: day, value, index: at, ...(note !== undefined ? { note } : {}) }] : [];
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  const values = points.map((point) => point.value);
  const target = number(outcome, 'target');
  const by = date(outcome, 'by');
  const baseline = number(outcome, 'baseline') ?? points[0]?.value;
  const centre = median(values);
  const judged = judge(points, baseline, target, by, asOf);
  const direction = target === undefined || baseline === undefined || target === baseline ? undefined : Math.sign(target - baseline);
  const signals = runChartSignals(values).map((signal) => withMeaning(signal, points, direction));
  return { id, title, index, measure: text(outcome, 'measure'), baseline, target, by, points, median: centre, ...judged, signals };
}

function judge(points: readonly ProgressPoint[], baseline: number | undefined, target: number | undefined, by: string | undefined, asOf: string): Pick<OutcomeAssessment, 'verdict' | 'expected' | 'reason'> {
  const unknown = (reason: string): Pick<OutcomeAssessment, 'verdict' | 'expected' | 'reason'> => ({ verdict: 'unknown', expected: undefined, reason });
  if (target === undefined) return unknown('It has no target in numbers, so there is no path to be on or off.');
  if (by === undefined) return unknown('Its target has no date (`by`), so there is no path to be on or off.');
  if (points.length < MIN_POINTS) return unknown(`Only ${points.length === 0 ? 'no' : points.length} progress ${points.length === 1 ? 'point' : 'points'} in numbers by ${formatDate(asOf)}; at least ${MIN_POINTS} are needed to say.`);
  if (baseline === undefined || baseline === target) return unknown('Its target is the same as its baseline, so there is no direction to move in.');
  const first = points[0]!;
  const latest = points[points.length - 1]!;
  const span = daysBetween(first.date, by);
  const done = span <= 0 ? 1 : Math.min(1, Math.max(0, daysBetween(first.date, latest.date) / span));
  const expected = baseline + (target - baseline) * done;
  const tolerance = TOLERANCE * Math.abs(target - baseline);
  const direction = Math.sign(target - baseline);
  const onTrack = direction * (latest.value - expected) >= -tolerance;
  const path = `the straight path from ${figure(baseline)} on ${formatDate(first.date)} to ${figure(target)} by ${formatDate(by)} stood at ${figure(expected)}`;
  return {
    verdict: onTrack ? 'on-track' : 'off-track',
    expected,
    reason: `${figure(latest.value)} on ${formatDate(latest.date)}; ${path}: ${onTrack ? 'on track' : 'behind it, off track'}.`,
  };
}

function withMeaning(signal: RunSignal, points: readonly ProgressPoint[], direction: number | undefined): OutcomeSignal {
  const up = signal.direction === 'above' || signal.direction === 'rising';
  const towards = direction === undefined ? undefined : (direction > 0) === up;
  const meaning = towards === undefined ? '' : towards ? ', towards the target' : ', away from the target';
  const from = formatDate(points[signal.from]!.date);
  const to = formatDate(points[signal.to]!.date);
  switch (signal.kind) {
    case 'shift':
      return { ...signal, towards, words: `a shift: ${signal.count} points in a row ${signal.direction} the median (${from} to ${to})${meaning}` };
    case 'trend':
      return { ...signal, towards, words: `a trend: ${signal.count} points in a row ${signal.direction} (${from} to ${to})${meaning}` };
    case 'astronomical':
      return { ...signal, towards, words: `an astronomical point: ${figure(points[signal.from]!.value)} on ${from}, far ${signal.direction} the rest${meaning}` };
  }
}

/** A figure as people write it: whole from 100 up, one decimal from 10, else two; no trailing zeros. */
export function figure(value: number): string {
  const scale = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 10 ? 10 : 100;
  return String(Math.round(value * scale) / scale);
}

const LINKED_ORDER: Readonly<Record<ActionStatus, number>> = { 'in-progress': 0, blocked: 1, agreed: 2, proposed: 3, done: 4, dropped: 5 };

/** The actions that name the outcome in their `outcomes` field, work still open first. */
export function actionsFor(outcome: string, actions: readonly ActionFact[]): ActionFact[] {
  return actions.filter((action) => action.outcomes.includes(outcome)).sort((a, b) => LINKED_ORDER[a.status] - LINKED_ORDER[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How the verdicts are reached, in one sentence for every format. */
export const OUTCOME_RULE = `An outcome is on track when its latest figure is at or beyond the straight path from its baseline (at its first progress point) to its target by its date, give or take ${Math.round(TOLERANCE * 100)}% of the distance; unknown with no target in numbers, no target date or fewer than ${MIN_POINTS} figures. Signals follow NHS England's Making Data Count run charts: a shift is ${SHIFT_POINTS} or more points in a row on one side of the median, a trend ${TREND_POINTS} or more in a row rising or falling, an astronomical point one far outside the rest.`;

/** Open linked actions (at most `shown`) by title with their status, the rest counted: "linked actions: A (in progress) and 2 more open; 3 done or dropped". */
export function linkedActionsInWords(actions: readonly { readonly title: string; readonly status: ActionStatus }[], shown = 3): string {
  if (actions.length === 0) return 'no action is linked to it';
  const open = actions.filter((action) => action.status !== 'done' && action.status !== 'dropped');
  const closed = actions.length - open.length;
  if (open.length === 0) return `no open action is linked to it (${closed} done or dropped)`;
  const named = open.slice(0, shown).map((action) => `${action.title} (${ACTION_STATUS_TITLES[action.status].toLowerCase()})`);
  const more = open.length > shown ? ` and ${open.length - shown} more open` : '';
  return `linked actions: ${named.join(', ')}${more}${closed > 0 ? `; ${closed} done or dropped` : ''}`;
}
