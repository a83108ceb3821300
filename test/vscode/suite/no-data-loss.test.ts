// Issue 7, item 3 (no data loss) in a real VS Code: every command that writes
// and the quick fixes that edit, against an editor with unsaved changes, a file
// that appears on disk between the command's check and its write, a write that
// fails for real (a folder under a regular file) and one that fails as a full
// disk would. The user's text must survive each, the command must say what
// happened, and nothing partial may be left behind.
//
// Read-only files: the tests run as root, for whom chmod does not stop a write,
// so "read-only" is covered by the real failed write (ENOTDIR) and the injected
// one instead. Every file the suite makes is removed in after().
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { NetworkEntry } from '../../../src/extension/network-service';
import { folderOf } from '../../../src/core/discovery';
import { localToday } from '../../../src/core/views/dates';
import { activate, codeValue, testLog, waitFor, withMessages, whenTrue, closeAllEditors } from './helpers';

const TODAY = localToday();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let api: NetworkApi;
let entry: NetworkEntry;
/** Files and folders to remove afterwards (URIs in the workspace, paths outside it). */
const made: vscode.Uri[] = [];
const outside: string[] = [];
let autoSave: string | undefined;

function network(): NetworkEntry {
  return api.service.networks().find((candidate) => candidate.root.toString() === entry.root.toString()) ?? entry;
}

function uriIn(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(entry.root, ...parts.flatMap((part) => part.split('/')));
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  made.push(uri);
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}


/** The files a workspace edit creates. VS Code's WorkspaceEdit keeps them in `_edits` (file operations have `to` and no `from`). */
function createdBy(edit: vscode.WorkspaceEdit): vscode.Uri[] {
  const entries = (edit as unknown as { _edits?: { from?: vscode.Uri; to?: vscode.Uri }[] })._edits;
  assert.ok(Array.isArray(entries), 'WorkspaceEdit no longer keeps its edits in _edits: update createdBy()');
  return entries.filter((e) => e.to !== undefined && e.from === undefined).map((e) => e.to!);
}

/**
 * Runs `body` with vscode.workspace.applyEdit replaced: `before` runs just
 * before VS Code applies each edit (to race it), and `result`, when given,
 * stands in for VS Code's answer (to fail it without writing).
 */
async function withApplyEdit<T>(hooks: { before?: (created: vscode.Uri[]) => Promise<void>; result?: boolean }, body: () => Promise<T>): Promise<T> {
  const workspace = vscode.workspace as unknown as { applyEdit: typeof vscode.workspace.applyEdit };
  const original = workspace.applyEdit;
  workspace.applyEdit = async (edit, metadata) => {
    await hooks.before?.(createdBy(edit));
    if (hooks.result !== undefined) return hooks.result;
    return original.call(vscode.workspace, edit, metadata);
  };
  try {
    return await body();
  } finally {
    workspace.applyEdit = original;
  }
}

function args(answers: Record<string, string | readonly string[] | true | null>): { answers: Record<string, unknown>; today: string } {
  return { answers: { network: entry.root.toString(), ...answers }, today: TODAY };
}

/** A survey export outside the workspace, for Import temperature check. */
function surveyFile(): vscode.Uri {
  const dir = mkdtempSync(join(tmpdir(), 'netgov-no-data-loss-'));
  outside.push(dir);
  const path = join(dir, 'survey.csv');
  writeFileSync(path, 'Timestamp,purpose-clear: Our purpose is clear\n2026-11-01 09:00,Agree\n2026-11-02 09:00,Disagree\n', 'utf8');
  return vscode.Uri.file(path);
}

