import { DIMENSION_TITLES, type Dimension } from '../checklist';
import type { EvidenceRef, Finding, HealthReport } from '../report';
import { inertMarkdown as esc } from '../../text/printable';
import { formatDate } from '../../views/dates';
import { sparkline } from './sparkline';
import { STATUS_WORDS, coverageText, heldBackText, noVerdictText, scoreText } from './words';
import { mirrorRule, mirrorVerdict, ratingWords } from '../mirror';
import { areaWords } from '../area';
import { figure, OUTCOME_RULE } from '../outcomes';
import { linkedActionWords, outcomeCounts, outcomeSparkline, VERDICT_WORDS } from '../outcome-report';
import { pushAll } from '../../arrays';

/**
 * The health report as markdown, for a wiki page, a pull-request comment or a
 * job summary. Links are relative to `linkBase` (the folder the markdown will
 * sit in) and carry GitHub's `#L<line>` anchors. Every piece of member-written
 * text is escaped.
 */
export interface MarkdownOptions {
  /**
   * Turns an evidence path relative to the network root into the link target; default: the path as is.
   * Undefined: no link (an anonymised report's "Member 7", whose page must not be pointed at), the place in words.
   */
  readonly link?: (relative: string) => string | undefined;
}

const ICONS = { healthy: '🟢', watch: '🟡', 'at-risk': '🔴', unknown: '⚪' } as const;

