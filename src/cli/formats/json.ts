import type { CheckReport } from '../../core/report';
import { countSeverities, printedRange, relativePath, selectDiagnostics, type FormatOptions } from './shared';

/** One compact JSON object on one line, so it pipes straight into `jq` or a log collector. */
export function formatJson(report: CheckReport, options: FormatOptions): string {
  const diagnostics = selectDiagnostics(report, options);
  const counts = countSeverities(diagnostics);
  // Properties are spelled out one by one so the key order is part of the contract, not an accident of spreading.
  const output = {
    diagnostics: diagnostics.map((d) => {
      const { line, column, endLine, endColumn } = printedRange(d);
      return {
        file: relativePath(report.root, d.file),
        line,
        column,
        endLine,
        endColumn,
        severity: d.severity,
        code: d.code,
        message: d.message,
      };
    }),
    summary: {
      files: report.filesChecked,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    },
  };
  return `${JSON.stringify(output)}\n`;
}
