// The network's own health checklist (`health.checklist` in netgov.yml) in the
// editor: its problems are shown where they are, as `netgov check` reports
// them, and the health findings are measured by it; an edit to the file is
// picked up without a reload of the window. Every wait is on a condition.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { HealthPanel } from '../../../src/extension/health-panel';
import { activate, cliDiagnostics, copyCleanNetwork, editorDiagnostics, removeCopiedNetwork, waitFor } from './helpers';

const FOLDER = 'checklist-in-the-editor';

describe('the network\'s own checklist in the editor', () => {
  let api: NetworkApi;
  let dir: string;
  let root: vscode.Uri;
  // The workspace's other networks are not this test's.
  const mine = () => editorDiagnostics(root).filter((d) => !d.file.startsWith('..'));
  const entry = () => api.service.networks().find((e) => e.root.path === root.path);
  const settled = async (what: string): Promise<void> => {
    let expected = cliDiagnostics(dir);
    await waitFor(() => JSON.stringify(mine()) === JSON.stringify((expected = cliDiagnostics(dir))), 60_000, () => `${what}: the editor's ${mine().length} diagnostics never matched the CLI's ${expected.length}`);
  };

  before(async () => {
    api = (await activate()) as NetworkApi;
    ({ dir, root } = copyCleanNetwork(FOLDER));
    writeFileSync(join(dir, 'netgov.yml'), `${readFileSync(join(dir, 'netgov.yml'), 'utf8').trimEnd()}\nhealth:\n  checklist: our-checklist.yml\n`);
    writeFileSync(join(dir, 'our-checklist.yml'), ['id: ours', 'items:', '  - id: outcomes-measurable', '    indicator:', '      thresholds: { healthy: 0.95 }', '  - id: outcomes-measurable', '    title: The same id again', ''].join('\n'));
    await waitFor(() => entry(), 60_000, 'netgov did not find the copied network');
  });

  after(() => removeCopiedNetwork(api, dir));

  it('shows the checklist file\'s problems where `netgov check` reports them, and measures health by it', async () => {
    await settled('the copied network');
    const shown = mine().filter((d) => d.code.startsWith('checklist.'));
    assert.deepEqual(shown.map((d) => [d.file, d.line, d.code]), [['our-checklist.yml', 6, 'checklist.duplicate-id']]);
    assert.equal(entry()?.checklist.id, 'ours');
    // The health panel says so too, beside the checklist's name.
    const panel = await vscode.commands.executeCommand<HealthPanel>('netgov.showHealth', { network: root.toString() });
    assert.ok(panel, 'netgov.showHealth returned no panel');
    try {
      await waitFor(() => panel.shownMain()?.includes('checklist-problems'), 60_000, 'the panel never said the checklist has problems');
      assert.match(panel.shownMain() ?? '', /The network's checklist \(our-checklist\.yml\) has 1 problem: the items concerned are left out and the built-in ones stand\./);
    } finally {
      panel.dispose();
    }
  });

  it('picks up a corrected checklist file: its problem goes, and its thresholds are the ones health uses', async () => {
    writeFileSync(join(dir, 'our-checklist.yml'), ['id: ours-corrected', 'items:', '  - id: outcomes-measurable', '    indicator:', '      thresholds: { healthy: 0.9 }', ''].join('\n'));
    await waitFor(() => entry()?.checklist.id === 'ours-corrected', 60_000, () => `the checklist read is still ${entry()?.checklist.id}`);
    await settled('after correcting the checklist');
    assert.deepEqual(mine().filter((d) => d.code.startsWith('checklist.')), []);
    const item = entry()?.checklist.items.find((i) => i.id === 'outcomes-measurable');
    assert.equal(item?.type === 'indicator' && item.indicator.thresholds.healthy, 0.9);
  });
});
