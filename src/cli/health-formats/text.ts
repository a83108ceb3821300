import { terminalColors, type Colors } from '../terminal';
import type { HealthReport } from '../../core/health/report';
import type { Status } from '../../core/health/score';
import { sparkline } from '../../core/health/format/sparkline';
import { STATUS_WORDS, coverageText, heldBackText, noVerdictText, scoreText } from '../../core/health/format/words';
import { formatDate } from '../../core/views/dates';
import { mirrorVerdict, ratingWords } from '../../core/health/mirror';
import { areaWords } from '../../core/health/area';
import { linkedActionWords, outcomeCounts, outcomeFigures, outcomeSparkline, VERDICT_WORDS } from '../../core/health/outcome-report';

function paint(c: Colors, status: Status, text: string): string {
  switch (status) {
    case 'healthy':
      return c.green(text);
    case 'watch':
      return c.yellow(text);
    case 'at-risk':
      return c.red(text);
    case 'unknown':
      return c.dim(text);
  }
}

/**
 * The health report for a terminal: scores with a 12-month trend per
 * dimension, then each finding with its evidence as `path:line:col` (which
 * terminals and editors turn into links) and its question to discuss.
 */
export function healthToText(report: HealthReport, options: { readonly color: boolean }): string {
  const { c, finish } = terminalColors(options.color);
  const out: string[] = [];
  out.push(c.bold(`${report.network.name}${report.area ? ` · ${report.area.title}` : ''}: health as of ${formatDate(report.asOf)}`));
  out.push(`phase ${report.network.phase ?? 'not stated'} · checklist ${report.checklist.id}`);
  if (report.area) out.push(areaWords(report.area));
  out.push('');
  const width = Math.max(...report.dimensions.map((d) => d.title.length));
  out.push(`  ${'Overall'.padEnd(width)}  ${scoreText(report.score).padStart(3)}  ${paint(c, report.status, STATUS_WORDS[report.status].padEnd(8))}  ${sparkline(report.trend.slice(-12).map((p) => p.score))}`);
  for (const d of report.dimensions) {
    const trend = sparkline(report.trend.slice(-12).map((p) => p.dimensions[d.dimension]));
    out.push(`  ${d.title.padEnd(width)}  ${scoreText(d.score).padStart(3)}  ${paint(c, d.status, STATUS_WORDS[d.status].padEnd(8))}  ${trend.padEnd(12)}  ${c.dim(`known ${Math.round(d.known.share * 100)}%`)}`);
  }
  out.push('');
  const noVerdict = noVerdictText(report.score, report.coverage);
  const heldBack = heldBackText(report);
  out.push(`Overall ${noVerdict ? `${noVerdict}; ` : ''}${heldBack ? `${heldBack}; ` : ''}${coverageText(report.coverage)}.${noVerdict || report.dimensions.some((d) => d.score === undefined) ? ' A dimension with less than half of its weight known has no score either.' : ''}`);
  out.push('');
  out.push(c.dim(report.ties.definition), '');

  const atRisk = report.findings.filter((f) => f.status === 'at-risk').length;
  out.push(c.bold(`What to talk about: ${atRisk} at risk, ${report.findings.length - atRisk} to watch`));
  for (const finding of report.findings) {
    out.push('', `${paint(c, finding.status, STATUS_WORDS[finding.status].toUpperCase())}  ${c.bold(finding.title)}  ${c.dim(`(${finding.dimension})`)}`);
    out.push(`  ${finding.summary}`);
    for (const evidence of finding.evidence) out.push(`  ${c.cyan(`${evidence.relative}:${evidence.range.start.line + 1}:${evidence.range.start.character + 1}`)}  ${evidence.note}`);
    if (finding.evidenceCount > finding.evidence.length) out.push(c.dim(`  and ${finding.evidenceCount - finding.evidence.length} more`));
    out.push(`  ${c.bold('Discuss:')} ${finding.question}`);
  }
  if (report.outcomes.length > 0) {
    out.push('', c.bold(`Outcomes (${report.outcomes.length}): ${outcomeCounts(report.outcomes)}`));
    for (const outcome of report.outcomes) {
      const verdict = VERDICT_WORDS[outcome.verdict].padEnd(14);
      out.push(`  ${outcome.verdict === 'off-track' ? c.bold(verdict) : outcome.verdict === 'unknown' ? c.dim(verdict) : verdict}  ${outcome.title}  ${outcomeSparkline(outcome)}  ${c.dim(outcomeFigures(outcome))}`);
      if (outcome.verdict === 'unknown') out.push(c.dim(`    ${outcome.reason}`));
      for (const signal of outcome.signals) out.push(`    signal: ${signal.words}`);
      if (outcome.verdict === 'off-track') out.push(`    ${linkedActionWords(outcome)}`);
    }
  }
  if (report.mirror.length > 0) {
    out.push('', c.bold(`Mirror: members and documents disagree (${report.mirror.length})`));
    for (const entry of report.mirror) {
      out.push('', `${c.bold(entry.title)}: ${mirrorVerdict(entry)}`);
      for (const rating of entry.members.parts) out.push(`  Members say: ${paint(c, rating.status, STATUS_WORDS[rating.status])} ${ratingWords(rating)}  ${c.cyan(`${rating.evidence.relative}:${rating.evidence.range.start.line + 1}`)}`);
      for (const part of entry.documents.parts.filter((p) => p.status === entry.documents.status)) out.push(`  Documents show: ${paint(c, part.status, STATUS_WORDS[part.status])} ${part.title}: ${part.summary}`);
      out.push(`  ${c.bold('Discuss:')} ${entry.question}`);
    }
  }
  if (report.connections.length > 0) {
    out.push('', c.bold(`Introductions to make (${report.connections.length})`));
    for (const connection of report.connections) out.push(`  ${connection.reason}`);
  }
  const unknown = report.dimensions.flatMap((d) => d.items.filter((item) => item.status === 'unknown'));
  if (unknown.length > 0) {
    out.push('', c.bold(`Not known yet (${unknown.length}): no data, so not counted`));
    for (const item of unknown) out.push(`  ${item.title}: ${c.dim(item.summary)}`);
  }
  return finish(`${out.join('\n')}\n`);
}
