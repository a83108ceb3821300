import type { DiagnosticChange } from './diagnostics';
import type { NetworkDiff, ScoreChange } from './diff';
import { STATUS_WORDS, scoreText } from '../health/format/words';

/** Wording shared by the markdown and text renderers, so a pull-request comment and a terminal say the same. */

/** Says which commit the change was compared with, e.g. `main (merge base 1a2b3c4)`; the caller knows, the diff does not. */
export interface DiffLabels {
  readonly against?: string;
}

/** `+4`, `−3`, `no change`, or `new` / `gone` when one side has no score. */
export function scoreDelta(change: ScoreChange): string {
  const { before, after } = change;
  if (before === undefined && after === undefined) return 'no change';
  if (before === undefined) return 'new';
  if (after === undefined) return 'gone';
  const delta = after - before;
  return delta === 0 ? 'no change' : delta > 0 ? `+${delta}` : `−${-delta}`;
}

/** `58 (watch)` or `–` for a missing score. */
export function scoreWithStatus(score: number | undefined, status: ScoreChange['statusAfter']): string {
  return status === undefined ? '–' : `${scoreText(score)} (${STATUS_WORDS[status]})`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `3 added, 1 removed, 12 edited`, or `none`. */
export function filesLine(diff: NetworkDiff): string {
  const { added, removed, modified } = diff.files;
  const parts = [added.length && `${added.length} added`, removed.length && `${removed.length} removed`, modified.length && `${modified.length} edited`].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}

/** `2 new, 1 fixed`, for a headline. */
export function problemsLine(diff: NetworkDiff): string {
  return `${diff.diagnostics.introduced.length} new, ${diff.diagnostics.fixed.length} fixed`;
}

export function stateLine(diff: NetworkDiff): string | undefined {
  if (diff.state === 'added') return 'This change creates the network.';
  if (diff.state === 'removed') return 'This change removes the network.';
  if (diff.state === 'unchanged') return "This change leaves the network's documents as they were.";
  return undefined;
}

/** 1-based line and column, as editors and code hosts count. */
export function where(d: DiagnosticChange): string {
  return `${d.relative}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
}

/** One side of a moved health finding: `45/90 (watch)`, or `–` where it is missing. */
export function itemSide(summary: string | undefined, status: ScoreChange['statusAfter']): string {
  if (summary === undefined || status === undefined) return '–';
  return `${summary} (${STATUS_WORDS[status]})`;
}
