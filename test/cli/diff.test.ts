import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChangeRepo, GitRepo, NETWORK } from './git-fixture';
import { runInProcess, type CliRun } from '../helpers/run-cli';
import { assertGolden as assertGoldenIn } from '../helpers/goldens';

const TODAY = '2026-11-27';
/** `npm run update-goldens` writes the golden files afresh from the current output. */
const assertGolden = (name: string, actual: string): void => assertGoldenIn('test/fixtures/diff', name, actual);

function run(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess(args, { cwd: cwd, today: TODAY });
}

/** What differs between runs (the temporary folder, the commit hashes, netgov's version) replaced by fixed words. */
function normalise(text: string, repo: GitRepo): string {
  const mergeBase = repo.git('merge-base', 'main', 'HEAD').trim();
  return text
    .split(repo.dir)
    .join('<repo>')
    .split(mergeBase)
    .join('<merge-base>')
    .split(mergeBase.slice(0, 7))
    .join('<merge-base>')
    .replace(/"version": "[^"]*"/, '"version": "<version>"');
}

describe('netgov diff', function () {
  this.timeout(30000);
  let repo: GitRepo;

  before(() => {
    repo = buildChangeRepo();
  });

  after(() => repo.dispose());

  for (const format of ['md', 'json', 'text'] as const) {
    it(`prints the change against the merge base as ${format}`, async () => {
      const { code, stdout, stderr } = await run(['diff', 'main', NETWORK, '--format', format], repo.dir);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assertGolden(`change.${format}.golden`, normalise(stdout, repo));
    });
  }

  it('counts committed, staged, unstaged and untracked work, and nothing main did after the branch point', async () => {
    const { stdout } = await run(['diff', 'main', NETWORK, '--format', 'json'], repo.dir);
    const { networks } = JSON.parse(stdout) as { networks: { files: { added: string[]; removed: string[]; modified: string[] } }[] };
    assert.deepEqual(networks[0]!.files, {
      added: ['actions/2026-11-25-asthma-app.md', 'meetings/2026-11-26-network-meeting.md', 'members/zara-khan.md'],
      removed: ['members/ben-okoro.md'],
      modified: ['actions/2026-11-20-parent-survey.md', 'meetings/2026-11-05-schools-workstream.md', 'members/lena-fischer.md', 'members/priya-shah.md'],
    });
  });

  it('leaves the working tree and the index as they were', async () => {
    // The test's own status must not refresh the index either (git may rewrite it after a racily clean
    // entry), or this would measure git status, not netgov diff.
    const status = repo.git('--no-optional-locks', 'status', '--porcelain=v1', '--untracked-files=all');
    const index = statSync(repo.path('.git/index')).mtimeMs;
    await run(['diff', 'main', NETWORK], repo.dir);
    assert.equal(repo.git('--no-optional-locks', 'status', '--porcelain=v1', '--untracked-files=all'), status);
    assert.equal(statSync(repo.path('.git/index')).mtimeMs, index);
  });

  it('works from any folder inside the repository', async () => {
    const fromTop = await run(['diff', 'main', NETWORK], repo.dir);
    const fromInside = await run(['diff', 'main'], repo.path(`${NETWORK}/members`));
    assert.equal(fromInside.code, 0);
    assert.equal(fromInside.stdout, fromTop.stdout);
  });

  it('compares every network under the folder', async () => {
    const two = new GitRepo();
    try {
      two.copy('test/fixtures/networks/clean', 'first');
      two.copy('test/fixtures/networks/clean', 'second');
      two.commitAll('Two networks');
      two.git('checkout', '--quiet', '-b', 'change');
      two.remove('second/members/lena-fischer.md');
      const { code, stdout } = await run(['diff', 'main', '--format', 'json'], two.dir);
      assert.equal(code, 0);
      const { networks } = JSON.parse(stdout) as { networks: { root: string; state: string; changes: { kind: string }[] }[] };
      assert.deepEqual(networks.map((n) => [n.root.slice(two.dir.length), n.state]), [['/first', 'unchanged'], ['/second', 'changed']]);
      assert.deepEqual(networks[1]!.changes.map((c) => c.kind), ['member-left']);
    } finally {
      two.dispose();
    }
  });

  it('says in one line what is wrong with how it was called', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'netgov-no-git-'));
    const cases: [string[], string, RegExp][] = [
      [['diff'], repo.dir, /^netgov diff: diff needs the base to compare with/],
      [['diff', 'no-such-branch'], repo.dir, /^netgov diff: 'no-such-branch' is not a commit in this repository/],
      [['diff', 'main', NETWORK, '--format', 'sarif'], repo.dir, /^netgov diff: unknown --format 'sarif'/],
      [['diff', 'main', 'a', 'b'], repo.dir, /^netgov diff: diff takes a base and one folder/],
      [['diff', 'main', outside], repo.dir, /^netgov diff: .* is not inside a git repository/],
    ];
    for (const [args, cwd, message] of cases) {
      const { code, stdout, stderr } = await run(args, cwd);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
    }
    rmSync(outside, { recursive: true });
  });
});
