// First sight in the editor (issue 17): how long after the window opens netgov
// shows its first diagnostics, in the real VS Code (the VS Code server through
// its web client in headless chromium: test/harness), against `netgov check`
// on the same network in the same run. Run by `npm run bench` (out/bench/editor.js).
//
// Each round copies the example network to a temporary folder, starts a fresh
// server (new user data: a cold open, page cache aside) and opens the folder
// with this repository as the development extension and
// out/bench/editor-runner.js as the "tests": it waits for netgov to activate
// and publish, and prints netgov's own timestamps (activate() returns them).
// Prints a table and one JSON line, writes bench/.data/editor-results.json.
// Never fails on time: only a round that reports nothing fails the run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, type Browser } from '../test/harness/browser';
import { copyFixture, makeTempDir, removeDir } from '../test/harness/temp';
import { ensureServerInstalled, repoRoot, VscodeServer, type ServerInstall } from '../test/harness/vscode-server';
import { BENCH_EDITOR_PREFIX, OUTPUT_MARK } from '../test/vscode/protocol';
import type { FirstSight } from '../src/extension/workspace-networks';

const ROUND_TIMEOUT_MS = 10 * 60_000;

interface Options {
  readonly network: string;
  readonly rounds: number;
}

function options(argv: readonly string[]): Options {
  let network = 'examples/north-east-frailty-network';
  let rounds = 3;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--network') network = argv[++i] ?? network;
    else if (arg === '--rounds') rounds = Math.max(1, Number(argv[++i]) || rounds);
    else if (arg === '--help') {
      process.stdout.write('node out/bench/editor.js [--network DIR] [--rounds N]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return { network, rounds };
}

/** What the extension host reported, plus when the driver opened the window. */
interface Round extends FirstSight {
  readonly windowOpened: number;
  readonly hostStarted: number;
  readonly activatedOnItsOwn: boolean;
  readonly ruleDiagnostics: number;
}

async function editorRound(install: ServerInstall, network: string, round: number): Promise<Round> {
  const temp = makeTempDir(`netgov-bench-editor-${round}`);
  let server: VscodeServer | undefined;
  let browser: Browser | undefined;
  try {
    const workspace = copyFixture(join(repoRoot, network), temp);
    server = await VscodeServer.start(install, { dataDir: join(temp, 'vscode'), args: ['--enable-smoke-test-driver'] });
    browser = await launchBrowser(join(temp, 'browser-profile'));
    let report: (round: Omit<Round, 'windowOpened'>) => void = () => undefined;
    const reported = new Promise<Omit<Round, 'windowOpened'>>((done) => (report = done));
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((done) => (exit = done));
    await browser.page.exposeFunction('codeAutomationLog', (_type: string, args: unknown) => {
      const text = (Array.isArray(args) ? args : [args]).map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
      for (const line of text.split(OUTPUT_MARK).join('').split('\n')) {
        if (line.startsWith(BENCH_EDITOR_PREFIX)) report(JSON.parse(line.slice(BENCH_EDITOR_PREFIX.length)) as Omit<Round, 'windowOpened'>);
      }
    });
    await browser.page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(join(repoRoot, 'out/bench/editor-runner.js'))],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const windowOpened = Date.now();
    await browser.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no report from the extension host after ${ROUND_TIMEOUT_MS / 1000} s`)), ROUND_TIMEOUT_MS)));
    const failed = exited.then((code) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the extension host's runner exited (code ${code}) without a report`)), 5_000)));
    try {
      return { windowOpened, ...(await Promise.race([reported, timedOut, failed])) };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser?.close();
    await server?.stop();
    removeDir(temp);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

async function main(): Promise<void> {
  const { network, rounds } = options(process.argv.slice(2));
  for (const file of ['dist/extension.js', 'dist/cli.js', 'out/bench/editor-runner.js']) {
    if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: run npm run build first`);
  }
  const install = ensureServerInstalled();
  // The CLI measured as every other bench measures a child process.
  const { measure, doneMeasuring } = (await import(pathToFileURL(join(repoRoot, 'bench/measure.mjs')).href)) as {
    measure: (args: string[], options?: object) => Promise<{ wallMs: number; code: number; stdout: string; stderr: string }>;
    doneMeasuring: () => Promise<void>;
  };
  const cliTemp = makeTempDir('netgov-bench-editor-cli');
  const cliCopy = copyFixture(join(repoRoot, network), cliTemp);
  const check = (): Promise<{ wallMs: number; code: number; stderr: string }> => measure([join(repoRoot, 'dist/cli.js'), 'check', cliCopy]);

  const warm = await check(); // untimed: fills the page cache, and shows the check runs
  if (warm.code > 1) throw new Error(`netgov check failed (exit ${warm.code}): ${warm.stderr}`);
  const editor: Round[] = [];
  const cli: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Alternate which goes first, so drift on a shared machine touches both alike.
    const cliFirst = round % 2 === 0;
    if (cliFirst) cli.push((await check()).wallMs);
    const result = await editorRound(install, network, round);
    editor.push(result);
    if (!cliFirst) cli.push((await check()).wallMs);
    process.stderr.write(`[bench:editor] round ${round}/${rounds}: activation to first diagnostics ${seconds(result.published! - result.activated)}, window to first diagnostics ${seconds(result.published! - result.windowOpened)}\n`);
  }
  await doneMeasuring();
  removeDir(cliTemp);

  const span = (pick: (r: Round) => number): { median_ms: number; min_ms: number; max_ms: number } => {
    const values = editor.map(pick);
    return { median_ms: Math.round(median(values)), min_ms: Math.round(Math.min(...values)), max_ms: Math.round(Math.max(...values)) };
  };
  const stages = {
    window_to_extension_host: span((r) => r.hostStarted - r.windowOpened),
    extension_host_to_activation: span((r) => r.activated - r.hostStarted),
    activate_call: span((r) => (r.returned ?? r.activated) - r.activated),
    activation_to_listed: span((r) => (r.listed ?? r.published!) - r.activated),
    activation_to_first_diagnostics: span((r) => r.published! - r.activated),
    window_to_first_diagnostics: span((r) => r.published! - r.windowOpened),
  };
  const cliMedian = median(cli);
  const ratio = stages.activation_to_first_diagnostics.median_ms / cliMedian;
  const results = {
    network,
    documents: editor[0]!.documents,
    rule_diagnostics: editor[0]!.ruleDiagnostics,
    rounds,
    activated_on_its_own: editor.every((r) => r.activatedOnItsOwn),
    editor: stages,
    cli_check: { median_ms: Math.round(cliMedian), min_ms: Math.round(Math.min(...cli)), max_ms: Math.round(Math.max(...cli)) },
    activation_to_first_diagnostics_over_check: +ratio.toFixed(2),
    node: process.version,
  };
  // Every round's own timestamps (ms since the epoch, the driver's and the extension host's clocks being the machine's), in the file only.
  const raw = { ...results, rounds_raw: editor, cli_ms: cli.map(Math.round) };

  const rows: [string, { median_ms: number; min_ms: number; max_ms: number }][] = [
    ['window opened -> extension host process', stages.window_to_extension_host],
    ['extension host process -> activate()', stages.extension_host_to_activation],
    ['activate() -> returned', stages.activate_call],
    ['activate() -> "checking N documents"', stages.activation_to_listed],
    ['activate() -> first diagnostics', stages.activation_to_first_diagnostics],
    ['window opened -> first diagnostics', stages.window_to_first_diagnostics],
    ['netgov check (CLI, whole process)', results.cli_check],
  ];
  const out = [`first sight in VS Code: ${network} (${results.documents} documents, ${results.rule_diagnostics} rule diagnostics), ${rounds} rounds`, `${''.padEnd(44)}${'median'.padStart(10)}${'min..max'.padStart(20)}`];
  for (const [label, s] of rows) out.push(`${label.padEnd(44)}${seconds(s.median_ms).padStart(10)}${`${seconds(s.min_ms)}..${seconds(s.max_ms)}`.padStart(20)}`);
  out.push(`${'activation to first diagnostics / check'.padEnd(44)}${`${ratio.toFixed(2)}x`.padStart(10)}`);
  process.stdout.write(`${out.join('\n')}\n${JSON.stringify(results)}\n`);
  mkdirSync(join(repoRoot, 'bench/.data'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench/.data/editor-results.json'), `${JSON.stringify(raw, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:editor failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
