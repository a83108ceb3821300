// A real VS Code for UI tests, as a person would use it: the packaged .vsix
// installed into the VS Code server, a copy of a network opened in the web
// client in headless chromium, and helpers that drive the workbench through
// its keyboard shortcuts and read what it shows. Every wait is on a condition.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../harness/browser';
import { copyFixture, makeTempDir, removeDir } from '../harness/temp';
import { ensureServerInstalled, repoRoot, VscodeServer, waitFor } from '../harness/vscode-server';

export const SCREENSHOTS = join(repoRoot, 'test-results/ui');
export const VSIX = join(repoRoot, 'out/netgov.vsix');

/** Generous: the extension host needs 20-30 s on two cores before extensions run. */
export const STARTUP_TIMEOUT_MS = 120_000;

export interface OpenOptions {
  /** The folder copied to a temporary workspace and opened. */
  readonly fixture: string;
  /** Changes the copy before VS Code opens it (e.g. breaks a file on purpose). */
  readonly prepare?: (workspace: string) => void;
  /** User settings, written before the server starts (e.g. which extension host runs netgov). */
  readonly userSettings?: Readonly<Record<string, unknown>>;
}

/** On the process, not the module: each UI test file is its own bundle, with its own copy of this module. */
const CLEARED = Symbol.for('netgov.ui.screenshotsCleared');

/** Empties test-results/ui/ once per run, so every screenshot there is from this run (and none of it is lost to a later suite). */
function clearScreenshots(): void {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[CLEARED]) return;
  flags[CLEARED] = true;
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
}

export class VscodeUi {
  private constructor(
    readonly server: VscodeServer,
    readonly browser: Browser,
    readonly workspace: string,
    private readonly temp: string,
  ) {}

  get page(): Page {
    return this.browser.page;
  }

