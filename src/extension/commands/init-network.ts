import * as vscode from 'vscode';
import { posix } from 'node:path';
import { CHARTER_FILE } from '../../core/config';
import { planNetwork } from '../../core/templates/plan';
import { titleFromId } from '../../core/views/outline';
import type { NetworkService } from '../network-service';
import { createFiles, describeExisting, exists, openDocument, planOrExplain, plannerProblem } from './files';
import { authoringContext, type AuthoringContext, type PickItem } from './prompts';
import { todayOf } from './shared';

const TITLE = 'Initialise network';
const OTHER_FOLDER = 'other-folder';

/**
 * `netgov.initNetwork`: a charter, a purpose, a README and the four folders
 * (each with a README) in a folder, all created by one undoable edit, or
 * nothing at all when any of them exists. Questions: `folder` (a workspace
 * folder's URI, or a folder URI when asked with a dialog) and `name`.
 * Returns the new CHARTER.md's URI.
 */
export async function initNetwork(service: NetworkService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const folder = await chooseFolder(service, context);
  if (!folder) return undefined;
  const today = todayOf(context);

  const name = await context.prompts.input({
    key: 'name',
    title: TITLE,
    prompt: `The network's full name, as it will appear in ${CHARTER_FILE}`,
    placeholder: 'North Shire Frailty Network',
    value: titleFromId(posix.basename(folder.path)),
    validate: (value) => {
      const problem = plannerProblem(() => planNetwork(folder.path, { name: value, today }));
      return problem ? { severity: 'error', message: problem } : undefined;
    },
  });
  if (name === undefined) return undefined;

  const planned = planOrExplain(() => planNetwork(folder.path, { name, today }));
  if (!planned) return undefined;
  const files = planned.map((file) => ({ uri: folder.with({ path: file.path }), content: file.content }));
  const result = await createFiles(files, `${TITLE}: ${name}`);
  if (!result.created) {
    void vscode.window.showErrorMessage(`${describeExisting(result.existing)}, so no network was started here: initialising never overwrites files. Choose another folder, or remove those files first.`);
    return undefined;
  }
  const charter = files[0]!.uri;
  await openDocument(charter);
  const inWorkspace = vscode.workspace.getWorkspaceFolder(charter) !== undefined;
  const next = `Started "${name}". Talk the charter and purpose through with your members, then fill in ${CHARTER_FILE} and PURPOSE.md and add each member.`;
  if (context.scripted) {
    void vscode.window.showInformationMessage(next);
  } else if (inWorkspace) {
    void vscode.window.showInformationMessage(next, 'New member').then((choice) => choice && vscode.commands.executeCommand('netgov.newMember'));
  } else {
    void vscode.window
      .showInformationMessage(`${next} The folder is not open in this window, so netgov cannot check it here yet.`, 'Open Folder')
      .then((choice) => choice && vscode.commands.executeCommand('vscode.openFolder', folder));
  }
  return charter;
}

/**
 * The only workspace folder when no network exists yet; otherwise the user
 * picks a workspace folder or another folder (also with no folder open).
 */
async function chooseFolder(service: NetworkService, context: AuthoringContext): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const dialog = (): Promise<vscode.Uri | undefined> =>
    context.prompts.folder({ key: 'folder', title: `${TITLE}: choose the network's folder`, openLabel: 'Initialise network here', defaultUri: folders[0]?.uri });
  if (folders.length === 0) return dialog();
  await service.ready();
  if (folders.length === 1 && service.networks().length === 0) return folders[0]!.uri;

  const items: PickItem[] = await Promise.all(
    folders.map(async (folder) => ({
      value: folder.uri.toString(),
      label: folder.name,
      description: (await exists(vscode.Uri.joinPath(folder.uri, CHARTER_FILE))) ? `already holds a network (${CHARTER_FILE})` : folder.uri.fsPath,
    })),
  );
  items.push({ value: OTHER_FOLDER, label: 'Choose another folder…', description: 'for example a new folder inside one of these' });
  const chosen = await context.prompts.pick({ key: 'folder', title: TITLE, placeholder: 'Where should the new network live?', items });
  if (chosen === undefined) return undefined;
  if (chosen === OTHER_FOLDER) return context.prompts.folder({ key: 'otherFolder', title: `${TITLE}: choose the network's folder`, openLabel: 'Initialise network here', defaultUri: folders[0]?.uri });
  return folders.find((folder) => folder.uri.toString() === chosen)?.uri;
}
