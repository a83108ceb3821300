import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
// Imported rather than read from disk so the test finds it whether run from source or from the esbuild bundle.
import sarifSchema from '../fixtures/sarif-schema-2.1.0.json';

/**
 * End-to-end tests of the built CLI (dist/cli.js, made by `node esbuild.js`):
 * each test spawns it as a child process and checks stdout, stderr and the exit
 * status. A spawn costs a few hundred milliseconds, so every invocation runs
 * once, all of them run in `before` (a few at a time) and `before` waits for
 * them all, and tests that look at the same output share it. No test waits on
 * a queue of processes: a loaded machine makes `before` slower, within its own
 * generous bound, and never makes a test time out.
 */

const REPO = resolve(process.cwd());
const CLI = join(REPO, 'dist', 'cli.js');
const KITCHEN_SINK = join(REPO, 'test', 'fixtures', 'networks', 'kitchen-sink');
const AS_OF = ['--as-of', '2026-11-27'];
const SPACED_NETWORKS = 'my networks';
const SPACED_SINK = 'kitchen sink';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** One invocation of the CLI; `again` tells apart deliberate repeats of the same command. */
interface Invocation {
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly again?: boolean;
}

/** The CLI's own processes at once: enough to use every core, few enough not to starve them (or the other suites). */
const CONCURRENCY = Math.min(4, Math.max(2, availableParallelism()));
/** How long all the invocations together may take on a busy machine: minutes, not the seconds they take on an idle one. */
const ALL_RUNS_TIMEOUT_MS = 10 * 60_000;
/** A test that spawns one more process after `before`: generous too. */
const TEST_TIMEOUT_MS = 2 * 60_000;
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>((resume) => waiting.push(resume));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Spawns `node dist/cli.js ...args` and collects what it prints and its exit status. */
function spawnCli({ args, cwd = REPO }: Invocation): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      // NO_COLOR is removed so that "no colour off a terminal" is shown by the CLI itself, not by the environment.
      env: { ...process.env, NO_COLOR: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/**
 * Each distinct invocation runs once, however many tests look at its output. Runs start as soon as they are
 * asked for and go on in parallel, so the suite's `before` can start them all and each test awaits its own.
 */
const runs = new Map<string, Promise<Run>>();
function netgov(invocation: Invocation): Promise<Run> {
  const key = JSON.stringify([invocation.cwd ?? REPO, invocation.args, invocation.again ?? false]);
  let run = runs.get(key);
  if (!run) {
    run = slot(() => spawnCli(invocation));
    // Awaited by the test that asked; this only keeps a failed prefetch from being reported as unhandled.
    run.catch(() => undefined);
    runs.set(key, run);
  }
  return run;
}

// Compiled once: the official schema is large.
let sarifValidator: { ajv: Ajv; validate: ReturnType<Ajv['compile']> } | undefined;
function validateSarif(log: unknown): void {
  if (!sarifValidator) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // <unknown>: otherwise ajv infers a data type from the schema JSON and the type guard narrows logs to it.
    sarifValidator = { ajv, validate: ajv.compile<unknown>(sarifSchema) };
  }
  const { ajv, validate } = sarifValidator;
  assert.ok(validate(log), ajv.errorsText(validate.errors));
}

