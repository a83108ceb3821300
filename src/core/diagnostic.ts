/**
 * Plain diagnostic objects, shared by the CLI, the extension and the tests.
 * Positions are 0-based and count UTF-16 code units, as LSP and VS Code do;
 * the CLI adds one when it prints them.
 */

import type { RuleCode } from './rules';

/** A health finding's code: `health.` and its checklist item's id (health/finding-diagnostics.ts), documented with the checklist. */
export type HealthCode = `health.${string}`;

/** What a diagnostic's code can be: a registered rule's, or a health finding's. */
export type DiagnosticCode = RuleCode | HealthCode;

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Diagnostic {
  /** Absolute, '/'-separated path of the file the diagnostic is about. */
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  /** Stable rule code, e.g. `ref.unknown-member` (docs/rules.md), or a health finding's `health.<item-id>`. */
  readonly code: DiagnosticCode;
  readonly message: string;
  /** Facts a quick fix can use without re-deriving them (e.g. the unknown id). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Other places that bear on it (the rest of a health finding's evidence), shown beside it, never as findings of their own. */
  readonly related?: readonly RelatedInformation[];
}

/** A diagnostic a registered rule made: every diagnostic but a health finding. */
export type RuleDiagnostic = Diagnostic & { readonly code: RuleCode };

export interface RelatedInformation {
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

export const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
