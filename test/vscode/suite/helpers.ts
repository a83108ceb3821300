// Helpers for the suites that run inside VS Code's extension host.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';

export { testLog } from '../protocol';
export * from '../editor-helpers';
import { byPosition, editorDiagnostics, extension, waitFor, workspaceRoot, type PrintedDiagnostic } from '../editor-helpers';

/** The repository: the extension under test is loaded from it (extensionDevelopmentPath). */
export function repoRoot(): string {
  return extension().extensionPath;
}

/** `netgov check DIR --format json` run as a child process with the built CLI, sorted like editorDiagnostics. */
export function cliDiagnostics(dir: string, ...args: string[]): PrintedDiagnostic[] {
  const cli = join(repoRoot(), 'dist/cli.js');
  const result = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`netgov check exited with ${result.status ?? result.signal}: ${result.stderr || String(result.error)}`);
  }
  const output = JSON.parse(result.stdout) as { diagnostics: PrintedDiagnostic[] };
  return output.diagnostics
    .map(({ file, line, column, endLine, endColumn, severity, code, message }) => ({ file, line, column, endLine, endColumn, severity, code, message }))
    .sort(byPosition);
}

/**
 * A copy of test/fixtures/networks/clean in `folder` of the workspace, for a suite that changes its
 * files; fails if the folder is there already. Remove it with removeCopiedNetwork at the end.
 */
export function copyCleanNetwork(folder: string): { dir: string; root: vscode.Uri } {
  const dir = join(workspaceRoot().fsPath, folder);
  assert.ok(!existsSync(dir), `${dir} exists already`);
  cpSync(join(repoRoot(), 'test', 'fixtures', 'networks', 'clean'), dir, { recursive: true, filter: (source) => !source.endsWith('expected.txt') });
  return { dir, root: vscode.Uri.file(dir) };
}

/**
 * Removes a network copyCleanNetwork made: its charter first, so that netgov lets it go as a network,
 * then the folder; waits until no diagnostic of any kind (health findings follow a second behind)
 * stays on its files, so the next suite starts on the workspace as it was.
 */
export async function removeCopiedNetwork(api: NetworkApi, dir: string): Promise<void> {
  const root = vscode.Uri.file(dir);
  rmSync(join(dir, 'CHARTER.md'), { force: true });
  await waitFor(() => !api.service.networks().some((entry) => entry.root.path === root.path), 60_000, 'the test network did not go away');
  rmSync(dir, { recursive: true, force: true });
  const left = (): number => editorDiagnostics(root).filter((d) => !d.file.startsWith('..')).length;
  await waitFor(() => left() === 0, 60_000, () => `diagnostics stayed on ${left()} deleted files`);
  const leftOver = (): number => vscode.languages.getDiagnostics().filter(([uri, diagnostics]) => uri.path.startsWith(`${root.path}/`) && diagnostics.length > 0).length;
  await waitFor(() => leftOver() === 0, 60_000, () => `diagnostics of some kind stayed on ${leftOver()} deleted files`);
}
