import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { initCommand } from '../../src/cli/commands/init';
import { isFormatName } from '../../src/cli/formats';
import { runInProcess, type CliRun } from '../helpers/run-cli';
import { version } from '../../src/cli/util';
import { fromRoot } from '../helpers/paths';
import type { Step } from '../helpers/workflow';
import { planCiFile, vendoredTarballPath } from '../../src/core/templates/ci';
import githubTemplate from '../../templates/ci/github-actions.yml';
import gitlabTemplate from '../../templates/ci/gitlab-ci.yml';

/**
 * The CI templates (templates/ci) and `netgov init --ci`. The workflow is read
 * with a YAML parser and checked against the inputs of the actions it uses,
 * as their action.yml files declare them.
 */

/** The actions the workflow uses, pinned by commit, with the release each commit is and the inputs its action.yml declares (of those netgov might set). */
const ACTIONS: Readonly<Record<string, { readonly release: string; readonly inputs: readonly string[] }>> = {
  'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1': { release: 'v7.0.1', inputs: ['repository', 'ref', 'token', 'path', 'clean', 'fetch-depth', 'fetch-tags', 'sparse-checkout', 'submodules', 'persist-credentials'] },
  'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020': { release: 'v7.0.0', inputs: ['node-version', 'node-version-file', 'architecture', 'check-latest', 'registry-url', 'cache', 'cache-dependency-path'] },
  'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f': { release: 'v7.0.0', inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'] },
  'actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c': { release: 'v8.0.1', inputs: ['name', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'] },
  'github/codeql-action/upload-sarif@8aad20d150bbac5944a9f9d289da16a4b0d87c1e': { release: 'v4.36.2', inputs: ['sarif_file', 'checkout_path', 'ref', 'sha', 'token', 'matrix', 'category', 'wait-for-processing'] },
};

function parseStrictly(text: string, name: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  assert.deepEqual(document.errors.map((e) => e.message), [], `${name} is valid YAML`);
  return document.toJS();
}

/** The `--format` a netgov command line asks for, or undefined. */
function formatIn(command: string): string | undefined {
  return /--format (\S+)/.exec(command)?.[1];
}

describe('CI templates', () => {
  it('both templates are valid YAML before and after filling in the version', () => {
    parseStrictly(githubTemplate, 'templates/ci/github-actions.yml');
    parseStrictly(gitlabTemplate, 'templates/ci/gitlab-ci.yml');
    parseStrictly(planCiFile('github', '/repo', '1.2.3').content, 'the GitHub workflow');
    parseStrictly(planCiFile('gitlab', '/repo', '1.2.3').content, 'the GitLab job');
  });

  describe('GitHub Actions workflow', () => {
    const planned = planCiFile('github', '/repo', '1.2.3');
    type Job = { if?: string; needs?: string; permissions: Record<string, string>; env?: Record<string, string>; steps: Step[] };
    const workflow = parse(planned.content) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      env: Record<string, string>;
      jobs: Record<string, Job>;
    };
    const job = workflow.jobs.check!;
    const upload = workflow.jobs['code-scanning']!;
    const steps = job.steps;
    const runs = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
    const allSteps = Object.values(workflow.jobs).flatMap((j) => j.steps);

    it('goes in .github/workflows/netgov.yml and pins the netgov version that wrote it, from the registry unless vendored', () => {
      assert.equal(planned.path, '/repo/.github/workflows/netgov.yml');
      assert.deepEqual(workflow.env, { NETGOV_VERSION: '1.2.3', NETGOV_TARBALL: '', NETGOV_SHA256: '' });
      assert.ok(runs.some((r) => r.includes('npm install') && r.includes('source="netgov@$NETGOV_VERSION"')));
      assert.throws(() => planCiFile('github', '/repo', 'latest'), /Not a netgov version/);
    });

    it('with a vendored tarball, names it and its sha256, and checks the sha256 before installing', () => {
      const sha256 = 'a'.repeat(64);
      const vendored = parse(planCiFile('github', '/repo', '1.2.3', { sha256 }).content) as typeof workflow;
      assert.deepEqual(vendored.env, { NETGOV_VERSION: '1.2.3', NETGOV_TARBALL: `.github/netgov/netgov-1.2.3.tgz`, NETGOV_SHA256: sha256 });
      assert.equal(vendoredTarballPath('github', '1.2.3'), '.github/netgov/netgov-1.2.3.tgz');
      const install = runs.find((r) => r.includes('npm install'))!;
      assert.ok(install.indexOf('sha256sum --check --strict') < install.indexOf('npm install'));
      assert.match(install, /--ignore-scripts/);
      assert.throws(() => planCiFile('github', '/repo', '1.2.3', { sha256: 'not-a-hash' }), /Not a sha256/);
    });

    it('runs on pull requests with read-only contents; only the upload job may write security events', () => {
      assert.deepEqual(Object.keys(workflow.on), ['pull_request']);
      assert.deepEqual(workflow.permissions, { contents: 'read' });
      assert.deepEqual(job.permissions, { contents: 'read' });
      assert.deepEqual(upload.permissions, { contents: 'read', actions: 'read', 'security-events': 'write' });
      assert.equal(job.env?.BASE, 'origin/${{ github.base_ref }}');
    });

    it('skips, not fails, the code scanning upload for pull requests from forks', () => {
      assert.equal(upload.needs, 'check');
      assert.equal(upload.if, '${{ !cancelled() && github.event.pull_request.head.repo.full_name == github.repository }}');
    });

    it('checks out the whole history without keeping the token, and sets up Node 22 before running netgov', () => {
      const checkout = steps.findIndex((s) => s.uses?.startsWith('actions/checkout@') === true);
      const node = steps.findIndex((s) => s.uses?.startsWith('actions/setup-node@') === true);
      const firstNetgov = steps.findIndex((s) => s.run?.includes('netgov') === true);
      assert.ok(checkout === 0 && node === 1 && firstNetgov > node);
      assert.equal(steps[checkout]!.with?.['fetch-depth'], 0);
      assert.equal(steps[checkout]!.with?.['persist-credentials'], false);
      assert.equal(steps[node]!.with?.['node-version'], 22);
    });

    it('puts no expression into a shell script (script injection)', () => {
      for (const step of allSteps) assert.ok(!step.run?.includes('${{'), step.name ?? step.run);
    });

    it('is the workflow docs/pull-requests.md shows, comments aside', () => {
      const guide = readFileSync(fromRoot('docs/pull-requests.md'), 'utf8');
      const shown = /```yaml\n(name: netgov\n[\s\S]*?)```/.exec(guide)?.[1];
      assert.ok(shown, 'the guide shows the workflow');
      const documented = parse(shown) as typeof workflow;
      assert.deepEqual({ ...documented, env: { ...documented.env, NETGOV_VERSION: '1.2.3' } }, workflow);
    });

    it('uses only the actions it knows, pinned by commit with the release in a comment, with inputs they declare', () => {
      for (const step of allSteps.filter((s) => s.uses !== undefined)) {
        const action = ACTIONS[step.uses!];
        assert.ok(action, `an action the test knows, pinned by commit: ${step.uses}`);
        assert.ok(planned.content.includes(`uses: ${step.uses} # ${action.release}`), `${step.uses} says its release`);
        for (const input of Object.keys(step.with ?? {})) assert.ok(action.inputs.includes(input), `${step.uses} has an input '${input}'`);
      }
      for (const line of planned.content.split('\n').filter((l) => l.includes('uses:'))) assert.match(line, /@[0-9a-f]{40} # v\d/, line);
    });

    it('annotates with check --changed, writes the diff to the job summary and hands the SARIF to the upload job', () => {
      assert.ok(runs.includes('netgov check --changed "$BASE" --format github'));
      assert.ok(runs.includes('netgov diff "$BASE" --format md --anonymise >> "$GITHUB_STEP_SUMMARY"'));
      const sarif = steps.find((s) => s.run?.startsWith('netgov check --format sarif > netgov.sarif'));
      assert.ok(sarif, 'a step writes netgov.sarif');
      assert.ok(!sarif.run!.includes('--changed'), 'the whole network, so alerts close when fixed');
      const kept = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@') === true);
      assert.deepEqual([kept?.with?.name, kept?.with?.path], ['netgov-sarif', 'netgov.sarif']);
      assert.ok(steps.indexOf(kept!) > steps.indexOf(sarif));
      for (const step of [sarif, kept!, steps.find((s) => s.run?.includes('netgov diff'))!]) assert.equal(step.if, 'always()', step.name);
      const [download, uploadSarif] = upload.steps;
      assert.ok(download?.uses?.startsWith('actions/download-artifact@'));
      assert.equal(download?.with?.name, 'netgov-sarif');
      assert.ok(uploadSarif?.uses?.startsWith('github/codeql-action/upload-sarif@'));
      assert.deepEqual(uploadSarif?.with, { sarif_file: 'netgov.sarif', category: 'netgov' });
      for (const run of runs.filter((r) => r.startsWith('netgov check'))) assert.ok(isFormatName(formatIn(run)!), run);
    });

    it('action.yml, the composite action, pins its actions by commit and puts no expression into a script', () => {
      const action = parseStrictly(readFileSync(fromRoot('action.yml'), 'utf8'), 'action.yml') as { runs: { using: string; steps: Step[] } };
      assert.equal(action.runs.using, 'composite');
      for (const step of action.runs.steps) {
        if (step.uses !== undefined) assert.ok(ACTIONS[step.uses], `pinned by commit: ${step.uses}`);
        assert.ok(!step.run?.includes('${{'), step.name ?? step.run);
      }
      assert.ok(action.runs.steps.some((step) => step.run?.includes('sha256sum --check --strict')));
    });
  });

  describe('GitLab CI job', () => {
    const planned = planCiFile('gitlab', '/repo', '1.2.3');
    const job = (parse(planned.content) as Record<string, { rules: { if: string }[]; variables: Record<string, unknown>; script: string[]; artifacts: { when: string; reports: { codequality: string } } }>).netgov!;

    it('runs on merge requests against GitLab\'s merge base, with the whole history', () => {
      assert.equal(planned.path, '/repo/.gitlab-ci.yml');
      assert.deepEqual(job.rules, [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
      assert.equal(job.variables.GIT_DEPTH, 0);
      assert.equal(job.variables.BASE, '$CI_MERGE_REQUEST_DIFF_BASE_SHA');
      assert.equal(job.variables.NETGOV_VERSION, '1.2.3');
      assert.equal(job.variables.NETGOV_TARBALL, '');
      const vendored = (parse(planCiFile('gitlab', '/repo', '1.2.3', { sha256: 'b'.repeat(64) }).content) as typeof job & Record<string, typeof job>).netgov!;
      assert.equal(vendored.variables.NETGOV_TARBALL, '.gitlab/netgov/netgov-1.2.3.tgz');
      assert.equal(vendored.variables.NETGOV_SHA256, 'b'.repeat(64));
      assert.ok(job.script[0]!.indexOf('sha256sum --check --strict') < job.script[0]!.indexOf('npm install'));
    });

    it('writes a code quality report from check --changed --format gitlab, kept whatever the result', () => {
      const report = job.script.find((line) => line.includes('--format gitlab'));
      assert.ok(report?.startsWith('netgov check --changed "$BASE" --format gitlab > gl-code-quality-report.json'));
      assert.equal(job.artifacts.reports.codequality, 'gl-code-quality-report.json');
      assert.equal(job.artifacts.when, 'always');
      assert.ok(isFormatName('gitlab'));
    });
  });
});

describe('netgov init --ci', () => {
  let parent: string;

  beforeEach(() => (parent = mkdtempSync(join(tmpdir(), 'netgov-init-ci-'))));
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  function init(cwd: string, ...args: string[]): Promise<CliRun> {
    return runInProcess(args, { cwd, today: '2026-11-27', command: initCommand });
  }

  /** A repository with a network in `network/`, made by netgov init. */
  async function repository(): Promise<string> {
    mkdirSync(join(parent, '.git'));
    assert.equal((await init(parent, 'network')).code, 0);
    return join(parent, 'network');
  }

  it('adds the workflow at the repository root of an existing network, and only that', async () => {
    const network = await repository();
    const before = readdirSync(network, { recursive: true }).sort();
    const result = await init(parent, 'network', '--ci', 'github');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Added the GitHub Actions workflow \.github\/workflows\/netgov\.yml: on each pull request/);
    assert.equal(readFileSync(join(parent, '.github/workflows/netgov.yml'), 'utf8'), planCiFile('github', '/x', version()).content);
    assert.deepEqual(readdirSync(network, { recursive: true }).sort(), before, 'the network files are not written again');
  });

  it('at the repository root, finds the network in its subfolder and does not start a second one', async () => {
    const network = await repository();
    const before = readdirSync(network, { recursive: true }).sort();
    const result = await init(parent, '--ci', 'github');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Added the GitHub Actions workflow \.github\/workflows\/netgov\.yml: on each pull request/);
    assert.deepEqual(readdirSync(parent).sort(), ['.git', '.github', 'network']);
    assert.deepEqual(readdirSync(network, { recursive: true }).sort(), before);
    await assert.rejects(init(parent, '--ci', 'github', '--name', 'Other'), /--name is for a new network, and network is one already/);
  });

  it('leaves an existing workflow as it is, says how to merge, and adds only the proposal files', async () => {
    const network = await repository();
    mkdirSync(join(parent, '.github/workflows'), { recursive: true });
    writeFileSync(join(parent, '.github/workflows/netgov.yml'), 'ours\n');
    const result = await init(network, '--ci', 'github');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Left the GitHub Actions workflow \S*\/\.github\/workflows\/netgov\.yml as it is: it exists already, and init never overwrites a file\. Compare it with the workflow netgov would write \(netgov init --ci github --print\)/);
    assert.equal(readFileSync(join(parent, '.github/workflows/netgov.yml'), 'utf8'), 'ours\n');
    assert.deepEqual(readdirSync(join(parent, '.github'), { recursive: true }).sort(), ['ISSUE_TEMPLATE', 'ISSUE_TEMPLATE/propose-action.yml', 'workflows', 'workflows/netgov-proposals.yml', 'workflows/netgov.yml']);
    // With every file there, nothing is written and init says so.
    const again = await init(network, '--ci', 'github');
    assert.equal(again.code, 2);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /^netgov init: \S*\/\.github\/workflows\/netgov\.yml, \S*\/\.github\/ISSUE_TEMPLATE\/propose-action\.yml, \S*\/\.github\/workflows\/netgov-proposals\.yml exist already; init never overwrites files, so nothing was written\. Compare it with the workflow netgov would write/);
    assert.equal(readFileSync(join(parent, '.github/workflows/netgov.yml'), 'utf8'), 'ours\n');
  });

  it('refuses an existing .gitlab-ci.yml and says how to include the job', async () => {
    const network = await repository();
    writeFileSync(join(parent, '.gitlab-ci.yml'), 'stages: [build]\n');
    const result = await init(network, '--ci', 'gitlab');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /include: \[\{local: ci\/netgov\.gitlab-ci\.yml\}\]/);
    assert.equal(readFileSync(join(parent, '.gitlab-ci.yml'), 'utf8'), 'stages: [build]\n');
  });

  it('starts a network too when the folder is in none, and says where the file went without a repository', async () => {
    const result = await init(parent, 'new-network', '--ci', 'github');
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(join(parent, 'new-network/CHARTER.md')));
    assert.ok(existsSync(join(parent, 'new-network/.github/workflows/netgov.yml')));
    assert.match(result.stdout, /There is no git repository here yet, so it went beside the network\. Once there is one \(git init\), move it to \.github\/workflows\/netgov\.yml at the repository's root\./);
  });

  it('--print prints the file and writes nothing; --name is refused for an existing network', async () => {
    const network = await repository();
    const printed = await init(network, '--ci', 'gitlab', '--print');
    assert.deepEqual([printed.code, printed.stdout], [0, planCiFile('gitlab', '/x', version()).content]);
    assert.ok(!existsSync(join(parent, '.gitlab-ci.yml')));
    await assert.rejects(init(network, '--ci', 'github', '--name', 'Other'), /--name is for a new network/);
    await assert.rejects(init(network, '--ci', 'jenkins'), /unknown --ci 'jenkins': use github or gitlab/);
  });

  it('--vendor goes with --ci and not with --print, and never overwrites a vendored tarball', async () => {
    const network = await repository();
    await assert.rejects(init(network, '--vendor'), /--vendor goes with --ci/);
    await assert.rejects(init(network, '--ci', 'github', '--vendor', '--print'), /--vendor writes a file, and --print writes nothing/);
    mkdirSync(join(parent, '.github/netgov'), { recursive: true });
    writeFileSync(join(parent, `.github/netgov/netgov-${version()}.tgz`), 'ours');
    const result = await init(network, '--ci', 'github', '--vendor');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /netgov-[\d.]+\.tgz exists already; init never overwrites files, so nothing was written\.\n$/);
    assert.ok(!existsSync(join(parent, '.github/workflows/netgov.yml')));
  });

  it('without --vendor, says the workflow installs from the registry and how to vendor until then', async () => {
    const network = await repository();
    const result = await init(network, '--ci', 'github');
    assert.match(result.stdout, /installs netgov [\d.]+ from the npm registry; until that version is published there, run init again with --vendor/);
  });
});
