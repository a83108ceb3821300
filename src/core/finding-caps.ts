import { compareDiagnostics, severityRank, type Diagnostic, type Severity } from './diagnostic';
import type { Range } from './diagnostic';

/** Most findings shown for one file: past this, one `file.too-many-findings` says how many more there were. */
export const MAX_FINDINGS_PER_FILE = 100;
/** Most findings in one run; the report says how many were left out. */
export const MAX_FINDINGS_PER_RUN = 20_000;

/** The most severe first, then in file order: what a cap keeps, so an error is never hidden behind warnings. */
function bySeverityThenPosition(a: Diagnostic, b: Diagnostic): number {
  return severityRank[b.severity] - severityRank[a.severity] || compareDiagnostics(a, b);
}

function mostSevere(diagnostics: readonly Diagnostic[]): Severity {
  let worst: Severity = 'info';
  for (const d of diagnostics) if (severityRank[d.severity] > severityRank[worst]) worst = d.severity;
  return worst;
}

/**
 * One file's diagnostics, at most MAX_FINDINGS_PER_FILE of them (the most
 * severe first) and, when some were left out, one `file.too-many-findings` at
 * `firstLine` with the severity of the worst one left out, so counts and exit
 * codes still tell the truth. Sorted by position.
 */
export function capFileDiagnostics(file: string, diagnostics: Diagnostic[], firstLine: Range, limit = MAX_FINDINGS_PER_FILE): Diagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const ranked = [...diagnostics].sort(bySeverityThenPosition);
  const kept = ranked.slice(0, limit);
  const left = ranked.slice(limit);
  kept.push({
    file,
    range: firstLine,
    severity: mostSevere(left),
    code: 'file.too-many-findings',
    message: `This file has ${diagnostics.length.toLocaleString('en-GB')} findings; only the first ${limit} are shown (the most severe first). Fix these and check again.`,
  });
  return kept.sort(compareDiagnostics);
}

/** A run's diagnostics, at most MAX_FINDINGS_PER_RUN (the most severe first), sorted, and how many were left out. */
export function capRunDiagnostics(diagnostics: Diagnostic[], limit = MAX_FINDINGS_PER_RUN): { diagnostics: Diagnostic[]; omitted: number } {
  if (diagnostics.length <= limit) return { diagnostics, omitted: 0 };
  const kept = [...diagnostics].sort(bySeverityThenPosition).slice(0, limit).sort(compareDiagnostics);
  return { diagnostics: kept, omitted: diagnostics.length - limit };
}