/** Each command that writes, with answers that make it write one new document (initNetwork: several). */
function writers(): { name: string; run: () => Thenable<unknown> }[] {
  return [
    { name: 'New member', run: () => vscode.commands.executeCommand('netgov.newMember', args({ name: 'Race Member', organisation: '' })) },
    { name: 'Propose action', run: () => vscode.commands.executeCommand('netgov.proposeAction', args({ title: 'Race action', owners: [], outcomes: [], proposedBy: true })) },
    { name: 'Record meeting', run: () => vscode.commands.executeCommand('netgov.recordMeeting', args({ date: TODAY, type: 'steering', facilitator: true, attendees: [] })) },
    { name: 'Prepare next meeting', run: () => vscode.commands.executeCommand('netgov.prepareMeeting', args({ date: '2030-01-15' })) },
    {
      name: 'Import temperature check',
      run: () => vscode.commands.executeCommand('netgov.importPulse', args({ survey: surveyFile().toString(), mapping: '', date: '2030-02-01', invited: '10', id: true })),
    },
    { name: 'Create member page (quick fix)', run: () => vscode.commands.executeCommand('netgov.createMember', entry.root.toString(), 'race-quick-fix', { today: TODAY }) },
    {
      name: 'Initialise network',
      run: () => {
        // Called only inside a test, once the network is known.
        const other = uriIn('no-data-loss-network');
        if (!made.some((uri) => uri.toString() === other.toString())) made.push(other);
        return vscode.commands.executeCommand('netgov.initNetwork', { answers: { folder: 'other-folder', otherFolder: other.toString(), name: 'Race Network' }, today: TODAY });
      },
    },
  ];
}

