import * as vscode from 'vscode';
import type { NetworkService } from '../network-service';
import { NetworkTreeProvider } from './network-tree';

export { NetworkTreeProvider } from './network-tree';

/** How often the view checks whether the date has changed (overdue items, "in N days"). */
const NEW_DAY_CHECK_MS = 10 * 60 * 1000;

/**
 * Registers the Network view (`netgov.network`) and its Refresh command, and
 * keeps the `netgov.hasNetwork` context key (which hides the welcome view) in
 * step with the service. Returns the provider.
 */
export function registerViews(context: vscode.ExtensionContext, service: NetworkService): NetworkTreeProvider {
  const provider = new NetworkTreeProvider(service);
  const view = vscode.window.createTreeView('netgov.network', { treeDataProvider: provider, showCollapseAll: true });
  let hasNetwork: boolean | undefined;
  const update = (): void => {
    const now = service.networks().length > 0;
    if (now !== hasNetwork) {
      hasNetwork = now;
      void vscode.commands.executeCommand('setContext', 'netgov.hasNetwork', now);
    }
  };
  void service.ready().then(update);
  const timer = setInterval(() => provider.refreshIfNewDay(), NEW_DAY_CHECK_MS);
  context.subscriptions.push(
    provider,
    view,
    service.onDidChange(() => {
      update();
      provider.refresh();
    }),
    view.onDidChangeVisibility((event) => event.visible && provider.refreshIfNewDay()),
    vscode.commands.registerCommand('netgov.refreshView', () => {
      update();
      provider.refresh();
    }),
    { dispose: () => clearInterval(timer) },
  );
  return provider;
}
