import { createHash } from 'node:crypto';
import type { Severity } from '../../core/diagnostic';
import type { CheckReport } from '../../core/report';
import { relativePath, withNotices, type FormatOptions } from './shared';

/**
 * GitLab's code quality report: the subset of the Code Climate issue format
 * that GitLab reads, shown in a merge request's widget and changes tab.
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

// `critical` and `blocker` are left to security tools: a governance finding never outranks a vulnerability.
const SEVERITY: Readonly<Record<Severity, CodeQualityIssue['severity']>> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * A JSON array of code quality issues. The fingerprint leaves out the line, so
 * that a finding keeps its fingerprint when lines above it move and GitLab can
 * tell new findings from old; identical findings in one file are numbered.
 */
export function formatGitlab(report: CheckReport, options: FormatOptions): string {
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = withNotices(report, options).map((d) => {
    const path = relativePath(report.root, d.file);
    const identity = [d.code, path, d.message].join('\0');
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return {
      description: d.message,
      check_name: d.code,
      fingerprint: createHash('sha256').update(`${identity}\0${occurrence}`).digest('hex'),
      severity: SEVERITY[d.severity],
      location: { path, lines: { begin: d.range.start.line + 1 } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
