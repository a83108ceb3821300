/**
 * Health inline on a pull request (issue 19, item 7): `check --changed` with
 * the github or gitlab format shows the health findings a change creates or
 * worsens where their evidence lies on its changed lines, as notices that
 * never fail the job. The repository holds the example network; each branch is
 * a pull request of one new proposal.
 */
import assert from 'node:assert/strict';
import { GitRepo } from './git-fixture';
import { runInProcess, type CliRun } from '../helpers/run-cli';
import { changedLines } from '../../src/cli/git';

const TODAY = '2026-11-27';
const NETWORK = 'network';
const BUSIEST = 'rebecca-thornton';

function proposal(owner: string, title: string): string {
  return [
    '---',
    'kind: action',
    `title: ${title}`,
    'status: proposed',
    `proposed_by: ${owner}`,
    'proposed: 2026-11-26',
    'area: frailty-identification',
    `owners: [${owner}]`,
    'outcomes: [frailty-care-plans]',
    '---',
    '',
    '## Proposal',
    '',
    'Try it in two practices.',
    '',
    '## Expected impact',
    '',
    'More people with a care plan.',
    '',
  ].join('\n');
}

/** The line (1-based) of `owners:` in a proposal. */
const OWNERS_LINE = 8;

const BUSY = `${NETWORK}/actions/2026-11-26-busiest-owns-another.md`;
const QUIET = `${NETWORK}/actions/2026-11-26-newcomer-owns-one.md`;

function run(repo: GitRepo, args: readonly string[]): Promise<CliRun> {
  return runInProcess(['check', '--as-of', TODAY, '--changed', 'main', ...args], { cwd: repo.dir, today: TODAY });
}

interface Annotation {
  readonly kind: string;
  readonly file: string;
  readonly line: number;
  readonly title: string;
  readonly message: string;
}

function annotations(stdout: string): Annotation[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^::(\w+) file=([^,]*),line=(\d+),[^:]*title=([^:]*)::(.*)$/.exec(line);
      assert.ok(match, line);
      return { kind: match[1]!, file: match[2]!, line: Number(match[3]), title: match[4]!, message: match[5]! };
    });
}