  /** Installs out/netgov.vsix, starts the server and opens a copy of `fixture`; resolves once the workbench shows. */
  static async open(options: OpenOptions): Promise<VscodeUi> {
    if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package first`);
    clearScreenshots();
    const install = ensureServerInstalled();
    const temp = makeTempDir('netgov-ui');
    let server: VscodeServer | undefined;
    let browser: Browser | undefined;
    try {
      const workspace = copyFixture(join(repoRoot, options.fixture), temp);
      options.prepare?.(workspace);
      const dataDir = join(temp, 'vscode');
      if (options.userSettings) {
        mkdirSync(join(dataDir, 'user-data', 'User'), { recursive: true });
        writeFileSync(join(dataDir, 'user-data', 'User', 'settings.json'), `${JSON.stringify(options.userSettings, null, 2)}\n`);
      }
      const installed = VscodeServer.installExtension(install, dataDir, VSIX);
      if (!/netgov/i.test(installed)) throw new Error(`installing ${VSIX} said:\n${installed}`);
      server = await VscodeServer.start(install, { dataDir });
      browser = await launchBrowser(join(temp, 'browser-profile'));
      const ui = new VscodeUi(server, browser, workspace, temp);
      await ui.page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await ui.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT_MS });
      await ui.page.locator('.statusbar').waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT_MS });
      return ui;
    } catch (error) {
      if (browser) {
        const file = join(SCREENSHOTS, 'failed-to-open.png');
        await browser.page.screenshot({ path: file, timeout: 10_000 }).then(
          () => process.stderr.write(`screenshot: ${file}\n`),
          () => undefined,
        );
        await browser.close();
      }
      if (server) {
        process.stderr.write(`${server.diagnostics()}\n`);
        server.saveLogs(join(SCREENSHOTS, 'failed-to-open-logs'));
      }
      await server?.stop();
      removeDir(temp);
      throw error;
    }
  }

  /** Closes the browser, stops the server's whole process group and removes the temporary folder. */
  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
    removeDir(this.temp);
  }

  /** Saves test-results/ui/NAME.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file, timeout: 30_000 });
    return file;
  }

  /** The folder's name in the Explorer's title area or window title: the workspace is open. */
  async workspaceTitle(): Promise<string> {
    return this.page.title();
  }

  /** Presses a shortcut with the workbench focused (it ignores keys until something in it has focus). */
  async press(keys: string): Promise<void> {
    await this.page.locator('.monaco-workbench').focus().catch(() => undefined);
    await this.page.keyboard.press(keys);
  }

  /** Runs a command by its title through the command palette (F1). */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    // The workbench may close the palette under us (a theme or layout change re-renders it): open, type and find the row again until all three hold.
    await waitFor(
      async () => {
        try {
          if (!(await input.isVisible())) await this.press('F1');
          await input.waitFor({ state: 'visible', timeout: 5_000 });
          await input.fill(`>${title}`, { timeout: 5_000 });
          await row.waitFor({ state: 'visible', timeout: 10_000 });
          return true;
        } catch {
          return false;
        }
      },
      60_000,
      `the command palette did not offer "${title}"`,
    );
    await input.press('Enter');
  }

  /** The Problems panel (Ctrl+Shift+M), opened if it is not. */
  async openProblems(): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    await waitFor(
      async () => {
        if (await panel.isVisible()) return true;
        await this.press('Control+Shift+M');
        await panel.waitFor({ state: 'visible', timeout: 5_000 });
        return true;
      },
      60_000,
      'the Problems panel did not open with Ctrl+Shift+M',
      500,
    );
    return panel;
  }

  /** The text of every row the Problems panel shows (files and their problems), top to bottom. */
  async problemRows(): Promise<string[]> {
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Waits until a Problems row contains every one of `parts`; returns that row's text. */
  async waitForProblem(parts: readonly string[], timeoutMs = STARTUP_TIMEOUT_MS): Promise<string> {
    let last: string[] = [];
    return waitFor(
      async () => {
        last = await this.problemRows();
        return last.find((row) => parts.every((part) => row.includes(part)));
      },
      timeoutMs,
      () => `no row of the Problems panel contains ${JSON.stringify(parts)}; its rows: ${JSON.stringify(last)}`,
      500,
    );
  }

  /**
   * The status bar item whose accessible label starts with `labelPrefix` (an
   * extension's item carries its accessibilityInformation there); waits for it.
   */
  async statusBarItem(labelPrefix: string, timeoutMs = STARTUP_TIMEOUT_MS): Promise<{ text: string; label: string }> {
    const item = this.page.locator(`.statusbar .statusbar-item [aria-label^="${labelPrefix}"]`).first();
    await item.waitFor({ state: 'visible', timeout: timeoutMs }).catch(async () => {
      throw new Error(`no status bar item labelled "${labelPrefix}…"; the status bar shows ${JSON.stringify(await this.statusBarTexts())}`);
    });
    return { text: (await item.innerText()).replace(/\s+/g, ' ').trim(), label: (await item.getAttribute('aria-label')) ?? '' };
  }

  /** Opens a view container from the activity bar by its title (e.g. "Network") and returns its side bar. */
  async openActivity(title: string): Promise<Locator> {
    const tab = this.page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first();
    await tab.waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT_MS });
    const sidebar = this.page.locator('.part.sidebar');
    const header = sidebar.locator('.composite.title h2', { hasText: title });
    await waitFor(
      async () => {
        if (await header.isVisible()) return true;
        await tab.click();
        await header.waitFor({ state: 'visible', timeout: 5_000 });
        return true;
      },
      60_000,
      `the ${title} view did not open from the activity bar`,
      500,
    );
    return sidebar;
  }

  /** The text of every row of the trees in the side bar, top to bottom. */
  async sideBarRows(): Promise<string[]> {
    const rows = this.page.locator('.part.sidebar .monaco-list-row');
    return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** The text of every status bar item, left to right. */
  async statusBarTexts(): Promise<string[]> {
    const items = this.page.locator('.statusbar .statusbar-item');
    return (await items.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
  }
}

/**
 * The frame of a webview whose page holds `selector`. VS Code nests each
 * webview's page in an iframe inside another; search every frame until one
 * answers.
 */
export async function webviewFrame(page: Page, selector: string, timeoutMs = STARTUP_TIMEOUT_MS): Promise<Frame> {
  return waitFor(
    async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
      }
      return undefined;
    },
    timeoutMs,
    `no webview shows ${selector}`,
    500,
  );
}

/**
 * One VS Code window for a UI suite: opened in `before` (by `open`), a screenshot of it saved when a
 * test fails (named `failed-PREFIX…`), closed in `after`. Call inside `describe`; the returned
 * function gives the window to the tests, or throws when it did not open.
 */
export function oneWindow(failurePrefix: string, open: () => Promise<VscodeUi>): () => VscodeUi {
  let ui: VscodeUi | undefined;
  before(async function () {
    ui = await open();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && ui) {
      const file = await ui.screenshot(`failed-${failurePrefix}${this.currentTest.title}`).catch(() => undefined);
      if (file) console.log(`      screenshot of the failure: ${file}`);
    }
  });
  after(async function () {
    await ui?.close();
  });
  return () => {
    if (!ui) throw new Error('VS Code did not open');
    return ui;
  };
}
