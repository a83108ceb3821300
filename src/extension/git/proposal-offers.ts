import * as vscode from 'vscode';
import { describeError, log } from '../log';
import { parseNetworkDocument, type NetworkDocument } from '../../core/document';
import { actionRecord } from '../../core/model/records';
import { proposalReadiness } from '../../core/views/proposal';
import type { NetworkService } from '../network-service';
import { proposalBranch, proposalRepository, putOnBranch } from './propose-branch';

const CREATE = 'Create branch and commit';
const NOT_NOW = 'Not now';

/** What became of a saved action: the tests wait on these rather than on the clock. */
export type OfferOutcome =
  /** Not a proposal, or its sections are not written yet (src/core/views/proposal.ts). */
  | 'not-ready'
  /** Offered before in this session (accepted, declined or dismissed): not again. */
  | 'offered-before'
  /** Git cannot be used, the file is in no repository, or it is committed already. */
  | 'no-branch'
  | 'declined'
  | 'committed'
  /** Accepted, but the commit was refused (something else staged...); the user was told why. */
  | 'failed';

/** A scripted answer to the offer, for tests: accept, or "Not now". */
export type OfferAnswer = 'branch' | 'not-now';

const encoder = new TextEncoder();

/**
 * The offer to put a proposal on a branch of its own, made at the moment it
 * is worth committing: when a proposed action that is in no commit yet is
 * saved with its required sections written (not at creation, when it is
 * still the template). Made once per file in a session, whatever the answer.
 * "Put proposal on a branch" (`netgov.proposeOnBranch`) does the same on
 * request, through `commit`.
 */
export class ProposalOffers implements vscode.Disposable {
  private readonly settled = new vscode.EventEmitter<{ readonly uri: vscode.Uri; readonly outcome: OfferOutcome }>();
  /** Fires when a saved action has been considered, with what became of it. */
  readonly onDidSettle = this.settled.event;
  /** Files offered (or committed on request) in this session, by URI. */
  private readonly offered = new Set<string>();
  /** Files whose save is being considered, so that two quick saves make one offer. */
  private readonly considering = new Set<string>();
  private scripted: OfferAnswer | null | undefined;
  /** With a scripted answer: the questions asked, in order. */
  readonly asked: string[] = [];

  constructor(private readonly service: NetworkService) {}

  /** For tests: answer every offer with `answer` (null: dismiss it) instead of showing it, and show no message that waits for a click; undefined shows them again. */
  script(answer: OfferAnswer | null | undefined): void {
    this.scripted = answer;
  }

  dispose(): void {
    this.settled.dispose();
  }

  /** The saved text of an action in a network, parsed as the core reads it; undefined for any other file. */
  proposalDocument(uri: vscode.Uri, saved: string): NetworkDocument | undefined {
    const found = this.service.lookup(uri);
    if (found?.document?.kind !== 'action') return undefined;
    const { path, id } = found.document;
    return parseNetworkDocument(path, 'action', id, encoder.encode(saved), found.entry.network.config.limits).document;
  }

  /** onDidSaveTextDocument: considers the saved file, and offers when it is a written proposal in no commit yet. */
  async onSave(saved: vscode.TextDocument): Promise<void> {
    const uri = saved.uri;
    const key = uri.toString();
    const document = this.proposalDocument(uri, saved.getText());
    if (!document || this.considering.has(key)) return;
    this.considering.add(key);
    try {
      this.settled.fire({ uri, outcome: await this.consider(uri, document) });
    } finally {
      this.considering.delete(key);
    }
  }

  /**
   * Puts `uri` on its branch without asking (the user asked): no offer for it
   * afterwards. Resolves true once committed; otherwise the user was told why.
   */
  async commit(uri: vscode.Uri, title: string, scripted: boolean): Promise<boolean> {
    this.offered.add(uri.toString());
    const found = await proposalRepository(uri);
    if ('problem' in found) {
      void vscode.window.showInformationMessage(found.problem);
      return false;
    }
    // The commit takes the file as it is on disk: unsaved changes in an editor go in too.
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open?.isDirty && !(await open.save())) return false;
    return putOnBranch(found.repository, uri, title, scripted);
  }

  private async consider(uri: vscode.Uri, document: NetworkDocument): Promise<OfferOutcome> {
    const key = uri.toString();
    if (!proposalReadiness(document).ready) return 'not-ready';
    if (this.offered.has(key)) return 'offered-before';
    const found = await proposalRepository(uri);
    if ('problem' in found) return 'no-branch';
    this.offered.add(key);
    const title = actionRecord(document).title ?? document.id;
    const branch = proposalBranch(uri);
    const question = `"${title}" is written. Put it on a new branch, ${branch}, ready for a pull request? Only this file is committed, and nothing is pushed.`;
    if ((await this.ask(question)) !== 'branch') return 'declined';
    return (await putOnBranch(found.repository, uri, title, this.scripted !== undefined)) ? 'committed' : 'failed';
  }

  private async ask(question: string): Promise<OfferAnswer | undefined> {
    if (this.scripted !== undefined) {
      this.asked.push(question);
      return this.scripted ?? undefined;
    }
    const answer = await vscode.window.showInformationMessage(question, CREATE, NOT_NOW);
    return answer === CREATE ? 'branch' : answer === NOT_NOW ? 'not-now' : undefined;
  }
}

/** Creates the offers and listens for saves. */
export function registerProposalOffers(context: vscode.ExtensionContext, service: NetworkService): ProposalOffers {
  const offers = new ProposalOffers(service);
  context.subscriptions.push(
    offers,
    vscode.workspace.onDidSaveTextDocument((document) => void offers.onSave(document).catch((error: unknown) => log().error('the branch offer failed:', describeError(error)))),
  );
  return offers;
}
