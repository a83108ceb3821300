import type * as vscode from 'vscode';
import type { NetworkService } from '../network-service';
import { importPulse } from './import-pulse';
import { initNetwork } from './init-network';
import { createMember, newMember } from './new-member';
import { prepareMeeting } from './prepare-meeting';
import { proposeAction } from './propose-action';
import { recordMeeting } from './record-meeting';
import { runChecks } from './run-checks';
import { registerCommand } from './shared';

export type { AuthoringArgs, ScriptedAnswer } from './prompts';

/**
 * Registers the Network commands (ids and titles are in package.json):
 * initialise a network, new member, propose action, record meeting, prepare
 * the next meeting, import a temperature check, run checks, and create member
 * page (the quick fix's). Each authoring command
 * takes optional scripted answers as its last argument ({@link AuthoringArgs})
 * and returns the URI of what it created, or undefined.
 */
export function registerCommands(context: vscode.ExtensionContext, service: NetworkService): void {
  context.subscriptions.push(
    registerCommand('netgov.initNetwork', (arg) => initNetwork(service, arg)),
    registerCommand('netgov.newMember', (arg) => newMember(service, arg)),
    registerCommand('netgov.proposeAction', (arg) => proposeAction(service, context.workspaceState, arg)),
    registerCommand('netgov.recordMeeting', (arg) => recordMeeting(service, arg)),
    registerCommand('netgov.prepareMeeting', (arg) => prepareMeeting(service, arg)),
    registerCommand('netgov.importPulse', (arg) => importPulse(service, arg)),
    registerCommand('netgov.runChecks', () => runChecks(service)),
    registerCommand('netgov.createMember', (rootUri, id, arg) => createMember(service, rootUri, id, arg)),
  );
}
