import { ACTION_STATUS_TITLES } from '../../../core/model/action-status';
import { figure, OUTCOME_RULE } from '../../../core/health/outcomes';
import { VERDICT_WORDS, type OutcomeReport } from '../../../core/health/outcome-report';
import type { PanelData } from '../../../core/health/panel-data';
import { daysBetween, formatDate, formatDatesIn } from '../../../core/views/dates';
import { escapeHtml, escapeProse } from '../escape';
import { section, sourceLink, type Mode } from '../parts';
import { num, timeAxisMarks } from '../svg';

/**
 * Outcomes on track (NHS England, Making Data Count): a run chart per outcome
 * with its figures, median line, target line and the straight path to the
 * target, the verdict and signals in words, and the actions linked to it.
 */

const WIDTH = 420;
const HEIGHT = 150;
const LEFT = 48;
const RIGHT = 70;
const TOP = 8;
const BOTTOM = 22;

export function renderOutcomesSection(data: PanelData, mode: Mode, locale?: string): string {
  const outcomes = data.report.outcomes;
  const intro = `<p class="muted">${escapeHtml(OUTCOME_RULE)}</p>`;
  if (outcomes.length === 0) return section('outcomes', 'Outcomes', '<p>PURPOSE.md lists no outcomes yet.</p>');
  return section('outcomes', 'Outcomes', intro + outcomes.map((outcome, i) => outcomeArticle(outcome, i, mode, locale)).join(''));
}

const VERDICT_ICONS: Readonly<Record<OutcomeReport['verdict'], string>> = { 'on-track': '✔', 'off-track': '✖', unknown: '?' };

function outcomeArticle(outcome: OutcomeReport, i: number, mode: Mode, locale: string | undefined): string {
  const id = `outcome-${i}`;
  const signals = outcome.signals.length === 0 ? (outcome.points.length >= 3 ? '<p class="muted">No run-chart signal: the figures vary as they might by chance.</p>' : '') : `<p>Signals:</p><ul class="evidence">${outcome.signals.map((signal) => `<li>${escapeProse(signal.words, locale)}</li>`).join('')}</ul>`;
  const actions =
    outcome.actions.length === 0
      ? '<p>No action is linked to this outcome.</p>'
      : `<details${outcome.verdict === 'off-track' ? ' open' : ''}><summary>${outcome.actions.length === 1 ? '1 linked action' : `${outcome.actions.length} linked actions`}</summary><ul class="evidence">${outcome.actions
          .map((action) => `<li>${escapeHtml(action.title)} <span class="muted">(${escapeHtml(ACTION_STATUS_TITLES[action.status].toLowerCase())}, ${sourceLink({ file: action.source.file, relative: action.source.relative, line: action.source.range.start.line }, mode)})</span></li>`)
          .join('')}</ul></details>`;
  return [
    `<article class="outcome verdict-${outcome.verdict}" aria-labelledby="${id}">`,
    `<h3 id="${id}">${escapeHtml(outcome.title)}: <span class="verdict"><span class="icon" aria-hidden="true">${VERDICT_ICONS[outcome.verdict]}</span>${VERDICT_WORDS[outcome.verdict]}</span></h3>`,
    outcome.measure === undefined ? '' : `<p class="muted">${escapeHtml(outcome.measure)}</p>`,
    `<p>${escapeProse(outcome.reason, locale)} <span class="muted">(${sourceLink({ file: outcome.source.file, relative: outcome.source.relative, line: outcome.source.range.start.line }, mode)})</span></p>`,
    outcome.points.length > 0 ? runChart(outcome, id, locale) : '',
    outcome.points.length > 0 ? pointsTable(outcome, locale) : '',
    signals,
    actions,
    '</article>',
  ].join('');
}

