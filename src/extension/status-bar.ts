import * as vscode from 'vscode';
import { networkName } from '../core/views/outline';
import { statusOf } from '../core/views/status';
import type { NetworkService } from './network-service';
import { problemCounts } from './problem-counts';

/**
 * The status bar item: the network of the active editor's file (or the only
 * network; or "N networks") with the counts the Problems view shows for it
 * (errors, warnings, and health findings apart); while the first check
 * runs, "checking N documents" as soon as they are listed. Clicking it
 * opens the Problems view; its tooltip also offers the network's health.
 * Hidden when the workspace holds no network.
 */
export function createStatusBar(context: vscode.ExtensionContext, service: NetworkService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('netgov.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'netgov: network problems';
  item.command = { command: 'workbench.actions.view.problems', title: 'Show problems' };

  const update = (): void => {
    const networks = service.networks();
    const checking = service.checking();
    if (networks.length === 0 && checking === undefined) {
      item.hide();
      return;
    }
    const uri = vscode.window.activeTextEditor?.document.uri;
    const active = uri ? service.lookup(uri)?.entry : undefined;
    const shown = active ?? (networks.length === 1 ? networks[0] : undefined);
    const summary = statusOf(checking !== undefined ? { checking } : { name: shown ? networkName(shown.network) : undefined, networks: networks.length, counts: problemCounts(service, shown) });
    item.text = summary.text;
    item.tooltip = tooltipOf(summary.tooltip);
    item.accessibilityInformation = { label: summary.accessibilityLabel, role: 'button' };
    item.show();
  };

  // Health findings arrive after the checks that cause them: follow the Problems view itself.
  context.subscriptions.push(item, service.onDidChange(update), service.onDidChangeChecking(update), vscode.window.onDidChangeActiveTextEditor(update), vscode.languages.onDidChangeDiagnostics(update));
  void service.ready().then(update);
  return item;
}

/** The summary, with links to the two places the item leads: the problems and the health panel. */
function tooltipOf(summary: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendText(summary);
  tooltip.appendMarkdown('\n\n[$(warning) Show problems](command:workbench.actions.view.problems "Open the Problems view") · [$(graph) Show health](command:netgov.showHealth "Open the network\'s health panel")');
  tooltip.isTrusted = { enabledCommands: ['workbench.actions.view.problems', 'netgov.showHealth'] };
  return tooltip;
}
