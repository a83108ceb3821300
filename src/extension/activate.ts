import * as vscode from 'vscode';
import { WorkspaceNetworks, type FirstSight } from './workspace-networks';
import { registerViews } from './views';
import { registerCommands } from './commands';
import { createStatusBar } from './status-bar';
import { registerLanguageFeatures } from './language';
import { registerHealthDiagnostics } from './health-diagnostics';
import { registerCodeownersDiagnostics } from './codeowners-diagnostics';
import { registerHealthPanel } from './health-panel';
import type { ProposalOffers } from './git/proposal-offers';
import type { Platform } from './platform';
import { disposeLog, log } from './log';

/**
 * The activation the desktop (extension.ts) and the browser (extension-web.ts)
 * share; `platform` holds the little that differs. Activation registers everything and returns at once; the first full check
 * of the workspace starts in the background and every feature waits for it
 * only when it is first used.
 */
export function activateOn(platform: Platform, context: vscode.ExtensionContext): NetworkApi {
  const activated = Date.now();
  context.subscriptions.push(disposeLog());
  log().info(`netgov ${String(context.extension.packageJSON.version)} activating in the ${platform.kind} extension host`);
  const collection = vscode.languages.createDiagnosticCollection('netgov');
  const service = new WorkspaceNetworks(collection, activated, platform.watchFolder);
  context.subscriptions.push(collection, service);
  registerViews(context, service);
  const offers = platform.proposalOffers(context, service);
  registerCommands(context, service, offers, platform);
  createStatusBar(context, service);
  registerLanguageFeatures(context, service);
  registerHealthDiagnostics(context, service);
  registerCodeownersDiagnostics(context, service);
  registerHealthPanel(context, service);
  void service.ready();
  service.firstSight.returned = Date.now();
  return { service, offers, firstSight: service.firstSight, host: platform.kind };
}

/** What the extension returns from activate(): its tests use it to wait for checks, the benchmark to time the first. */
export interface NetworkApi {
  readonly service: WorkspaceNetworks;
  /** The offer to put a written proposal on a branch: its tests script the answer and wait on its outcomes. */
  readonly offers: ProposalOffers;
  /** When activation began, returned, showed "checking", and published the first diagnostics (for the benchmark). */
  readonly firstSight: FirstSight;
  /** Which extension host runs netgov: 'desktop' (Node) or 'web' (the browser's web worker). */
  readonly host: Platform['kind'];
}
