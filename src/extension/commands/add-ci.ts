import * as vscode from 'vscode';
import { CI_PROVIDERS, ciFileName, ciFilePath, ciMergeAdvice, isCiProvider, planCiFile, type CiProvider } from '../../core/templates/ci';
import { createFiles, describeExisting, exists, openDocument } from './files';
import { authoringContext } from './prompts';

const TITLE = 'Add CI workflow';

const HOSTS: Readonly<Record<CiProvider, { label: string; detail: string }>> = {
  github: { label: 'GitHub Actions', detail: 'Annotations on the changed lines, a summary of the change, SARIF for code scanning' },
  gitlab: { label: 'GitLab CI', detail: 'A code quality report on the merge request and a summary of the change' },
};

/**
 * `netgov.addCiWorkflow`: the CI file that checks the network on every pull
 * request, at the root of the repository (the workspace folder holding .git),
 * pinned to this extension's netgov version, as `netgov init --ci` writes it.
 * Never overwrites. Questions: `provider` (github or gitlab), `folder` (a
 * workspace folder URI, when several are repositories). Returns the file's URI.
 */
export async function addCiWorkflow(version: string, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const folders = vscode.workspace.workspaceFolders ?? [];
  const repositories = (await Promise.all(folders.map(async (folder) => ((await exists(vscode.Uri.joinPath(folder.uri, '.git'))) ? folder : undefined)))).filter(
    (folder): folder is vscode.WorkspaceFolder => folder !== undefined,
  );
  if (repositories.length === 0) {
    void vscode.window.showErrorMessage('A CI workflow goes at the root of a git repository, and no folder open here is one (none holds .git). Open the repository’s folder, or run git init first.');
    return undefined;
  }
  const provider = await context.prompts.pick({
    key: 'provider',
    title: TITLE,
    placeholder: 'Where are the pull requests (or merge requests) reviewed?',
    items: CI_PROVIDERS.map((value) => ({ value, ...HOSTS[value] })),
  });
  if (provider === undefined || !isCiProvider(provider)) return undefined;
  let folder = repositories[0]!;
  if (repositories.length > 1) {
    const chosen = await context.prompts.pick({
      key: 'folder',
      title: TITLE,
      placeholder: 'Which repository?',
      items: repositories.map((each) => ({ value: each.uri.toString(), label: each.name, description: vscode.workspace.asRelativePath(each.uri, true) })),
    });
    if (chosen === undefined) return undefined;
    folder = repositories.find((each) => each.uri.toString() === chosen)!;
  }

  const planned = planCiFile(provider, folder.uri.path, version);
  const uri = folder.uri.with({ path: planned.path });
  const result = await createFiles([{ uri, content: planned.content }], `${TITLE}: ${ciFileName(provider)}`);
  if (!result.created) {
    void vscode.window.showErrorMessage(`${describeExisting(result.existing)}, so nothing was written: netgov never overwrites it. ${ciMergeAdvice(provider)}`);
    return undefined;
  }
  await openDocument(uri);
  void vscode.window.showInformationMessage(
    `Added the ${ciFileName(provider)} ${ciFilePath(provider)}: on each pull request it checks the changed documents and says what the change does to the network. Commit it and push it; it runs on the next pull request.`,
  );
  return uri;
}
