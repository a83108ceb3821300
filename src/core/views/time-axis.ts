import { daysBetween } from './dates';

/**
 * The time axis every chart draws (the leadership timeline, the outcome run
 * charts, participation month by month): a short tick at the start of each
 * quarter, a long one at the start of each year, the year written under its
 * tick, the quarters named when there is room, and the year the axis starts
 * in written at its left end when no year tick is near. Labels never overlap:
 * when the years are crowded only every 2nd, 5th or 10th is written (the round
 * ones). Charts are drawn in their own units and scaled as a whole, so what
 * fits in those units fits at any width the panel is shown at, 320 px included
 * (where the stylesheet also leaves the quarters' names out: scaled down, they
 * would be too small to read).
 */

export interface TimeTick {
  /** The first day of the quarter, YYYY-MM-DD. */
  readonly date: string;
  /** `year` on 1 January (drawn long), `quarter` on 1 April, 1 July and 1 October (short). */
  readonly kind: 'year' | 'quarter';
  /** Where along the axis, from 0 (`from`) to 1 (`to`). */
  readonly at: number;
}

export interface TimeLabel {
  readonly text: string;
  /** A year's label (under a year tick, or the year the axis starts in) or a quarter's (`Q2`): a narrow panel may leave the quarters out. */
  readonly kind: 'year' | 'quarter';
  readonly at: number;
  /** `middle`: centred under its tick; `start`: the year the axis starts in, written from its left end. */
  readonly anchor: 'middle' | 'start';
}

export interface TimeAxis {
  readonly ticks: readonly TimeTick[];
  readonly labels: readonly TimeLabel[];
}

export interface TimeAxisOptions {
  /** The width of one character of a label, in the chart's units (11 px text: about 6.5). */
  readonly charWidth?: number;
  /** The least space between two labels, in the chart's units. */
  readonly gap?: number;
}

const QUARTER_NAMES = ['Q1', 'Q2', 'Q3', 'Q4'];
/** Every nth year is labelled when the years are crowded, the first n that fits. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/** The ticks and labels of an axis from `from` to `to` (ISO dates, inclusive), `width` units long. */
export function timeAxis(from: string, to: string, width: number, options: TimeAxisOptions = {}): TimeAxis {
  const charWidth = options.charWidth ?? 6.5;
  const gap = options.gap ?? 6;
  const span = daysBetween(from, to);
  if (!(span > 0) || !(width > 0)) return { ticks: [], labels: [] };
  const ticks: TimeTick[] = [];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    for (let quarter = 0; quarter < 4; quarter++) {
      const date = `${String(year).padStart(4, '0')}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
      if (date < from || date > to) continue;
      ticks.push({ date, kind: quarter === 0 ? 'year' : 'quarter', at: daysBetween(from, date) / span });
    }
  }

  const textWidth = (text: string): number => text.length * charWidth;
  const years = ticks.filter((tick) => tick.kind === 'year');
  // The closest two year ticks decide the step (a leap year makes no difference at this scale).
  const yearSpacing = Math.min(Infinity, ...years.slice(1).map((tick, i) => (tick.at - years[i]!.at) * width));
  const step = YEAR_STEPS.find((n) => n * yearSpacing >= textWidth('0000') + gap) ?? YEAR_STEPS.at(-1)!;
  const placed: { readonly label: TimeLabel; readonly left: number; readonly right: number }[] = [];
  const place = (label: TimeLabel): boolean => {
    const w = textWidth(label.text);
    const left = label.anchor === 'start' ? label.at * width : label.at * width - w / 2;
    const right = left + w;
    if (placed.some((other) => left < other.right + gap && other.left < right + gap)) return false;
    placed.push({ label, left, right });
    return true;
  };
  for (const tick of years) {
    const year = Number(tick.date.slice(0, 4));
    if (year % step === 0) place({ text: String(year), kind: 'year', at: tick.at, anchor: 'middle' });
  }
  place({ text: String(firstYear), kind: 'year', at: 0, anchor: 'start' });
  const quarters = ticks.filter((tick) => tick.kind === 'quarter');
  const quarterSpacing = Math.min(Infinity, ...ticks.slice(1).map((tick, i) => (tick.at - ticks[i]!.at) * width));
  // All the quarters or none (a few named and the rest not would read as gaps), and only with room beside a year's label too.
  if (step === 1 && quarterSpacing >= (textWidth('0000') + textWidth('Q0')) / 2 + gap) {
    for (const tick of quarters) place({ text: QUARTER_NAMES[(Number(tick.date.slice(5, 7)) - 1) / 3]!, kind: 'quarter', at: tick.at, anchor: 'middle' });
  }
  return { ticks, labels: placed.map((p) => p.label).sort((a, b) => a.at - b.at) };
}
