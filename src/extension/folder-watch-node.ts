import * as vscode from 'vscode';
import { lstatSync, watch, type FSWatcher } from 'node:fs';
import { describeError, log } from './log';

/**
 * Watches one folder's direct children with Node's fs.watch (inotify on Linux),
 * apart from VS Code's file watcher: `onEvent` hears the file named in each event.
 * Only a plain local folder is watched (no link is followed), and undefined is
 * returned for anything else. What changed is for the caller to read from disk:
 * fs.watch names the file, not whether it was created, changed or deleted.
 */
export function watchFolderWithNode(folder: vscode.Uri, onEvent: (file: vscode.Uri) => void): vscode.Disposable | undefined {
  if (folder.scheme !== 'file') return undefined;
  let watcher: FSWatcher;
  try {
    if (!lstatSync(folder.fsPath).isDirectory()) return undefined;
    watcher = watch(folder.fsPath, { persistent: false }, (_event, name) => {
      if (name) onEvent(vscode.Uri.joinPath(folder, name));
    });
  } catch (error) {
    log().debug(`could not watch ${folder.fsPath}: ${describeError(error)}`);
    return undefined;
  }
  // The folder was deleted or became unreadable: the workspace watcher and the next full check take over.
  watcher.on('error', (error) => {
    log().debug(`stopped watching ${folder.fsPath}: ${describeError(error)}`);
    watcher.close();
  });
  return new vscode.Disposable(() => watcher.close());
}
