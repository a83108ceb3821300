import type { PanelData, ParticipationPoint } from '../../../core/health/panel-data';
import { addDays, formatDate } from '../../../core/views/dates';
import { escapeHtml } from '../escape';
import { percent, section } from '../parts';
import { polyline, rect, svgImage, timeAxisMarks } from '../svg';

/** Who took part, month by month: the active share as a line, meetings as columns, and both as a table. */

const WIDTH = 720;
const HEIGHT = 110;
const LEFT = 36;
const BOTTOM = 18;

export function renderParticipationSection(data: PanelData, locale?: string): string {
  const points = data.participation;
  if (points.length === 0) return section('participation', 'Participation over time', '<p>No months to show yet.</p>');
  return section('participation', 'Participation over time', `<h3>Members active in the 90 days to each month end</h3>${activeChart(points, locale)}<h3>Meetings held each month</h3>${meetingsChart(points, locale)}${table(points, locale)}`);
}

function share(point: ParticipationPoint): number | undefined {
  return point.members > 0 ? point.active / point.members : undefined;
}

/** The axes: the time axis runs from `from` to `to` (the line's first and last points, or the edges of the month columns). */
function frame(from: string, to: string, top: string): string {
  return [
    `<line class="axis" x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${WIDTH}" y2="${HEIGHT - BOTTOM}"></line>`,
    `<text x="${LEFT - 4}" y="10" text-anchor="end">${top}</text>`,
    `<text x="${LEFT - 4}" y="${HEIGHT - BOTTOM}" text-anchor="end">0</text>`,
    timeAxisMarks(from, to, LEFT, WIDTH - LEFT, HEIGHT - BOTTOM, HEIGHT - 4),
  ].join('');
}

function activeChart(points: readonly ParticipationPoint[], locale: string | undefined): string {
  const shares = points.map((point) => share(point));
  const known = points.filter((point) => share(point) !== undefined);
  const first = known[0];
  const last = known.at(-1);
  const label =
    first && last
      ? `Share of members active, month by month: ${percent(share(first)!)} on ${formatDate(first.date, locale)}, ${percent(share(last)!)} on ${formatDate(last.date, locale)}. The table that follows has every month.`
      : 'Share of members active: no members yet.';
  const line = `<g transform="translate(${LEFT} 4)">${polyline(shares.map((s) => (s === undefined ? undefined : s * 100)), WIDTH - LEFT, HEIGHT - BOTTOM - 4, 100)}</g>`;
  return svgImage(WIDTH, HEIGHT, label, frame(points[0]!.date, points.at(-1)!.date, '100%') + line);
}

function meetingsChart(points: readonly ParticipationPoint[], locale: string | undefined): string {
  const max = Math.max(1, ...points.map((point) => point.meetings));
  const total = points.reduce((sum, point) => sum + point.meetings, 0);
  const slot = (WIDTH - LEFT) / points.length;
  const plot = HEIGHT - BOTTOM - 4;
  const columns = points.map((point, i) => {
    const height = (point.meetings / max) * plot;
    return rect(LEFT + i * slot + slot * 0.15, 4 + plot - height, slot * 0.7, height, 'bar meeting-bar', `${formatDate(point.date, locale)}: ${point.meetings}`);
  });
  const label = `Meetings held each month: ${total} over ${points.length} months, at most ${Math.max(...points.map((p) => p.meetings))} in one month. The table that follows has every month.`;
  return svgImage(WIDTH, HEIGHT, label, frame(`${points[0]!.date.slice(0, 8)}01`, addDays(points.at(-1)!.date, 1), String(max)) + columns.join(''));
}

function table(points: readonly ParticipationPoint[], locale: string | undefined): string {
  const rows = points.map((point) => {
    const s = share(point);
    return `<tr><td>${escapeHtml(formatDate(point.date, locale))}</td><td class="number">${point.members}</td><td class="number">${point.active}</td><td class="number">${s === undefined ? '–' : percent(s)}</td><td class="number">${point.meetings}</td><td class="number">${point.meanAttendance === undefined ? '–' : point.meanAttendance.toFixed(1)}</td></tr>`;
  });
  return `<div class="visually-hidden"><table><caption>Participation month by month</caption><thead><tr><th scope="col">Month end</th><th scope="col">Members</th><th scope="col">Active</th><th scope="col">Active share</th><th scope="col">Meetings</th><th scope="col">Mean attendance</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
