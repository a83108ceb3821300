import * as vscode from 'vscode';
import type { Diagnostic } from '../core/diagnostic';
import { ruleDocUrl } from '../core/rules/meta';
import type { SeveritySetting } from '../core/config';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

/** The user's `netgov.severityOverrides`: applied in this editor only, on top of netgov.yml. */
export function severityOverrides(): ReadonlyMap<string, SeveritySetting> {
  const setting = vscode.workspace.getConfiguration('netgov').get<Record<string, SeveritySetting>>('severityOverrides') ?? {};
  return new Map(Object.entries(setting));
}

/** A core diagnostic as VS Code shows it, with its rule code linking to the rule's documentation; undefined when switched off. */
export function toVscodeDiagnostic(diagnostic: Diagnostic, overrides: ReadonlyMap<string, SeveritySetting>): vscode.Diagnostic | undefined {
  const severity = overrides.get(diagnostic.code) ?? diagnostic.severity;
  if (severity === 'off') return undefined;
  const { start, end } = diagnostic.range;
  const result = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), diagnostic.message, SEVERITY[severity]);
  result.source = 'netgov';
  result.code = { value: diagnostic.code, target: vscode.Uri.parse(ruleDocUrl(diagnostic.code)) };
  return result;
}
