import type { Severity } from '../../core/diagnostic';
import type { CheckReport } from '../../core/report';
import { printedRange, relativePath, withNotices, type FormatOptions } from './shared';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

// The escaping rules of @actions/core (toolkit's command.ts); '%' goes first so the escapes are not escaped again.
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands, which GitHub turns into annotations on the changed lines. */
export function formatGithub(report: CheckReport, options: FormatOptions): string {
  const lines = withNotices(report, options).map((d) => {
    const { line, column, endLine, endColumn } = printedRange(d);
    const properties = [
      `file=${escapeProperty(relativePath(report.root, d.file))}`,
      `line=${line}`,
      `col=${column}`,
      `endLine=${endLine}`,
      `endColumn=${endColumn}`,
      `title=${escapeProperty(d.code)}`,
    ].join(',');
    return `::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}`;
  });
  // No summary: the job log already reports the outcome. Nothing to say means no output at all.
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
