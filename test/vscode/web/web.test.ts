// netgov in VS Code's web worker extension host, the host of vscode.dev and github.dev (issue 18):
// a copy of the kitchen-sink fixture served by the VS Code server, read through
// vscode.workspace.fs, as a reviewer on github.dev would see it. The driver (run.ts, "web"
// session) ran `netgov check` on the same copy before the window opened and left its JSON
// beside the workspace folder: the editor must show exactly that. Every wait is on a condition.
import { assert } from 'chai';
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/activate';
import { activate, byPosition, editorDiagnostics, waitFor, type PrintedDiagnostic } from '../editor-helpers';
import { EXPECTED_DIAGNOSTICS_FILE, VIRTUAL_SCHEME } from '../protocol';
import { MemoryFileSystem, copyTree } from './memfs';

/** The workspace's first folder: the copy of the fixture the VS Code server serves. */
function localRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme === VIRTUAL_SCHEME) throw new Error('the web session opens the fixture\'s copy as its first folder');
  return folder.uri;
}

/** The diagnostics under `root` only: the other folder holds the same files. */
function under(root: vscode.Uri): PrintedDiagnostic[] {
  return editorDiagnostics(root).filter((d) => !d.file.startsWith('..'));
}

async function expectedDiagnostics(): Promise<PrintedDiagnostic[]> {
  const root = localRoot();
  const file = root.with({ path: posix.join(posix.dirname(root.path), EXPECTED_DIAGNOSTICS_FILE) });
  const output = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as { diagnostics: PrintedDiagnostic[] };
  return output.diagnostics.map(({ file, line, column, endLine, endColumn, severity, code, message }) => ({ file, line, column, endLine, endColumn, severity, code, message })).sort(byPosition);
}

