import type { PanelData } from '../../../core/health/panel-data';
import { coverageText, heldBackText, noVerdictText, scoreText } from '../../../core/health/format/words';
import { formatDate } from '../../../core/views/dates';
import { escapeHtml, scrollableTable } from '../escape';
import { percent, section, statusBadge, statusClass } from '../parts';
import { sparkline } from '../svg';

/** The overall score, then one row per dimension with its status, how much of it is known and its trend. */
export function renderScoresSection(data: PanelData, locale?: string): string {
  const { report } = data;
  const overall = `<div class="overall ${statusClass(report.status)}"><span class="big">${scoreText(report.score)}</span><span class="out-of">out of 100</span>${statusBadge(report.status)}</div>`;
  const noVerdict = noVerdictText(report.score, report.coverage);
  const heldBack = heldBackText(report);
  const basis = `<p class="coverage">${noVerdict ? `<strong>${escapeHtml(noVerdict[0]!.toUpperCase() + noVerdict.slice(1))}</strong>, ` : 'Overall '}${heldBack ? `<strong>${escapeHtml(heldBack)}</strong>; ` : ''}${escapeHtml(coverageText(report.coverage))}.</p>`;
  const rows = report.dimensions.map((d) => {
    const trend = report.trend.map((point) => point.dimensions[d.dimension]);
    return `<tr><th scope="row">${escapeHtml(d.title)}</th><td class="number">${scoreText(d.score)}</td><td>${statusBadge(d.status)}</td><td>known ${percent(d.coverage)} <span class="muted">(${d.known.known} of ${d.known.total} checks)</span></td><td>${trendCell(d.title, trend, report.trend.map((point) => point.date), locale)}</td></tr>`;
  });
  const table = scrollableTable('Scores by dimension', `<table class="dimensions"><caption class="visually-hidden">Score, status, known share and trend per dimension</caption><thead><tr><th scope="col">Dimension</th><th scope="col" class="number">Score</th><th scope="col">Status</th><th scope="col">Known</th><th scope="col">Trend</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  const note = `<p class="muted">Healthy counts 100, watch 50, at risk 0; unknown checks count for nothing. "Known" is the share of a dimension's weight with data behind it; with less than half known, a dimension (or the network) has no score.</p>`;
  return section('scores', 'Scores', overall + basis + table + note);
}

function trendCell(title: string, values: readonly (number | undefined)[], dates: readonly string[], locale: string | undefined): string {
  const known = values.flatMap((value, i) => (value === undefined ? [] : [{ value, date: dates[i]! }]));
  if (known.length === 0) return '<span class="muted">no trend yet</span>';
  const first = known[0]!;
  const last = known.at(-1)!;
  const label = `${title}, month by month: ${first.value} on ${formatDate(first.date, locale)}, ${last.value} on ${formatDate(last.date, locale)}`;
  return sparkline(values, label, undefined, undefined, dates);
}
