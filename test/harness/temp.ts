// Temporary folders for a test run: fixture copies the tests may change, and
// the server's and browser's data. Removed at the end of every run.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/**
 * Settings for a quiet test window: no welcome page, chat or recommendations
 * competing for two cores (only window settings: application settings cannot
 * be set per workspace). Written as the copy's workspace
 * settings (.vscode/settings.json; netgov skips hidden folders), because the
 * web client keeps user settings in the browser.
 */
export const WORKSPACE_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.ignoreRecommendations': true,
  'git.autoRepositoryDetection': false,
  // VS Code's workspace watcher reports nothing in this folder: the suite
  // test/vscode/suite/folder-watchers.test.ts checks that netgov sees it anyway.
  'files.watcherExclude': { '**/watcher-excluded-net/actions/**': true },
};

/**
 * Copies a fixture folder (relative to the repository root or absolute) into
 * `parent`, keeping its name, and gives it WORKSPACE_SETTINGS unless it has
 * settings of its own.
 */
export function copyFixture(fixture: string, parent: string, name = basename(fixture)): string {
  const target = join(parent, name);
  cpSync(resolve(fixture), target, { recursive: true });
  const settings = join(target, '.vscode/settings.json');
  if (!existsSync(settings)) {
    mkdirSync(join(target, '.vscode'), { recursive: true });
    writeFileSync(settings, `${JSON.stringify(WORKSPACE_SETTINGS, null, 2)}\n`);
  }
  return target;
}

export function removeDir(dir: string): void {
  if (process.env.NETGOV_KEEP_TEMP === '1') {
    process.stderr.write(`[harness] keeping ${dir} (NETGOV_KEEP_TEMP=1)\n`);
    return;
  }
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