/** The run chart: figures over time, the median and the target as lines, the straight path from baseline to target dotted. */
export function runChart(outcome: OutcomeReport, id: string, locale?: string): string {
  const points = outcome.points;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const end = outcome.by !== undefined && outcome.by > last.date ? outcome.by : last.date;
  const span = Math.max(1, daysBetween(first.date, end));
  const values = [...points.map((p) => p.value), ...[outcome.median, outcome.target, outcome.baseline].filter((v): v is number => v !== undefined)];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    low -= 1;
    high += 1;
  }
  const pad = (high - low) * 0.08;
  low -= pad;
  high += pad;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (day: string): number => LEFT + (Math.min(Math.max(daysBetween(first.date, day), 0), span) / span) * plotWidth;
  const y = (value: number): number => TOP + (1 - (value - low) / (high - low)) * plotHeight;
  const parts: string[] = [`<line class="axis" x1="${LEFT}" y1="${num(HEIGHT - BOTTOM)}" x2="${num(WIDTH - RIGHT)}" y2="${num(HEIGHT - BOTTOM)}"></line>`];
  parts.push(`<text x="${LEFT - 4}" y="${num(TOP + 8)}" text-anchor="end">${escapeHtml(figure(high - pad))}</text>`, `<text x="${LEFT - 4}" y="${num(HEIGHT - BOTTOM)}" text-anchor="end">${escapeHtml(figure(low + pad))}</text>`);
  parts.push(timeAxisMarks(first.date, end, LEFT, plotWidth, HEIGHT - BOTTOM, HEIGHT - 6));
  if (outcome.baseline !== undefined && outcome.target !== undefined && outcome.by !== undefined && outcome.expected !== undefined) {
    parts.push(`<line class="path" x1="${num(x(first.date))}" y1="${num(y(outcome.baseline))}" x2="${num(x(outcome.by))}" y2="${num(y(outcome.target))}"></line>`);
  }
  if (outcome.median !== undefined) {
    parts.push(`<line class="median" x1="${LEFT}" y1="${num(y(outcome.median))}" x2="${num(WIDTH - RIGHT)}" y2="${num(y(outcome.median))}"></line>`);
    parts.push(`<text x="${num(WIDTH - RIGHT + 4)}" y="${num(y(outcome.median) + 4)}">median ${escapeHtml(figure(outcome.median))}</text>`);
  }
  if (outcome.target !== undefined) {
    parts.push(`<line class="target" x1="${LEFT}" y1="${num(y(outcome.target))}" x2="${num(WIDTH - RIGHT)}" y2="${num(y(outcome.target))}"></line>`);
    parts.push(`<text x="${num(WIDTH - RIGHT + 4)}" y="${num(y(outcome.target) + 4)}">target ${escapeHtml(figure(outcome.target))}</text>`);
  }
  const flagged = new Set(outcome.signals.flatMap((signal) => Array.from({ length: signal.to - signal.from + 1 }, (_, k) => signal.from + k)));
  if (points.length > 1) parts.push(`<polyline class="line" points="${points.map((p) => `${num(x(p.date))},${num(y(p.value))}`).join(' ')}"></polyline>`);
  points.forEach((p, k) => {
    const words = `${formatDate(p.date, locale)}: ${figure(p.value)}${p.note === undefined ? '' : ` (${p.note})`}${flagged.has(k) ? ', part of a signal' : ''}`;
    parts.push(`<circle class="${flagged.has(k) ? 'point signal' : 'point'}" cx="${num(x(p.date))}" cy="${num(y(p.value))}" r="${flagged.has(k) ? 4 : 2.5}"><title>${escapeHtml(words)}</title></circle>`);
  });
  const title = `Run chart: ${outcome.title}`;
  const desc = `${points.length} ${points.length === 1 ? 'figure' : 'figures'} from ${formatDate(first.date, locale)} (${figure(first.value)}) to ${formatDate(last.date, locale)} (${figure(last.value)})${outcome.median === undefined ? '' : `, median ${figure(outcome.median)}`}${outcome.target === undefined ? '' : `, target ${figure(outcome.target)}${outcome.by === undefined ? '' : ` by ${formatDate(outcome.by, locale)}`}`}. Verdict: ${VERDICT_WORDS[outcome.verdict]}. ${outcome.signals.length === 0 ? 'No run-chart signal.' : `Signals: ${outcome.signals.map((s) => formatDatesIn(s.words, locale)).join('; ')}.`} Rings mark the points of a signal; the dotted line is the straight path from baseline to target. The table that follows has every figure.`;
  return `<svg class="run-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc" focusable="false"><title id="${id}-chart-title">${escapeHtml(title)}</title><desc id="${id}-chart-desc">${escapeHtml(desc)}</desc>${parts.join('')}</svg>`;
}

function pointsTable(outcome: OutcomeReport, locale: string | undefined): string {
  const rows = outcome.points.map((p) => `<tr><td>${escapeHtml(formatDate(p.date, locale))}</td><td class="number">${escapeHtml(figure(p.value))}</td><td>${escapeHtml(p.note ?? '')}</td></tr>`);
  return `<div class="visually-hidden"><table><caption>${escapeHtml(outcome.title)}: figures</caption><thead><tr><th scope="col">Date</th><th scope="col">Figure</th><th scope="col">Note</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
