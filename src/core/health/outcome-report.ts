import type { ActionStatus } from '../model/action-status';
import type { AsOfFacts } from './facts';
import type { Evidence } from './indicator';
import { actionsFor, assessOutcomes, figure, linkedActionsInWords, type OutcomeSignal, type OutcomeVerdict } from './outcomes';
import type { EvidenceRef } from './report';
import { sparkline } from './format/sparkline';

/**
 * Each outcome in PURPOSE.md as plain data for every output (text, markdown,
 * JSON, HTML and the panel's run charts): its figures on or before the day,
 * median, target, verdict, run-chart signals and the actions linked to it.
 */

export interface OutcomeReport {
  readonly id: string;
  readonly title: string;
  readonly measure: string | undefined;
  readonly verdict: OutcomeVerdict;
  /** The verdict in one sentence, with the figures behind it. */
  readonly reason: string;
  readonly baseline: number | undefined;
  readonly target: number | undefined;
  readonly by: string | undefined;
  /** Where the straight path from baseline to target stood at the latest figure; undefined without a verdict. */
  readonly expected: number | undefined;
  readonly median: number | undefined;
  /** The numeric figures on or before the day, oldest first. */
  readonly points: readonly { readonly date: string; readonly value: number; readonly note?: string }[];
  readonly signals: readonly Pick<OutcomeSignal, 'kind' | 'direction' | 'from' | 'to' | 'count' | 'towards' | 'words'>[];
  /** Actions naming the outcome, work still open first. */
  readonly actions: readonly { readonly id: string; readonly title: string; readonly status: ActionStatus; readonly source: EvidenceRef }[];
  /** The outcome in PURPOSE.md. */
  readonly source: EvidenceRef;
}

/** `locate` finds evidence in its document (report.ts, locateEvidence). */
export function outcomeReports(facts: AsOfFacts, locate: (evidence: Evidence) => EvidenceRef): OutcomeReport[] {
  const purpose = facts.purpose;
  if (!purpose) return [];
  return assessOutcomes(purpose, facts.asOf).map((outcome) => ({
    id: outcome.id,
    title: outcome.title,
    measure: outcome.measure,
    verdict: outcome.verdict,
    reason: outcome.reason,
    baseline: outcome.baseline,
    target: outcome.target,
    by: outcome.by,
    expected: outcome.expected,
    median: outcome.median,
    points: outcome.points.map((point) => ({ date: point.date, value: point.value, ...(point.note !== undefined ? { note: point.note } : {}) })),
    signals: outcome.signals.map(({ kind, direction, from, to, count, towards, words }) => ({ kind, direction, from, to, count, towards, words })),
    actions: actionsFor(outcome.id, facts.actions).map((action) => ({
      id: action.id,
      title: action.title,
      status: action.status,
      source: locate({ file: action.document.path, at: ['outcomes'], note: action.title }),
    })),
    source: locate({ file: purpose.path, at: ['outcomes', outcome.index], note: outcome.title }),
  }));
}

/** Verdicts as people read them: words, not colours. */
export const VERDICT_WORDS: Readonly<Record<OutcomeVerdict, string>> = { 'on-track': 'on track', 'off-track': 'off track', unknown: 'no verdict yet' };

/** The figures as a line of bars, lowest to highest of the outcome's own range (with its target). */
export function outcomeSparkline(outcome: Pick<OutcomeReport, 'points' | 'target'>): string {
  const values = outcome.points.map((point) => point.value);
  const range = [...values, ...(outcome.target === undefined ? [] : [outcome.target])];
  const low = Math.min(...range);
  const high = Math.max(...range);
  return sparkline(values.map((value) => (high === low ? 50 : ((value - low) / (high - low)) * 99.9)));
}

/** "2214 on 30 Sep 2026 (median 2299, target 2150 by 31 Mar 2027)". */
export function outcomeFigures(outcome: OutcomeReport): string {
  const latest = outcome.points.at(-1);
  const parts = [outcome.median === undefined ? '' : `median ${figure(outcome.median)}`, outcome.target === undefined ? '' : `target ${figure(outcome.target)}${outcome.by ? ` by ${outcome.by}` : ''}`].filter(Boolean);
  return `${latest ? `latest ${figure(latest.value)} on ${latest.date}` : 'no figures yet'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** The outcome's linked actions in words (outcomes.ts, linkedActionsInWords). */
export function linkedActionWords(outcome: OutcomeReport): string {
  return linkedActionsInWords(outcome.actions);
}

/** "2 on track, 1 off track, 1 with no verdict yet". */
export function outcomeCounts(outcomes: readonly OutcomeReport[]): string {
  const count = (verdict: OutcomeVerdict): number => outcomes.filter((outcome) => outcome.verdict === verdict).length;
  return [`${count('on-track')} on track`, `${count('off-track')} off track`, ...(count('unknown') > 0 ? [`${count('unknown')} with no verdict yet`] : [])].join(', ');
}
