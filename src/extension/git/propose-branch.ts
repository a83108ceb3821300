import * as vscode from 'vscode';
import { posix } from 'node:path';
import type { AuthoringContext } from '../commands/prompts';
import { gitApi, repositoryOf, type Repository } from './api';

const CREATE = 'Create a branch and commit';
const PULL_REQUESTS_EXTENSION = 'GitHub.vscode-pull-request-github';

/**
 * After "Propose action" created `file`, offers to put it on a branch of its
 * own (`propose/<id>`) in one commit, ready for a pull request. Nothing is
 * pushed: the user is told how, or offered the GitHub Pull Requests
 * extension's own command, which asks before it pushes. No offer when git
 * cannot be used or the file is in no repository. Scripted: answer `branch`
 * with 'branch' (or true) to accept. Resolves once done (or declined).
 */
export async function offerBranch(context: AuthoringContext, file: vscode.Uri, title: string): Promise<void> {
  const access = await gitApi();
  if ('problem' in access) return;
  const repository = await repositoryOf(access.api, file);
  if (!repository) return;
  const id = posix.basename(file.path, '.md');
  const branch = `propose/${id}`;
  const question = `Put the proposal on a new branch, ${branch}, ready for a pull request? Only the new file is committed, and nothing is pushed.`;
  const accepted = context.scripted
    ? (await context.prompts.pick({ key: 'branch', title: 'Propose action', placeholder: question, items: [{ value: 'branch', label: CREATE }] })) === 'branch'
    : (await vscode.window.showInformationMessage(question, CREATE)) === CREATE;
  if (!accepted) return;
  try {
    await commitOnBranch(repository, file, branch, `Propose: ${title}`);
  } catch (error) {
    void vscode.window.showErrorMessage(`netgov could not commit the proposal on ${branch}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  await explainPullRequest(context, branch);
}

/**
 * The new file, alone, in one commit on a new branch. The API's commit takes
 * everything staged, so with anything else staged it refuses before touching
 * anything rather than sweep someone's other work into the proposal.
 */
async function commitOnBranch(repository: Repository, file: vscode.Uri, branch: string, message: string): Promise<void> {
  await repository.status();
  const staged = repository.state.indexChanges;
  if (staged.length > 0) {
    const names = staged.slice(0, 3).map((change) => vscode.workspace.asRelativePath(change.uri, false));
    throw new Error(`other changes are staged (${names.join(', ')}${staged.length > 3 ? '…' : ''}), and a commit would take them too. Commit or unstage them first, then commit the proposal yourself.`);
  }
  await repository.createBranch(branch, true);
  await repository.add([file.fsPath]);
  await repository.commit(message);
}

async function explainPullRequest(context: AuthoringContext, branch: string): Promise<void> {
  const committed = `Committed the proposal on the new branch ${branch}; nothing has been pushed.`;
  if (vscode.extensions.getExtension(PULL_REQUESTS_EXTENSION)) {
    const open = 'Create Pull Request…';
    const message = `${committed} The GitHub Pull Requests extension can publish the branch and open the pull request, after asking you.`;
    if (context.scripted) void vscode.window.showInformationMessage(message);
    else if ((await vscode.window.showInformationMessage(message, open)) === open) await vscode.commands.executeCommand('pr.create');
    return;
  }
  const push = `git push -u origin ${branch}`;
  const copy = 'Copy Command';
  const message = `${committed} To open the pull request, push the branch (${push}), then open the pull request on your code host (GitHub, GitLab…).`;
  if (context.scripted) void vscode.window.showInformationMessage(message);
  else if ((await vscode.window.showInformationMessage(message, copy)) === copy) await vscode.env.clipboard.writeText(push);
}
