// The lifecycle commands (Record decision, Mark action done, Hand over role),
// driven through VS Code's command API with scripted answers in the
// kitchen-sink workspace. They apply the core's edits (src/core/lifecycle.ts,
// the same as `netgov decide` and `netgov done`) as one workspace edit. The
// proposal the tests decide is created here and deleted afterwards, and the
// meeting record they add it to is put back byte for byte, so the other
// suites see the fixture as it was.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { NetworkEntry } from '../../../src/extension/network-service';
import { localToday } from '../../../src/core/views/dates';
import { activate, waitFor } from './helpers';

const TODAY = localToday();
const decoder = new TextDecoder();
const encoder = new TextEncoder();

const ACTION_ID = '2026-01-04-lifecycle-test';
const MEETING_ID = '2026-01-05-meeting';
const PROPOSAL = ['---', 'title: Lifecycle test', 'status: proposed # decided on 5 January', 'proposed_by: amara-okafor', 'proposed: 2026-01-04', 'owners: [amara-okafor]', '---', '## Proposal', 'Test.', ''].join('\n');

let api: NetworkApi;
let entry: NetworkEntry;
let action: vscode.Uri;
let meeting: vscode.Uri;
let meetingBefore: Uint8Array;
let successor: vscode.Uri;
let amara: vscode.Uri;
let amaraBefore: Uint8Array;
const SUCCESSOR = ['---', 'name: Lifecycle Successor', 'organisation: Northgate', 'joined: 2024-01-01', '---', ''].join('\n');

function args(answers: Record<string, string | readonly string[] | true | null>): { answers: Record<string, unknown>; today: string } {
  return { answers: { network: entry.root.toString(), ...answers }, today: TODAY };
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** The status the service holds for the test action, once it has read the file. */
function indexedStatus(): unknown {
  return api.service.lookup(action)?.document?.data?.status;
}

describe('lifecycle commands', () => {
  before(async () => {
    api = (await activate()) as NetworkApi;
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['netgov.decideAction', 'netgov.handover', 'netgov.markDone']) {
      assert.ok(commands.includes(id), `${id} is not registered: registerCommands must register it`);
    }
    entry = api.service.networks()[0]!;
    assert.ok(entry, 'the workspace holds no network');
    const layout = entry.network.config.layout;
    action = vscode.Uri.joinPath(entry.root, layout.actions, `${ACTION_ID}.md`);
    meeting = vscode.Uri.joinPath(entry.root, layout.meetings, `${MEETING_ID}.md`);
    meetingBefore = await vscode.workspace.fs.readFile(meeting);
    successor = vscode.Uri.joinPath(entry.root, layout.members, 'lifecycle-successor.md');
    amara = vscode.Uri.joinPath(entry.root, layout.members, 'amara-okafor.md');
    amaraBefore = await vscode.workspace.fs.readFile(amara);
    await vscode.workspace.fs.writeFile(action, encoder.encode(PROPOSAL));
    await vscode.workspace.fs.writeFile(successor, encoder.encode(SUCCESSOR));
    await waitFor(() => indexedStatus() === 'proposed', 15_000, 'netgov did not pick up the test proposal');
    await waitFor(() => api.service.lookup(successor)?.document !== undefined, 15_000, 'netgov did not pick up the test member');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(action).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(successor).then(undefined, () => undefined);
    await vscode.workspace.fs.writeFile(meeting, meetingBefore);
    await vscode.workspace.fs.writeFile(amara, amaraBefore);
    await waitFor(() => !api.service.lookup(action)?.document && !api.service.lookup(successor)?.document, 15_000, 'netgov still holds the test documents');
  });

  it('writes nothing when a question is cancelled', async () => {
    assert.equal(await vscode.commands.executeCommand('netgov.decideAction', args({ action: ACTION_ID, via: MEETING_ID, result: null })), undefined);
    assert.equal(await read(action), PROPOSAL);
    assert.deepEqual(await vscode.workspace.fs.readFile(meeting), meetingBefore);
  });

  it('Record decision writes the decision and the status, and lists the action in the meeting record, as one edit', async () => {
    const changed = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('netgov.decideAction', args({ action: ACTION_ID, via: MEETING_ID, result: 'agreed' }));
    assert.deepEqual(
      changed?.map((uri) => uri.toString()),
      [action.toString(), meeting.toString()],
    );
    assert.equal(
      await read(action),
      ['---', 'title: Lifecycle test', 'status: agreed # decided on 5 January', 'proposed_by: amara-okafor', 'proposed: 2026-01-04', 'owners: [amara-okafor]', 'decision:', '  date: 2026-01-05', `  via: ${MEETING_ID}`, '  result: agreed', '---', '## Proposal', 'Test.', ''].join('\n'),
    );
    const before = decoder.decode(meetingBefore);
    const after = await read(meeting);
    // After its last field (the fixture's stray `kind: action`), and nothing else changes.
    assert.equal(after, before.replace(/^(kind: action)$/m, `$1\ndecisions: [${ACTION_ID}]`), 'the meeting gains one line and nothing else changes');
    for (const uri of [action, meeting]) {
      const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
      assert.equal(document?.isDirty ?? false, false, `${uri.path} was saved`);
    }
    await waitFor(() => indexedStatus() === 'agreed', 15_000, 'netgov did not pick up the decision');
  });

  it('refuses an action decided already, changing nothing', async () => {
    // The proposal is no longer offered: with no other proposal the command says so and stops; with others, a scripted answer naming it is a mistake in the script.
    const before = await read(action);
    const outcome = await Promise.resolve(vscode.commands.executeCommand('netgov.decideAction', args({ action: ACTION_ID, via: MEETING_ID, result: 'agreed' }))).then(
      (result) => result,
      (error: unknown) => error,
    );
    assert.ok(outcome === undefined || /does not offer '2026-01-04-lifecycle-test'/.test(String(outcome)), String(outcome));
    assert.equal(await read(action), before);
  });

  it('Mark action done sets the status, the completion date and the impact', async () => {
    const changed = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('netgov.markDone', args({ action: ACTION_ID, impact: 'Forms reach the team in 2 days, not 9.', date: '2026-01-06' }));
    assert.deepEqual(
      changed?.map((uri) => uri.toString()),
      [action.toString()],
    );
    const text = await read(action);
    assert.match(text, /^status: done # decided on 5 January$/m);
    assert.match(text, /^ {2}result: agreed\ncompleted: 2026-01-06\nimpact: Forms reach the team in 2 days, not 9\.\n---$/m);
  });

  it('Hand over role starts the successor\'s term for the charter\'s 24 months, the day after the last one ends, and leaves the outgoing page as it is', async () => {
    // As of 15 Jan 2025 Amara Okafor leads until 31 Jan 2025 (the fixture's charter: term_months 24).
    const changed = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('netgov.handover', {
      answers: { network: entry.root.toString(), term: 'amara-okafor|lead|', to: 'lifecycle-successor', date: '2025-02-01' },
      today: '2025-01-15',
    });
    assert.deepEqual(
      changed?.map((uri) => uri.toString()),
      [successor.toString()],
    );
    assert.equal(await read(successor), SUCCESSOR.replace('joined: 2024-01-01\n', 'joined: 2024-01-01\nroles:\n  - role: lead\n    from: 2025-02-01\n    until: 2027-01-31\n'));
    assert.deepEqual(await vscode.workspace.fs.readFile(amara), amaraBefore, 'her term already ends the day before');
  });
});
