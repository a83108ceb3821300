import { inertMarkdown as esc } from '../text/printable';
import { formatDate } from '../views/dates';
import type { DiagnosticChange } from './diagnostics';
import type { NetworkDiff } from './diff';
import { filesLine, itemSide, plural, problemsLine, scoreDelta, scoreWithStatus, stateLine, where, type DiffLabels } from './words';
import { pushAll } from '../arrays';

export interface DiffMarkdownOptions extends DiffLabels {
  /** Turns a path from the network root into a link target; default: the path as is. Undefined: no link (an anonymised "Member 7"). */
  readonly link?: (relative: string) => string | undefined;
}

const SEVERITY_ICONS = { error: '🔴', warning: '🟡', info: '🔵' } as const;

/**
 * A network's diff as markdown, for a pull-request comment or a job summary.
 * Member-written text is escaped; links carry GitHub's `#L<line>` anchors.
 */
export function diffToMarkdown(diff: NetworkDiff, options: DiffMarkdownOptions = {}): string {
  const link = options.link ?? ((relative: string) => relative);
  const anchor = (label: string, relative: string, line?: number): string => {
    const target = link(relative);
    return target === undefined ? esc(label) : `[${esc(label)}](${linkTarget(target)}${line === undefined ? '' : `#L${line}`})`;
  };
  const out: string[] = [`## ${esc(diff.name)}: what this change does`, ''];
  const against = options.against ? `Compared with ${esc(options.against)} · ` : '';
  out.push(`${against}as of ${formatDate(diff.asOf)} · health **${scoreWithStatus(diff.score.before, diff.score.statusBefore)} → ${scoreWithStatus(diff.score.after, diff.score.statusAfter)}** (${scoreDelta(diff.score)}) · problems: ${problemsLine(diff)} · files: ${filesLine(diff)}`, '');
  const state = stateLine(diff);
  if (state) out.push(state, '');

  out.push('### In words', '');
  if (diff.changes.length === 0) out.push('Nothing that changes who does what: no proposals, decisions, roles or members.', '');
  else pushAll(out, diff.changes.map((change) => `- ${esc(change.text)} (${anchor(change.relative, change.relative)})`)).push('');

  if (diff.fields.length > 0) {
    out.push('### Charter and purpose, field by field', '', '| Field | Before | After | |', '|---|---|---|---|');
    for (const f of diff.fields) out.push(`| ${cell(`${f.document === 'purpose' ? 'Purpose: ' : ''}${f.label}`)} | ${cell(f.before ?? '–')} | ${cell(f.after ?? '–')} | ${f.shiftsPower ? '⚠️ shifts power' : ''} |`);
    out.push('');
  }

  out.push('### Health by dimension', '', '| Dimension | Before | After | Change |', '|---|---|---|---:|');
  for (const d of diff.dimensions) out.push(`| ${esc(d.title)} | ${scoreWithStatus(d.before, d.statusBefore)} | ${scoreWithStatus(d.after, d.statusAfter)} | ${scoreDelta(d)} |`);
  out.push('');
  if (diff.items.length > 0) {
    out.push('### Health findings that moved', '', '| Finding | Before | After |', '|---|---|---|');
    for (const item of diff.items) out.push(`| ${esc(item.title)} | ${cell(itemSide(item.before, item.statusBefore))} | ${cell(itemSide(item.after, item.statusAfter))} |`);
    out.push('');
  }

  const problems = (title: string, list: readonly DiagnosticChange[]): void => {
    out.push(`### ${title} (${list.length})`, '');
    if (list.length === 0) out.push('None.', '');
    else pushAll(out, list.map((d) => `- ${SEVERITY_ICONS[d.severity]} ${d.severity} \`${d.code}\` ${anchor(where(d), d.relative, d.range.start.line + 1)}: ${esc(d.message)}`)).push('');
  };
  problems('Problems introduced', diff.diagnostics.introduced);
  problems('Problems fixed', diff.diagnostics.fixed);
  out.push(`${plural(diff.diagnostics.unchanged, 'problem')} found before the change ${diff.diagnostics.unchanged === 1 ? 'is' : 'are'} still there.`);
  return `${out.join('\n')}\n`;
}

/** Member-written text in a table cell: escaped, on one line, with its pipes kept out of the table. */
function cell(text: string): string {
  return esc(text.replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|');
}

/** Characters that would end or break a markdown link target, percent-encoded. */
function linkTarget(target: string): string {
  return target.replace(/[\s<>()[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
