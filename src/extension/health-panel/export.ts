import * as vscode from 'vscode';
import { localToday } from '../../core/views/dates';
import { networkName } from '../../core/views/outline';
import { renderHealthPage } from '../../webview/render/page';
import type { NetworkEntry } from '../network-service';
import { anonymisedIf, panelDataOf } from './data';

/** Scripted answers for tests: where to write, instead of asking with the save dialog. */
export interface ExportArgs {
  /** The file's URI, as a string. */
  readonly target?: string;
  /** Members as pseudonyms, small organisations hidden (core/privacy/anonymise.ts); asked when not given. */
  readonly anonymise?: boolean;
}

/** `north-east-frailty-network-health-2026-11-27.html`: names the network and the day, safe on every file system. */
export function reportFileName(entry: NetworkEntry, asOf: string, area?: string): string {
  const slug = networkName(entry.network)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const areaSlug = area?.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'network'}${areaSlug ? `-${areaSlug}` : ''}-health-${asOf}.html`;
}

/**
 * Writes the network's health (or one area's) on `asOf` (with the full trend) as one
 * self-contained HTML page, by the same rendering code as the panel. The
 * save dialog suggests the folder above the network, so that the report does
 * not land among the network's documents (and in its pull requests) unasked;
 * the dialog itself asks before replacing a file. Returns the file written,
 * or undefined when cancelled. `anonymisedFirst`: from a panel that is anonymised, the
 * question offers the anonymised report first.
 */
export async function exportHealthReport(entry: NetworkEntry, asOf: string, args: ExportArgs = {}, area?: string, anonymisedFirst = false): Promise<vscode.Uri | undefined> {
  // A scripted export (a target given) names members unless told otherwise; a person is asked.
  const anonymise = args.anonymise ?? (args.target === undefined ? await askAnonymise(anonymisedFirst) : false);
  if (anonymise === undefined) return undefined;
  const target = args.target
    ? vscode.Uri.parse(args.target)
    : await vscode.window.showSaveDialog({
        title: `Export ${networkName(entry.network)}'s health report`,
        defaultUri: vscode.Uri.joinPath(entry.root, '..', reportFileName(entry, asOf, area)),
        filters: { 'HTML page': ['html', 'htm'] },
        saveLabel: 'Export',
      });
  if (!target) return undefined;
  const html = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Measuring the network’s health…' }, async () => {
    const data = await panelDataOf(entry, asOf, localToday(), undefined, area);
    return renderHealthPage(await anonymisedIf(entry, data, anonymise), { mode: 'report', anonymised: anonymise });
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  if (!args.target) void offerToOpen(target);
  return target;
}

/** Named or anonymised: true, false, or undefined when the choice is dismissed. */
async function askAnonymise(anonymisedFirst: boolean): Promise<boolean | undefined> {
  const named = { label: 'Name members', description: 'for the network’s own leads', anonymise: false };
  const anonymised = { label: 'Anonymised', description: 'members as “Member 7”, organisations smaller than the network’s minimum (five, or privacy.min_count) as “another organisation”; to email, print or publish', anonymise: true };
  const picked = await vscode.window.showQuickPick(anonymisedFirst ? [anonymised, named] : [named, anonymised], { title: 'Export health report', placeHolder: 'Name members in the report, or anonymise it?' });
  return picked?.anonymise;
}

async function offerToOpen(file: vscode.Uri): Promise<void> {
  const open = 'Open';
  const answer = await vscode.window.showInformationMessage(`Health report written to ${vscode.workspace.asRelativePath(file, true)}.`, open);
  if (answer === open) await vscode.env.openExternal(file);
}
