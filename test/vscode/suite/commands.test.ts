// The authoring commands, driven through VS Code's command API with scripted
// answers (the `answers` argument), in the temporary workspace the harness opens.
// Every file a test creates is deleted afterwards, so that the other suites see
// the fixture as it was.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { NetworkEntry } from '../../../src/extension/network-service';
import { createFiles } from '../../../src/extension/commands/files';
import { planAction, planMeeting, planMember } from '../../../src/core/templates/plan';
import { localToday } from '../../../src/core/views/dates';
import { activate, waitFor, whenTrue } from './helpers';

const TODAY = localToday();
const decoder = new TextDecoder();

let api: NetworkApi;
let entry: NetworkEntry;
let networksBefore = 0;
/** Files the tests created (or wrote to simulate a clash), deleted in after(). */
const created: vscode.Uri[] = [];

function network(): NetworkEntry {
  // The service replaces its entries when it reloads; always use the current one.
  return api.service.networks().find((candidate) => candidate.root.toString() === entry.root.toString()) ?? entry;
}

/** Scripted answers, plus the network when the workspace holds several. */
function args(answers: Record<string, string | readonly string[] | true | null>): { answers: Record<string, unknown>; today: string } {
  return { answers: { network: entry.root.toString(), ...answers }, today: TODAY };
}

function uriIn(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(entry.root, ...parts);
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function run(command: string, ...commandArgs: unknown[]): Promise<vscode.Uri | undefined> {
  const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, ...commandArgs);
  if (result) created.push(result);
  return result;
}

/** Waits until the service has read a created document, so the next command sees it. */
async function indexed(uri: vscode.Uri): Promise<void> {
  await waitFor(() => api.service.lookup(uri)?.document, 15_000, `netgov did not pick up ${uri.path}`);
}

function relative(uri: vscode.Uri | undefined): string | undefined {
  return uri && posix.relative(entry.root.path, uri.path);
}

