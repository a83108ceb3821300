import { posix } from 'node:path';
import { compareDiagnostics, type Diagnostic, type Severity } from '../../core/diagnostic';
import type { CheckReport } from '../../core/report';

/** Options every format receives; the CLI fills them from flags and the terminal. */
export interface FormatOptions {
  /** Colour the output (text format only; the others are for machines). */
  readonly color: boolean;
  /** Print only errors; the text format also drops its summary line. */
  readonly quiet: boolean;
  /** netgov's own version, for formats that name the tool (SARIF). Passed in so this code never guesses it. */
  readonly toolVersion?: string;
}

/** Renders a whole report as the complete stdout text. */
export type Formatter = (report: CheckReport, options: FormatOptions) => string;

export type SeverityCounts = Record<Severity, number>;

/** The one place severities are tallied, so every format's totals agree. */
export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** The diagnostics a format should print: all of them, or only errors when quiet. */
export function selectDiagnostics(report: CheckReport, options: FormatOptions): readonly Diagnostic[] {
  return options.quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics;
}

/**
 * The diagnostics with the report's health notices among them, in file and
 * line order: what the annotation formats (github, gitlab) print. Quiet
 * prints errors only, so no notices.
 */
export function withNotices(report: CheckReport, options: FormatOptions): readonly Diagnostic[] {
  const diagnostics = selectDiagnostics(report, options);
  if (options.quiet || !report.notices || report.notices.length === 0) return diagnostics;
  return [...diagnostics, ...report.notices].sort(compareDiagnostics);
}

/** A diagnostic's file relative to the checked root, always '/'-separated (paths in the report already are). */
export function relativePath(root: string, file: string): string {
  return posix.relative(root, file);
}

export interface PrintedRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** 1-based positions as humans, editors' `file:line:col` links, SARIF and GitHub expect. The end stays exclusive. */
export function printedRange(d: Diagnostic): PrintedRange {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}