export function healthToMarkdown(report: HealthReport, options: MarkdownOptions = {}): string {
  const link = options.link ?? ((relative: string) => relative);
  const out: string[] = [];
  out.push(`# ${esc(report.network.name)}${report.area ? ` · ${esc(report.area.title)}` : ''}: ${report.area ? 'area' : 'network'} health`, '');
  if (report.area) out.push(esc(areaWords(report.area)), '');
  out.push(
    `As of ${formatDate(report.asOf)} · phase: ${report.network.phase ?? 'not stated'} · checklist: ${esc(report.checklist.id)} · overall **${scoreText(report.score)}/100** ${ICONS[report.status]} ${STATUS_WORDS[report.status]}`,
    '',
  );
  const noVerdict = noVerdictText(report.score, report.coverage);
  const heldBack = heldBackText(report);
  out.push(`Overall ${noVerdict ? `**${noVerdict}**, ` : ''}${heldBack ? `**${esc(heldBack)}**; ` : ''}${coverageText(report.coverage)}.`, '');

  out.push('| Dimension | Score | Status | Trend | Known |', '|---|---:|---|---|---:|');
  for (const d of report.dimensions) {
    out.push(`| ${d.title} | ${scoreText(d.score)} | ${ICONS[d.status]} ${STATUS_WORDS[d.status]} | ${trendOf(report, d.dimension)} | ${Math.round(d.coverage * 100)}% |`);
  }
  out.push('', `Scores: healthy counts 100, watch 50, at risk 0, weighted by the charter's phase; unknown items count for nothing. "Known" is the share of a dimension's weight with data behind it; with less than half known, a dimension (or the network) has no score.`, '', esc(report.ties.definition), '');

  const atRisk = report.findings.filter((f) => f.status === 'at-risk');
  const watch = report.findings.filter((f) => f.status === 'watch');
  out.push(`## What to talk about (${atRisk.length} at risk, ${watch.length} to watch)`, '');
  if (report.findings.length === 0) out.push('Nothing at risk or on watch.', '');
  for (const finding of report.findings) pushAll(out, findingLines(finding, link));

  if (report.outcomes.length > 0) {
    out.push(`## Outcomes (${outcomeCounts(report.outcomes)})`, '', OUTCOME_RULE, '');
    out.push('| Outcome | Figures | Latest | Median | Target | Verdict | Signals |', '|---|---|---:|---:|---:|---|---|');
    for (const outcome of report.outcomes) {
      const latest = outcome.points.at(-1);
      const cells = [
        linked(esc(outcome.title), outcome.source.relative, outcome.source.range.start.line + 1, link),
        outcome.points.length > 0 ? outcomeSparkline(outcome) : '–',
        latest ? `${figure(latest.value)} (${formatDate(latest.date)})` : '–',
        outcome.median === undefined ? '–' : figure(outcome.median),
        outcome.target === undefined ? '–' : `${figure(outcome.target)}${outcome.by ? ` by ${formatDate(outcome.by)}` : ''}`,
        `**${VERDICT_WORDS[outcome.verdict]}**`,
        outcome.signals.length === 0 ? '–' : esc(outcome.signals.map((signal) => signal.words).join('; ')),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
    for (const outcome of report.outcomes.filter((o) => o.verdict !== 'on-track')) out.push(`- **${esc(outcome.title)}**: ${esc(outcome.reason)}${outcome.verdict === 'off-track' ? ` ${esc(capitalise(linkedActionWords(outcome)))}.` : ''}`);
    out.push('');
  }
  if (report.mirror.length > 0) {
    out.push('## Mirror: members and documents disagree', '', mirrorRule(report.minAnswers), '');
    for (const entry of report.mirror) {
      out.push(`### ${entry.title}: ${mirrorVerdict(entry)}`, '');
      for (const rating of entry.members.parts) out.push(`- Members say: ${ICONS[rating.status]} ${STATUS_WORDS[rating.status]}: ${esc(ratingWords(rating))} (${evidenceLink(rating.evidence, link)})`);
      for (const part of entry.documents.parts.filter((p) => p.status === entry.documents.status)) out.push(`- Documents show: ${ICONS[part.status]} ${STATUS_WORDS[part.status]}: **${esc(part.title)}**: ${esc(part.summary)}`);
      out.push('', `**To discuss:** ${esc(entry.question)}`, '');
    }
  }
  if (report.connections.length > 0) {
    out.push('## Introductions to make', '', 'Members who could be introduced, and why: suggestions for the network to consider.', '');
    for (const connection of report.connections) out.push(`- ${esc(connection.reason)} (${connection.evidence.map((e) => evidenceLink(e, link)).join(', ')})`);
    out.push('');
  }
  const unknown = report.dimensions.flatMap((d) => d.items.filter((item) => item.status === 'unknown'));
  if (unknown.length > 0) {
    out.push('## Not known yet', '', 'These checks have no data behind them. They are not counted as good or bad.', '');
    for (const item of unknown) out.push(`- **${esc(item.title)}**: ${esc(item.summary)}`);
    out.push('');
  }

  const pulse = report.pulses.at(-1);
  if (pulse) {
    out.push(`## Latest temperature check (${formatDate(pulse.date)})`, '');
    out.push(`${pulse.respondents ?? '?'} of ${pulse.invited ?? '?'} invited members answered. Counts from fewer than ${report.minAnswers} people are not shown.`, '');
    const counted = [...report.pulses].reverse().find((p) => p.enough);
    if (!pulse.enough) out.push(`With fewer than ${report.minAnswers} respondents this check shows nothing and changes no result${counted ? `: the checks above use the ${formatDate(counted.date)} check and earlier` : ''}.`, '');
    out.push('| Question | 1 | 2 | 3 | 4 | 5 | Mean |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const q of pulse.questions) {
      const cells = q.counts === 'suppressed' ? ['–', '–', '–', '–', '–'] : q.counts.map(String);
      out.push(`| ${esc(q.id)} | ${cells.join(' | ')} | ${q.mean === undefined ? '–' : q.mean.toFixed(1)} |`);
    }
    out.push('');
    if (pulse.maturity.length > 0 && pulse.enough) {
      out.push('| Maturity | Now | Aim |', '|---|---:|---:|');
      for (const m of pulse.maturity) out.push(`| ${DIMENSION_TITLES[m.dimension as Dimension] ?? esc(m.dimension)} | ${m.current ?? '–'} | ${m.target ?? '–'} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function trendOf(report: HealthReport, dimension: Dimension): string {
  return sparkline(report.trend.slice(-12).map((point) => point.dimensions[dimension]));
}

function findingLines(finding: Finding, link: (relative: string) => string | undefined): string[] {
  const lines = [`### ${ICONS[finding.status]} ${esc(finding.title)} (${DIMENSION_TITLES[finding.dimension]})`, '', esc(finding.summary), ''];
  if (finding.evidence.length > 0) {
    for (const evidence of finding.evidence) lines.push(`- ${evidenceLink(evidence, link)}: ${esc(evidence.note)}`);
    if (finding.evidenceCount > finding.evidence.length) lines.push(`- and ${finding.evidenceCount - finding.evidence.length} more`);
    lines.push('');
  }
  lines.push(`**To discuss:** ${esc(finding.question)}`, '', `*Why it matters:* ${esc(finding.why)} *What helps:* ${esc(finding.improve)}`, '');
  return lines;
}

function evidenceLink(evidence: EvidenceRef, link: (relative: string) => string | undefined): string {
  const line = evidence.range.start.line + 1;
  return link(evidence.relative) === undefined ? `${esc(evidence.relative)} (line ${line})` : linked(`${esc(evidence.relative)}:${line}`, evidence.relative, line, link);
}

/** `[label](target#Lline)`, or the label alone when the place may not be linked. */
function linked(label: string, relative: string, line: number, link: (relative: string) => string | undefined): string {
  const target = link(relative);
  return target === undefined ? label : `[${label}](${linkTarget(target)}#L${line})`;
}

/** A link target that survives markdown: encoded, with its parentheses escaped too. */
function linkTarget(target: string): string {
  return encodeURI(target).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}
