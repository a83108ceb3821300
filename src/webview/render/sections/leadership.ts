import type { LeadTerm, LeadershipTimeline, PanelData } from '../../../core/health/panel-data';
import { daysBetween, formatDate } from '../../../core/views/dates';
import { escapeHtml, scrollableTable } from '../escape';
import { plural, section, sourceLink, type Mode } from '../parts';
import { num, rect, shortLabel, svgDecoration, svgImage, timeAxisMarks } from '../svg';

/** Who led which area when: a bar per term on a row per area, a line for the report's day, and the same as a table. */

const STATE_WORDS: Readonly<Record<LeadTerm['state'], string>> = {
  past: 'past',
  current: 'current',
  'ending-soon': 'ends within 90 days',
  expired: 'expired, nobody after',
  'open-ended': 'no end date',
};

/** The states that call for attention are marked with a symbol in the bar's label and the legend, not by colour alone. */
const FLAGS: Partial<Record<LeadTerm['state'], string>> = { expired: '✖', 'ending-soon': '▲' };

const WIDTH = 760;
const LABEL_WIDTH = 170;
const LANE = 22;
const ROW_GAP = 8;
const AXIS = 22;

export function renderLeadershipSection(data: PanelData, mode: Mode, locale?: string): string {
  const timeline = data.leadership;
  const terms = timeline.rows.reduce((sum, row) => sum + row.terms.length, 0);
  if (terms === 0) return section('leadership', 'Leadership over time', '<p>No lead roles recorded yet.</p>');
  const legend = `<ul class="legend" aria-label="Colours">${Object.entries(STATE_WORDS)
    .map(([state, words]) => `<li>${svgDecoration(12, 12, rect(0, 0, 12, 12, `bar term-${state}`), 'swatch')}${flagged(state as LeadTerm['state'], words)}</li>`)
    .join('')}</ul>`;
  return section('leadership', 'Leadership over time', chart(timeline, data.report.asOf, locale) + legend + table(timeline, mode, locale));
}

function chart(timeline: LeadershipTimeline, asOf: string, locale: string | undefined): string {
  const span = Math.max(1, daysBetween(timeline.from, timeline.to));
  const plotWidth = WIDTH - LABEL_WIDTH;
  const x = (day: string): number => LABEL_WIDTH + (Math.min(Math.max(daysBetween(timeline.from, day), 0), span) / span) * plotWidth;
  const parts: string[] = [];
  let y = AXIS;
  for (const row of timeline.rows) {
    const lanes = lanesOf(row.terms);
    const height = Math.max(1, lanes.length) * LANE;
    parts.push(`<text x="0" y="${num(y + 15)}">${escapeHtml(shortLabel(row.label, 26))}<title>${escapeHtml(row.label)}</title></text>`);
    lanes.forEach((lane, i) => {
      for (const term of lane) {
        const start = x(term.from);
        const end = x(term.until ?? timeline.to);
        const title = `${term.name}, ${term.role}: ${termDates(term, locale)} (${STATE_WORDS[term.state]})`;
        parts.push(rect(start, y + i * LANE + 2, Math.max(2, end - start), LANE - 4, `bar term-${term.state}`, title));
        parts.push(`<text x="${num(start + 3)}" y="${num(y + i * LANE + 15)}">${escapeHtml(shortLabel(flagged(term.state, term.name), Math.max(4, Math.floor((end - start) / 7))))}</text>`);
      }
    });
    y += height + ROW_GAP;
  }
  const today = x(asOf);
  const axis = [
    `<line class="axis" x1="${LABEL_WIDTH}" y1="${AXIS - 4}" x2="${WIDTH}" y2="${AXIS - 4}"></line>`,
    timeAxisMarks(timeline.from, timeline.to, LABEL_WIDTH, plotWidth, AXIS - 4, 10, -1),
    `<line class="today" x1="${num(today)}" y1="${AXIS - 8}" x2="${num(today)}" y2="${num(y)}"></line>`,
    `<text x="${num(today)}" y="${num(y + 12)}" text-anchor="middle">${escapeHtml(formatDate(asOf, locale))}</text>`,
  ];
  const all = timeline.rows.flatMap((row) => row.terms);
  const label = `Leadership timeline from ${formatDate(timeline.from, locale)} to ${formatDate(timeline.to, locale)}: ${plural(timeline.rows.length, 'row')}, ${plural(all.length, 'term')}, ${all.filter((t) => t.state === 'expired').length} expired, ${all.filter((t) => t.state === 'ending-soon').length} ending within 90 days. Every term is listed in the table that follows.`;
  return svgImage(WIDTH, y + 16, label, axis.join('') + parts.join(''), 'timeline');
}

/** Terms that overlap (co-leads, an early renewal) go on lanes of their own so neither hides the other. */
function lanesOf(terms: readonly LeadTerm[]): LeadTerm[][] {
  const lanes: LeadTerm[][] = [];
  for (const term of [...terms].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    const free = lanes.find((lane) => {
      const last = lane.at(-1)!;
      return last.until !== undefined && last.until < term.from;
    });
    if (free) free.push(term);
    else lanes.push([term]);
  }
  return lanes;
}

function flagged(state: LeadTerm['state'], text: string): string {
  const flag = FLAGS[state];
  return flag === undefined ? text : `${flag} ${text}`;
}

function termDates(term: LeadTerm, locale: string | undefined): string {
  return `${formatDate(term.from, locale)} to ${term.until === undefined ? 'no end date' : formatDate(term.until, locale)}`;
}

function table(timeline: LeadershipTimeline, mode: Mode, locale: string | undefined): string {
  const rows = timeline.rows.flatMap((row) =>
    row.terms.map(
      (term) =>
        `<tr><td>${escapeHtml(row.label)}</td><td>${escapeHtml(term.name)}</td><td>${escapeHtml(term.role)}</td><td>${escapeHtml(formatDate(term.from, locale))}</td><td>${term.until === undefined ? 'no end date' : escapeHtml(formatDate(term.until, locale))}</td><td>${STATE_WORDS[term.state]}</td><td>${sourceLink(term.source, mode)}</td></tr>`,
    ),
  );
  return `<details><summary>Every term as a table</summary>${scrollableTable('Every term', `<table><thead><tr><th scope="col">Area</th><th scope="col">Member</th><th scope="col">Role</th><th scope="col">From</th><th scope="col">Until</th><th scope="col">State</th><th scope="col">Source</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)}</details>`;
}
