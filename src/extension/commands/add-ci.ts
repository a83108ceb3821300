import { posix } from 'node:path';
import * as vscode from 'vscode';
import { CI_PROVIDERS, ciFileName, ciMergeAdvice, isCiProvider, planCiFile, planProposalFiles, type CiProvider } from '../../core/templates/ci';
import { PROPOSAL_ACCEPTED_LABEL } from '../../core/usecases/action-from-issue';
import type { NetworkService } from '../network-service';
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
 * pinned to this extension's netgov version, as `netgov init --ci` writes it;
 * for GitHub also the issue form "Propose an action" and the workflow that
 * turns an accepted one into a pull request, naming the network's folder (when
 * the repository holds one network; else the repository's root). Never
 * overwrites: the files there already are left as they are and the others
 * added, as `netgov init --ci` does. Questions: `provider` (github or gitlab),
 * `folder` (a workspace folder URI, when several are repositories). Returns
 * the CI file's URI, or the first file added when the CI file was there.
 */
export async function addCiWorkflow(service: NetworkService, version: string, arg?: unknown): Promise<vscode.Uri | undefined> {
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

  const root = folder.uri;
  await service.ready();
  const networks = service.networks().filter((entry) => entry.root.scheme === root.scheme && entry.root.authority === root.authority && (entry.root.path === root.path || entry.root.path.startsWith(`${root.path.replace(/\/$/, '')}/`)));
  const networkFolder = networks.length === 1 ? posix.relative(root.path, networks[0]!.root.path) || '.' : '.';
  const planned = [planCiFile(provider, root.path, version), ...(provider === 'github' ? planProposalFiles(root.path, version, networkFolder) : [])];
  const files = planned.map((file) => ({ uri: root.with({ path: file.path }), content: file.content }));
  const [ci, form] = files as [(typeof files)[number], ...(typeof files)[number][]];
  const present = await Promise.all(files.map((file) => exists(file.uri)));
  const adding = files.filter((_, index) => !present[index]);
  const left = files.filter((_, index) => present[index]);
  const refuse = (existing: readonly vscode.Uri[]): undefined => {
    void vscode.window.showErrorMessage(`${describeExisting(existing)}, so nothing was written: netgov never overwrites a file.${existing.includes(ci.uri) ? ` ${ciMergeAdvice(provider)}` : ''}`);
    return undefined;
  };
  if (adding.length === 0) return refuse(left.map((file) => file.uri));
  const result = await createFiles(adding, `${TITLE}: ${ciFileName(provider)}`);
  if (!result.created) return refuse(result.existing);

  const shown = (file: (typeof files)[number]): string => vscode.workspace.asRelativePath(file.uri, false);
  const named = (file: (typeof files)[number]): string => (file === form ? `the issue form ${shown(file)} ("Propose an action")` : `the workflow ${shown(file)}`);
  const proposalsAdded = adding.filter((file) => file !== ci);
  const proposalsLeft = left.filter((file) => file !== ci);
  const message = [
    adding.includes(ci)
      ? `Added the ${ciFileName(provider)} ${shown(ci)}: on each pull request it checks the changed documents and says what the change does to the network.`
      : `Left the ${ciFileName(provider)} ${shown(ci)} as it is: it exists already, and netgov never overwrites a file. ${ciMergeAdvice(provider)}`,
    ...(proposalsAdded.length > 0 ? [`Added ${proposalsAdded.map(named).join(' and ')}: when a lead labels such an issue ${PROPOSAL_ACCEPTED_LABEL}, it opens a pull request adding the action.`] : []),
    ...(proposalsLeft.length > 0 ? [`Left ${proposalsLeft.map(named).join(' and ')} as ${proposalsLeft.length === 1 ? 'it is' : 'they are'}: ${proposalsLeft.length === 1 ? 'it exists' : 'they exist'} already.`] : []),
    `Commit ${adding.map(shown).join(', ')} and push; ${adding.includes(ci) ? 'the check runs' : 'they work'} from the next pull request.`,
  ].join(' ');
  const opened = adding[0]!.uri;
  await openDocument(opened);
  void vscode.window.showInformationMessage(message);
  return opened;
}
