import * as vscode from 'vscode';
import { describeError, log } from '../log';
import { localToday } from '../../core/views/dates';
import { memberDescription } from '../../core/views/authoring';
import { networkName, type MemberEntry } from '../../core/views/outline';
import type { NetworkEntry, NetworkService } from '../network-service';
import { ScriptedAnswerError, type AuthoringContext, type PickItem, type Step } from './prompts';

/** The network a command works on: the only one, or the one the user picks (the active editor's first). Undefined when cancelled or there is none. */
export async function chooseNetwork(service: NetworkService, context: AuthoringContext, title: string, step?: Step): Promise<NetworkEntry | undefined> {
  await service.ready();
  const networks = service.networks();
  if (networks.length === 0) {
    const init = 'Initialise network here';
    const message = 'There is no network in this workspace yet: a network is a folder holding CHARTER.md.';
    if (context.scripted) void vscode.window.showWarningMessage(message);
    else if ((await vscode.window.showWarningMessage(message, init)) === init) await vscode.commands.executeCommand('netgov.initNetwork');
    return undefined;
  }
  if (networks.length === 1) return networks[0];
  const active = activeNetwork(service);
  const items: PickItem[] = networks.map((entry) => ({
    value: entry.root.toString(),
    label: networkName(entry.network),
    description: vscode.workspace.asRelativePath(entry.root, true),
  }));
  const chosen = await context.prompts.pick({ key: 'network', title, placeholder: 'Which network?', items, active: active?.root.toString(), step });
  return chosen === undefined ? undefined : networks.find((entry) => entry.root.toString() === chosen);
}

/** The network of the file in the active editor, if it belongs to one. */
export function activeNetwork(service: NetworkService): NetworkEntry | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri ? service.lookup(uri)?.entry : undefined;
}

/** Today for a command: the scripted date, else the user's local date. */
export function todayOf(context: AuthoringContext): string {
  return context.today ?? localToday();
}

export function memberItem(member: MemberEntry, picked = false): PickItem {
  return { value: member.id, label: member.name, description: memberDescription(member), ...(picked ? { picked } : {}) };
}

/**
 * Registers a command whose failures become one error message rather than a
 * stack trace. A scripted answer that does not fit is a mistake in a test, so it still throws.
 */
export function registerCommand(id: string, run: (...args: unknown[]) => Promise<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await run(...args);
    } catch (error) {
      if (error instanceof ScriptedAnswerError) throw error;
      log().error(`${id} failed:`, describeError(error));
      void vscode.window.showErrorMessage(`netgov: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  });
}