/** `path:line:col severity code` lines from the fixture's expected.txt, in file order. */
function expectedDiagnostics(): string[] {
  return readFileSync(join(KITCHEN_SINK, 'expected.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The network documents in a folder laid out the default way: what `summary.files` should count. */
function countDocuments(root: string): number {
  let count = ['CHARTER.md', 'PURPOSE.md'].filter((name) => existsSync(join(root, name))).length;
  for (const folder of ['members', 'actions', 'meetings', 'pulses']) {
    if (!existsSync(join(root, folder))) continue;
    count += readdirSync(join(root, folder), { withFileTypes: true }).filter(
      (entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md') && entry.name.toLowerCase() !== 'readme.md',
    ).length;
  }
  return count;
}

function severityCounts(lines: readonly string[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const line of lines) counts[line.split(' ')[1] as keyof typeof counts]++;
  return counts;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A usage error: exit 2, nothing on stdout, one line on stderr, no stack trace. */
function assertUsageError(run: Run, line: RegExp): void {
  assert.equal(run.status, 2, `exit status; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  assert.ok(run.stderr.endsWith('\n'), `stderr should end with a newline: ${JSON.stringify(run.stderr)}`);
  const lines = run.stderr.slice(0, -1).split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got: ${run.stderr}`);
  assert.match(lines[0]!, line);
  assertNoStack(run);
}

function assertNoStack(run: Run): void {
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(run.stderr, /internal error/);
}

const TEXT_LINE = /^(\S[^:]*):(\d+):(\d+) (error|warning|info) (\S+) ([^\n]+)$/;
const GITHUB_LINE = /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+$/;

const CHARTER = `---
name: Tiny Network
phase: ongoing
established: 2024-01-01
governance:
  model: shared
decisions:
  rule: consent
review:
  cadence: 12
leadership:
  term_months: 24
---
## How we work
We meet every month.

## Decision making
By consent.

## Membership
Anyone who works on the pathway can join.
`;

const MEMBER = `---
name: Ann Ray
organisation: Test Trust
joined: 2024-01-01
---
Ann leads nothing yet.
`;

/** A member whose lead role ended long before 2026-11-27: one role.term-expired warning and nothing else. */
const MEMBER_WITH_EXPIRED_ROLE = `---
name: Ann Ray
organisation: Test Trust
joined: 2024-01-01
roles:
  - role: lead
    from: 2024-02-01
    until: 2025-01-31
---
Ann led the network in 2024.
`;

function writeNetwork(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('netgov CLI (child process)', function () {
  this.timeout(TEST_TIMEOUT_MS);
  let tmp = '';
  const dir = {
    clean: () => join(tmp, 'clean'),
    warnings: () => join(tmp, 'warnings'),
    empty: () => join(tmp, 'empty'),
    crlf: () => join(tmp, 'crlf'),
    complexKey: () => join(tmp, 'complex-key'),
  };

  /** Every invocation the tests make, in the order they look at them, so `before` can start them all. */
  const cli = {
    kitchenText: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF] }),
    kitchenJson: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF, '--format', 'json'] }),
    kitchenSarif: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF, '--format', 'sarif'] }),
    kitchenGithub: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF, '--format', 'github'] }),
    kitchenNoColorDebug: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF, '--no-color', '--debug'] }),
    kitchenQuiet: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF, '--quiet'] }),
    kitchenTextAgain: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF], again: true }),
    kitchenTimings: (): Invocation => ({ args: ['check', KITCHEN_SINK, ...AS_OF, '--format', 'json', '--timings'] }),
    clean: (): Invocation => ({ args: ['check', dir.clean(), ...AS_OF, '--fail-on', 'info', '--max-warnings', '0'] }),
    warnings: (): Invocation => ({ args: ['check', dir.warnings(), ...AS_OF] }),
    warningsFailOnWarning: (): Invocation => ({ args: ['check', dir.warnings(), ...AS_OF, '--fail-on', 'warning'] }),
    warningsMax0: (): Invocation => ({ args: ['check', dir.warnings(), ...AS_OF, '--max-warnings', '0'] }),
    warningsMax1: (): Invocation => ({ args: ['check', dir.warnings(), ...AS_OF, '--max-warnings=1'] }),
    warningsQuiet: (): Invocation => ({ args: ['check', dir.warnings(), ...AS_OF, '--quiet'] }),
    unknownOption: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--bogus'] }),
    unknownFormat: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--format', 'xml'] }),
    unknownFailOn: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--fail-on', 'fatal'] }),
    fractionalMaxWarnings: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--max-warnings', '1.5'] }),
    badAsOf: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--as-of', '2026-02-30'] }),
    missingDir: (): Invocation => ({ args: ['check', 'no/such/folder', ...AS_OF] }),
    fileAsDir: (): Invocation => ({ args: ['check', join(KITCHEN_SINK, 'CHARTER.md')] }),
    noCharter: (): Invocation => ({ args: ['check', 'empty'], cwd: tmp }),
    twoDirs: (): Invocation => ({ args: ['check', dir.clean(), dir.warnings()] }),
    unknownCommand: (): Invocation => ({ args: ['frobnicate'] }),
    help: (): Invocation => ({ args: ['--help'] }),
    checkHelp: (): Invocation => ({ args: ['check', '--help'] }),
    version: (): Invocation => ({ args: ['--version'] }),
    noCommand: (): Invocation => ({ args: [] }),
    insideNetwork: (): Invocation => ({ args: ['check', ...AS_OF], cwd: KITCHEN_SINK }),
    fromSubfolder: (): Invocation => ({ args: ['check', '..', ...AS_OF], cwd: join(KITCHEN_SINK, 'members') }),
    spacedText: (): Invocation => ({ args: ['check', SPACED_NETWORKS, ...AS_OF], cwd: tmp }),
    spacedSarif: (): Invocation => ({ args: ['check', SPACED_NETWORKS, ...AS_OF, '--format', 'sarif'], cwd: tmp }),
    negativeMaxWarnings: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--max-warnings', '-1'] }),
    negativeMaxWarningsJoined: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--max-warnings=-1'] }),
    emptyMaxWarnings: (): Invocation => ({ args: ['check', dir.warnings(), ...AS_OF, '--max-warnings='] }),
    missingValue: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--format'] }),
    flagWithValue: (): Invocation => ({ args: ['check', KITCHEN_SINK, '--quiet=yes'] }),
    crlf: (): Invocation => ({ args: ['check', dir.crlf(), ...AS_OF] }),
    complexKey: (): Invocation => ({ args: ['check', dir.complexKey(), ...AS_OF] }),
  };

  before(async function () {
    this.timeout(ALL_RUNS_TIMEOUT_MS);
    assert.ok(existsSync(CLI), `${CLI} is missing: build with \`node esbuild.js\` first`);
    tmp = mkdtempSync(join(tmpdir(), 'netgov-cli-'));
    writeNetwork(dir.clean(), { 'CHARTER.md': CHARTER, 'members/ann-ray.md': MEMBER });
    writeNetwork(dir.warnings(), { 'CHARTER.md': CHARTER, 'members/ann-ray.md': MEMBER_WITH_EXPIRED_ROLE });
    writeNetwork(dir.empty(), { 'README.md': '# Not a network yet\n' });
    writeNetwork(dir.crlf(), {
      'CHARTER.md': CHARTER.replace(/\n/g, '\r\n'),
      'members/ann-ray.md': MEMBER.replace(/\n/g, '\r\n'),
    });
    writeNetwork(dir.complexKey(), { 'CHARTER.md': CHARTER, 'members/ann-ray.md': MEMBER.replace('joined: 2024-01-01\n', 'joined: 2024-01-01\n? [ complex, key ]\n: v\n') });
    cpSync(KITCHEN_SINK, join(tmp, SPACED_NETWORKS, SPACED_SINK), { recursive: true });
    // Every test then reads a finished run; a failed spawn is reported by the test that looks at it.
    await Promise.allSettled(Object.values(cli).map((invocation) => netgov(invocation())));
  });

  after(async function () {
    // Let every started process finish before its folders go.
    await Promise.allSettled(runs.values());
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  describe('check on the kitchen-sink fixture', function () {
    describe('text format', function () {
      it('prints one `path:line:col severity code message` line per expected diagnostic, then the summary', async function () {
        const run = await netgov(cli.kitchenText());
        assert.equal(run.status, 1);
        assert.equal(run.stderr, '');
        assert.ok(run.stdout.endsWith('\n'));
        const [body, summary, ...rest] = run.stdout.split('\n\n');
        assert.deepEqual(rest, [], 'one blank line, between the diagnostics and the summary');
        const lines = body!.split('\n');
        const expected = expectedDiagnostics();
        for (const line of lines) assert.match(line, TEXT_LINE);
        assert.deepEqual(
          lines.map((line) => line.split(' ').slice(0, 3).join(' ')),
          expected,
        );
        const counts = severityCounts(expected);
        const parts = [
          counts.error && plural(counts.error, 'error'),
          counts.warning && plural(counts.warning, 'warning'),
          counts.info && plural(counts.info, 'info'),
        ].filter(Boolean);
        assert.equal(summary, `✖ ${parts.join(', ')} in ${plural(countDocuments(KITCHEN_SINK), 'file')}\n`);
      });

      it('prints paths relative to the folder given, never absolute', async function () {
        const { stdout } = await netgov(cli.kitchenText());
        assert.ok(!stdout.includes(REPO), 'no absolute path');
        for (const line of stdout.split('\n\n')[0]!.split('\n')) {
          const path = TEXT_LINE.exec(line)![1]!;
          assert.ok(!path.startsWith('/') && !path.startsWith('..'), path);
          assert.ok(existsSync(join(KITCHEN_SINK, path)), `${path} exists under the folder given`);
        }
      });

      it('uses no ANSI colour codes when stdout is not a terminal', async function () {
        assert.ok(!(await netgov(cli.kitchenText())).stdout.includes('\u001b'));
      });

      it('uses no colour with --no-color, and accepts --debug without changing the output', async function () {
        const run = await netgov(cli.kitchenNoColorDebug());
        assert.ok(!run.stdout.includes('\u001b'));
        assert.deepEqual(run, await netgov(cli.kitchenText()));
      });

      it('with --quiet prints only the errors and no summary', async function () {
        const run = await netgov(cli.kitchenQuiet());
        assert.equal(run.status, 1);
        assert.equal(run.stderr, '');
        const errors = (await netgov(cli.kitchenText())).stdout
          .split('\n\n')[0]!
          .split('\n')
          .filter((line) => line.split(' ')[1] === 'error');
        assert.ok(errors.length > 0);
        assert.equal(run.stdout, `${errors.join('\n')}\n`);
      });
    });

    describe('json format', function () {
      interface JsonOutput {
        diagnostics: {
          file: string;
          line: number;
          column: number;
          endLine: number;
          endColumn: number;
          severity: string;
          code: string;
          message: string;
        }[];
        summary: { files: number; errors: number; warnings: number; infos: number };
      }

      async function json(): Promise<JsonOutput> {
        const run = await netgov(cli.kitchenJson());
        assert.ok(run.stdout.endsWith('\n'));
        assert.ok(!run.stdout.trimEnd().includes('\n'), 'exactly one line');
        const parsed: unknown = JSON.parse(run.stdout);
        assert.ok(parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed), 'a JSON object');
        return parsed as JsonOutput;
      }

      it('prints exactly one JSON object with the documented keys, in order', async function () {
        const run = await netgov(cli.kitchenJson());
        assert.equal(run.status, 1);
        assert.equal(run.stderr, '');
        const output = await json();
        assert.deepEqual(Object.keys(output), ['diagnostics', 'summary']);
        assert.deepEqual(Object.keys(output.summary), ['files', 'errors', 'warnings', 'infos']);
        for (const d of output.diagnostics) {
          assert.deepEqual(Object.keys(d), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
        }
      });

      it('gives the expected diagnostics with paths relative to the folder given and 1-based positions', async function () {
        const { diagnostics } = await json();
        assert.deepEqual(
          diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`),
          expectedDiagnostics(),
        );
        for (const d of diagnostics) {
          assert.ok(!d.file.startsWith('/') && !d.file.startsWith('..') && !d.file.includes('\\'), d.file);
          assert.ok(existsSync(join(KITCHEN_SINK, d.file)), d.file);
          for (const n of [d.line, d.column, d.endLine, d.endColumn]) assert.ok(Number.isInteger(n) && n >= 1, `${d.file}: ${n}`);
          assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), `${d.file}:${d.line}: range ends before it starts`);
          assert.ok(d.message.length > 0);
        }
      });

      it('has summary counts that match the diagnostics', async function () {
        const { diagnostics, summary } = await json();
        const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
        assert.deepEqual(summary, {
          files: countDocuments(KITCHEN_SINK),
          errors: count('error'),
          warnings: count('warning'),
          infos: count('info'),
        });
      });
    });

    describe('sarif format', function () {
      interface SarifLog {
        version: string;
        runs: {
          tool: { driver: { name: string; version: string; rules: { id: string }[] } };
          originalUriBaseIds: Record<string, { uri: string }>;
          results: {
            ruleId: string;
            ruleIndex?: number;
            level: string;
            message: { text: string };
            locations: {
              physicalLocation: {
                artifactLocation: { uri: string; uriBaseId: string };
                region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
              };
            }[];
          }[];
        }[];
      }

      async function sarif(): Promise<SarifLog> {
        const run = await netgov(cli.kitchenSarif());
        assert.equal(run.status, 1);
        assert.equal(run.stderr, '');
        const log: unknown = JSON.parse(run.stdout);
        validateSarif(log);
        return log as SarifLog;
      }

      it('is valid SARIF 2.1.0 naming netgov and its version', async function () {
        const log = await sarif();
        assert.equal(log.version, '2.1.0');
        assert.equal(log.runs.length, 1);
        assert.equal(log.runs[0]!.tool.driver.name, 'netgov');
        assert.equal(log.runs[0]!.tool.driver.version, packageVersion());
      });

      it('has one result per diagnostic, each with a ruleId and a region', async function () {
        const run = (await sarif()).runs[0]!;
        const level = { error: 'error', warning: 'warning', info: 'note' } as const;
        assert.deepEqual(
          run.results.map((r) => {
            const { artifactLocation, region } = r.locations[0]!.physicalLocation;
            return `${decodeURIComponent(artifactLocation.uri)}:${region.startLine}:${region.startColumn} ${r.level} ${r.ruleId}`;
          }),
          expectedDiagnostics().map((line) => {
            const [where, severity, code] = line.split(' ');
            return `${where} ${level[severity as keyof typeof level]} ${code}`;
          }),
        );
        for (const result of run.results) {
          assert.ok(result.ruleId.length > 0);
          assert.equal(result.locations.length, 1);
          const { artifactLocation, region } = result.locations[0]!.physicalLocation;
          assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
          assert.ok(!artifactLocation.uri.startsWith('/'), artifactLocation.uri);
          for (const n of [region.startLine, region.startColumn, region.endLine, region.endColumn]) assert.ok(Number.isInteger(n) && n >= 1);
          if (result.ruleIndex !== undefined) assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
        }
        assert.equal(run.originalUriBaseIds['%SRCROOT%']!.uri, `${pathToFileURL(KITCHEN_SINK).href}/`);
      });

      it('agrees with the json format on every position and message', async function () {
        const results = (await sarif()).runs[0]!.results;
        const json = JSON.parse((await netgov(cli.kitchenJson())).stdout) as { diagnostics: Record<string, unknown>[] };
        assert.deepEqual(
          results.map((r) => {
            const { artifactLocation, region } = r.locations[0]!.physicalLocation;
            // SARIF message text escapes `[` and `]` (no embedded links from document text, issue 13); read as plain text it is the same message.
            return [decodeURIComponent(artifactLocation.uri), region.startLine, region.startColumn, region.endLine, region.endColumn, r.message.text.replace(/\\([[\]])/g, '$1')];
          }),
          json.diagnostics.map((d) => [d['file'], d['line'], d['column'], d['endLine'], d['endColumn'], d['message']]),
        );
      });
    });

    describe('github format', function () {
      it('prints one workflow command per diagnostic in the documented shape', async function () {
        const run = await netgov(cli.kitchenGithub());
        assert.equal(run.status, 1);
        assert.equal(run.stderr, '');
        assert.ok(run.stdout.endsWith('\n'));
        const lines = run.stdout.slice(0, -1).split('\n');
        for (const line of lines) assert.match(line, GITHUB_LINE);
        const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
        assert.deepEqual(
          lines.map((line) => {
            const m = /^::(\w+) file=([^,]+),line=(\d+),col=(\d+),.*,title=([^:]+)::/.exec(line)!;
            return `${m[2]}:${m[3]}:${m[4]} ${m[1]} ${m[5]}`;
          }),
          expectedDiagnostics().map((line) => {
            const [where, severity, code] = line.split(' ');
            return `${where} ${command[severity as keyof typeof command]} ${code}`;
          }),
        );
      });
    });

    it('gives byte-identical output when run twice', async function () {
      const [first, second] = await Promise.all([netgov(cli.kitchenText()), netgov(cli.kitchenTextAgain())]);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.stderr, first.stderr);
      assert.equal(second.status, first.status);
    });
  });

  describe('--timings', function () {
    it('writes a JSON object with stages to stderr and leaves stdout the same clean JSON', async function () {
      const run = await netgov(cli.kitchenTimings());
      assert.equal(run.status, 1);
      // Also shows the json format is deterministic: byte-identical to the run without --timings.
      assert.equal(run.stdout, (await netgov(cli.kitchenJson())).stdout);
      assert.ok(run.stderr.endsWith('\n'));
      assert.ok(!run.stderr.trimEnd().includes('\n'), `one line on stderr: ${run.stderr}`);
      const timings = JSON.parse(run.stderr) as { stages?: Record<string, unknown> };
      assert.deepEqual(Object.keys(timings), ['stages']);
      const stages = timings.stages!;
      assert.ok(stages && typeof stages === 'object');
      for (const stage of ['discover', 'read', 'parse', 'schema', 'rules', 'format']) {
        assert.ok(typeof stages[stage] === 'number' && (stages[stage] as number) >= 0, `stage ${stage}: ${String(stages[stage])}`);
      }
    });
  });

  describe('exit codes', function () {
    it('exits 1 when there are errors', async function () {
      assert.equal((await netgov(cli.kitchenText())).status, 1);
      assert.equal((await netgov(cli.kitchenJson())).status, 1);
    });

    it('exits 0 on a clean network, even with --fail-on info --max-warnings 0', async function () {
      assert.deepEqual(await netgov(cli.clean()), {
        status: 0,
        stdout: `✔ ${plural(countDocuments(dir.clean()), 'file')} checked, no problems\n`,
        stderr: '',
      });
    });

    describe('a network with only a warning', function () {
      const warningLine =
        'members/ann-ray.md:8:12 warning role.term-expired This lead role ended on 2025-01-31 and no later term is recorded. Agree a new term or record who leads next.';
      const output = `${warningLine}\n\n✖ 1 warning in 2 files\n`;

      it('exits 0 by default', async function () {
        assert.deepEqual(await netgov(cli.warnings()), { status: 0, stdout: output, stderr: '' });
      });

      it('exits 1 with --fail-on warning', async function () {
        assert.deepEqual(await netgov(cli.warningsFailOnWarning()), { status: 1, stdout: output, stderr: '' });
      });

      it('exits 1 with --max-warnings 0 and 0 with --max-warnings 1', async function () {
        assert.deepEqual(await netgov(cli.warningsMax0()), { status: 1, stdout: output, stderr: '' });
        assert.deepEqual(await netgov(cli.warningsMax1()), { status: 0, stdout: output, stderr: '' });
      });

      it('prints nothing at all with --quiet', async function () {
        assert.deepEqual(await netgov(cli.warningsQuiet()), { status: 0, stdout: '', stderr: '' });
      });
    });
  });

  describe('usage errors exit 2 with one line on stderr', function () {
    it('an unknown option', async function () {
      assertUsageError(await netgov(cli.unknownOption()), /^netgov check: unknown option --bogus: see netgov check --help$/);
    });

    it('an unknown format', async function () {
      assertUsageError(await netgov(cli.unknownFormat()), /^netgov check: unknown --format 'xml': use text, json, sarif, github or gitlab$/);
    });

    it('an unknown --fail-on severity', async function () {
      assertUsageError(await netgov(cli.unknownFailOn()), /^netgov check: unknown --fail-on 'fatal': use error, warning or info$/);
    });

    it('a --max-warnings that is not a whole number', async function () {
      assertUsageError(await netgov(cli.fractionalMaxWarnings()), /^netgov check: --max-warnings needs a whole number, not '1\.5'$/);
    });

    it('a bad --as-of date', async function () {
      assertUsageError(await netgov(cli.badAsOf()), /^netgov check: --as-of needs a date written YYYY-MM-DD, not '2026-02-30'$/);
    });

    it('a folder that does not exist', async function () {
      assertUsageError(await netgov(cli.missingDir()), /^netgov check: no\/such\/folder does not exist$/);
    });

    it('a path that is a file', async function () {
      assertUsageError(await netgov(cli.fileAsDir()), /^netgov check: .*CHARTER\.md is a file; give the folder that holds the network's CHARTER\.md$/);
    });

    it('a folder with no CHARTER.md, saying how to start a network', async function () {
      assertUsageError(await netgov(cli.noCharter()), /^netgov check: no network found in empty: a network is a folder holding CHARTER\.md/);
    });

    it('more than one folder', async function () {
      assertUsageError(await netgov(cli.twoDirs()), /^netgov check: check takes one folder, not 2: /);
    });

    it('an unknown command: the error first, then the usage', async function () {
      const run = await netgov(cli.unknownCommand());
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      const [first, ...rest] = run.stderr.split('\n');
      assert.equal(first, "netgov: unknown command 'frobnicate'");
      assert.equal(rest.join('\n'), `\n${(await netgov(cli.help())).stdout}`);
      assertNoStack(run);
    });

    it('an option value that looks like an option (--max-warnings -1), in netgov\'s words', async function () {
      const run = await netgov(cli.negativeMaxWarnings());
      assertUsageError(run, /^netgov check: --max-warnings needs a value, and '-1' looks like an option; to give a value starting with '-', write --max-warnings=-1$/);
      assert.doesNotMatch(run.stderr, /ambiguous/);
      assertUsageError(await netgov(cli.negativeMaxWarningsJoined()), /^netgov check: --max-warnings needs a whole number, not '-1'$/);
    });

    it('an empty --max-warnings', async function () {
      assertUsageError(await netgov(cli.emptyMaxWarnings()), /^netgov check: --max-warnings needs a whole number, not ''$/);
    });

    it('an option with no value, and a switch given one', async function () {
      assertUsageError(await netgov(cli.missingValue()), /^netgov check: --format needs a value: see netgov check --help$/);
      assertUsageError(await netgov(cli.flagWithValue()), /^netgov check: --quiet takes no value: write --quiet on its own$/);
    });

    it('the advice for a folder with no CHARTER.md names a command that exists', async function () {
      const { stderr } = await netgov(cli.noCharter());
      const command = /netgov (\w+)/.exec(stderr.replace(/^netgov check: /, ''))?.[1];
      if (command === undefined) return; // advice in words rather than a command: fine
      assert.equal((await netgov({ args: [command, '--help'] })).status, 0, `\`netgov ${command}\` is suggested but does not exist`);
    });
  });

  describe('help and version', function () {
    it('--help prints the usage and exits 0', async function () {
      const run = await netgov(cli.help());
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^Usage: netgov <command> \[options\]\n/);
      assert.match(run.stdout, /^ {2}check +check the network documents under a folder$/m);
      assert.match(run.stdout, /^ {2}health +test the temperature of a network/m);
    });

    it('check --help lists every option and the exit codes, and exits 0', async function () {
      const run = await netgov(cli.checkHelp());
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^Usage: netgov check \[dir\] \[options\]\n/);
      for (const option of ['--format', '--fail-on', '--max-warnings', '--quiet', '--as-of', '--no-color', '--timings', '--debug']) {
        assert.match(run.stdout, new RegExp(`^ {2}${option}\\b`, 'm'), option);
      }
      assert.match(run.stdout, /Exit codes: 0 .* 1 .* 2 /);
    });

    it('--version prints the package version and exits 0', async function () {
      assert.deepEqual(await netgov(cli.version()), { status: 0, stdout: `${packageVersion()}\n`, stderr: '' });
    });

    it('no command at all prints the usage and exits 2', async function () {
      assert.deepEqual(await netgov(cli.noCommand()), { status: 2, stdout: '', stderr: (await netgov(cli.help())).stdout });
    });
  });

  describe('paths', function () {
    it('checks the current folder when run inside the network with no folder given', async function () {
      assert.deepEqual(await netgov(cli.insideNetwork()), await netgov(cli.kitchenText()));
    });

    it('prints paths relative to the folder given, not to the working folder', async function () {
      assert.deepEqual(await netgov(cli.fromSubfolder()), await netgov(cli.kitchenText()));
    });

    it('handles a path with spaces, printing paths from the folder given', async function () {
      const [body, summary] = (await netgov(cli.kitchenText())).stdout.split('\n\n');
      const prefixed = body!.split('\n').map((line) => `${SPACED_SINK}/${line}`);
      assert.deepEqual(await netgov(cli.spacedText()), { status: 1, stdout: `${prefixed.join('\n')}\n\n${summary}`, stderr: '' });
    });

    it('gives valid SARIF with percent-encoded URIs for a path with spaces', async function () {
      const run = await netgov(cli.spacedSarif());
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      const log = JSON.parse(run.stdout) as {
        runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      };
      validateSarif(log);
      const { originalUriBaseIds, results } = log.runs[0]!;
      assert.equal(originalUriBaseIds['%SRCROOT%']!.uri, `${pathToFileURL(join(tmp, SPACED_NETWORKS)).href}/`);
      assert.ok(originalUriBaseIds['%SRCROOT%']!.uri.endsWith('/my%20networks/'));
      assert.equal(results.length, expectedDiagnostics().length);
      for (const result of results) {
        assert.match(result.locations[0]!.physicalLocation.artifactLocation.uri, /^kitchen%20sink\/[^ ]+$/);
      }
    });
  });

  it('reports a complex YAML key at the key, with its rule code, and prints no Node warning', async function () {
    const run = await netgov(cli.complexKey());
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    assert.equal(
      run.stdout.split('\n')[0],
      'members/ann-ray.md:5:3 error yaml.complex-key This field name is a list or mapping; a field name is a single word, as in `title: value`. Write the field out that way.',
    );
  });

  it('reads CRLF documents like LF ones: a valid CRLF network checks clean', async function () {
    assert.deepEqual(await netgov(cli.crlf()), { status: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
    assert.ok(!(await netgov(cli.kitchenText())).stdout.includes('\r'), 'no carriage return in the text output');
  });
});
