import type { Diagnostic } from '../diagnostic';
import type { Network } from '../network';
import type { HealthSnapshot } from './evaluate';
import { locateEvidence } from './report';
import { STATUS_WORDS } from './format/words';

/** Which findings appear on the documents behind them: none, at-risk only (the default), or at-risk and watch. */
export type HealthDiagnosticsLevel = 'off' | 'at-risk' | 'watch';

/** The prefix of a finding's code; the rest is the checklist item's id (`health.overdue-share`). */
export const HEALTH_CODE_PREFIX = 'health.';

/**
 * Health findings as information-level diagnostics on the documents that are
 * their evidence, so a member editing an overdue action sees why it matters
 * to the network. One per piece of evidence; never an error or a warning:
 * health is for discussion, not a rule broken.
 */
export function healthDiagnostics(network: Network, snapshot: HealthSnapshot, level: HealthDiagnosticsLevel): Diagnostic[] {
  if (level === 'off') return [];
  const shown = new Set(level === 'watch' ? ['at-risk', 'watch'] : ['at-risk']);
  const diagnostics: Diagnostic[] = [];
  for (const dimension of snapshot.dimensions) {
    for (const result of dimension.items) {
      if (!shown.has(result.status)) continue;
      for (const evidence of result.measurement.evidence) {
        if (!network.get(evidence.file)) continue;
        const located = locateEvidence(network, evidence);
        diagnostics.push({
          file: located.file,
          range: located.range,
          severity: 'info',
          code: `${HEALTH_CODE_PREFIX}${result.item.id}`,
          message: `Network health, ${result.item.title.toLowerCase()} (${STATUS_WORDS[result.status]}): ${evidence.note}. ${result.measurement.question}`,
          data: { item: result.item.id, status: result.status },
        });
      }
    }
  }
  return diagnostics;
}
