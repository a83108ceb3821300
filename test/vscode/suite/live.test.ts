// Diagnostics follow the editor as you type, and follow dependents when a
// file they name is deleted. Workspace: a temporary copy of
// test/fixtures/networks/kitchen-sink.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeValue, waitFor, workspaceRoot } from './helpers';

function codesIn(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'netgov')
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeValue(d.code)}`);
}

describe('live diagnostics', () => {
  let root: vscode.Uri;

  before(async () => {
    root = workspaceRoot();
    await activate();
  });

  it('clear as soon as a fix is typed, before saving, and come back on undo', async () => {
    const uri = vscode.Uri.joinPath(root, 'members/sam-lee.md');
    await waitFor(() => codesIn(uri).includes('4:9 schema.date'), 60_000, () => `no schema.date on joined: ${codesIn(uri).join(', ')}`);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const line = document.lineAt(3);
    const start = line.text.indexOf('27/11/2024');
    assert.ok(start >= 0, `unexpected line: ${line.text}`);
    try {
      await editor.edit((edit) => edit.replace(new vscode.Range(3, start, 3, start + 10), '2024-11-27'));
      assert.ok(document.isDirty, 'the fix is typed, not saved');
      await waitFor(() => !codesIn(uri).includes('4:9 schema.date'), 30_000, () => `schema.date stayed: ${codesIn(uri).join(', ')}`);
      await vscode.commands.executeCommand('undo');
      await waitFor(() => codesIn(uri).includes('4:9 schema.date'), 30_000, 'schema.date did not come back after undo');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('re-check the meetings that name a member when the member file is deleted, and when it comes back', async () => {
    const member = vscode.Uri.joinPath(root, 'members/amara-okafor.md');
    const meeting = vscode.Uri.joinPath(root, 'meetings/2026-01-05-meeting.md');
    const names = (): string[] => vscode.languages.getDiagnostics(meeting).filter((d) => d.message.includes("'amara-okafor' is not a member")).map((d) => codeValue(d.code));
    await waitFor(() => codesIn(meeting).length > 0, 60_000, 'the meeting has no diagnostics yet');
    assert.deepEqual(names(), [], 'amara-okafor is a member to begin with');
    const bytes = await vscode.workspace.fs.readFile(member);
    await vscode.workspace.fs.delete(member);
    try {
      await waitFor(() => names().length === 1, 30_000, () => `the meeting was not re-checked: ${codesIn(meeting).join(', ')}`);
      assert.deepEqual(names(), ['ref.unknown-member']);
    } finally {
      await vscode.workspace.fs.writeFile(member, bytes);
    }
    await waitFor(() => names().length === 0, 30_000, 'the meeting kept its diagnostic after the member came back');
  });
});
