import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { GitRepo } from './git-fixture';
import { repoRoot } from '../helpers/paths';
import { Workbook } from 'exceljs';

/**
 * The package as a new network gets it: `npm pack` of this repository,
 * installed into an empty folder with no registry (netgov bundles everything it
 * runs, so the tarball needs nothing else), then used from there: `netgov check`
 * and `netgov health` on the example it carries, and `netgov init --ci github
 * --vendor` in a scratch git repository, whose workflow's shell steps are then
 * run as GitHub would run them (the scripts, not GitHub itself).
 *
 * Packing and installing take seconds on an idle machine and much longer on a
 * busy one, so all of it happens once in `before`, under its own generous
 * bound, and the tests only look at what it gave.
 */

const SETUP_TIMEOUT_MS = 10 * 60_000;
/** Any one process: generous, so that a loaded machine never fails a test. */
const PROCESS_TIMEOUT_MS = 4 * 60_000;
const AS_OF = ['--as-of', '2026-11-27'];
const EXAMPLE = 'examples/north-east-frailty-network';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((done) => {
    execFile(command, [...args], { cwd, env, timeout: PROCESS_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout: String(stdout), stderr: error && code === -1 ? `${String(stderr)}\n${error.message}` : String(stderr) });
    });
  });
}

function ok(result: Run, what: string): Run {
  assert.equal(result.code, 0, `${what} failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
  return result;
}

interface WorkflowStep {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
}

/** GitHub's steps, run as its runner does: `bash --noprofile --norc -eo pipefail`, GITHUB_PATH taken in after each. */
async function runSteps(steps: readonly WorkflowStep[], cwd: string, env: Record<string, string>, runnerDir: string): Promise<Run[]> {
  const githubPath = join(runnerDir, 'github-path');
  const summary = join(runnerDir, 'step-summary.md');
  const temp = join(runnerDir, 'temp');
  mkdirSync(temp, { recursive: true });
  writeFileSync(githubPath, '');
  writeFileSync(summary, '');
  const results: Run[] = [];
  for (const step of steps) {
    if (step.run === undefined) continue;
    const added = readFileSync(githubPath, 'utf8').split('\n').filter((line) => line !== '').reverse();
    const stepEnv = {
      ...process.env,
      ...env,
      RUNNER_TEMP: temp,
      GITHUB_PATH: githubPath,
      GITHUB_STEP_SUMMARY: summary,
      PATH: [...added, process.env.PATH ?? ''].join(delimiter),
      // Nothing may come from a registry: the vendored tarball is all there is.
      npm_config_offline: 'true',
      npm_config_cache: join(runnerDir, 'npm-cache'),
    };
    results.push(await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], cwd, stepEnv));
  }
  return results;
}

describe('the npm package', function () {
  let tmp = '';
  let tarball = '';
  let installed = '';
  let installRun: Run;
  let check: Run;
  let health: Run;
  let version: Run;
  let scratch: GitRepo | undefined;
  let init: Run;
  let workflow: { env: Record<string, string>; jobs: Record<string, { env?: Record<string, string>; steps: WorkflowStep[] }> };
  let stepResults: Run[] = [];
  let tampered: Run;
  let xlsxImport: Run;

  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    assert.ok(existsSync(join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: build with `node esbuild.js` first');
    tmp = mkdtempSync(join(tmpdir(), 'netgov-package-'));
    const npmEnv = { ...process.env, npm_config_cache: join(tmp, 'npm-cache'), npm_config_update_notifier: 'false' };

    // --ignore-scripts: pack the build the suite runs against, not a new one.
    const packed = ok(await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp, repoRoot], tmp, npmEnv), 'npm pack');
    tarball = join(tmp, packed.stdout.trim().split('\n').pop()!);

    const app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    installRun = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app, npmEnv);
    ok(installRun, 'npm install of the tarball, offline');
    installed = join(app, 'node_modules', 'netgov');
    const bin = join(app, 'node_modules', '.bin', 'netgov');
    check = await run(bin, ['check', join(installed, EXAMPLE), ...AS_OF], app);
    health = await run(bin, ['health', join(installed, EXAMPLE), ...AS_OF], app);
    version = await run(bin, ['--version'], app);
    // A roster as a workbook: the installed CLI reads it with exceljs from its own bundle (dist/exceljs.js).
    const roster = join(tmp, 'roster.xlsx');
    const book = new Workbook();
    book.addWorksheet('Roster').addRows([['Name', 'Organisation'], ['Ada Byron', 'Analytical Trust']]);
    await book.xlsx.writeFile(roster);
    xlsxImport = await run(bin, ['import', 'members', roster, '--dir', join(installed, EXAMPLE), '--dry-run'], app, { ...process.env, NETGOV_TODAY: '2026-11-27' });

    // A network's repository adopting netgov from the installed copy.
    scratch = new GitRepo();
    const env = { ...process.env, NETGOV_TODAY: '2026-11-27', npm_config_cache: join(tmp, 'npm-cache-init'), npm_config_offline: 'true' };
    scratch.copy(EXAMPLE, 'network');
    init = await run(bin, ['init', 'network', '--ci', 'github', '--vendor'], scratch.dir, env);
    ok(init, 'netgov init --ci github --vendor');
    scratch.commitAll('netgov on main');
    scratch.git('checkout', '--quiet', '-b', 'change');
    scratch.write('network/members/new-joiner.md', '---\nname: New Joiner\norganisation: Test Trust\njoined: 2026-11-20\n---\nNew Joiner joins the network.\n');
    scratch.commitAll('a member joins');

    workflow = parse(readFileSync(scratch.path('.github/workflows/netgov.yml'), 'utf8')) as typeof workflow;
    const job = workflow.jobs.check!;
    // The expressions GitHub would fill in: the pull request's base branch is main here.
    const stepsEnv: Record<string, string> = { ...workflow.env, ...job.env, BASE: 'main' };
    stepResults = await runSteps(job.steps, scratch.dir, stepsEnv, join(tmp, 'runner'));

    // The same install step with a tarball that is not the one the workflow names.
    const bad = join(tmp, 'tampered');
    mkdirSync(join(bad, '.github', 'netgov'), { recursive: true });
    const vendored = stepsEnv.NETGOV_TARBALL!;
    writeFileSync(join(bad, vendored), Buffer.concat([readFileSync(scratch.path(vendored)), Buffer.from('\n')]));
    tampered = (await runSteps(job.steps.filter((step) => step.name === 'Install netgov'), bad, stepsEnv, join(tmp, 'runner-tampered')))[0]!;
  });

  after(function () {
    scratch?.dispose();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('installs from the tarball alone, offline, with no dependencies', function () {
    const lock = JSON.parse(readFileSync(join(tmp, 'app', 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    assert.deepEqual(Object.keys(lock.packages).sort(), ['', 'node_modules/netgov']);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; engines: { node: string } };
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'esbuild bundles what netgov runs: nothing to install beside it');
    assert.equal(manifest.engines.node, '>=22');
  });

  it('carries the CLI, schemas, checklists, templates, the example and every document the README links', function () {
    for (const path of ['dist/cli.js', 'dist/exceljs.js', 'dist/extension.js', 'schemas/netgov.schema.json', 'checklists/netgov-core.yml', 'templates/ci/github-actions.yml', 'action.yml', 'docs/releasing.md', `${EXAMPLE}/CHARTER.md`]) {
      assert.ok(existsSync(join(installed, path)), `${path} is in the package`);
    }
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?:docs|examples)\/[^)#\s]+)/g)].map((match) => match[1]!);
    assert.ok(links.length > 3, 'the README links its documents');
    for (const link of links) assert.ok(existsSync(join(installed, link)), `${link}, which the README links, is in the package`);
    assert.ok(!existsSync(join(installed, 'src')) && !existsSync(join(installed, 'test')) && !existsSync(join(installed, 'node_modules')), 'no sources, tests or node_modules');
  });

  it('gives a netgov command that checks the example: no errors, and the one warning its story tells (a lead in post for years)', function () {
    assert.equal(version.stdout.trim(), (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
    assert.equal(check.code, 0, check.stderr);
    assert.match(check.stdout, /^members\/rebecca-thornton\.md:\d+:\d+ warning role\.continuous-tenure /);
    assert.match(check.stdout, /\n\n✖ 1 warning in \d+ files\n$/);
  });

  it('gives a netgov command that reads a roster workbook (exceljs loaded from its own bundle)', function () {
    assert.equal(xlsxImport.code, 0, xlsxImport.stderr);
    assert.match(xlsxImport.stdout, /Would create .*members\/ada-byron\.md \(row 2: Ada Byron\)/);
  });

  it('gives a netgov command that tests the example\'s health', function () {
    assert.equal(health.code, 0, health.stderr);
    assert.match(health.stdout, /^North East Frailty Improvement Network: health as of 27 Nov 2026\n/);
    assert.match(health.stdout, /Overall\s+\d+/);
  });

  describe('netgov init --ci github --vendor, then the workflow\'s steps', function () {
    it('vendors the packed tarball and names its sha256 in the workflow', function () {
      const vendored = workflow.env.NETGOV_TARBALL!;
      assert.equal(vendored, `.github/netgov/netgov-${version.stdout.trim()}.tgz`);
      const sha256 = createHash('sha256').update(readFileSync(scratch!.path(vendored))).digest('hex');
      assert.equal(workflow.env.NETGOV_SHA256, sha256);
      assert.ok(init.stdout.includes(sha256), 'init says which sha256 it wrote');
      assert.deepEqual(readdirSync(scratch!.path('.github/netgov')), [`netgov-${version.stdout.trim()}.tgz`]);
    });

    it('runs every step of the check job: install from the vendored copy, check, summary, SARIF', function () {
      const steps = workflow.jobs.check!.steps.filter((step) => step.run !== undefined);
      assert.equal(stepResults.length, steps.length);
      stepResults.forEach((result, index) => assert.equal(result.code, 0, `step "${steps[index]!.name ?? steps[index]!.run}" failed:\n${result.stderr}\n${result.stdout}`));
      const summary = readFileSync(join(tmp, 'runner', 'step-summary.md'), 'utf8');
      // The job summary is anonymised by default: it says someone joins without naming them.
      assert.match(summary, /Member \d+/, 'the summary says a member joins');
      assert.doesNotMatch(summary, /New Joiner|new-joiner/, 'the summary names nobody');
      const sarif = JSON.parse(readFileSync(scratch!.path('netgov.sarif'), 'utf8')) as { version: string; runs: unknown[] };
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs.length, 1);
    });

    it('refuses a vendored tarball whose sha256 is not the one the workflow names, before installing it', function () {
      assert.notEqual(tampered.code, 0);
      assert.match(`${tampered.stdout}${tampered.stderr}`, /FAILED/);
      assert.ok(!existsSync(join(tmp, 'runner-tampered', 'temp', 'netgov', 'node_modules', 'netgov')), 'nothing was installed');
    });
  });
});
