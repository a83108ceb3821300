import * as vscode from 'vscode';
import { checkDirectory } from '../core/check';
import { ruleDocUrl } from '../core/rules/meta';
import type { Diagnostic } from '../core/diagnostic';
import { VscodeWorkspace } from './vscode-workspace';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

let generation = 0;

/**
 * Checks every network in every workspace folder, saved files as on disk, and
 * replaces the collection's contents. A run overtaken by a newer one is dropped.
 */
export async function checkWorkspace(collection: vscode.DiagnosticCollection): Promise<void> {
  const mine = ++generation;
  const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const workspace = new VscodeWorkspace(folder.uri);
    const report = await checkDirectory(workspace, folder.uri.path);
    for (const diagnostic of report.diagnostics) {
      const uri = workspace.uri(diagnostic.file);
      const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(toVscode(diagnostic));
      byUri.set(uri.toString(), entry);
    }
  }
  if (mine !== generation) return;
  collection.clear();
  for (const { uri, diagnostics } of byUri.values()) collection.set(uri, diagnostics);
}

function toVscode(diagnostic: Diagnostic): vscode.Diagnostic {
  const { start, end } = diagnostic.range;
  const result = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), diagnostic.message, SEVERITY[diagnostic.severity]);
  result.source = 'netgov';
  result.code = { value: diagnostic.code, target: vscode.Uri.parse(ruleDocUrl(diagnostic.code)) };
  return result;
}
