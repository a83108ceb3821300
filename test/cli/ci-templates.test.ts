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
import { planCiFile } from '../../src/core/templates/ci';
import githubTemplate from '../../templates/ci/github-actions.yml';
import gitlabTemplate from '../../templates/ci/gitlab-ci.yml';

/**
 * The CI templates (templates/ci) and `netgov init --ci`. The workflow is read
 * with a YAML parser and checked against the inputs of the actions it uses,
 * as their action.yml files declare them.
 */

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}

/** The inputs each action the workflow uses declares (action.yml of that major version), of those netgov might set. */
const ACTION_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'actions/checkout@v4': ['repository', 'ref', 'token', 'path', 'clean', 'fetch-depth', 'fetch-tags', 'sparse-checkout', 'submodules', 'persist-credentials'],
  'actions/setup-node@v4': ['node-version', 'node-version-file', 'architecture', 'check-latest', 'registry-url', 'cache', 'cache-dependency-path'],
  'github/codeql-action/upload-sarif@v3': ['sarif_file', 'checkout_path', 'ref', 'sha', 'token', 'matrix', 'category', 'wait-for-processing'],
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
    const workflow = parse(planned.content) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      env: Record<string, string>;
      jobs: Record<string, { permissions: Record<string, string>; env: Record<string, string>; steps: Step[] }>;
    };
    const job = workflow.jobs.check!;
    const steps = job.steps;
    const runs = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));

    it('goes in .github/workflows/netgov.yml and pins the netgov version that wrote it', () => {
      assert.equal(planned.path, '/repo/.github/workflows/netgov.yml');
      assert.equal(workflow.env.NETGOV_VERSION, '1.2.3');
      assert.ok(runs.some((r) => r.includes('npm install') && r.includes('"netgov@${NETGOV_VERSION}"')));
      assert.throws(() => planCiFile('github', '/repo', 'latest'), /Not a netgov version/);
    });

    it('runs on pull requests with read-only contents, and may write security events for SARIF', () => {
      assert.deepEqual(Object.keys(workflow.on), ['pull_request']);
      assert.deepEqual(workflow.permissions, { contents: 'read' });
      assert.deepEqual(job.permissions, { contents: 'read', 'security-events': 'write' });
      assert.equal(job.env.BASE, 'origin/${{ github.base_ref }}');
    });

    it('checks out the whole history and sets up Node before running netgov', () => {
      const checkout = steps.findIndex((s) => s.uses === 'actions/checkout@v4');
      const node = steps.findIndex((s) => s.uses === 'actions/setup-node@v4');
      const firstNetgov = steps.findIndex((s) => s.run?.includes('netgov') === true);
      assert.ok(checkout === 0 && node === 1 && firstNetgov > node);
      assert.equal(steps[checkout]!.with?.['fetch-depth'], 0);
    });

    it('is the workflow docs/pull-requests.md shows, comments aside', () => {
      const guide = readFileSync(fromRoot('docs/pull-requests.md'), 'utf8');
      const shown = /```yaml\n(name: netgov\n[\s\S]*?)```/.exec(guide)?.[1];
      assert.ok(shown, 'the guide shows the workflow');
      const documented = parse(shown) as typeof workflow;
      assert.deepEqual({ ...documented, env: { NETGOV_VERSION: '1.2.3' } }, workflow);
    });

    it('uses only the actions it knows, at their major versions, with inputs they declare', () => {
      for (const step of steps.filter((s) => s.uses !== undefined)) {
        const inputs = ACTION_INPUTS[step.uses!];
        assert.ok(inputs, `an action the test knows: ${step.uses}`);
        for (const input of Object.keys(step.with ?? {})) assert.ok(inputs.includes(input), `${step.uses} has an input '${input}'`);
      }
    });

    it('annotates with check --changed, writes the diff to the job summary and uploads rule violations as SARIF', () => {
      assert.ok(runs.includes('npx netgov check --changed "$BASE" --format github'));
      assert.ok(runs.includes('npx netgov diff "$BASE" --format md >> "$GITHUB_STEP_SUMMARY"'));
      const sarif = steps.find((s) => s.run?.startsWith('npx netgov check --format sarif > netgov.sarif'));
      assert.ok(sarif, 'a step writes netgov.sarif');
      assert.ok(!sarif.run!.includes('--changed'), 'the whole network, so alerts close when fixed');
      const upload = steps.find((s) => s.uses === 'github/codeql-action/upload-sarif@v3');
      assert.equal(upload?.with?.sarif_file, 'netgov.sarif');
      assert.ok(steps.indexOf(upload!) > steps.indexOf(sarif));
      for (const step of [sarif, upload!, steps.find((s) => s.run?.includes('netgov diff'))!]) assert.equal(step.if, 'always()', step.name);
      for (const run of runs.filter((r) => r.startsWith('npx netgov check'))) assert.ok(isFormatName(formatIn(run)!), run);
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
    });

    it('writes a code quality report from check --changed --format gitlab, kept whatever the result', () => {
      const report = job.script.find((line) => line.includes('--format gitlab'));
      assert.ok(report?.startsWith('npx netgov check --changed "$BASE" --format gitlab > gl-code-quality-report.json'));
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

  it('refuses to overwrite the workflow, says how to merge, and writes nothing', async () => {
    const network = await repository();
    mkdirSync(join(parent, '.github/workflows'), { recursive: true });
    writeFileSync(join(parent, '.github/workflows/netgov.yml'), 'ours\n');
    const result = await init(network, '--ci', 'github');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /netgov\.yml exists already; init never overwrites files, so nothing was written\. Compare it with the workflow netgov would write \(netgov init --ci github --print\)/);
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
});