describe('netgov check --changed: health on the changed lines', function () {
  this.timeout(60000);
  let repo: GitRepo;
  const results = new Map<string, CliRun>();

  before(async () => {
    repo = new GitRepo();
    repo.copy('examples/north-east-frailty-network', NETWORK);
    repo.commitAll('The example network');
    repo.git('checkout', '--quiet', '-b', 'busy');
    repo.write(BUSY, proposal(BUSIEST, 'Another piece of work for the coordinator'));
    repo.commitAll('The busiest member owns one more action');
    repo.git('checkout', '--quiet', '-b', 'quiet', 'main');
    repo.write(QUIET, proposal('amira-said', 'Frailty checks in the pharmacy'));
    repo.commitAll('A member who owns little takes on an action');
    // Each question once, on the branch it is about: the runs are the slow part.
    repo.git('checkout', '--quiet', 'busy');
    for (const [name, args] of [
      ['busy github', ['--format', 'github']],
      ['busy github strict', ['--format', 'github', '--fail-on', 'info', '--max-warnings', '0']],
      ['busy gitlab', ['--format', 'gitlab']],
      ['busy sarif', ['--format', 'sarif']],
      ['busy off', ['--format', 'github', '--health', 'off']],
    ] as const) {
      results.set(name, await run(repo, args));
    }
    repo.git('checkout', '--quiet', 'quiet');
    results.set('quiet github', await run(repo, ['--format', 'github']));
    results.set('quiet gitlab', await run(repo, ['--format', 'gitlab']));
    repo.git('checkout', '--quiet', '-b', 'fresh', 'main');
    repo.copy('test/fixtures/networks/clean', 'second');
    repo.remove('second/expected.txt');
    repo.commitAll('A second network');
    results.set('fresh github', await runInProcess(['check', '--as-of', TODAY, '--changed', 'main', '--format', 'github'], { cwd: repo.dir, today: TODAY }));
  });

  after(() => repo.dispose());

  const result = (name: string): CliRun => results.get(name)!;

  it('puts a notice with the question on the owners line of the new action when the busiest member takes on one more', () => {
    const { code, stdout, stderr } = result('busy github');
    assert.equal(stderr, '');
    assert.equal(code, 0, stdout);
    const notices = annotations(stdout).filter((a) => a.title.startsWith('health.'));
    const owners = notices.filter((a) => a.file === BUSY && a.line === OWNERS_LINE);
    assert.equal(owners.length, 1, stdout);
    const [notice] = owners;
    assert.equal(notice!.kind, 'notice');
    assert.match(notice!.message, /^Network health, people who own most of the work \(at risk, worse with this change\): owned by Rebecca Thornton/);
    assert.match(notice!.message, /Now: Rebecca Thornton owns 47 of 93/);
    assert.match(notice!.message, /before: Rebecca Thornton owns 46 of 92/);
    assert.ok(notice!.message.endsWith('?'), 'it ends with the finding\'s question');
    assert.ok(notices.every((a) => a.file === BUSY), 'only on the changed lines: nothing on the untouched pages behind the same findings');
  });

  it('never fails the job nor counts as a warning, whatever --fail-on and --max-warnings say', () => {
    const { code, stdout } = result('busy github strict');
    assert.ok(annotations(stdout).some((a) => a.title.startsWith('health.')));
    assert.equal(code, 0);
  });

  it('writes them into the GitLab report at severity info, and never into SARIF', () => {
    const issues = JSON.parse(result('busy gitlab').stdout) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const health = issues.filter((issue) => issue.check_name.startsWith('health.'));
    assert.ok(health.some((issue) => issue.check_name === 'health.ownership-absence-factor' && issue.location.path === BUSY && issue.location.lines.begin === OWNERS_LINE), JSON.stringify(health));
    assert.ok(health.every((issue) => issue.severity === 'info'));
    assert.equal(result('busy gitlab').code, 0);
    assert.doesNotMatch(result('busy sarif').stdout, /"health\./);
  });

  it('leaves them out with --health off', () => {
    const { code, stdout } = result('busy off');
    assert.equal(code, 0);
    assert.deepEqual(annotations(stdout).filter((a) => a.title.startsWith('health.')), []);
  });

  it('gives none for a network the change adds: it is new from end to end, and its health is for the summary', () => {
    assert.deepEqual(annotations(result('fresh github').stdout).filter((a) => a.title.startsWith('health.')), []);
  });

  it('gives none for a change that creates or worsens no finding', () => {
    assert.deepEqual(annotations(result('quiet github').stdout).filter((a) => a.title.startsWith('health.')), []);
    assert.equal(result('quiet github').code, 0);
    assert.deepEqual(JSON.parse(result('quiet gitlab').stdout), []);
  });
});

describe('changedLines: the lines of the working tree that differ from a commit', () => {
  it('reads the new side of each hunk, takes untracked and new files whole, a pure deletion as no line, and nothing outside the folders', async () => {
    const repo = new GitRepo();
    try {
      repo.write('net/a.md', ['one', 'two', 'three', 'four', 'five', ''].join('\n'));
      repo.write('net/b.md', ['one', 'two', ''].join('\n'));
      repo.write('net/with space.md', ['x', ''].join('\n'));
      repo.write('elsewhere.md', 'x\n');
      repo.commitAll('base');
      const base = repo.git('rev-parse', 'HEAD').trim();
      repo.write('net/a.md', ['one', 'TWO', 'three', 'four', 'inserted', 'also', 'five', ''].join('\n'));
      repo.write('net/b.md', ['one', ''].join('\n'));
      repo.write('net/with space.md', ['y', ''].join('\n'));
      repo.write('net/new.md', 'new\n');
      repo.write('elsewhere.md', 'y\n');
      const lines = await changedLines(repo.dir, base, ['net/a.md', 'net/b.md', 'net/new.md', 'net/with space.md', 'elsewhere.md'], ['net']);
      assert.deepEqual(Object.fromEntries(lines), {
        'net/a.md': [{ start: 1, end: 1 }, { start: 4, end: 5 }],
        'net/b.md': [],
        'net/with space.md': [{ start: 0, end: 0 }],
        'net/new.md': 'all',
      });
    } finally {
      repo.dispose();
    }
  });
});
