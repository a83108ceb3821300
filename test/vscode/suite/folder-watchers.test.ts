// VS Code's recursive workspace watcher can be silent about a folder: one
// created with its contents at once may get no watch of its own (a CI run lost
// every event in a copied network's actions/ this way), and files.watcherExclude
// silences folders on purpose. In the desktop extension host netgov also watches
// each folder a network is read from with Node's own watcher
// (WorkspaceNetworks.watchNetworkFolders), so it sees those files.
//
// The race cannot be provoked on demand; the exclusion can. The workspace
// settings (test/harness/temp.ts) exclude `watcher-excluded-net/actions/**`
// from VS Code's watcher: an action written, changed and deleted there on disk
// reaches netgov only through its own watcher. (VS Code's non-recursive
// watchers would not do: inside the workspace they report only what
// files.watcherExclude excludes, and not even that for a pattern like this one.)
import assert from 'node:assert/strict';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import { localToday } from '../../../src/core/views/dates';
import { activate, cliDiagnostics, copyCleanNetwork, editorDiagnostics, removeCopiedNetwork, waitFor, type PrintedDiagnostic } from './helpers';

const FOLDER = 'watcher-excluded-net';
const TODAY = localToday();

describe('files VS Code’s workspace watcher does not report', () => {
  let api: NetworkApi;
  let dir: string;
  let root: vscode.Uri;

  const found = (): boolean => api.service.networks().some((entry) => entry.root.path === root.path);
  const editorNow = (): PrintedDiagnostic[] => editorDiagnostics(root).filter((d) => !d.file.startsWith('..'));
  const actionFile = (): string => join(dir, 'actions', `${TODAY}-written-on-disk.md`);
  const action = (owner: string): string =>
    ['---', 'title: Written on disk', 'status: proposed', 'proposed_by: ama-mensah', `proposed: ${TODAY}`, `owners: [${owner}]`, '---', '', '## Proposal', '', 'Written outside the editor.', '', '## Expected impact', '', 'None.', ''].join('\n');

  /** Waits until the editor shows what `netgov check` finds on disk now, then asserts it, so a failure prints the difference. */
  async function sameAsCli(what: string): Promise<PrintedDiagnostic[]> {
    const same = (): boolean => JSON.stringify(editorNow()) === JSON.stringify(cliDiagnostics(dir));
    await waitFor(same, 60_000, what).catch(() => undefined);
    const expected = cliDiagnostics(dir);
    assert.deepEqual(editorNow(), expected, what);
    return expected;
  }

  before(async () => {
    api = (await activate()) as NetworkApi;
    ({ dir, root } = copyCleanNetwork(FOLDER));
    await waitFor(found, 60_000, 'netgov did not find the copied network');
    await sameAsCli('the copied network');
    // netgov's own watchers begin just after a full check; a file written before they do is caught up
    // with then, but the test writes where only they look, so it waits for them.
    await api.service.foldersWatched();
  });

  after(() => removeCopiedNetwork(api, dir));

  it('an action written, changed and deleted on disk in a folder files.watcherExclude hides: the editor follows each step', async () => {
    const file = vscode.Uri.file(actionFile());
    const unknownOwner = (): boolean => editorNow().some((d) => d.file === `actions/${TODAY}-written-on-disk.md` && d.code === 'ref.unknown-member');

    writeFileSync(actionFile(), action('nobody-here'));
    await waitFor(unknownOwner, 60_000, `the action written in ${FOLDER}/actions never got its ref.unknown-member diagnostic`);
    const written = await sameAsCli('after writing the action');
    assert.ok(written.some((d) => d.code === 'ref.unknown-member'), 'the CLI should report the unknown owner too');

    writeFileSync(actionFile(), action('ben-okoro'));
    await waitFor(() => !unknownOwner(), 60_000, 'the owner was corrected on disk, yet the editor still reports an unknown member');
    await sameAsCli('after correcting the owner');

    writeFileSync(actionFile(), action('still-nobody'));
    await waitFor(unknownOwner, 60_000, 'the owner was broken again on disk, and the editor did not see it');
    unlinkSync(actionFile());
    await waitFor(() => vscode.languages.getDiagnostics(file).length === 0, 60_000, 'the deleted action kept its diagnostics');
    await sameAsCli('after deleting the action');
  });
});
