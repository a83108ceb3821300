import * as vscode from 'vscode';
import type { Diagnostic } from '../../core/diagnostic';
import { quickFixes, type QuickFix } from '../../core/language';
import { localToday } from '../../core/views/dates';
import type { NetworkService } from '../network-service';
import { sameRange, toRange } from './convert';
import { currentDocument } from './documents';

/** The command (implemented with the other commands) that creates a member's page from its template: arguments root URI (string) and member id. */
export const CREATE_MEMBER_COMMAND = 'netgov.createMember';

/**
 * Quick fixes for netgov's diagnostics. Each VS Code diagnostic in the
 * request is matched (by code and range) to the core diagnostic it was made
 * from, whose `data` says what the fix needs. Fixes are workspace edits, so
 * undo takes them back.
 */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: NetworkService) {}

  provideCodeActions(textDocument: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] | undefined {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return undefined;
    const ours = context.diagnostics.filter((d) => d.source === 'netgov');
    if (ours.length === 0) return undefined;
    const current = currentDocument(this.service, textDocument);
    // Diagnostics of text still being typed are about to be replaced; fixes computed now could land in the wrong place.
    if (!current?.checked) return undefined;
    const all = this.service.diagnosticsOf(textDocument.uri);
    const shown = new Map<Diagnostic, vscode.Diagnostic>();
    for (const diagnostic of ours) {
      const code = codeOf(diagnostic);
      const core = all.find((d) => d.code === code && sameRange(d.range, diagnostic.range));
      if (core) shown.set(core, diagnostic);
    }
    if (shown.size === 0) return undefined;
    const fixes = quickFixes({ document: current.document, network: current.entry.network, diagnostics: [...shown.keys()], all, today: localToday() });
    return fixes.map((fix) => this.toCodeAction(fix, textDocument.uri, current.entry.root, shown));
  }

  private toCodeAction(fix: QuickFix, uri: vscode.Uri, root: vscode.Uri, shown: ReadonlyMap<Diagnostic, vscode.Diagnostic>): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = fix.diagnostics.flatMap((d) => shown.get(d) ?? []);
    if (fix.preferred) action.isPreferred = true;
    if (fix.edits) {
      const edit = new vscode.WorkspaceEdit();
      for (const change of fix.edits) edit.replace(uri, toRange(change.range), change.newText);
      action.edit = edit;
    }
    if (fix.createMember !== undefined) {
      action.command = { command: CREATE_MEMBER_COMMAND, title: fix.title, arguments: [root.toString(), fix.createMember] };
    }
    return action;
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
