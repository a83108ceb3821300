import type { PanelData } from '../../../core/health/panel-data';
import { scoreText } from '../../../core/health/format/words';
import { formatDate } from '../../../core/views/dates';
import { escapeHtml } from '../escape';
import { percent, section, statusBadge, statusClass } from '../parts';
import { sparkline } from '../svg';

/** The overall score, then one row per dimension with its status, how much of it is known and its trend. */
export function renderScoresSection(data: PanelData): string {
  const { report } = data;
  const overall = `<div class="overall ${statusClass(report.status)}"><span class="big">${scoreText(report.score)}</span><span class="out-of">out of 100</span>${statusBadge(report.status)}</div>`;
  const rows = report.dimensions.map((d) => {
    const trend = report.trend.map((point) => point.dimensions[d.dimension]);
    return `<tr><th scope="row">${escapeHtml(d.title)}</th><td class="number">${scoreText(d.score)}</td><td>${statusBadge(d.status)}</td><td>known ${percent(d.coverage)}</td><td>${trendCell(d.title, trend, report.trend.map((point) => point.date))}</td></tr>`;
  });
  const table = `<table class="dimensions"><caption class="visually-hidden">Score, status, known share and trend per dimension</caption><thead><tr><th scope="col">Dimension</th><th scope="col" class="number">Score</th><th scope="col">Status</th><th scope="col">Known</th><th scope="col">Trend</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const note = `<p class="muted">Healthy counts 100, watch 50, at risk 0; unknown checks count for nothing. "Known" is the share of a dimension's weight with data behind it.</p>`;
  return section('scores', 'Scores', overall + table + note);
}

function trendCell(title: string, values: readonly (number | undefined)[], dates: readonly string[]): string {
  const known = values.flatMap((value, i) => (value === undefined ? [] : [{ value, date: dates[i]! }]));
  if (known.length === 0) return '<span class="muted">no trend yet</span>';
  const first = known[0]!;
  const last = known.at(-1)!;
  const label = `${title}, month by month: ${first.value} on ${formatDate(first.date)}, ${last.value} on ${formatDate(last.date)}`;
  return sparkline(values, label);
}
