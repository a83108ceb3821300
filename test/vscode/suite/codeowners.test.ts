// codeowners.out-of-date in a real VS Code: the editor says what `netgov check`
// says at a repository's root. Workspace: a temporary copy of the kitchen sink,
// made a repository for the test by giving it a .git folder.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, cliDiagnostics, codeValue, editorDiagnostics, waitFor, workspaceRoot } from './helpers';

const STALE = ['# Hand-written, kept as it is', '*.pdf @someone', '', '# netgov:begin', '/CHARTER.md @nobody-now', '# netgov:end', ''].join('\n');

describe('CODEOWNERS in VS Code', () => {
  let root: vscode.Uri;
  let git: vscode.Uri;
  let codeowners: vscode.Uri;

  before(async () => {
    root = workspaceRoot();
    git = vscode.Uri.joinPath(root, '.git');
    codeowners = vscode.Uri.joinPath(root, '.github/CODEOWNERS');
    await activate();
  });

  after(async () => {
    await vscode.workspace.fs.delete(codeowners).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.github'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(git, { recursive: true }).then(undefined, () => undefined);
  });

  it('reports a netgov block that no longer follows the lead roles, as netgov check does, and clears when it is removed', async () => {
    await vscode.workspace.fs.createDirectory(git);
    await vscode.workspace.fs.writeFile(codeowners, new TextEncoder().encode(STALE));
    const isCodeowners = (d: { code: string }): boolean => d.code === 'codeowners.out-of-date';
    const fromCli = cliDiagnostics(root.fsPath).filter(isCodeowners);
    assert.equal(fromCli.length, 1, 'the CLI reports the stale block');
    await waitFor(() => editorDiagnostics(root).filter(isCodeowners).length === 1, 30_000, 'the editor never reported codeowners.out-of-date');
    assert.deepEqual(editorDiagnostics(root).filter(isCodeowners), fromCli);

    await vscode.workspace.fs.delete(codeowners);
    await waitFor(
      () => !vscode.languages.getDiagnostics().some(([, list]) => list.some((d) => codeValue(d.code) === 'codeowners.out-of-date')),
      30_000,
      'codeowners.out-of-date stayed after CODEOWNERS was deleted',
    );
  });
});
