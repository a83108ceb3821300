// npm run test:vscode: runs the extension-host suites (test/vscode/suite) inside
// a real VS Code, the VS Code server from code-server, through its web client in
// a headless chromium. The same contract as @vscode/test-electron (see
// run-electron.ts): the web client reads extensionDevelopmentPath and
// extensionTestsPath from the page URL's payload (honoured only with the
// server's --enable-smoke-test-driver), the extension host calls run() in
// out/test/vscode/index.js, and the web client reports the runner's output
// and exit code through two functions the page finds on window:
// codeAutomationLog and codeAutomationExit.
//
// Each session copies a fixture folder to a temporary workspace, so tests may
// change files. Output: every test as it finishes, then one closing line
// "N passed, N failed, N skipped". Exit code 0 only when every test passed.
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXPECTED_DIAGNOSTICS_FILE, OUTPUT_MARK, RESULT_PREFIX, VIRTUAL_SCHEME } from './protocol';
import { launchBrowser, type Browser } from '../harness/browser';
import { WORKSPACE_SETTINGS, copyFixture, makeTempDir, removeDir } from '../harness/temp';
import { ensureServerInstalled, repoRoot, tail, VscodeServer, waitFor, type ServerInstall } from '../harness/vscode-server';

/** The longest a whole session may take, from starting the server to the runner's exit. */
const SESSION_TIMEOUT_MS = Number(process.env.NETGOV_VSCODE_TIMEOUT_MS ?? 10 * 60_000);
const RESULTS_DIR = join(repoRoot, 'test-results/vscode');

interface Session {
  /** Names the session in the output and its failure artefacts. */
  readonly name: string;
  /** The folder copied to a temporary folder and opened as the workspace. */
  readonly fixture: string;
  /**
   * Runs netgov and the web suite (test/vscode/web) in the web worker extension host, as on
   * vscode.dev and github.dev (extensionDevelopmentKind "web"), instead of the Node one.
   */
  readonly web?: boolean;
}

/** One VS Code window per workspace; every suite runs in each. Add a session for a suite that needs another workspace. */
const SESSIONS: readonly Session[] = [
  { name: 'kitchen-sink', fixture: 'test/fixtures/networks/kitchen-sink' },
  { name: 'web', fixture: 'test/fixtures/networks/kitchen-sink', web: true },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Exit {
  readonly code: number;
  readonly logs: readonly { relativePath: string; contents: string }[];
}

/** The web worker host's test runner, with the web suite bundled in (esbuild.js). */
const WEB_RUNNER = 'out/test/vscode/web/index.js';

/** `netgov check DIR --format json` with the built CLI: exit 0 or 1 (diagnostics found) is a result, anything else a failure. */
function checkJson(dir: string): string {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0 && result.status !== 1) throw new Error(`netgov check ${dir} exited with ${result.status ?? result.signal}: ${result.stderr || String(result.error)}`);
  return result.stdout;
}

