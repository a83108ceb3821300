import type { PanelData } from '../../../core/health/panel-data';
import type { HealthReport, PulseReport } from '../../../core/health/report';
import { formatDate } from '../../../core/views/dates';
import { escapeHtml } from '../escape';
import { section } from '../parts';
import { rect, stackedBar, svgDecoration } from '../svg';

/**
 * The latest temperature check as a distribution of answers per question;
 * counts from fewer than `minAnswers` people never reach the page (the core
 * has already dropped them), and the row says so instead.
 */

const ANSWER_WORDS = ['strongly disagree', 'disagree', 'neither', 'agree', 'strongly agree'];

export function renderPulsesSection(data: PanelData, locale?: string): string {
  const { report } = data;
  const latest = report.pulses.at(-1);
  if (!latest) return section('pulses', 'Temperature checks', `<p>No temperature check on or before ${escapeHtml(formatDate(report.asOf, locale))}.</p>`);
  const questions = questionTitles(report);
  const heading = `<h3>Latest: ${escapeHtml(formatDate(latest.date, locale))}</h3><p>${answeredLine(latest)} Counts from fewer than ${report.minAnswers} people are not shown, so that nobody's answer can be picked out. Answers run from 1 (strongly disagree) to 5 (strongly agree).</p>`;
  const key = `<ul class="legend" aria-label="Colours">${ANSWER_WORDS.map((words, i) => `<li>${svgDecoration(12, 12, rect(0, 0, 12, 12, `segment answer-${i + 1}`), 'swatch')}${i + 1}: ${words}</li>`).join('')}</ul>`;
  const rows = latest.questions.map((q) => questionRow(questions.get(q.id) ?? q.id, q, report.minAnswers));
  const earlier = report.pulses.slice(0, -1).reverse();
  const earlierList =
    earlier.length === 0 ? '' : `<h3>Earlier checks</h3><ul>${earlier.map((pulse) => `<li>${escapeHtml(formatDate(pulse.date, locale))}: ${answeredLine(pulse)}</li>`).join('')}</ul>`;
  return section('pulses', 'Temperature checks', heading + key + rows.join('') + earlierList);
}

/** The checklist's wording of each question, by id: the temperature check itself stores only the counts. */
function questionTitles(report: HealthReport): Map<string, string> {
  return new Map(report.dimensions.flatMap((d) => d.items.filter((item) => item.type === 'question').map((item) => [item.id, item.title] as const)));
}

function answeredLine(pulse: PulseReport): string {
  return `${pulse.respondents ?? 'An unknown number'} of ${pulse.invited ?? 'an unknown number of'} invited members answered.`;
}

function questionRow(title: string, question: PulseReport['questions'][number], minAnswers: number): string {
  const name = `<p class="question-title">${escapeHtml(title)}</p>`;
  if (question.counts === 'suppressed') return `<div class="question-row">${name}<p class="muted">Fewer than ${minAnswers} answers: not shown.</p></div>`;
  const counts = question.counts;
  const words = counts.map((count, i) => `${i + 1} (${ANSWER_WORDS[i] ?? ''}): ${count}`).join(', ');
  const chart = stackedBar(
    counts.map((count, i) => ({ count, className: `answer-${i + 1}`, title: `${i + 1}: ${count}` })),
    320,
    16,
    `${title}: ${words}`,
  );
  const mean = question.mean === undefined ? '' : `; mean ${question.mean.toFixed(1)} of 5`;
  return `<div class="question-row">${name}${chart}<p class="counts">${counts.map((count, i) => `${i + 1}: ${count}`).join(' · ')} (${question.answered} answered${mean})</p></div>`;
}
