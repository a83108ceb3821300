import { formatDate } from '../views/dates';
import { printable, printableLines } from '../text/printable';
import type { DiagnosticChange } from './diagnostics';
import type { NetworkDiff } from './diff';
import { fieldChangeText } from './fields';
import { filesLine, itemSide, problemsLine, scoreDelta, scoreWithStatus, stateLine, where, type DiffLabels } from './words';

/** A network's diff for a terminal: the same sections as the markdown, as plain lines. */
export function diffToText(diff: NetworkDiff, options: DiffLabels = {}): string {
  const out: string[] = [`${diff.name}: what this change does${options.against ? `, compared with ${options.against}` : ''} (as of ${formatDate(diff.asOf)})`, ''];
  out.push(`Health:   ${scoreWithStatus(diff.score.before, diff.score.statusBefore)} → ${scoreWithStatus(diff.score.after, diff.score.statusAfter)} (${scoreDelta(diff.score)})`);
  out.push(`Problems: ${problemsLine(diff)}`);
  out.push(`Files:    ${filesLine(diff)}`, '');
  const state = stateLine(diff);
  if (state) out.push(state, '');

  out.push('In words:');
  if (diff.changes.length === 0) out.push('  nothing that changes who does what');
  for (const change of diff.changes) out.push(`  ${oneLine(change.text)}  ${printable(change.relative)}`);
  out.push('');

  const changed = diff.dimensions.filter((d) => d.before !== d.after || d.statusBefore !== d.statusAfter);
  out.push('Dimensions that moved:');
  if (changed.length === 0) out.push('  none');
  const width = Math.max(0, ...changed.map((d) => d.title.length));
  for (const d of changed) out.push(`  ${d.title.padEnd(width)}  ${scoreWithStatus(d.before, d.statusBefore)} → ${scoreWithStatus(d.after, d.statusAfter)} (${scoreDelta(d)})`);
  out.push('');

  if (diff.fields.length > 0) {
    out.push('Charter and purpose, field by field:');
    for (const f of diff.fields) out.push(`  ${f.shiftsPower ? '! ' : ''}${oneLine(`${f.document === 'purpose' ? 'Purpose: ' : ''}${fieldChangeText(f)}`)}${f.shiftsPower ? '  (shifts power)' : ''}`);
    out.push('');
  }
  out.push('Health findings that moved:');
  if (diff.items.length === 0) out.push('  none');
  for (const item of diff.items) out.push(`  ${item.title}: ${oneLine(itemSide(item.before, item.statusBefore))} → ${oneLine(itemSide(item.after, item.statusAfter))}`);
  out.push('');

  const problems = (title: string, list: readonly DiagnosticChange[]): void => {
    out.push(`${title}:`);
    if (list.length === 0) out.push('  none');
    for (const d of list) out.push(`  ${printable(where(d))} ${d.severity} ${d.code} ${oneLine(d.message)}`);
  };
  problems('Problems introduced', diff.diagnostics.introduced);
  out.push('');
  problems('Problems fixed', diff.diagnostics.fixed);
  return printableLines(`${out.join('\n')}\n`);
}

/** Member-written text on one line, so every printed line stands for one thing; other control characters shown escaped. */
function oneLine(text: string): string {
  return printable(text.replace(/[\r\n]+/g, ' '));
}
