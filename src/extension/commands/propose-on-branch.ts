import * as vscode from 'vscode';
import { actionRecord } from '../../core/model/records';
import type { ViewNode } from '../../core/views/tree';
import { describeUnwritten, proposalReadiness } from '../../core/views/proposal';
import type { ProposalOffers } from '../git/proposal-offers';
import { proposalRepository } from '../git/propose-branch';
import type { NetworkService } from '../network-service';
import { authoringContext, type AuthoringContext } from './prompts';
import { chooseNetwork } from './shared';

const TITLE = 'Put proposal on a branch';

/**
 * `netgov.proposeOnBranch`: puts a proposal (a proposed action in no commit
 * yet) alone on a branch of its own, `propose/<id>`, in one commit, as the
 * offer made when it is saved written does (see git/proposal-offers.ts). The
 * proposal is the one given (a Network view item, a file URI), else the one
 * in the active editor, else asked for. Questions: `network` and `proposal`
 * (its file's URI) when asked for, and `unwritten` ('commit') when its
 * sections are not written yet. Returns the proposal's URI once committed.
 */
export async function proposeOnBranch(service: NetworkService, offers: ProposalOffers, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  await service.ready();
  const uri = given(service, arg) ?? activeProposal(offers) ?? (await askForProposal(service, context));
  if (!uri) return undefined;
  const document = offers.proposalDocument(uri, currentText(service, uri) ?? '');
  const readiness = document && proposalReadiness(document);
  if (!document || !readiness?.proposal) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri, false)} is not a proposal (an action with status: proposed), so it is not put on a branch of its own.`);
    return undefined;
  }
  const title = actionRecord(document).title ?? document.id;
  // Whether it can go on a branch at all (git, a repository, in no commit yet) before asking anything more.
  const found = await proposalRepository(uri);
  if ('problem' in found) {
    void vscode.window.showInformationMessage(found.problem);
    return undefined;
  }
  const unwritten = describeUnwritten(readiness);
  if (unwritten) {
    const answer = await context.prompts.pick({
      key: 'unwritten',
      title: `${TITLE}: ${title}`,
      placeholder: `${unwritten} Commit it as it is?`,
      items: [{ value: 'commit', label: 'Commit it as it is', description: 'or press Escape, write it, and save: netgov then offers again' }],
    });
    if (answer !== 'commit') return undefined;
  }
  return (await offers.commit(uri, title, context.scripted)) ? uri : undefined;
}

/** A Network view item (the node of a proposal) or a file URI, as menus pass them. */
function given(service: NetworkService, arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (!isViewNode(arg) || arg.path === undefined) return undefined;
  const path = arg.path;
  const entry = service.networks().find((candidate) => candidate.network.get(path) !== undefined);
  return entry && service.uriOf(entry, path);
}

function isViewNode(arg: unknown): arg is ViewNode {
  return typeof arg === 'object' && arg !== null && typeof (arg as { contextValue?: unknown }).contextValue === 'string';
}

function activeProposal(offers: ProposalOffers): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor?.document;
  if (!editor) return undefined;
  const document = offers.proposalDocument(editor.uri, editor.getText());
  return document && proposalReadiness(document).proposal ? editor.uri : undefined;
}

/** The file's text as the user sees it: the editor's when it is open, else what the network read. */
function currentText(service: NetworkService, uri: vscode.Uri): string | undefined {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  return open ? open.getText() : service.lookup(uri)?.document?.text;
}

async function askForProposal(service: NetworkService, context: AuthoringContext): Promise<vscode.Uri | undefined> {
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const proposals = [...entry.network.ofKind('action').values()].filter((document) => proposalReadiness(document).proposal).sort((a, b) => b.id.localeCompare(a.id));
  if (proposals.length === 0) {
    void vscode.window.showInformationMessage('This network has no proposal (an action with status: proposed) to put on a branch: start one with Propose action.');
    return undefined;
  }
  const chosen = await context.prompts.pick({
    key: 'proposal',
    title: TITLE,
    placeholder: 'Which proposal? Only its file is committed, on a new branch',
    items: proposals.map((document) => ({ value: service.uriOf(entry, document.path).toString(), label: actionRecord(document).title ?? document.id, description: document.id })),
  });
  return chosen === undefined ? undefined : vscode.Uri.parse(chosen, true);
}
