import * as vscode from 'vscode';
import type { StatusCounts } from '../../core/views/status';
import type { NetworkService } from '../network-service';
import { problemCounts } from '../problem-counts';

/**
 * `netgov.runChecks`: reads and checks every network again (with a progress
 * notification), then shows the Problems view and the totals. Returns the totals.
 */
export async function runChecks(service: NetworkService): Promise<StatusCounts> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'netgov: checking the network documents…' }, () => service.recheckAll());
  const counts = problemCounts(service);
  const networks = service.networks().length;
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const found = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.infos, 'info'), plural(counts.findings, 'health finding')].join(', ');
  const where = networks === 0 ? 'No network found in this workspace' : `Checked ${plural(networks, 'network')}`;
  void vscode.window.showInformationMessage(networks === 0 ? `netgov: ${where}.` : `netgov: ${where}: ${found}.`);
  return { ...counts };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
