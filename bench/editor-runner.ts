// The extension host's side of bench/editor.ts, loaded from extensionTestsPath
// (out/bench/editor-runner.js) as the test runner would be: it waits for netgov
// to activate on its own (workspaceContains CHARTER.md) and to publish its first
// diagnostics, then prints the timestamps netgov's activate() returned
// (`firstSight`) on one marked line for the driver. It measures; it never fails
// on time.
import * as vscode from 'vscode';
import { BENCH_EDITOR_PREFIX, testLog } from '../test/vscode/protocol';
import type { FirstSight } from '../src/extension/workspace-networks';

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await sleep(10);
  }
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<{ firstSight?: FirstSight }>('netgov.netgov');
  if (!extension) throw new Error('netgov is not installed in this window');
  // Activation on its own, as a user opening the folder gets it; only when that never comes is it asked for.
  const activatedOnItsOwn = (await until(() => extension.isActive || undefined, 120_000)) === true;
  const api = await extension.activate();
  const firstSight = api.firstSight;
  if (!firstSight) throw new Error('netgov returned no firstSight from activate()');
  await until(() => firstSight.published, 300_000);
  const ruleDiagnostics = vscode.languages
    .getDiagnostics()
    .flatMap(([, diagnostics]) => diagnostics)
    .filter((d) => d.source === 'netgov').length;
  // performance.timeOrigin: when this extension host process started (wall clock, ms).
  testLog(`${BENCH_EDITOR_PREFIX}${JSON.stringify({ hostStarted: performance.timeOrigin, activatedOnItsOwn, ruleDiagnostics, ...firstSight })}`);
}
