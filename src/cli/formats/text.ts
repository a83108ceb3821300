import type { Severity } from '../../core/diagnostic';
import type { CheckReport } from '../../core/report';
import {
  countSeverities,
  printedRange,
  relativePath,
  selectDiagnostics,
  type FormatOptions,
  type SeverityCounts,
} from './shared';
import { printable } from '../../core/text/printable';
import { MAX_FINDINGS_PER_RUN } from '../../core/finding-caps';
import { terminalColors, type Colors } from '../terminal';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function paintSeverity(c: Colors, severity: Severity): string {
  switch (severity) {
    case 'error':
      return c.red(severity);
    case 'warning':
      return c.yellow(severity);
    case 'info':
      return c.blue(severity);
  }
}

function summaryLine(counts: SeverityCounts, files: number): string {
  // Zero counts are left out: "1 error in 3 files" reads better than "1 error, 0 warnings, 0 infos".
  const parts = [
    counts.error && plural(counts.error, 'error'),
    counts.warning && plural(counts.warning, 'warning'),
    counts.info && plural(counts.info, 'info'),
  ].filter(Boolean);
  return parts.length === 0
    ? `✔ ${plural(files, 'file')} checked, no problems`
    : `✖ ${parts.join(', ')} in ${plural(files, 'file')}`;
}

/** `path:line:col severity code message`, one per diagnostic, so terminals and editors can link each line. */
export function formatText(report: CheckReport, options: FormatOptions): string {
  // A private palette instead of picocolors' global one: colour follows the option, not the environment.
  const { c, finish } = terminalColors(options.color);
  const diagnostics = selectDiagnostics(report, options);
  const lines = diagnostics.map((d) => {
    const { line, column } = printedRange(d);
    // Continuation lines of a multi-line message are indented so every diagnostic still starts a line at column 0.
    const message = d.message.replace(/\r?\n/g, '\n  ');
    return `${printable(relativePath(report.root, d.file))}:${line}:${column} ${paintSeverity(c, d.severity)} ${d.code} ${message}`;
  });
  if (options.quiet) {
    // Quiet means silence when there is nothing wrong, not a lone newline.
    return lines.length === 0 ? '' : finish(`${lines.join('\n')}\n`);
  }
  const omitted = report.omitted ? `\n${omittedLine(report.omitted)}` : '';
  const summary = summaryLine(countSeverities(diagnostics), report.filesChecked) + omitted;
  return finish(lines.length === 0 ? `${summary}\n` : `${lines.join('\n')}\n\n${summary}\n`);
}

/** The run's summary when findings were left out over the per-run cap (core/finding-caps.ts). */
export function omittedLine(omitted: number): string {
  return `… and ${plural(omitted, 'more finding')} not shown: a run shows at most ${MAX_FINDINGS_PER_RUN.toLocaleString('en-GB')}, the most severe first.`;
}
