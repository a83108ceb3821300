import * as vscode from 'vscode';
import { WorkspaceNetworks } from './workspace-networks';
import { registerViews } from './views';
import { registerCommands } from './commands';
import { createStatusBar } from './status-bar';
import { registerLanguageFeatures } from './language';
import { registerHealthDiagnostics } from './health-diagnostics';
import { registerCodeownersDiagnostics } from './codeowners-diagnostics';
import { registerHealthPanel } from './health-panel';
import { registerProposalOffers, type ProposalOffers } from './git/proposal-offers';

/**
 * Activation registers everything and returns at once; the first full check
 * of the workspace starts in the background and every feature waits for it
 * only when it is first used.
 */
export function activate(context: vscode.ExtensionContext): NetworkApi {
  const collection = vscode.languages.createDiagnosticCollection('netgov');
  const service = new WorkspaceNetworks(collection);
  context.subscriptions.push(collection, service);
  registerViews(context, service);
  const offers = registerProposalOffers(context, service);
  registerCommands(context, service, offers);
  createStatusBar(context, service);
  registerLanguageFeatures(context, service);
  registerHealthDiagnostics(context, service);
  registerCodeownersDiagnostics(context, service);
  registerHealthPanel(context, service);
  void service.ready();
  return { service, offers };
}

/** What the extension returns from activate(): its tests use it to wait for checks. */
export interface NetworkApi {
  readonly service: WorkspaceNetworks;
  /** The offer to put a written proposal on a branch: its tests script the answer and wait on its outcomes. */
  readonly offers: ProposalOffers;
}

export function deactivate(): void {}
