import * as vscode from 'vscode';
import { describeError, log } from '../log';
import { posix } from 'node:path';
import { gitApi, repositoryOf, type Repository } from './api';

const PULL_REQUESTS_EXTENSION = 'GitHub.vscode-pull-request-github';

/** The branch a proposal is put on: `propose/<id>`, the id being the file's name. */
export function proposalBranch(file: vscode.Uri): string {
  return `propose/${posix.basename(file.path, '.md')}`;
}

/** The repository holding a proposal, or why it cannot be put on a branch, in words for the user. */
export type ProposalRepository = { readonly repository: Repository } | { readonly problem: string };

/**
 * The repository `file` is in, when the file is in no commit at HEAD yet (a
 * proposal already committed has its branch). A problem when git cannot be
 * used, the file is in no repository, or it is committed already.
 */
export async function proposalRepository(file: vscode.Uri): Promise<ProposalRepository> {
  const access = await gitApi();
  if ('problem' in access) return access;
  const repository = await repositoryOf(access.api, file);
  if (!repository) return { problem: `${vscode.workspace.asRelativePath(file, false)} is in no git repository, so there is no branch to put it on.` };
  if (await committedAtHead(repository, file)) {
    const head = repository.state.HEAD?.name;
    return { problem: `${vscode.workspace.asRelativePath(file, false)} is already committed${head ? ` on ${head}` : ''}; commit further changes to it there.` };
  }
  return { repository };
}

async function committedAtHead(repository: Repository, file: vscode.Uri): Promise<boolean> {
  const relative = posix.relative(repository.rootUri.path, file.path);
  if (relative.startsWith('..')) return false;
  // Rejects when HEAD has no such path (or there is no commit yet).
  return repository.getObjectDetails('HEAD', relative).then(
    () => true,
    () => false,
  );
}

/**
 * Puts the proposal `file` alone on a branch of its own (`propose/<id>`) in
 * one commit, ready for a pull request; says so, or why it could not. Nothing
 * is pushed: the user is told how, or offered the GitHub Pull Requests
 * extension's own command, which asks before it pushes. With `scripted`, the
 * closing message waits for no click. Resolves true once committed.
 */
export async function putOnBranch(repository: Repository, file: vscode.Uri, title: string, scripted: boolean): Promise<boolean> {
  const branch = proposalBranch(file);
  try {
    await commitOnBranch(repository, file, branch, `Propose: ${title}`);
  } catch (error) {
    void vscode.window.showErrorMessage(`netgov could not commit the proposal on ${branch}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  // The closing message may wait for a click; the caller does not wait for it.
  explainPullRequest(scripted, branch).catch((error: unknown) => log().error('the pull-request message failed:', describeError(error)));
  return true;
}

/**
 * The file, alone, in one commit on a new branch. The API's commit takes
 * everything staged, so with anything else staged it refuses before touching
 * anything rather than sweep someone's other work into the proposal.
 */
async function commitOnBranch(repository: Repository, file: vscode.Uri, branch: string, message: string): Promise<void> {
  await repository.status();
  const staged = repository.state.indexChanges.filter((change) => change.uri.fsPath !== file.fsPath);
  if (staged.length > 0) {
    const names = staged.slice(0, 3).map((change) => vscode.workspace.asRelativePath(change.uri, false));
    throw new Error(`other changes are staged (${names.join(', ')}${staged.length > 3 ? '…' : ''}), and a commit would take them too. Commit or unstage them first, then commit the proposal yourself.`);
  }
  await repository.createBranch(branch, true);
  await repository.add([file.fsPath]);
  await repository.commit(message);
}

async function explainPullRequest(scripted: boolean, branch: string): Promise<void> {
  const committed = `Committed the proposal on the new branch ${branch}; nothing has been pushed.`;
  if (vscode.extensions.getExtension(PULL_REQUESTS_EXTENSION)) {
    const open = 'Create Pull Request…';
    const message = `${committed} The GitHub Pull Requests extension can publish the branch and open the pull request, after asking you.`;
    if (scripted) void vscode.window.showInformationMessage(message);
    else if ((await vscode.window.showInformationMessage(message, open)) === open) await vscode.commands.executeCommand('pr.create');
    return;
  }
  const push = `git push -u origin ${branch}`;
  const copy = 'Copy Command';
  const message = `${committed} To open the pull request, push the branch (${push}), then open the pull request on your code host (GitHub, GitLab…).`;
  if (scripted) void vscode.window.showInformationMessage(message);
  else if ((await vscode.window.showInformationMessage(message, copy)) === copy) await vscode.env.clipboard.writeText(push);
}
