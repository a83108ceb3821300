// Issue 7, item 6 (concurrency in the editor): a burst of edits, a "branch
// switch" that rewrites hundreds of files at once, and files deleted while
// they are being checked must each leave the editor's diagnostics exactly
// equal to a fresh full check by the CLI.
//
// The suite works on a network of its own, `concurrency-net/` (a copy of
// test/fixtures/networks/clean) inside the workspace, compares only that
// folder's diagnostics, and removes it at the end so that the suites which
// compare the whole workspace see the fixture as it was.
import assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import { localToday } from '../../../src/core/views/dates';
import { activate, cliDiagnostics, copyCleanNetwork, editorDiagnostics, removeCopiedNetwork, sleep, testLog, waitFor, type PrintedDiagnostic } from './helpers';

const TODAY = localToday();
const FOLDER = 'concurrency-net';

let api: NetworkApi;
let dir: string;
let root: vscode.Uri;
let autoSave: string | undefined;

/** The editor's diagnostics for files of the test network only. */
function editorNow(): PrintedDiagnostic[] {
  return editorDiagnostics(root).filter((d) => !d.file.startsWith('..'));
}

/**
 * Waits until the editor holds exactly what `netgov check` finds now, twice
 * in a row a second apart (a match seen once could be a moment in the middle
 * of an update), then asserts it, so a failure prints the difference.
 */
