import * as vscode from 'vscode';
import { toDiagnostic } from '../core/severity';
import { checkCodeowners } from '../core/codeowners-check';
import { localToday } from '../core/views/dates';
import { severityOverrides, toVscodeDiagnostic } from './diagnostics';
import type { NetworkService } from './network-service';
import { VscodeWorkspace } from './vscode-workspace';

/** A second after the last change: CODEOWNERS follows lead roles, which change rarely. */
const DELAY_MS = 1000;

/**
 * `codeowners.out-of-date` in the editor, as `netgov check` reports it when
 * run at a repository's root: for each workspace folder that is a git
 * repository, its CODEOWNERS netgov block against the lead roles of the
 * networks inside it. CODEOWNERS lies outside every network, so the network
 * session never sees it; this watches it and the networks instead.
 */
export function registerCodeownersDiagnostics(context: vscode.ExtensionContext, service: NetworkService): void {
  const collection = vscode.languages.createDiagnosticCollection('netgov-codeowners');
  let timer: NodeJS.Timeout | undefined;
  let generation = 0;

  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const found: [vscode.Uri, vscode.Diagnostic][] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const isRepository = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.git')).then(
        () => true,
        () => false,
      );
      if (!isRepository) continue;
      const inside = service.networks().filter((entry) => entry.root.scheme === folder.uri.scheme && (entry.root.path + '/').startsWith(folder.uri.path.replace(/\/?$/, '/')));
      if (inside.length === 0) continue;
      const result = await checkCodeowners(new VscodeWorkspace(folder.uri), inside.map((entry) => entry.network), folder.uri.path, localToday());
      const diagnostic = result && toDiagnostic(result.file, result.finding, inside[0]!.network.config);
      const shown = diagnostic && toVscodeDiagnostic(diagnostic, severityOverrides());
      if (shown) found.push([folder.uri.with({ path: result.file }), shown]);
    }
    if (mine !== generation) return;
    collection.clear();
    for (const [uri, diagnostic] of found) collection.set(uri, [diagnostic]);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), DELAY_MS);
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/CODEOWNERS');
  context.subscriptions.push(
    collection,
    watcher,
    { dispose: () => clearTimeout(timer) },
    watcher.onDidCreate(schedule),
    watcher.onDidChange(schedule),
    watcher.onDidDelete(schedule),
    service.onDidChange(schedule),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('netgov.severityOverrides') && schedule()),
  );
  void service.ready().then(schedule);
}
