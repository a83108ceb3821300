import type { Diagnostic, RelatedInformation } from '../diagnostic';
import type { Network } from '../network';
import type { HealthSnapshot, ItemResult } from './evaluate';
import type { Evidence } from './indicator';
import { locateEvidence } from './report';
import { STATUS_WORDS } from './format/words';

/** Which findings appear on the documents behind them: none, at-risk only (the default), or at-risk and watch. */
export type HealthDiagnosticsLevel = 'off' | 'at-risk' | 'watch';

/** The prefix of a finding's code; the rest is the checklist item's id (`health.overdue-share`). */
export const HEALTH_CODE_PREFIX = 'health.';

/**
 * Health findings as information-level diagnostics, each once, on the one
 * document where it can be acted on (see `placeFinding`), with the rest of its
 * evidence as related information. Never an error or a warning: health is for
 * discussion, not a rule broken.
 */
export function healthDiagnostics(network: Network, snapshot: HealthSnapshot, level: HealthDiagnosticsLevel): Diagnostic[] {
  if (level === 'off') return [];
  const shown = new Set(level === 'watch' ? ['at-risk', 'watch'] : ['at-risk']);
  const diagnostics: Diagnostic[] = [];
  for (const dimension of snapshot.dimensions) {
    for (const result of dimension.items) {
      if (!shown.has(result.status)) continue;
      const evidence = result.measurement.evidence.filter((e) => network.get(e.file) !== undefined);
      for (const place of placeFinding(network, evidence)) diagnostics.push(diagnosticAt(network, result, place));
    }
  }
  return diagnostics;
}

/** Where one finding is shown: the document, the field, what it says there, and the other evidence beside it. */
export interface FindingPlace {
  readonly file: string;
  readonly evidence: Evidence | undefined;
  readonly related: readonly Evidence[];
}

/**
 * Each finding goes where someone can act on it:
 * - evidence all in one document: that document (an outcome with no action, on the purpose);
 * - evidence on actions and about no one in particular: each action, for its own finding (an overdue action);
 * - evidence all about one member: that member's page, the person at the centre;
 * - anything else is about the network as a whole: the charter, or the first document if there is none.
 * Other documents are related information, never labelled with the finding's status.
 */
export function placeFinding(network: Network, evidence: readonly Evidence[]): FindingPlace[] {
  if (evidence.length === 0) return [];
  const files = new Set(evidence.map((e) => e.file));
  if (files.size === 1) return [{ file: evidence[0]!.file, evidence: evidence[0], related: evidence.slice(1) }];
  if (evidence.every((e) => e.member === undefined && network.get(e.file)?.kind === 'action')) {
    return [...files].map((file) => {
      const here = evidence.filter((e) => e.file === file);
      return { file, evidence: here[0], related: here.slice(1) };
    });
  }
  const members = new Set(evidence.map((e) => e.member));
  const only = members.size === 1 ? [...members][0] : undefined;
  const page = only === undefined ? undefined : network.ofKind('member').get(only);
  if (page) {
    const own = evidence.find((e) => e.file === page.path);
    return [{ file: page.path, evidence: own, related: evidence.filter((e) => e !== own) }];
  }
  const charter = network.charter;
  if (charter) return [{ file: charter.path, evidence: evidence.find((e) => e.file === charter.path), related: evidence.filter((e) => e.file !== charter.path) }];
  return [{ file: evidence[0]!.file, evidence: evidence[0], related: evidence.slice(1) }];
}

function diagnosticAt(network: Network, result: ItemResult, place: FindingPlace): Diagnostic {
  const located = place.evidence ? locateEvidence(network, place.evidence) : undefined;
  const range = located?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const what = place.evidence ? place.evidence.note : result.measurement.summary.replace(/\.$/, '');
  const others = place.related.length > 0 ? ` (and ${place.related.length} more, listed with this finding)` : '';
  const related: RelatedInformation[] = place.related.map((e) => {
    const at = locateEvidence(network, e);
    return { file: at.file, range: at.range, message: e.note };
  });
  return {
    file: place.file,
    range,
    severity: 'info',
    code: `${HEALTH_CODE_PREFIX}${result.item.id}`,
    message: `Network health, ${result.item.title.toLowerCase()} (${STATUS_WORDS[result.status]}): ${what}${others}. ${result.measurement.question}`,
    data: { item: result.item.id, status: result.status },
    ...(related.length > 0 ? { related } : {}),
  };
}
