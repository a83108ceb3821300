// UI test: the packaged extension (out/netgov.vsix) in a real VS Code, seen as
// a person sees it. Opens a copy of the example network with one member page
// broken on purpose and checks what the workbench shows. Screenshots go to
// test-results/ui/ (one per step, and one of any failure).
//
// Each `it` is one check on the same window, in order; add checks (the Network
// view, the status bar) as further `it`s, using the helpers in workbench.ts.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../harness/vscode-server';
import { STARTUP_TIMEOUT_MS, VscodeUi, oneWindow } from './workbench';

const EXAMPLE = 'examples/north-east-frailty-network';
/** The deliberate mistake: an unknown frontmatter field on line 2 of one member page. */
const BROKEN_FILE = 'members/amara-okafor.md';
const BROKEN_CODE = 'schema.unknown-field';

describe('netgov in VS Code (UI)', function () {
  this.timeout(300_000);
  const vscode = oneWindow('', () =>
    VscodeUi.open({
      fixture: EXAMPLE,
      prepare(workspace) {
        const file = join(workspace, BROKEN_FILE);
        const text = readFileSync(file, 'utf8');
        assert.ok(text.startsWith('---\n'), `${BROKEN_FILE} does not start with frontmatter`);
        writeFileSync(file, text.replace('---\n', '---\nfavourite_colour: teal\n'));
      },
    }));

  it('loads the workbench with the example network open', async () => {
    const page = vscode().page;
    await page.locator('.part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    // The Explorer lists the folder's files once the remote file system answers.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'CHARTER.md' }).waitFor({ state: 'visible', timeout: 120_000 });
    assert.match(await vscode().workspaceTitle(), /north-east-frailty-network/);
    await vscode().screenshot('01-workbench');
  });

  it('activates netgov: the Problems panel lists the broken file with its code', async () => {
    const panel = await vscode().openProblems();
    assert.ok(await panel.isVisible());
    const row = await vscode().waitForProblem(['favourite_colour', BROKEN_CODE]);
    assert.match(row, /is not a field in a member document/);
    const rows = await vscode().problemRows();
    assert.ok(
      rows.some((text) => text.includes('amara-okafor.md')),
      `the Problems panel does not name ${BROKEN_FILE}: ${JSON.stringify(rows)}`,
    );
    await vscode().screenshot('02-problems');
  });

  it("shows the network's name and its problem count in the status bar", async () => {
    const { text, label } = await vscode().statusBarItem('netgov:');
    assert.match(text, /North East Frailty/, `status bar item text: ${text}`);
    assert.match(label, /\b1 error\b/, `status bar item label: ${label}`);
    // One count: the health findings the Problems view lists as information are counted too, apart.
    assert.match(label, /\b\d+ health findings?\b/, `status bar item label: ${label}`);
  });

  it('shows the Network view with the members and actions', async () => {
    await vscode().openActivity('Network');
    let rows: string[] = [];
    await waitFor(
      async () => {
        rows = await vscode().sideBarRows();
        // Only the rows in sight are rendered: the top of the tree is.
        return rows.some((row) => row.startsWith('Members')) && rows.some((row) => row.includes('Amara Okafor'));
      },
      60_000,
      () => `the Network view shows ${JSON.stringify(rows)}`,
      500,
    );
    await vscode().screenshot('03-network-view');
    // The example's members fill the view: folding them brings the actions into sight.
    await vscode().page.locator('.part.sidebar .monaco-list-row').first().click();
    await waitFor(
      async () => {
        rows = await vscode().sideBarRows();
        return rows.some((row) => row.startsWith('Actions'));
      },
      30_000,
      () => `with the members folded, the Network view shows ${JSON.stringify(rows)}`,
      500,
    );
    await vscode().screenshot('04-network-view-actions');
  });

  it('opens the walkthrough from checking the network this workspace holds, not from initialising one', async () => {
    const page = vscode().page;
    await vscode().runCommand('Welcome: Open Walkthrough...');
    const choice = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Govern your network as docs-as-code' }).first();
    await choice.waitFor({ state: 'visible', timeout: 30_000 });
    await choice.click();
    const steps = page.locator('.gettingStartedContainer .getting-started-step');
    const expected = ['Check your network', 'Read the diagnostics', 'Test the temperature', 'Propose an action', 'Propose on a pull request'];
    let titles: string[] = [];
    // Opened while netgov may still be starting, the page shows "Initialise a network" until netgov has found the network, then redraws.
    await waitFor(
      async () => {
        titles = (await steps.allInnerTexts()).map((text) => text.split('\n')[0]!.trim()).filter((title) => title !== '');
        return JSON.stringify(titles) === JSON.stringify(expected);
      },
      STARTUP_TIMEOUT_MS,
      () => `the walkthrough shows ${JSON.stringify(titles)}`,
      500,
    );
    await vscode().screenshot('05-walkthrough');
  });
});