describe('netgov in the web worker extension host', () => {
  let api: NetworkApi;
  let expected: PrintedDiagnostic[];

  before(async () => {
    api = (await activate()) as NetworkApi;
    expected = await expectedDiagnostics();
  });

  it('runs in the web worker host, with no Node', () => {
    assert.strictEqual(api.host, 'web');
    // A web worker has importScripts and no Node process; the Node extension host is the other way round.
    assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function');
    assert.notStrictEqual(typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node, 'string');
  });

  it('shows every document\'s diagnostics, as `netgov check` reports them, read through workspace.fs', async () => {
    assert.ok(expected.length > 10, `the kitchen sink should have many diagnostics; the CLI found ${expected.length}`);
    const root = localRoot();
    await waitFor(() => JSON.stringify(under(root)) === JSON.stringify(expected), 120_000, () => `the editor's ${under(root).length} diagnostics never matched the CLI's ${expected.length}`);
    // Not only open files: diagnostics on documents no editor has opened.
    const open = new Set(vscode.workspace.textDocuments.map((d) => posix.relative(root.path, d.uri.path)));
    assert.ok(expected.some((d) => !open.has(d.file)), 'every file with a diagnostic was open');
  });

  it('hovers a member id with who they are, and completes member ids', async () => {
    const root = localRoot();
    const uri = vscode.Uri.joinPath(root, 'actions', '2026-01-01-form.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('owners: ['));
    assert.ok(line >= 0, 'the fixture action has an owners line');
    const at = new vscode.Position(line, 'owners: [s'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /sam-lee|Sam/, `no hover about sam-lee: ${text.slice(0, 200)}`);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 'owners: ['.length));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('sam-lee'), `completion offered ${labels.slice(0, 10).join(', ')}`);
  });

  it('says plainly that putting a proposal on a branch needs desktop VS Code', async () => {
    // The warning waits for the user to close it: the message is recorded and answered at once, as a dismissal.
    const window = vscode.window as unknown as { showWarningMessage: (...rest: unknown[]) => Thenable<unknown> };
    const original = window.showWarningMessage;
    const shown: string[] = [];
    window.showWarningMessage = (message: unknown) => {
      shown.push(String(message));
      return Promise.resolve(undefined);
    };
    try {
      await vscode.commands.executeCommand('netgov.proposeOnBranch');
    } finally {
      window.showWarningMessage = original;
    }
    assert.ok(shown.some((text) => /works only in desktop VS Code/.test(text)), `warnings: ${JSON.stringify(shown)}`);
  });

  it('says plainly that importing members from an Excel workbook needs desktop VS Code or the CLI', async () => {
    const entry = api.service.networks()[0];
    assert.ok(entry, 'no network found');
    const root = localRoot();
    const roster = root.with({ path: posix.join(posix.dirname(root.path), 'roster.xlsx') });
    await vscode.workspace.fs.writeFile(roster, new TextEncoder().encode('PK\u0003\u0004 not read in the browser'));
    const window = vscode.window as unknown as { showErrorMessage: (...rest: unknown[]) => Thenable<unknown> };
    const original = window.showErrorMessage;
    const shown: string[] = [];
    window.showErrorMessage = (message: unknown) => {
      shown.push(String(message));
      return Promise.resolve(undefined);
    };
    let result: unknown;
    try {
      result = await vscode.commands.executeCommand('netgov.importMembers', { answers: { network: entry.root.toString(), roster: roster.toString() }, today: '2026-12-05' });
    } finally {
      window.showErrorMessage = original;
      await vscode.workspace.fs.delete(roster);
    }
    assert.strictEqual(result, undefined);
    assert.strictEqual(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0]!, /roster\.xlsx: reading an Excel workbook needs desktop VS Code or the netgov command line \(netgov import members\), not the browser \(vscode\.dev, github\.dev\); here, save or download the sheet as "CSV UTF-8" and import that\. Nothing was written\.$/);
  });

  it('opens the health panel for the network', async () => {
    const entry = api.service.networks()[0];
    assert.ok(entry, 'no network found');
    const panel = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel; dispose(): void }>('netgov.showHealth', { network: entry.root.toString() });
    assert.ok(panel, 'netgov.showHealth returned no panel');
    try {
      await waitFor(() => panel.panel.webview.html.includes('<main'), 60_000, 'the panel drew no page');
      assert.strictEqual(panel.panel.viewType, 'netgov.health');
    } finally {
      panel.dispose();
    }
  });

  it('checks a folder on a virtual file system (as github.dev serves a repository) as it checks the local one', async () => {
    // The workspace's second folder is on VIRTUAL_SCHEME, which nothing served until now: netgov found no network there.
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === VIRTUAL_SCHEME);
    assert.ok(folder, `the web session should open a folder on ${VIRTUAL_SCHEME}`);
    const provider = new MemoryFileSystem(VIRTUAL_SCHEME);
    const registration = vscode.workspace.registerFileSystemProvider(VIRTUAL_SCHEME, provider, { isCaseSensitive: true });
    try {
      const copied = await copyTree(localRoot(), folder.uri);
      assert.ok(copied > 10, `copied only ${copied} files`);
      await api.service.recheckAll();
      await waitFor(() => api.service.networks().some((entry) => entry.root.toString() === folder.uri.toString()), 60_000, () => `netgov found no network on ${folder.uri.toString()}: ${api.service.networks().map((e) => e.root.toString()).join(', ')}`);
      await waitFor(() => JSON.stringify(under(folder.uri)) === JSON.stringify(expected), 120_000, () => `the virtual folder's ${under(folder.uri).length} diagnostics never matched the CLI's ${expected.length}`);
      // An edit on the virtual file system is picked up as on disk: a member page deleted breaks the references to it.
      const before = under(folder.uri).length;
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'members', 'sam-lee.md'));
      await waitFor(() => under(folder.uri).some((d) => d.code === 'ref.unknown-member' && d.message.includes('sam-lee')), 60_000, () => `no reference to the deleted sam-lee became unknown (${before} diagnostics before, ${under(folder.uri).length} now)`);
    } finally {
      registration.dispose();
    }
  });
});
