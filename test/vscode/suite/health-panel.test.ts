// The health panel in the kitchen-sink fixture: "Network: Show health" opens
// one panel per network, the panel acts only on messages that pass its
// checks, the export writes a page with no script, and the serializer that
// restores panels after a restart is registered.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { HealthPanel } from '../../../src/extension/health-panel';
import type { NetworkEntry } from '../../../src/extension/network-service';
import { networkName } from '../../../src/core/views/outline';
import { addDays, localToday } from '../../../src/core/views/dates';
import { activate, waitFor, workspaceRoot } from './helpers';

describe('Health panel', () => {
  let api: NetworkApi;
  let entry: NetworkEntry;
  let panel: HealthPanel;
  const outside: string[] = [];

  before(async () => {
    api = (await activate()) as NetworkApi;
    entry = api.service.networks().find((candidate) => candidate.root.toString() === workspaceRoot().toString()) ?? api.service.networks()[0]!;
  });

  after(async () => {
    panel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of outside) rmSync(dir, { recursive: true, force: true });
  });

  async function closeEditors(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => vscode.window.visibleTextEditors.length === 0, 10_000, 'the editors did not close');
  }

  /** A document of the network, as the core names it (an absolute '/' path). */
  function memberPath(): string {
    const found = [...api.service.networks()[0]!.network.documents].find((document) => document.kind === 'member');
    assert.ok(found, 'the fixture has no member page');
    return found.path;
  }

  it('opens a panel titled for the network, and reveals the same one the second time', async () => {
    panel = (await vscode.commands.executeCommand<HealthPanel>('netgov.showHealth', { network: entry.root.toString() }))!;
    assert.ok(panel, 'netgov.showHealth returned no panel');
    assert.equal(panel.panel.title, `Health: ${networkName(entry.network)}`);
    assert.equal(panel.panel.viewType, 'netgov.health');
    const html = panel.panel.webview.html;
    assert.match(html, /<main id="health-main">/);
    // Dates are written in VS Code's display language (`en` writes them the American way).
    if (vscode.env.language === 'en') assert.match(html, /Health as of <time datetime="\d{4}-\d{2}-\d{2}">[A-Z][a-z]{2} \d{1,2}, \d{4}<\/time>/);
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /script-src 'nonce-/);
    const roots = panel.panel.webview.options.localResourceRoots ?? [];
    assert.deepEqual(
      roots.map((uri) => uri.path.split('/').slice(-1)[0]),
      ['dist'],
      'the webview may read only the extension dist folder',
    );
    const again = await vscode.commands.executeCommand<HealthPanel>('netgov.showHealth', { network: entry.root.toString() });
    assert.equal(again, panel, 'a second Show health opened another panel for the same network');
  });

  it('ignores messages that do not pass its checks: nothing opens', async () => {
    await closeEditors();
    const outsideFile = join(tmpdir(), 'not-a-network', 'secret.md');
    const bad: unknown[] = [
      null,
      'open',
      42,
      { type: 'open' },
      { type: 'open', file: memberPath(), line: -1 },
      { type: 'open', file: memberPath(), line: 1.5 },
      { type: 'open', file: memberPath(), line: '3' },
      { type: 'open', file: 7, line: 0 },
      { type: 'open', file: outsideFile, line: 0 },
      { type: 'open', file: '/etc/passwd', line: 0 },
      { type: 'open', file: 'members/relative.md', line: 0 },
      { type: 'open', file: `${entry.root.path}/../outside.md`, line: 0 },
      { type: 'asOf', date: 'yesterday' },
      { type: 'asOf', date: '2026-02-30' },
      { type: 'asOf', date: addDays(localToday(), 1) },
      { type: 'run', command: 'workbench.action.terminal.new' },
      { type: '__proto__' },
    ];
    for (const message of bad) {
      assert.equal(await panel.handleMessage(message), 'ignored', `accepted ${JSON.stringify(message)}`);
    }
    assert.equal(vscode.window.visibleTextEditors.length, 0, 'a refused message opened an editor');
    assert.equal(panel.day(), localToday(), 'a refused date changed the day shown');
  });

  it('opens the file at the line for a valid open message', async () => {
    await closeEditors();
    const file = memberPath();
    assert.equal(await panel.handleMessage({ type: 'open', file, line: 2 }), 'opened');
    // The evidence opens beside the panel with the focus kept on the panel, so it is visible, not active.
    const editor = await waitFor(() => vscode.window.visibleTextEditors.find((shown) => shown.document.uri.path === file), 10_000, 'no editor opened');
    assert.equal(editor.selection.active.line, 2);
  });

  it('re-measures for a past as-of date and keeps it in its state', async () => {
    // Closing the editors above closed the panel too.
    panel = (await vscode.commands.executeCommand<HealthPanel>('netgov.showHealth', { network: entry.root.toString() }))!;
    const past = addDays(localToday(), -30);
    assert.equal(await panel.handleMessage({ type: 'asOf', date: past }), 're-dated');
    assert.equal(panel.day(), past);
    assert.deepEqual(panel.state(), { root: entry.root.toString(), asOf: past });
    assert.equal(await panel.handleMessage({ type: 'asOf', date: localToday() }), 're-dated');
    assert.deepEqual(panel.state(), { root: entry.root.toString() });
  });

  it('anonymises on the Anonymise message, keeps it in its state, and names members again when it is turned off', async () => {
    const names = [...entry.network.ofKind('member').values()].flatMap((page) => (typeof page.data?.name === 'string' && page.data.name.trim() !== '' ? [page.data.name.trim()] : []));
    const memberPages = new Set([...entry.network.ofKind('member').values()].map((page) => page.path));
    const shown = (): string => panel.shownMain() ?? '';
    const named = shown();
    assert.notDeepEqual(names.filter((name) => named.includes(name)), [], 'the named panel shows no member name: the test would prove nothing');
    assert.doesNotMatch(named, /anonymised-line/);

    assert.equal(await panel.handleMessage({ type: 'anonymise', anonymise: 'yes' }), 'ignored');
    assert.equal(panel.anonymised(), false);
    assert.equal(await panel.handleMessage({ type: 'anonymise', anonymise: true }), 'anonymised');
    assert.deepEqual(panel.state(), { root: entry.root.toString(), anonymise: true });
    const anonymised = shown();
    assert.deepEqual(names.filter((name) => anonymised.includes(name)), []);
    assert.ok(anonymised.startsWith('<p class="anonymised-line" id="anonymised-line">Anonymised: members are shown as '), anonymised.slice(0, 200));
    assert.match(anonymised, /Member \d+/);
    // Evidence still opens in the editor, except a member's page, which would name them.
    const files = [...anonymised.matchAll(/data-file="([^"]*)"/g)].map((match) => match[1]!);
    assert.notDeepEqual(files, [], 'the anonymised panel opens no evidence at all');
    assert.deepEqual(files.filter((file) => !file.startsWith('/') || memberPages.has(file)), []);
    assert.equal(await panel.handleMessage({ type: 'open', file: files[0]!, line: 0 }), 'opened');
    // Hidden, the page is dropped and comes back from its HTML: painted again anonymised, so that no name shows on the way back.
    assert.ok(names.some((name) => panel.panel.webview.html.includes(name)), 'the page was first painted with names: the test would prove nothing');
    await vscode.window.showTextDocument(api.service.uriOf(entry, files[0]!), { viewColumn: panel.panel.viewColumn, preview: false });
    await waitFor(() => !panel.panel.visible && panel.panel.webview.html.includes('id="anonymised-line"'), 10_000, 'the hidden page was not painted again anonymised');
    assert.deepEqual(names.filter((name) => panel.panel.webview.html.includes(name)), []);
    assert.match(panel.panel.webview.html, /<input type="checkbox" id="anonymise" checked/);
    panel.panel.reveal();
    await waitFor(() => panel.panel.visible, 10_000, 'the panel did not come back into view');

    assert.equal(await panel.handleMessage({ type: 'anonymise', anonymise: false }), 'named');
    assert.deepEqual(panel.state(), { root: entry.root.toString() });
    const again = shown();
    assert.deepEqual(names.filter((name) => again.includes(name)), names.filter((name) => named.includes(name)));
    assert.doesNotMatch(again, /anonymised-line/);
  });

  it('exports a self-contained report with no script, naming the network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netgov-export-'));
    outside.push(dir);
    const target = vscode.Uri.file(join(dir, 'report.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('netgov.exportHealthReport', { network: entry.root.toString(), target: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const html = readFileSync(target.fsPath, 'utf8');
    assert.doesNotMatch(html, /<script/i);
    assert.ok(html.includes(networkName(entry.network)), 'the report does not name the network');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  });

  it('exports an anonymised report when asked: no member name or id in it, where the named one has them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netgov-export-'));
    outside.push(dir);
    const names = [...entry.network.ofKind('member').values()].flatMap((page) => [page.id, ...(typeof page.data?.name === 'string' ? [page.data.name] : [])]);
    const exported = async (file: string, anonymise: boolean): Promise<string> => {
      const target = vscode.Uri.file(join(dir, file));
      await vscode.commands.executeCommand<vscode.Uri>('netgov.exportHealthReport', { network: entry.root.toString(), target: target.toString(), anonymise });
      return readFileSync(target.fsPath, 'utf8');
    };
    const named = await exported('named.html', false);
    assert.notDeepEqual(names.filter((name) => named.includes(name)), []);
    const anonymised = await exported('anonymised.html', true);
    assert.deepEqual(names.filter((name) => anonymised.includes(name)), []);
    assert.match(anonymised, /Member \d+/);
  });

  it('registers the serializer that restores panels after a restart', () => {
    // VS Code allows one serializer per view type: a second registration fails only when netgov's is in place.
    assert.throws(() => vscode.window.registerWebviewPanelSerializer('netgov.health', { deserializeWebviewPanel: async () => undefined }), /already registered/);
  });
});
