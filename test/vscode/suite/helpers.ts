// Helpers for the suites that run inside VS Code's extension host.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export { testLog } from '../protocol';
export * from '../editor-helpers';
import { byPosition, extension, type PrintedDiagnostic } from '../editor-helpers';

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