async function settlesToCli(what: string, timeoutMs = 120_000): Promise<PrintedDiagnostic[]> {
  const started = Date.now();
  let expected: PrintedDiagnostic[] = [];
  let matches = 0;
  await waitFor(
    async () => {
      expected = cliDiagnostics(dir);
      const same = JSON.stringify(editorNow()) === JSON.stringify(expected);
      matches = same ? matches + 1 : 0;
      if (matches === 1) await sleep(1000);
      return matches >= 2;
    },
    timeoutMs,
    () => `${what}: the editor's ${editorNow().length} diagnostics never matched the CLI's ${expected.length}`,
  ).catch(() => undefined);
  assert.deepEqual(editorNow(), cliDiagnostics(dir), what);
  testLog(`      ${what}: equal to the CLI (${expected.length} diagnostics) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return expected;
}

function member(id: string, joined = '2026-01-01'): string {
  return `---\nname: ${id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')}\norganisation: Concurrency Test Trust\njoined: ${joined}\n---\n`;
}

function action(title: string, proposer: string, owners: readonly string[]): string {
  return [
    '---',
    `title: ${title}`,
    'status: proposed',
    `proposed_by: ${proposer}`,
    `proposed: ${TODAY}`,
    `owners: [${owners.join(', ')}]`,
    '---',
    '',
    '## Proposal',
    '',
    `${title}.`,
    '',
    '## Expected impact',
    '',
    'None: a concurrency test made it.',
    '',
  ].join('\n');
}

function path(...parts: string[]): string {
  return join(dir, ...parts);
}

describe('concurrency in the editor', () => {
  before(async () => {
    api = (await activate()) as NetworkApi;
    // VS Code's web client saves after a delay by default: the burst is saved when the test says so.
    autoSave = vscode.workspace.getConfiguration('files').inspect<string>('autoSave')?.workspaceValue;
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    ({ dir, root } = copyCleanNetwork(FOLDER));
    await waitFor(() => api.service.networks().some((entry) => entry.root.path === root.path), 60_000, 'netgov did not find the copied network');
    await settlesToCli('the copied network');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revertAll').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The reverts' text changes reach netgov before the commands return: wait until they have been applied.
    await waitFor(() => api.service.pendingEdits() === 0, 60_000, 'netgov still has edits waiting for the typing to pause');
    await removeCopiedNetwork(api, dir);
    await vscode.workspace.getConfiguration('files').update('autoSave', autoSave, vscode.ConfigurationTarget.Workspace);
  });

  it('a burst of 50 edits to open documents, then save: the editor equals a fresh check', async () => {
    const files = ['members/ama-mensah.md', 'members/ben-okoro.md', 'members/lena-fischer.md', 'actions/2026-10-02-review-template.md', 'actions/2026-11-20-parent-survey.md'];
    const documents = await Promise.all(files.map((file) => vscode.workspace.openTextDocument(vscode.Uri.file(path(file)))));
    for (const document of documents) await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true });
    for (let i = 0; i < 50; i++) {
      const document = documents[i % documents.length]!;
      const edit = new vscode.WorkspaceEdit();
      switch (i % 3) {
        case 0: // an unknown field in the frontmatter
          edit.insert(document.uri, new vscode.Position(1, 0), `concurrency_${i}: ${i}\n`);
          break;
        case 1: // a field gone (the first line of the frontmatter, while there is one)
          if (document.lineAt(1).text !== '---') edit.delete(document.uri, document.lineAt(1).rangeIncludingLineBreak);
          break;
        default: // text in the body
          edit.insert(document.uri, new vscode.Position(document.lineCount, 0), `\nEdit ${i}.\n`);
      }
      // No pause between edits: each lands inside netgov's typing pause after the last.
      assert.ok(await vscode.workspace.applyEdit(edit), `edit ${i} failed`);
    }
    // The editor checks the unsaved text; the CLI reads the disk: save, then both see the same. (Only these
    // documents: saveAll also tries documents other suites left behind, and fails on those.)
    for (const document of documents) assert.ok(await document.save(), `could not save ${document.uri.path}`);
    const found = await settlesToCli('after 50 edits and a save');
    assert.ok(found.some((d) => d.code === 'schema.unknown-field'), 'the edits should have left unknown fields');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a "branch switch" writing 200+ files at once (new, changed and deleted): the editor equals a fresh check', async () => {
    const before = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) {
      const id = `switched-member-${i}`;
      ids.push(id);
      writeFileSync(path('members', `${id}.md`), member(id, i % 10 === 0 ? '2099-01-01' : '2026-01-01'));
    }
    for (let i = 0; i < 60; i++) {
      // Owners that exist, and every fifth a member who does not: broken references.
      const owners = [ids[i]!, ...(i % 5 === 0 ? [`missing-member-${i}`] : [])];
      writeFileSync(path('actions', `${TODAY}-switched-action-${i}.md`), action(`Switched action ${i}`, ids[i + 1]!, owners));
    }
    // Existing documents change: every action now also names a member the switch deletes.
    for (const file of ['2026-08-01-texting-service.md', '2026-09-15-school-inhaler-audit.md', '2026-10-02-review-template.md', '2026-11-20-parent-survey.md']) {
      const text = readFileSync(path('actions', file), 'utf8');
      writeFileSync(path('actions', file), text.replace(/^title: (.*)$/m, 'title: $1 (switched)\nowners: [mo-rahman, switched-member-3]').replace(/^owners: .*\n(?=[\s\S]*^owners:)/m, ''));
    }
    unlinkSync(path('members', 'mo-rahman.md'));
    unlinkSync(path('members', 'priya-shah.md'));
    testLog(`      wrote 214 files and deleted 2 in ${Date.now() - before} ms`);
    const found = await settlesToCli('after the branch switch');
    assert.ok(found.length > 0, 'the switch should have broken some references');
  });

  it('files written and deleted while a full re-check reads the folders: the editor equals a fresh check', async () => {
    // A full re-check (a reload after a branch switch, the "check all" command) lists the folders first and
    // installs what it read at the end: files written in between must not be lost when it does.
    const recheck = api.service.recheckAll();
    let done = false;
    void recheck.then(() => (done = true), () => (done = true));
    let wave = 0;
    for (; wave < 60 && !done; wave++) {
      writeFileSync(path('members', `mid-load-${wave}.md`), member(`mid-load-${wave}`));
      writeFileSync(path('actions', `${TODAY}-mid-load-${wave}.md`), action(`Mid-load action ${wave}`, `mid-load-${wave}`, [`mid-load-${wave}`, `missing-mid-load-${wave}`]));
      if (wave > 0 && wave % 3 === 0) unlinkSync(path('members', `mid-load-${wave - 1}.md`));
      // Spread the waves over the re-check, so that the watcher reports some of them while it runs.
      await sleep(25);
    }
    await recheck;
    testLog(`      ${wave} waves of writes while the re-check ran`);
    const found = await settlesToCli('after files written during a full re-check');
    assert.ok(found.some((d) => d.file.includes('mid-load') && d.code === 'ref.unknown-member'), 'the actions written mid-check name members who do not exist');
  });

  it('files deleted while they are being checked: the editor equals a fresh check', async () => {
    for (let round = 0; round < 3; round++) {
      const made: string[] = [];
      for (let i = 0; i < 40; i++) {
        const file = path('members', `short-lived-${round}-${i}.md`);
        writeFileSync(file, member(`short-lived-${round}-${i}`));
        made.push(file);
      }
      // Round 0 deletes at once; later rounds inside the watcher's and the typing pause's windows.
      if (round > 0) await sleep(round * 150);
      for (const file of made.filter((_, i) => i % 4 !== 0)) unlinkSync(file);
      // And some of the branch switch's files go too, mid-check of the new ones.
      for (let i = round * 10; i < round * 10 + 10; i++) unlinkSync(path('members', `switched-member-${i}.md`));
    }
    await settlesToCli('after creating 120 files and deleting most of them at once');
  });
});
