import type { Diagnostic } from '../diagnostic';
import type { HealthSnapshot } from '../health/evaluate';
import { HEALTH_CODE_PREFIX } from '../health/finding-diagnostics';
import { STATUS_WORDS } from '../health/format/words';
import { locateEvidence } from '../health/report';
import type { Network } from '../network';
import { printable } from '../text/printable';
import type { ItemChange } from './diff';

/**
 * Health inline on a pull request (issue 19, item 7): the health findings a
 * change creates or worsens, shown where the change makes them, on its changed
 * lines. `itemChanges` (the diff's comparison of the two sides' health) says
 * which findings got worse; this only places them. Pure: the caller measures
 * both sides and asks git which lines changed.
 *
 * Each is an information-level diagnostic with the finding's question, one per
 * finding and file, at the first piece of its evidence on a changed line; the
 * rest of the evidence on that file's changed lines is counted in the message.
 * Never a warning or an error: health is for discussion, so these never fail a
 * job. Evidence anywhere else (an untouched member page, the purpose) gives no
 * notice: the diff's summary already names the finding.
 */

/** 0-based line numbers, both ends included. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** The lines a change touched in each file it touched (absolute paths): `all` for a new file. */
export type ChangedLines = ReadonlyMap<string, readonly LineSpan[] | 'all'>;

/** At most this many notices for one finding: a change adding fifty actions owned by one person needs only a few to be seen. */
export const NOTICES_PER_FINDING = 5;

export function healthNotices(changes: readonly ItemChange[], head: { readonly network: Network; readonly snapshot: HealthSnapshot }, changed: ChangedLines): Diagnostic[] {
  const notices: Diagnostic[] = [];
  const results = new Map(head.snapshot.dimensions.flatMap((d) => d.items.map((result) => [result.item.id, result] as const)));
  for (const change of changes) {
    const result = results.get(change.id);
    if (!change.worse || !result) continue;
    const byFile = new Map<string, { first: ReturnType<typeof locateEvidence>; more: number }>();
    for (const evidence of result.measurement.evidence) {
      const lines = changed.get(evidence.file);
      if (lines === undefined || head.network.get(evidence.file) === undefined) continue;
      const located = locateEvidence(head.network, evidence);
      if (!touches(lines, located.range.start.line, located.range.end.line)) continue;
      const seen = byFile.get(evidence.file);
      if (seen) seen.more += 1;
      else byFile.set(evidence.file, { first: located, more: 0 });
    }
    for (const { first, more } of [...byFile.values()].slice(0, NOTICES_PER_FINDING)) {
      notices.push({
        file: first.file,
        range: first.range,
        severity: 'info',
        code: `${HEALTH_CODE_PREFIX}${change.id}`,
        message: printable(noticeMessage(change, first.note, more, result.measurement.question)),
        data: { item: change.id, status: result.status },
      });
    }
  }
  return notices.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
}

function touches(lines: readonly LineSpan[] | 'all', start: number, end: number): boolean {
  return lines === 'all' || lines.some((span) => span.start <= end && start <= span.end);
}

/** "Network health, people who own most of the work (at risk, worse with this change): owned by …. Now: …; before: …. Who …?" */
function noticeMessage(change: ItemChange, note: string, more: number, question: string): string {
  const status = change.statusAfter ? STATUS_WORDS[change.statusAfter] : 'unknown';
  const was = change.statusBefore;
  const how = was === undefined || was === 'healthy' || was === 'unknown' ? 'new with this change' : was === change.statusAfter ? 'worse with this change' : `worse with this change, was ${STATUS_WORDS[was]}`;
  const others = more > 0 ? ` (and ${more} more on the changed lines of this file)` : '';
  const sides = change.after ? ` Now: ${trimStop(change.after)}${change.before ? `; before: ${trimStop(change.before)}` : ''}.` : '';
  return `Network health, ${change.title.toLowerCase()} (${status}, ${how}): ${trimStop(note)}${others}.${sides}${question ? ` ${question}` : ''}`;
}

function trimStop(text: string): string {
  return text.replace(/\.\s*$/, '');
}
