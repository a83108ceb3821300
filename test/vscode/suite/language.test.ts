// The authoring aids in a real VS Code: completion of member ids in `owners`,
// go to definition, and a quick fix that applies as an edit `undo` takes back.
//
// Workspace: whichever folder the harness opens (test/vscode/run.ts; today a
// copy of test/fixtures/networks/kitchen-sink). The suite assumes only that
// the workspace holds a network with at least one member page, so it runs as
// well on a copy of examples/north-east-frailty-network. It works on an action
// file of its own, which it deletes afterwards so that the other suites see
// the fixture as it was.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { folderOf } from '../../../src/core/discovery';
import { localToday } from '../../../src/core/views/dates';
import type { NetworkApi } from '../../../src/extension/extension';
import type { NetworkEntry } from '../../../src/extension/network-service';
import { activate, codeValue, waitFor } from './helpers';

const TODAY = localToday();

let api: NetworkApi;
let entry: NetworkEntry;
let memberIds: string[];
let uri: vscode.Uri;
let original: string;

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The test action: line 5 is `owners: []`, line 6 a misspelt `contributor` field. */
function actionText(proposer: string): string {
  return [
    '---',
    'title: Try the authoring aids',
    'status: proposed',
    `proposed_by: ${proposer}`,
    `proposed: ${TODAY}`,
    'owners: []',
    'contributor: []',
    '---',
    '',
    '## Proposal',
    '',
    'Check that completion and quick fixes work in a real editor.',
    '',
    '## Expected impact',
    '',
    'None: the test deletes this file.',
    '',
  ].join('\n');
}

describe('authoring aids', () => {
  before(async () => {
    api = (await activate()) as NetworkApi;
    const found = api.service.networks().find((candidate) => candidate.network.idsOf('member').size > 0);
    assert.ok(found, 'the workspace holds no network with a member page');
    entry = found;
    memberIds = [...entry.network.idsOf('member')].sort();
    const actions = folderOf('action', entry.network.config.layout);
    uri = vscode.Uri.joinPath(entry.root, ...actions.split('/'), `${TODAY}-netgov-authoring-aids-test.md`);
    original = actionText(memberIds[0]!);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    await waitFor(() => api.service.lookup(uri)?.document, 30_000, `netgov did not pick up ${uri.path}`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Closing an editor can still fire a text change (its dirty state), which netgov applies after its typing
    // pause; deleting the file before that would let the late re-check bring the document back. The change
    // reaches netgov before the command returns: wait until it has been applied.
    await waitFor(() => api.service.pendingEdits() === 0, 30_000, 'netgov still has edits waiting for the typing to pause');
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitFor(() => !api.service.lookup(uri)?.document, 30_000, `netgov still holds ${uri.path}`);
  });

  it('completes the member ids of the network in `owners: [...]`', async () => {
    const position = new vscode.Position(5, 'owners: ['.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    const offered = list.items.filter((item) => memberIds.includes(label(item)));
    assert.deepEqual(
      [...new Set(offered.map(label))].sort(),
      memberIds,
      `expected every member id among the completions (is registerLanguageFeatures(context, service) called from activate()?); got: ${list.items.map(label).slice(0, 40).join(', ')}`,
    );
    const first = offered.find((item) => label(item) === memberIds[0]);
    assert.equal(first?.kind, vscode.CompletionItemKind.User);
    const name = entry.network.ofKind('member').get(memberIds[0]!)?.data?.name;
    if (typeof name === 'string') assert.match(String(first?.detail), new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('goes from the proposer to their member page', async () => {
    const position = new vscode.Position(3, 'proposed_by: '.length + 1);
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
    const targets = found.map((target) => ('targetUri' in target ? target.targetUri : target.uri).path);
    const memberPath = api.service.networks().find((n) => n.root.toString() === entry.root.toString())?.network.ofKind('member').get(memberIds[0]!)?.path;
    assert.ok(memberPath);
    assert.ok(targets.includes(memberPath), `definitions: ${targets.join(', ')}`);
  });

  it('fixes a misspelt field with a quick fix, and undo restores the text', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'netgov' && codeValue(d.code) === 'schema.unknown-field'),
      30_000,
      () => `no schema.unknown-field on the test action; it has: ${vscode.languages.getDiagnostics(uri).map((d) => codeValue(d.code)).join(', ')}`,
    );
    assert.equal(diagnostic.range.start.line, 6);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Change `contributor` to `contributors`');
    assert.ok(fix, `no quick fix for the misspelt field; offered: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(fix.edit, 'the quick fix has no workspace edit');
    assert.equal(fix.isPreferred, true);

    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(6).text, 'contributors: []');
    assert.equal(document.getText(), original.replace('contributor: []', 'contributors: []'));
    await waitFor(
      () => !vscode.languages.getDiagnostics(uri).some((d) => codeValue(d.code) === 'schema.unknown-field'),
      30_000,
      'the diagnostic stayed after the fix',
    );

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === original, 10_000, () => `undo did not restore the text; line 6 is '${document.lineAt(6).text}'`);
    // netgov checks the restored text after its typing pause: the diagnostic comes back. (Waiting for it also
    // means no re-check is still pending when after() deletes the file.)
    await waitFor(
      () => api.service.lookup(uri)?.document?.text === original && vscode.languages.getDiagnostics(uri).some((d) => codeValue(d.code) === 'schema.unknown-field'),
      30_000,
      'the diagnostic did not come back after undo',
    );
  });
});