describe('no data loss in the editor', () => {
  before(async () => {
    api = (await activate()) as NetworkApi;
    const found = api.service.networks().find((candidate) => candidate.network.idsOf('member').size > 0);
    assert.ok(found, 'the workspace holds no network with a member page');
    entry = found;
    // VS Code's web client saves after a delay by default; "unsaved changes" need saving to be off.
    autoSave = vscode.workspace.getConfiguration('files').inspect<string>('autoSave')?.workspaceValue;
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await closeAllEditors();
    for (const uri of made) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    for (const dir of outside) rmSync(dir, { recursive: true, force: true });
    await whenTrue([api.service.onDidChange], () => made.every((uri) => !api.service.lookup(uri)?.document), 'netgov still holds documents the suite deleted');
    await vscode.workspace.getConfiguration('files').update('autoSave', autoSave, vscode.ConfigurationTarget.Workspace);
  });

  it('a file created by a workspace edit never replaces an open document with unsaved changes', async () => {
    const members = folderOf('member', network().network.config.layout);
    const uri = uriIn(members, 'dirty-target.md');
    const onDisk = '---\nname: Dirty Target\norganisation: Test\njoined: 2026-01-01\n---\n';
    await write(uri, onDisk);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(5, 0), 'Unsaved notes the user is typing.\n'));
    const unsaved = document.getText();
    assert.ok(document.isDirty);

    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, contents: encoder.encode('clobbered\n') });
    assert.equal(await vscode.workspace.applyEdit(edit), false, 'a create with overwrite:false over an open file succeeded');

    const quickFix = await withMessages(async () => vscode.commands.executeCommand('netgov.createMember', entry.root.toString(), 'dirty-target', { today: TODAY }));
    assert.equal(quickFix.result, undefined);
    assert.ok(quickFix.messages.some((m) => m.kind === 'error' && /dirty-target\.md exists already, so nothing was written/.test(m.text)), JSON.stringify(quickFix.messages));

    const fresh = (await vscode.commands.executeCommand<vscode.Uri | undefined>('netgov.newMember', args({ name: 'Dirty Target', organisation: '' })))!;
    made.push(fresh);
    assert.match(fresh.path, /dirty-target-2\.md$/, 'New member took the name of the open page');

    assert.equal(document.getText(), unsaved, 'the unsaved text changed');
    assert.ok(document.isDirty, 'the unsaved changes were saved or dropped');
    assert.equal(await read(uri), onDisk, 'the file on disk changed');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  for (const writer of writers()) {
    it(`${writer.name}: a file that appears on disk between the check and the write is kept, and nothing else is written`, async () => {
      let raced: vscode.Uri[] = [];
      const { result, messages } = await withMessages(() =>
        withApplyEdit(
          {
            before: async (created) => {
              assert.ok(created.length > 0, 'the command applied an edit that creates no file');
              // Someone else (git, another editor) writes the last planned file first.
              raced = created;
              const target = created[created.length - 1]!;
              await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
              await write(target, 'theirs\n');
            },
          },
          async () => writer.run(),
        ),
      );
      for (const uri of raced) made.push(uri);
      assert.equal(result, undefined, 'the command reported success');
      const last = raced[raced.length - 1]!;
      assert.equal(await read(last), 'theirs\n', 'the file that appeared was overwritten');
      for (const uri of raced.slice(0, -1)) assert.equal(await exists(uri), false, `${uri.path} was written although the edit failed`);
      const name = last.path.slice(last.path.lastIndexOf('/') + 1);
      assert.ok(
        messages.some((m) => m.kind === 'error' && m.text.includes(name) && /exists? already/.test(m.text) && /nothing was written|no network was started/.test(m.text)),
        `no error naming ${name}: ${JSON.stringify(messages)}`,
      );
      testLog(`      ${messages.find((m) => m.kind === 'error')!.text}`);
      // The next test plans the same files again.
      for (const uri of raced) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    });
  }

  for (const writer of writers()) {
    it(`${writer.name}: a write VS Code fails (as on a full disk) shows an error and leaves nothing`, async () => {
      let planned: vscode.Uri[] = [];
      const { result, messages } = await withMessages(() =>
        withApplyEdit(
          {
            before: async (created) => {
              planned = created;
            },
            result: false,
          },
          async () => writer.run(),
        ),
      );
      assert.equal(result, undefined);
      assert.ok(planned.length > 0);
      for (const uri of planned) assert.equal(await exists(uri), false, `${uri.path} exists after a failed write`);
      assert.ok(messages.some((m) => m.kind === 'error' && /could not create/.test(m.text)), `no error message: ${JSON.stringify(messages)}`);
      testLog(`      ${messages.find((m) => m.kind === 'error')!.text}`);
    });
  }

  it('Initialise network in a folder under a regular file fails for real (ENOTDIR), says so and writes nothing', async () => {
    const blocker = uriIn('no-data-loss-blocker');
    await write(blocker, 'a plain file where a folder is expected\n');
    const target = vscode.Uri.joinPath(blocker, 'network');
    const { result, messages } = await withMessages(() =>
      Promise.resolve(vscode.commands.executeCommand('netgov.initNetwork', { answers: { folder: 'other-folder', otherFolder: target.toString(), name: 'Blocked Network' }, today: TODAY })),
    );
    assert.equal(result, undefined);
    assert.equal(await read(blocker), 'a plain file where a folder is expected\n');
    assert.ok(messages.some((m) => m.kind === 'error'), `no error message: ${JSON.stringify(messages)}`);
    testLog(`      ${messages.find((m) => m.kind === 'error')!.text}`);
  });

  it('a quick fix on a document with unsaved changes edits the buffer only, keeps the typing, and one undo takes back just the fix', async () => {
    const proposer = [...network().network.idsOf('member')].sort()[0]!;
    const original = ['---', 'title: Quick fix on a dirty buffer', 'status: proposed', `proposed_by: ${proposer}`, `proposed: ${TODAY}`, 'owners: []', 'contributor: []', '---', '', '## Proposal', '', 'Test.', '', '## Expected impact', '', 'None.', ''].join('\n');
    const uri = uriIn(folderOf('action', network().network.config.layout), `${TODAY}-no-data-loss-quick-fix.md`);
    await write(uri, original);
    await waitFor(() => api.service.lookup(uri)?.document, 30_000, `netgov did not pick up ${uri.path}`);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(11, 4), ' The user is still typing this.'));
    const typed = document.getText();
    assert.ok(document.isDirty);

    const diagnostic = await waitFor(
      () =>
        api.service.lookup(uri)?.document?.text === typed
          ? vscode.languages.getDiagnostics(uri).find((d) => d.source === 'netgov' && codeValue(d.code) === 'schema.unknown-field')
          : undefined,
      30_000,
      'no schema.unknown-field on the unsaved buffer',
    );
    const actions = await waitFor(
      async () => {
        const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        return offered.find((action) => action.edit && action.title.includes('contributors')) ? offered : undefined;
      },
      30_000,
      'no quick fix for the misspelt field',
    );
    const fix = actions.find((action) => action.edit && action.title.includes('contributors'))!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(document.getText(), typed.replace('contributor: []', 'contributors: []'), 'the fix did not keep the unsaved text');
    assert.ok(document.isDirty);
    assert.equal(await read(uri), original, 'the quick fix wrote to disk');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === typed, 10_000, () => `one undo did not give back the typed text: ${JSON.stringify(document.getText())}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => api.service.lookup(uri)?.document?.text === original, 30_000, 'netgov did not see the revert');
  });
});
