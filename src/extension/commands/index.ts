import * as vscode from 'vscode';
import type { ProposalOffers } from '../git/proposal-offers';
import type { NetworkService } from '../network-service';
import { addCiWorkflow } from './add-ci';
import { compareWithBranch, DIFF_SCHEME, DiffDocuments } from './compare-branch';
import { importMembersCommand } from './import-members';
import { importPulse } from './import-pulse';
import { initNetwork } from './init-network';
import { decideAction, handover, markDone } from './lifecycle';
import { createMember, newMember } from './new-member';
import { prepareMeeting } from './prepare-meeting';
import { proposeAction } from './propose-action';
import { proposeOnBranch } from './propose-on-branch';
import { recordMeeting } from './record-meeting';
import { runChecks } from './run-checks';
import { registerCommand } from './shared';
import { showNeedsDesktop, type Platform } from '../platform';

export type { AuthoringArgs, ScriptedAnswer } from './prompts';

/**
 * Registers the Network commands (ids and titles are in package.json):
 * initialise a network, new member, propose action, put a proposal on a branch, record meeting, prepare
 * the next meeting, record a decision, hand a role over, mark an action done, import a temperature check, import members from a roster, run checks, create member
 * page (the quick fix's), compare health with a branch and add a CI workflow. Each authoring command
 * takes optional scripted answers as its last argument ({@link AuthoringArgs})
 * and returns the URI of what it created, or undefined.
 */
export function registerCommands(context: vscode.ExtensionContext, service: NetworkService, offers: ProposalOffers, platform: Pick<Platform, 'desktopOnly' | 'tableReaders'>): void {
  const { desktopOnly, tableReaders } = platform;
  const diffs = new DiffDocuments();
  const version = (context.extension.packageJSON as { version: string }).version;
  // Made on first use, so that a window that never imports has no extra output listed.
  let importOutput: vscode.OutputChannel | undefined;
  const importChannel = (): vscode.OutputChannel => {
    if (!importOutput) {
      importOutput = vscode.window.createOutputChannel('netgov import');
      context.subscriptions.push(importOutput);
    }
    return importOutput;
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, diffs),
    registerCommand('netgov.initNetwork', (arg) => initNetwork(service, arg)),
    registerCommand('netgov.newMember', (arg) => newMember(service, arg)),
    registerCommand('netgov.proposeAction', (arg) => proposeAction(service, context.workspaceState, arg)),
    registerCommand('netgov.proposeOnBranch', (arg) => (desktopOnly?.has('netgov.proposeOnBranch') ? showNeedsDesktop(desktopOnly.get('netgov.proposeOnBranch') ?? '') : proposeOnBranch(service, offers, arg))),
    registerCommand('netgov.recordMeeting', (arg) => recordMeeting(service, arg)),
    registerCommand('netgov.prepareMeeting', (arg) => prepareMeeting(service, arg)),
    registerCommand('netgov.decideAction', (arg) => decideAction(service, arg)),
    registerCommand('netgov.handover', (arg) => handover(service, arg)),
    registerCommand('netgov.markDone', (arg) => markDone(service, arg)),
    registerCommand('netgov.importPulse', (arg) => importPulse(service, arg)),
    registerCommand('netgov.importMembers', (arg) => importMembersCommand(service, importChannel, tableReaders, arg)),
    registerCommand('netgov.runChecks', () => runChecks(service)),
    registerCommand('netgov.createMember', (rootUri, id, arg) => createMember(service, rootUri, id, arg)),
    registerCommand('netgov.compareWithBranch', (arg) => (desktopOnly?.has('netgov.compareWithBranch') ? showNeedsDesktop(desktopOnly.get('netgov.compareWithBranch') ?? '') : compareWithBranch(service, diffs, arg))),
    registerCommand('netgov.addCiWorkflow', (arg) => addCiWorkflow(service, version, arg)),
  );
}
