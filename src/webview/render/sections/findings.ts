import { DIMENSION_TITLES } from '../../../core/health/checklist';
import type { PanelData } from '../../../core/health/panel-data';
import type { EvidenceRef, Finding } from '../../../core/health/report';
import { escapeHtml, escapeProse } from '../escape';
import { section, sourceLink, statusBadge, statusClass, type Mode } from '../parts';

/** What to talk about: every check at risk, then on watch, with the documents behind it and its question. */
export function renderFindingsSection(data: PanelData, mode: Mode, locale?: string): string {
  const { findings } = data.report;
  const atRisk = findings.filter((f) => f.status === 'at-risk').length;
  const intro = findings.length === 0 ? '<p>Nothing at risk or on watch.</p>' : `<p>${atRisk} at risk, ${findings.length - atRisk} to watch.</p>`;
  return section('findings', 'What to talk about', intro + findings.map((finding) => findingArticle(finding, mode, locale)).join(''));
}

function findingArticle(finding: Finding, mode: Mode, locale: string | undefined): string {
  const id = `finding-${escapeHtml(finding.id)}`;
  const evidence =
    finding.evidence.length === 0
      ? ''
      : `<h4 class="visually-hidden">Evidence</h4><ul class="evidence">${finding.evidence.map((e) => `<li>${evidenceSource(e, mode)}: ${escapeProse(e.note, locale)}</li>`).join('')}${
          finding.evidenceCount > finding.evidence.length ? `<li>and ${finding.evidenceCount - finding.evidence.length} more</li>` : ''
        }</ul>`;
  return [
    `<article class="finding ${statusClass(finding.status)}" aria-labelledby="${id}">`,
    `<h3 id="${id}">${statusBadge(finding.status)} ${escapeHtml(finding.title)}</h3>`,
    `<p class="muted">${DIMENSION_TITLES[finding.dimension]}</p>`,
    `<p>${escapeProse(finding.summary, locale)}</p>`,
    evidence,
    `<p class="question"><strong>To discuss:</strong> <em>${escapeProse(finding.question, locale)}</em></p>`,
    `<p><strong>Why it matters:</strong> ${escapeHtml(finding.why)} <strong>What helps:</strong> ${escapeHtml(finding.improve)}</p>`,
    '</article>',
  ].join('');
}

function evidenceSource(evidence: EvidenceRef, mode: Mode): string {
  return sourceLink({ file: evidence.file, relative: evidence.relative, line: evidence.range.start.line }, mode);
}
