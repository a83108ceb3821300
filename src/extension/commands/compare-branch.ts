import * as vscode from 'vscode';
import { posix } from 'node:path';
import { checkLoadedNetwork, loadNetwork } from '../../core/check';
import { CHARTER_FILE } from '../../core/config';
import { diffNetworks, type NetworkState } from '../../core/diff/diff';
import { diffToMarkdown } from '../../core/diff/format-markdown';
import { buildHealthReport } from '../../core/health/report';
import type { Workspace } from '../../core/workspace';
import { gitApi, repositoryOf, RefType, type Ref } from '../git/api';
import { GitApiWorkspace } from '../git/git-api-workspace';
import type { NetworkService } from '../network-service';
import { VscodeWorkspace } from '../vscode-workspace';
import { authoringContext } from './prompts';
import { chooseNetwork, todayOf } from './shared';

const TITLE = 'Compare health with branch';

/** Where the comparisons are shown: read-only documents that live in memory. */
export const DIFF_SCHEME = 'netgov-diff';

/** Holds the text of each comparison shown, for the markdown preview to read. */
export class DiffDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private count = 0;

  add(name: string, text: string): vscode.Uri {
    this.count += 1;
    const uri = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${name}.md`, query: String(this.count) });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string | undefined {
    return this.texts.get(uri.toString());
  }
}

/**
 * `netgov.compareWithBranch`: what the working tree's change does to a
 * network, compared with where it parted from a branch, as `netgov diff BASE
 * --format md` says it, in a markdown preview. The base is read through the
 * git extension; saved files count, as they do for the CLI. Questions:
 * `network` (when there are several), `base` (a branch name). Returns the
 * preview's document URI.
 */
export async function compareWithBranch(service: NetworkService, documents: DiffDocuments, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const access = await gitApi();
  if ('problem' in access) {
    void vscode.window.showErrorMessage(`${access.problem} From a terminal, netgov diff BASE says the same.`);
    return undefined;
  }
  const repository = await repositoryOf(access.api, entry.root);
  if (!repository) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(entry.root, true)} is not in a git repository, so there is no branch to compare with.`);
    return undefined;
  }

  const current = repository.state.HEAD?.name;
  const branches = (await repository.getBranches({ remote: true })).filter((ref): ref is Ref & { name: string } => ref.name !== undefined && !(ref.type === RefType.Head && ref.name === current));
  if (branches.length === 0) {
    void vscode.window.showErrorMessage(`This repository has no branch but ${current ?? 'the current one'} to compare with.`);
    return undefined;
  }
  const preferred = ['main', 'origin/main', 'master', 'origin/master'].find((name) => branches.some((ref) => ref.name === name));
  const base = await context.prompts.pick({
    key: 'base',
    title: TITLE,
    placeholder: `Compare ${current ? `${current} (with its uncommitted changes)` : 'the working tree'} with which branch?`,
    items: branches.map((ref) => ({ value: ref.name, label: ref.name, description: `${ref.type === RefType.RemoteHead ? 'remote branch' : 'branch'}${ref.commit ? ` at ${ref.commit.slice(0, 7)}` : ''}` })),
    active: preferred,
  });
  if (base === undefined) return undefined;
  const mergeBase = await repository.getMergeBase('HEAD', base);
  if (!mergeBase) {
    void vscode.window.showErrorMessage(`${base} and the current branch have no commit in common, so there is nothing to compare with.`);
    return undefined;
  }

  const today = todayOf(context);
  const root = entry.network.root;
  const before = await GitApiWorkspace.open(repository, mergeBase);
  const after = new VscodeWorkspace(entry.root);
  const [was, now] = await Promise.all([networkState(before, root, today), networkState(after, root, today)]);
  if (!was && !now) {
    void vscode.window.showErrorMessage(`There is no network at ${vscode.workspace.asRelativePath(entry.root, true)}, before or after the change.`);
    return undefined;
  }
  const diff = diffNetworks(was, now);
  const markdown = diffToMarkdown(diff, {
    against: `${base} (merge base ${mergeBase.slice(0, 7)})`,
    link: (relative) => service.uriOf(entry, posix.join(root, relative)).toString(),
  });
  const uri = documents.add(`${diff.name} compared with ${base}`.replace(/[/\\]/g, '-'), markdown);
  await showPreview(uri);
  return uri;
}

/** A network as loaded, checked and measured on one side (as `netgov diff` does), or undefined when that side has none. */
async function networkState(workspace: Workspace, root: string, today: string): Promise<NetworkState | undefined> {
  if ((await workspace.fileSize(posix.join(root, CHARTER_FILE))) === undefined) return undefined;
  const loaded = await loadNetwork(workspace, root);
  const diagnostics = await checkLoadedNetwork(loaded, today);
  const { checklist } = loaded.checklist;
  // No trend: the comparison is of two days' documents, not two histories.
  const health = buildHealthReport(loaded.network, checklist, { asOf: today, present: today, trendMonths: 0 });
  return { network: loaded.network, diagnostics, health };
}

/** The markdown preview when the built-in markdown extension is there; else the markdown itself, read-only. */
async function showPreview(uri: vscode.Uri): Promise<void> {
  const commands = await vscode.commands.getCommands(true);
  if (commands.includes('markdown.showPreview')) await vscode.commands.executeCommand('markdown.showPreview', uri);
  else await vscode.window.showTextDocument(uri, { preview: false });
}
