import { escapeHtml } from './escape';
import { timeAxis } from '../../core/views/time-axis';

/**
 * Small SVG charts drawn as strings, the same in the panel and the report.
 * Colours come from CSS classes (the stylesheet maps them to theme
 * variables), never from style attributes, which the panel's CSP forbids.
 * Every chart is an image with a label in words, so a screen reader hears
 * the numbers the picture shows.
 */

/** A coordinate with at most one decimal, so the markup stays short and stable. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** An `<svg>` drawn as one image with its words; `content` is SVG markup already escaped. */
export function svgImage(width: number, height: number, label: string, content: string, className = ''): string {
  const classAttribute = className ? ` class="${escapeHtml(className)}"` : '';
  return `<svg${classAttribute} viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="${escapeHtml(label)}" focusable="false">${content}</svg>`;
}

/** A chart's decoration with nothing to say of its own (its words are beside it). */
export function svgDecoration(width: number, height: number, content: string, className = 'inline'): string {
  return `<svg class="${escapeHtml(className)}" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" aria-hidden="true" focusable="false">${content}</svg>`;
}

export function rect(x: number, y: number, width: number, height: number, className: string, title?: string): string {
  const tooltip = title === undefined ? '' : `<title>${escapeHtml(title)}</title>`;
  return `<rect class="${escapeHtml(className)}" x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(Math.max(0, height))}">${tooltip}</rect>`;
}

/**
 * A series as a line through its known points; an unknown value breaks the
 * line, so a gap in the data is not drawn as a fall. Values run from 0 to `max`.
 */
export function polyline(values: readonly (number | undefined)[], width: number, height: number, max: number, className = 'line'): string {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (value: number): number => height - (Math.min(Math.max(value, 0), max) / (max || 1)) * height;
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  values.forEach((value, i) => {
    if (value === undefined) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push([i * step, y(value)]);
    }
  });
  if (run.length > 0) runs.push(run);
  // A known value between two unknown ones has no line to be part of, so it is drawn as a dot.
  return runs
    .map((points) =>
      points.length === 1
        ? `<circle class="point" cx="${num(points[0]![0])}" cy="${num(points[0]![1])}" r="2"></circle>`
        : `<polyline class="${escapeHtml(className)}" points="${points.map(([px, py]) => `${num(px)},${num(py)}`).join(' ')}"></polyline>`,
    )
    .join('');
}

/**
 * A 0-100 trend as a small line, labelled with where it started and where it
 * ended; given the date of each value (evenly spaced, month ends), it has a
 * time axis under it like every other time chart.
 */
export function sparkline(values: readonly (number | undefined)[], label: string, width = 120, height = 24, dates?: readonly string[]): string {
  const first = dates?.[0];
  const last = dates?.at(-1);
  if (first === undefined || last === undefined || !(last > first)) return svgImage(width, height, label, polyline(values, width, height - 2, 100), 'spark inline');
  const axis = `<line class="axis" x1="0" y1="${num(height)}" x2="${num(width)}" y2="${num(height)}"></line>${timeAxisMarks(first, last, 0, width, height, height + 16)}`;
  return svgImage(width, height + 18, label, polyline(values, width, height - 2, 100) + axis, 'spark inline');
}

/** A horizontal bar out of `max`, on a track the full width. */
export function bar(value: number, max: number, width: number, height: number, className: string): string {
  const filled = max > 0 ? (value / max) * width : 0;
  return svgDecoration(width, height, rect(0, 0, width, height, 'track') + rect(0, 0, filled, height, `bar ${className}`));
}

/** Counts side by side in one bar (e.g. answers 1 to 5), each segment with its own class and tooltip. */
export function stackedBar(segments: readonly { readonly count: number; readonly className: string; readonly title: string }[], width: number, height: number, label: string): string {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  let x = 0;
  const parts = segments.map((segment) => {
    const w = total > 0 ? (segment.count / total) * width : 0;
    const part = rect(x, 0, w, height, `segment ${segment.className}`, segment.title);
    x += w;
    return part;
  });
  return svgImage(width, height, label, rect(0, 0, width, height, 'track') + parts.join(''), 'inline');
}

/** Text that fits a chart: long labels are cut with an ellipsis (the full text is in the chart's words and table). */
export function shortLabel(text: string, max = 32): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/**
 * A time axis's ticks and labels (core/views/time-axis.ts) drawn along a line
 * at `y` from `x` to `x + width`: quarter ticks short, year ticks long, labels
 * with their baseline at `labelY`; ticks point down, or up with `direction` -1. Every time chart draws its axis with this.
 */
export function timeAxisMarks(from: string, to: string, x: number, width: number, y: number, labelY: number, direction: 1 | -1 = 1): string {
  const axis = timeAxis(from, to, width);
  const ticks = axis.ticks.map((tick) => `<line class="tick ${tick.kind}" x1="${num(x + tick.at * width)}" y1="${num(y)}" x2="${num(x + tick.at * width)}" y2="${num(y + direction * (tick.kind === 'year' ? 6 : 3))}"></line>`);
  const labels = axis.labels.map((label) => `<text class="tick-label ${label.kind}" x="${num(x + label.at * width)}" y="${num(labelY)}"${label.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escapeHtml(label.text)}</text>`);
  return `<g class="time-axis">${ticks.join('')}${labels.join('')}</g>`;
}