/** A .code-workspace beside the copy, with the copy and its virtual twin (VIRTUAL_SCHEME:/NAME) as folders. */
function webWorkspaceFile(workspace: string): string {
  const file = join(dirname(workspace), 'web.code-workspace');
  const folders = [{ path: workspace }, { uri: `${VIRTUAL_SCHEME}:/${basename(workspace)}`, name: `${basename(workspace)} (virtual)` }];
  writeFileSync(file, `${JSON.stringify({ folders, settings: WORKSPACE_SETTINGS }, null, 2)}\n`);
  return file;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function runSession(install: ServerInstall, session: Session): Promise<Counts> {
  const started = Date.now();
  const temp = makeTempDir(`netgov-vscode-${session.name}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const stale of ['failure.png', 'logs', 'server']) rmSync(join(RESULTS_DIR, `${session.name}-${stale}`), { recursive: true, force: true });
  const clientLogFile = join(RESULTS_DIR, `${session.name}-client.log`);
  writeFileSync(clientLogFile, '');
  let server: VscodeServer | undefined;
  let browser: Browser | undefined;
  let result: Counts | undefined;
  let exit: Exit | undefined;
  let failure: string | undefined;
  try {
    const workspace = copyFixture(join(repoRoot, session.fixture), temp);
    // A web worker cannot run the CLI: what `netgov check` finds is left beside the workspace for the web suite.
    if (session.web) writeFileSync(join(dirname(workspace), EXPECTED_DIAGNOSTICS_FILE), checkJson(workspace));
    // The web session opens a workspace of two folders: the copy, and the same files on a virtual file
    // system the web suite serves itself (VIRTUAL_SCHEME), as github.dev serves a repository.
    const opened = session.web ? webWorkspaceFile(workspace) : undefined;
    if (session.web) {
      // The web client runs an extension in the browser's web worker host when its kind is "web"
      // (payload's extensionDevelopmentKind is read but not acted on by this web client, and "ui"
      // means the remote host there): this user setting makes netgov, and its tests with it, run
      // in the web worker host (the suite asserts which host ran it).
      const user = join(temp, 'vscode', 'user-data', 'User');
      mkdirSync(user, { recursive: true });
      writeFileSync(join(user, 'settings.json'), `${JSON.stringify({ 'remote.extensionKind': { 'netgov.netgov': ['web'] } }, null, 2)}\n`);
    }
    // NETGOV_VSCODE_LOG=trace (or debug) makes the server and extension host log at that level: netgov's
    // debug lines and VS Code's file watcher, for a failure that needs them (test/vscode/README.md).
    const logLevel = process.env.NETGOV_VSCODE_LOG ? ['--log', process.env.NETGOV_VSCODE_LOG] : [];
    server = await VscodeServer.start(install, { dataDir: join(temp, 'vscode'), args: ['--enable-smoke-test-driver', ...logLevel] });
    say(`[${session.name}] VS Code server on port ${server.port}, workspace ${workspace}`);
    browser = await launchBrowser(join(temp, 'browser-profile'));
    const { page } = browser;

    let reportExit: (exit: Exit) => void = () => undefined;
    const exited = new Promise<Exit>((done) => (reportExit = done));
    // The web client's whole log goes to a file; what the extension host logged while the tests ran is marked, and printed.
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const text = (Array.isArray(args) ? args : [args]).map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
      appendFileSync(clientLogFile, `[${type}] ${text.split(OUTPUT_MARK).join('')}\n`);
      if (!text.includes(OUTPUT_MARK)) return;
      for (const line of text.split(OUTPUT_MARK).join('').split('\n')) {
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as Counts;
        else say(`  ${line}`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: number, logs?: Exit['logs']) => {
      reportExit({ code, logs: Array.isArray(logs) ? logs : [] });
    });
    const crashed = new Promise<never>((_, reject) => page.once('crash', () => reject(new Error('the browser page crashed'))));
    const serverGone = server.whenExited().then((code) => {
      throw new Error(`the VS Code server exited (code ${code}) before the tests finished`);
    });
    serverGone.catch(() => undefined); // stopping the server at the end is no failure
    crashed.catch(() => undefined);

    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(join(repoRoot, session.web ? WEB_RUNNER : 'out/test/vscode/index.js'))],
      ...(session.web ? [['extensionDevelopmentKind', 'web']] : []),
    ];
    const target = opened ? `workspace=${encodeURIComponent(opened)}` : `folder=${encodeURIComponent(workspace)}`;
    const url = `${server.url}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no exit from the extension host after ${SESSION_TIMEOUT_MS / 1000} s`)), SESSION_TIMEOUT_MS - (Date.now() - started));
    });
    try {
      exit = await Promise.race([exited, crashed, serverGone, timedOut]);
    } finally {
      clearTimeout(timer);
    }
    // The exit and the last log messages travel separately: give the result line a moment to arrive.
    await waitFor(() => result, 10_000, 'no result line').catch(() => undefined);
    // Failing tests are no harness failure: the runner printed them. Anything else is.
    if (!result) failure = `the test runner printed no result line (exit code ${exit.code})`;
    else if (exit.code !== 0 && result.failed === 0) failure = `the extension host's test runner exited with code ${exit.code}`;
  } catch (error) {
    failure = (error as Error).message;
  }

  if (failure || !result || result.failed > 0) {
    if (failure) say(`[${session.name}] FAILED: ${failure}`);
    if (browser) {
      const shot = join(RESULTS_DIR, `${session.name}-failure.png`);
      await browser.page.screenshot({ path: shot, timeout: 10_000 }).then(
        () => say(`[${session.name}] screenshot: ${shot}`),
        () => undefined,
      );
    }
    for (const log of exit?.logs ?? []) {
      const file = join(RESULTS_DIR, `${session.name}-logs`, log.relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, log.contents);
    }
    server?.saveLogs(join(RESULTS_DIR, `${session.name}-server`));
    say(`[${session.name}] the web client's log: ${clientLogFile}`);
    say(`[${session.name}] the server's logs: ${join(RESULTS_DIR, `${session.name}-server`)}`);
    if (exit?.logs.length) say(`[${session.name}] VS Code's logs: ${join(RESULTS_DIR, `${session.name}-logs`)}`);
    if (failure) {
      say(`--- the web client's log, last 40 lines ---\n${tail(clientLogFile, 40)}`);
      if (server) say(server.diagnostics());
    }
  }
  else if (process.env.NETGOV_VSCODE_LOG) {
    server?.saveLogs(join(RESULTS_DIR, `${session.name}-server`));
    say(`[${session.name}] the server's logs (NETGOV_VSCODE_LOG): ${join(RESULTS_DIR, `${session.name}-server`)}`);
  }
  await browser?.close();
  await server?.stop();
  removeDir(temp);
  say(`[${session.name}] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failure && (!result || result.failed === 0)) return { passed: result?.passed ?? 0, failed: (result?.failed ?? 0) + 1, skipped: result?.skipped ?? 0 };
  return result ?? { passed: 0, failed: 1, skipped: 0 };
}

async function main(): Promise<void> {
  if (![WEB_RUNNER, 'out/test/vscode/index.js', 'dist/extension.js', 'dist/extension-web.js'].every((file) => existsSync(join(repoRoot, file)))) {
    throw new Error(`${WEB_RUNNER}, out/test/vscode/index.js or dist/extension(-web).js is missing: run npm run build first`);
  }
  const install = ensureServerInstalled();
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  // The web suite is one file with no grep of its own: it runs when the grep names it, or with no grep.
  const grep = process.env.NETGOV_VSCODE_GREP;
  for (const session of SESSIONS) {
    if (grep !== undefined && (session.web === true) !== /web/i.test(grep)) continue;
    const counts = await runSession(install, session);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  say(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exitCode = total.failed > 0 || total.passed === 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  say(`test:vscode failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
