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
import { RESULT_PREFIX, testLog } from './protocol';

function suiteFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...suiteFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

/** One line per test as it finishes, every failure in full at the end, then the result line. */
class LineReporter {
  constructor(runner: Mocha.Runner) {
    const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
    const failures: { title: string; error: Error }[] = [];
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const indent = (suite: Mocha.Suite | undefined): string => {
      let depth = 0;
      for (let s = suite; s && !s.root; s = s.parent) depth++;
      return '  '.repeat(depth);
    };
    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (!suite.root) testLog(`${indent(suite.parent)}${suite.title}`);
    });
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
      passed++;
      testLog(`${indent(test.parent)}✔ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
      skipped++;
      testLog(`${indent(test.parent)}- ${test.title} (skipped)`);
    });
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, error: Error) => {
      failed++;
      failures.push({ title: test.fullTitle(), error });
      testLog(`${indent(test.parent)}✘ ${test.title}`);
    });
    runner.once(EVENT_RUN_END, () => {
      failures.forEach(({ title, error }, index) => {
        testLog(`\n${index + 1}) ${title}:\n${error?.stack ?? String(error)}`);
      });
      testLog(`${RESULT_PREFIX}${JSON.stringify({ passed, failed, skipped })}`);
    });
  }
}

export async function run(): Promise<void> {
  // Stack traces of the suites (bundled with inline source maps) point at the TypeScript.
  process.setSourceMapsEnabled(true);
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
