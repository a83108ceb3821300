import * as vscode from 'vscode';
import type * as WorkspaceChecker from './workspace-checker';

/**
 * Activation stays cheap: it registers what VS Code needs to know about and
 * loads the checker (schemas, markdown parser) only when the first check runs.
 */
export function activate(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('netgov');
  context.subscriptions.push(diagnostics);
  let checker: Promise<typeof WorkspaceChecker> | undefined;
  const run = (): void => {
    checker ??= import('./workspace-checker');
    void checker.then((module) => module.checkWorkspace(diagnostics));
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,yml}');
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(schedule),
    watcher.onDidDelete(schedule),
    watcher.onDidChange(schedule),
    vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    vscode.commands.registerCommand('netgov.runChecks', run),
    { dispose: () => clearTimeout(timer) },
  );
  run();
}

export function deactivate(): void {}
