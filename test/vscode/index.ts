// The extension tests' runner, loaded by VS Code's extension host from
// extensionTestsPath (the same contract as @vscode/test-electron): VS Code calls
// run(), waits for its promise and exits with 0 when it resolves, 1 when it rejects.
// Mocha is bundled in (out/test/vscode/index.js); the suites are separate
// bundles in out/test/vscode/suite/ that use mocha's describe/it globals.
//
// Output goes through console.log, which VS Code forwards from the extension
// host to the driver (test/vscode/run.ts) mixed with the web client's own log;
// testLog marks what is meant for the test output. The last line is
// machine-readable: `NETGOV_VSCODE_RESULT {"passed":N,"failed":N,"skipped":N}`.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { builtInExtensionThatThrew } from './foreign-errors';
import { LineReporter } from './line-reporter';
import { testLog } from './protocol';

function suiteFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...suiteFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

/**
 * Mocha fails the running test on any uncaught exception in the extension host;
 * one thrown by a built-in extension's own code is logged instead, as VS Code does
 * (foreign-errors.ts). Runner#uncaught is bound from the prototype when the runner is made.
 */
function ignoreBuiltInExtensionErrors(): void {
  const builtIns = join(vscode.env.appRoot, 'extensions');
  testLog(`errors thrown by VS Code's built-in extensions (${builtIns}) are logged, not failures`);
  type Uncaught = (this: Mocha.Runner, error: unknown) => void;
  const runner = Mocha.Runner.prototype as unknown as { _uncaught: Uncaught };
  const mochaUncaught = runner._uncaught;
  runner._uncaught = function (error) {
    const extension = builtInExtensionThatThrew(error, builtIns);
    if (extension === undefined) return mochaUncaught.call(this, error);
    testLog(`(not a test failure) VS Code's built-in "${extension}" extension threw: ${String(error)}`);
  };
}

export async function run(): Promise<void> {
  // Stack traces of the suites (bundled with inline source maps) point at the TypeScript.
  process.setSourceMapsEnabled(true);
  ignoreBuiltInExtensionErrors();
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.NETGOV_VSCODE_TEST_TIMEOUT ?? 120_000),
    reporter: LineReporter as unknown as typeof Mocha.reporters.Base,
    // As the unit suites (.mocharc.json): a focused or skipped test fails the run.
    forbidOnly: true,
    forbidPending: true,
  });
  const grep = process.env.NETGOV_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  const root = join(__dirname, 'suite');
  const files = suiteFiles(root);
  if (files.length === 0) throw new Error(`no *.test.js files under ${root}: run npm run build first`);
  for (const file of files) {
    testLog(`loading ${relative(root, file)}`);
    mocha.addFile(file);
  }
  const failures = await new Promise<number>((done) => mocha.run(done));
  if (failures > 0) throw new Error(`${failures} test${failures === 1 ? '' : 's'} failed`);
}
