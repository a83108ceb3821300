import { mirrorRule, mirrorVerdict, ratingWords } from '../../../core/health/mirror';
import type { PanelData } from '../../../core/health/panel-data';
import type { MirrorReport } from '../../../core/health/report';
import { escapeHtml, escapeProse } from '../escape';
import { section, sourceLink, statusBadge, type Mode } from '../parts';

/** Where what members say and what the documents show disagree: each a question to discuss, with both sides. */
export function renderMirrorSection(data: PanelData, mode: Mode, locale?: string): string {
  const { mirror } = data.report;
  const intro = `<p class="muted">${escapeHtml(mirrorRule(data.report.minAnswers))}</p>`;
  if (mirror.length === 0) return section('mirror', 'Mirror', `${intro}<p>Members' ratings and the documents agree, or one side is not known yet.</p>`);
  return section('mirror', 'Mirror', intro + mirror.map((entry) => mirrorArticle(entry, mode, locale)).join(''));
}

function mirrorArticle(entry: MirrorReport, mode: Mode, locale: string | undefined): string {
  const id = `mirror-${escapeHtml(entry.dimension)}`;
  const said = entry.members.parts.map((rating) => `<li>${statusBadge(rating.status)} ${escapeProse(ratingWords(rating), locale)} <span class="muted">(${sourceLink({ file: rating.evidence.file, relative: rating.evidence.relative, line: rating.evidence.range.start.line }, mode)})</span></li>`);
  const shown = entry.documents.parts.filter((part) => part.status === entry.documents.status).map((part) => `<li>${statusBadge(part.status)} <strong>${escapeHtml(part.title)}</strong>: ${escapeProse(part.summary, locale)}</li>`);
  return [
    `<article class="finding mirror" aria-labelledby="${id}">`,
    `<h3 id="${id}">${escapeHtml(entry.title)}: ${escapeHtml(mirrorVerdict(entry))}</h3>`,
    `<h4>What members say</h4><ul class="evidence">${said.join('')}</ul>`,
    `<h4>What the documents show</h4><ul class="evidence">${shown.join('')}</ul>`,
    `<p class="question"><strong>To discuss:</strong> <em>${escapeProse(entry.question, locale)}</em></p>`,
    '</article>',
  ].join('');
}