describe('authoring commands', () => {
  before(async () => {
    api = (await activate()) as NetworkApi;
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['netgov.newMember', 'netgov.proposeAction', 'netgov.recordMeeting', 'netgov.createMember', 'netgov.initNetwork', 'netgov.runChecks']) {
      assert.ok(commands.includes(id), `${id} is not registered: activate() must call registerCommands(context, service)`);
    }
    entry = api.service.networks()[0]!;
    assert.ok(entry, 'the workspace holds no network');
    networksBefore = api.service.networks().length;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Charters first: deleting a whole network folder is not (yet) noticed as the network going away.
    const charterFirst = [...created].sort((a, b) => Number(b.path.endsWith('/CHARTER.md')) - Number(a.path.endsWith('/CHARTER.md')));
    for (const uri of charterFirst) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    await whenTrue([api.service.onDidChange], () => created.every((uri) => !api.service.lookup(uri)?.document), 'netgov still holds documents the tests deleted');
    await waitFor(() => api.service.networks().length === networksBefore, 15_000, 'netgov still shows the network the tests deleted');
  });

  it('New member creates a page named after them, joined today, and opens it', async () => {
    const uri = await run('netgov.newMember', args({ name: 'Test Proposer', organisation: 'Test Trust' }));
    assert.equal(relative(uri), `${network().network.config.layout.members}/test-proposer.md`);
    const [planned] = planMember(network().network.root, network().network.config.layout, { name: 'Test Proposer', organisation: 'Test Trust', today: TODAY, existingIds: [] });
    assert.equal(await read(uri!), planned!.content);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri!.toString());
    await indexed(uri!);
    const owner = await run('netgov.newMember', args({ name: 'Test Owner', organisation: '' }));
    assert.match(await read(owner!), /^organisation: Not yet recorded$/m);
    await indexed(owner!);
  });

  it('Propose action creates <today>-<title> with the answers, and -2 for the same title the same day', async () => {
    const answers = { title: 'Shared referral form', owners: ['test-owner', 'test-proposer'], outcomes: [], proposedBy: 'test-proposer' };
    const first = await run('netgov.proposeAction', args(answers));
    const folder = network().network.config.layout.actions;
    assert.equal(relative(first), `${folder}/${TODAY}-shared-referral-form.md`);
    const [planned] = planAction(network().network.root, network().network.config.layout, {
      title: 'Shared referral form',
      proposedBy: 'test-proposer',
      owners: ['test-owner', 'test-proposer'],
      today: TODAY,
      existingIds: [],
    });
    const content = await read(first!);
    assert.equal(content, planned!.content);
    assert.match(content, /^proposed_by: test-proposer$/m);
    assert.match(content, new RegExp(`^proposed: ${TODAY}$`, 'm'));
    assert.match(content, /^status: proposed$/m);

    // At once, before the index has caught up: the folder on disk is read too.
    const second = await run('netgov.proposeAction', args(answers));
    assert.equal(relative(second), `${folder}/${TODAY}-shared-referral-form-2.md`);
    assert.equal(await read(first!), content, 'the first action was changed');
  });

  it('Propose action never overwrites a file that is there already', async () => {
    const folder = network().network.config.layout.actions;
    const target = uriIn(folder, `${TODAY}-pre-existing-target.md`);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('KEEP ME\n'));
    created.push(target);
    const uri = await run('netgov.proposeAction', args({ title: 'Pre-existing target', owners: [], outcomes: [], proposedBy: 'test-proposer' }));
    assert.equal(await read(target), 'KEEP ME\n');
    assert.equal(relative(uri), `${folder}/${TODAY}-pre-existing-target-2.md`);
  });

  it('offers the last proposer first', async () => {
    const uri = await run('netgov.proposeAction', args({ title: 'Remembered proposer', owners: [], outcomes: [], proposedBy: true }));
    assert.match(await read(uri!), /^proposed_by: test-proposer$/m);
  });

  it('writes nothing when a question is cancelled, and refuses a title with no letters or digits', async () => {
    const before = (await vscode.workspace.fs.readDirectory(uriIn(network().network.config.layout.actions))).length;
    assert.equal(await run('netgov.proposeAction', args({ title: 'Cancelled at owners', owners: null })), undefined);
    assert.equal(await run('netgov.proposeAction', args({ title: null })), undefined);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('netgov.proposeAction', args({ title: '!!!' }))), /no letters or digits/);
    assert.equal((await vscode.workspace.fs.readDirectory(uriIn(network().network.config.layout.actions))).length, before);
  });

  it('Record meeting creates <date>-<type>-meeting with the facilitator among the attendees', async () => {
    const uri = await run('netgov.recordMeeting', args({ date: TODAY, type: 'steering', facilitator: 'test-proposer', attendees: ['test-owner'] }));
    assert.equal(relative(uri), `${network().network.config.layout.meetings}/${TODAY}-steering-meeting.md`);
    const [planned] = planMeeting(network().network.root, network().network.config.layout, {
      date: TODAY,
      type: 'steering',
      facilitator: 'test-proposer',
      attendees: ['test-owner'],
      existingIds: [],
    });
    assert.equal(await read(uri!), planned!.content);
  });

  it('Record meeting offers only members who had joined by the date', async () => {
    const yesterday = new Date(Date.parse(`${TODAY}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    // The test members joined today.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('netgov.recordMeeting', args({ date: yesterday, type: 'network', facilitator: 'test-proposer' }))),
      /does not offer 'test-proposer'/,
    );
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('netgov.recordMeeting', args({ date: '27/11/2026' }))), /YYYY-MM-DD/);
  });

  it('Create member page (the quick fix) names the page after the id and refuses to overwrite it', async () => {
    const uri = await run('netgov.createMember', network().root.toString(), 'jo-bloggs-smith', { today: TODAY });
    assert.equal(relative(uri), `${network().network.config.layout.members}/jo-bloggs-smith.md`);
    const content = await read(uri!);
    assert.match(content, /^name: Jo Bloggs Smith$/m);
    assert.match(content, new RegExp(`^joined: ${TODAY}$`, 'm'));
    await vscode.workspace.fs.writeFile(uri!, new TextEncoder().encode('EDITED\n'));
    assert.equal(await run('netgov.createMember', network().root.toString(), 'jo-bloggs-smith', { today: TODAY }), undefined);
    assert.equal(await read(uri!), 'EDITED\n');
  });

  it('a workspace edit that creates files fails as a whole when one exists, creating none', async () => {
    // What createFiles relies on when a file appears between its check and its edit.
    const exists1 = uriIn('edit-test-existing.md');
    const fresh = uriIn('edit-test-fresh.md');
    await vscode.workspace.fs.writeFile(exists1, new TextEncoder().encode('OLD\n'));
    created.push(exists1, fresh);
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(fresh, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode('NEW\n') });
    edit.createFile(exists1, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode('NEW\n') });
    assert.equal(await vscode.workspace.applyEdit(edit), false);
    assert.equal(await read(exists1), 'OLD\n');
    assert.equal(await exists(fresh), false);

    const result = await createFiles(
      [
        { uri: fresh, content: 'NEW\n' },
        { uri: exists1, content: 'NEW\n' },
      ],
      'test',
    );
    assert.deepEqual(result.created ? [] : result.existing.map((uri) => uri.toString()), [exists1.toString()]);
    assert.equal(await exists(fresh), false);
  });

  it('Initialise network creates the charter, purpose, README and folders in one go, and refuses if any file exists', async () => {
    const folder = uriIn('test-new-network');
    created.push(folder);
    const readme = vscode.Uri.joinPath(folder, 'README.md');
    await vscode.workspace.fs.writeFile(readme, new TextEncoder().encode('MINE\n'));
    // The workspace holds a network already, so the command asks where: another folder.
    const answers = { answers: { folder: 'other-folder', otherFolder: folder.toString(), name: 'Test New Network' }, today: TODAY };
    assert.equal(await vscode.commands.executeCommand('netgov.initNetwork', answers), undefined);
    assert.equal(await read(readme), 'MINE\n');
    assert.equal(await exists(vscode.Uri.joinPath(folder, 'CHARTER.md')), false, 'CHARTER.md was created although README.md exists');

    await vscode.workspace.fs.delete(readme);
    const charter = await vscode.commands.executeCommand<vscode.Uri | undefined>('netgov.initNetwork', answers);
    assert.equal(charter?.toString(), vscode.Uri.joinPath(folder, 'CHARTER.md').toString());
    created.push(charter!);
    assert.match(await read(charter!), /^name: Test New Network$/m);
    assert.match(await read(charter!), new RegExp(`^established: ${TODAY}$`, 'm'));
    for (const file of ['PURPOSE.md', 'README.md', 'members/README.md', 'actions/README.md', 'meetings/README.md', 'pulses/README.md']) {
      assert.ok(await exists(vscode.Uri.joinPath(folder, file)), `${file} was not created`);
    }
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), charter!.toString());
    await waitFor(() => api.service.networks().some((candidate) => candidate.root.toString() === folder.toString()), 15_000, 'netgov did not find the new network');
  });
});
