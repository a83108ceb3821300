import * as vscode from 'vscode';
import { localToday } from '../../core/views/dates';
import { registerCommand } from '../commands/shared';
import { networkName } from '../../core/views/outline';
import type { NetworkEntry, NetworkService } from '../network-service';
import { exportHealthReport, type ExportArgs } from './export';
import { parsePanelState } from './messages';
import { HEALTH_VIEW_TYPE, HealthPanel, panelOptions } from './panel';

export { HealthPanel } from './panel';

/** Scripted answers for tests: the network (its root URI) instead of asking which. */
export interface ShowHealthArgs {
  readonly network?: string;
}

/**
 * Registers "Network: Show health" (one panel per network, revealed when it
 * is already open), "Network: Export health report", and the serializer that
 * brings panels back, on the same network and day, after VS Code restarts.
 */
export function registerHealthPanel(context: vscode.ExtensionContext, service: NetworkService): void {
  const panels = new Map<string, HealthPanel>();

  const track = (panel: HealthPanel): HealthPanel => {
    panels.set(panel.root, panel);
    panel.onDidClose(() => panels.get(panel.root) === panel && panels.delete(panel.root));
    return panel;
  };

  const show = async (arg?: unknown): Promise<HealthPanel | undefined> => {
    const entry = await networkInFocus(service, panels, arg, 'Show health');
    if (!entry) return undefined;
    const root = entry.root.toString();
    const open = panels.get(root);
    if (open) {
      open.panel.reveal();
      return open;
    }
    const webviewPanel = vscode.window.createWebviewPanel(HEALTH_VIEW_TYPE, `Health: ${networkName(entry.network)}`, vscode.ViewColumn.Active, panelOptions(context.extensionUri));
    const panel = track(new HealthPanel(webviewPanel, service, context.extensionUri, root));
    await panel.paint();
    return panel;
  };

  const exportReport = async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const entry = await networkInFocus(service, panels, arg, 'Export health report');
    if (!entry) return undefined;
    // From an open panel, the report shows the day and the area the panel shows, and an anonymised panel offers an anonymised report first.
    const panel = panels.get(entry.root.toString());
    return exportHealthReport(entry, panel?.day() ?? localToday(), exportArgs(arg), panel?.areaShown(), panel?.anonymised() ?? false);
  };

  context.subscriptions.push(
    { dispose: () => [...panels.values()].forEach((panel) => panel.dispose()) },
    registerCommand('netgov.showHealth', (arg?: unknown) => show(arg)),
    registerCommand('netgov.exportHealthReport', (arg?: unknown) => exportReport(arg)),
    vscode.window.registerWebviewPanelSerializer(HEALTH_VIEW_TYPE, {
      async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, saved: unknown) {
        await service.ready();
        const state = parsePanelState(saved);
        const root = state?.root ?? '';
        if (!state || panels.has(root)) {
          // Nothing to restore, or the network is already shown in another tab.
          webviewPanel.dispose();
          return;
        }
        const panel = track(new HealthPanel(webviewPanel, service, context.extensionUri, root, state.asOf, state.area, state.anonymise === true));
        await panel.paint();
      },
    }),
  );
}

/** The network to show: the one scripted, else the active health panel's, the active editor's, the only one, or the one picked. */
async function networkInFocus(service: NetworkService, panels: ReadonlyMap<string, HealthPanel>, arg: unknown, title: string): Promise<NetworkEntry | undefined> {
  await service.ready();
  const networks = service.networks();
  const scripted = typeof arg === 'object' && arg !== null ? (arg as ShowHealthArgs).network : undefined;
  if (typeof scripted === 'string') return networks.find((entry) => entry.root.toString() === scripted);
  // From the Network view's title bar or a tree item, the argument may be the network's root.
  if (arg instanceof vscode.Uri) return networks.find((entry) => entry.root.toString() === arg.toString());
  const activePanel = [...panels.values()].find((panel) => panel.panel.active);
  const editorUri = vscode.window.activeTextEditor?.document.uri;
  const focused = activePanel?.entry() ?? (editorUri ? service.lookup(editorUri)?.entry : undefined);
  if (focused) return focused;
  if (networks.length === 0) {
    void vscode.window.showWarningMessage('There is no network in this workspace: a network is a folder holding CHARTER.md.');
    return undefined;
  }
  if (networks.length === 1) return networks[0];
  const picked = await vscode.window.showQuickPick(
    networks.map((entry) => ({ label: networkName(entry.network), description: vscode.workspace.asRelativePath(entry.root, true), entry })),
    { title, placeHolder: 'Which network?' },
  );
  return picked?.entry;
}

function exportArgs(arg: unknown): ExportArgs {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return {};
  const { target, anonymise } = arg as Record<string, unknown>;
  return { ...(typeof target === 'string' ? { target } : {}), ...(typeof anonymise === 'boolean' ? { anonymise } : {}) };
}

