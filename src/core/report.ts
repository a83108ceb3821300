import type { Diagnostic } from './diagnostic';
import type { RuleMeta } from './rules/meta';

/** Everything an output format needs to print the result of one `check` run. */
export interface CheckReport {
  /** Absolute '/'-separated directory the user asked to check; output paths are relative to it. */
  readonly root: string;
  /** Sorted by file, then position. Severities already reflect netgov.yml overrides; `off` rules are absent. */
  readonly diagnostics: readonly Diagnostic[];
  /** Number of network documents read (including ones with errors). */
  readonly filesChecked: number;
  /** Every rule that exists, for formats that carry rule metadata (SARIF). */
  readonly rules: readonly RuleMeta[];
  /** Findings left out over the per-run cap (finding-caps.ts), when there were any. */
  readonly omitted?: number;
  /**
   * Health findings a change creates or worsens, on its changed lines
   * (`check --changed` with the github or gitlab format; diff/health-notices.ts).
   * Information only: shown as notices, never counted, never failing a run.
   */
  readonly notices?: readonly Diagnostic[];
}
