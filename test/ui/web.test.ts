// UI test: netgov in the browser's web worker extension host, as on vscode.dev and github.dev.
// The packaged .vsix is installed in the VS Code server and put in the web worker host with the
// user setting `remote.extensionKind` ("web"); a copy of the example network, with one member page
// broken on purpose, is opened. netgov's own log says which host runs it; the Problems panel and
// the health panel are seen as a reviewer sees them, and screenshotted into test-results/ui/
// (web-*.png; `npm run update-screenshots` copies web-health-panel.png to docs/images/).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../harness/vscode-server';
import { VscodeUi, oneWindow, webviewFrame } from './workbench';

const EXAMPLE = 'examples/north-east-frailty-network';
const BROKEN_FILE = 'members/amara-okafor.md';

describe('netgov in the web worker extension host (UI)', function () {
  this.timeout(300_000);
  const vscode = oneWindow('web-', () =>
    VscodeUi.open({
      fixture: EXAMPLE,
      userSettings: { 'remote.extensionKind': { 'netgov.netgov': ['web'] } },
      prepare(workspace) {
        const file = join(workspace, BROKEN_FILE);
        writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', '---\nfavourite_colour: teal\n'));
      },
    }));

  it('lists the broken member page in the Problems panel, checked in the browser', async () => {
    await vscode().openProblems();
    const row = await vscode().waitForProblem(['favourite_colour', 'schema.unknown-field']);
    assert.match(row, /is not a field in a member document/);
    await vscode().screenshot('web-problems');
  });

  it('runs in the web worker extension host, as its output channel says', async () => {
    const page = vscode().page;
    await vscode().runCommand('Output: Show Output Channels');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: /^netgov$/ }).first();
    await waitFor(
      async () => {
        if (await row.isVisible()) return true;
        await page.locator('.quick-input-widget input').fill('netgov').catch(() => undefined);
        return row.isVisible();
      },
      60_000,
      'the output channels offered no "netgov"',
      500,
    );
    await row.click();
    const output = page.locator('.part.panel .monaco-editor .view-lines');
    const text = await waitFor(
      async () => {
        const shown = (await output.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
        return /activating in the \w+ extension host/.test(shown) ? shown : undefined;
      },
      60_000,
      'the netgov output channel never said which host runs it',
      500,
    );
    assert.match(text, /activating in the web extension host/);
    await vscode().screenshot('web-output');
  });

  it('shows the health panel', async () => {
    await vscode().runCommand('Network: Show health');
    const frame = await webviewFrame(vscode().page, '#health-main');
    await frame.locator('#health-main h2', { hasText: 'Scores' }).first().waitFor({ state: 'visible', timeout: 120_000 });
    const heading = await frame.locator('h1').first().innerText();
    assert.match(heading, /North East Frailty Improvement Network/);
    // The README's picture of netgov in the browser: the panel above, the Problems panel below.
    await vscode().openProblems();
    await vscode().waitForProblem(['favourite_colour']);
    await vscode().screenshot('web-health-panel');
  });
});
