import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildChangeRepo, GitRepo, NETWORK } from './git-fixture';
import { runInProcess, type CliRun } from '../helpers/run-cli';

const TODAY = '2026-11-27';

function run(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess(args, { cwd: cwd, today: TODAY });
}

interface JsonDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

async function findings(repo: GitRepo, extra: string[] = []): Promise<string[]> {
  const { stdout, stderr } = await run(['check', '--as-of', TODAY, '--changed', 'main', NETWORK, '--format', 'json', ...extra], repo.dir);
  assert.equal(stderr, '');
  return (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message.split(':')[1]?.trim() ?? d.message}`);
}

/**
 * A GitHub Actions workflow command: `::error file=...,line=...::message`. In
 * the properties '%', CR, LF, ':' and ',' must be escaped; in the message '%',
 * CR and LF. So a raw ':' or ',' in a property, or a raw '%' not starting an
 * escape, breaks the line.
 */
const ESCAPED_PROPERTY = '(?:[^%:,\\r\\n]|%25|%0D|%0A|%3A|%2C)*';
const WORKFLOW_COMMAND = new RegExp(
  `^::(error|warning|notice) file=(${ESCAPED_PROPERTY}),line=(\\d+),col=(\\d+),endLine=(\\d+),endColumn=(\\d+),title=(${ESCAPED_PROPERTY})::((?:[^%\\r\\n]|%25|%0D|%0A)*)$`,
);

function unescapeCommand(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('netgov check --changed', function () {
  this.timeout(30000);
  let repo: GitRepo;

  before(() => {
    repo = buildChangeRepo();
  });

  after(() => repo.dispose());

  it('reports the changed files, and the untouched ones whose references the change broke, and nothing else', async () => {
    assert.deepEqual(await findings(repo), [
      // Untouched: both name Ben Okoro, whose page the change deletes.
      "nets/asthma/actions/2026-10-02-review-template.md:9 ref.unknown-member 'ben-okoro' is not a member of this network.",
      // Changed: a problem it had before is still reported, for the change touches the file.
      "nets/asthma/actions/2026-11-20-parent-survey.md:9 ref.unknown-member 'ghost-member' is not a member of this network.",
      // Changed: decided by pull request with no approvers, so the charter's quorum cannot be checked.
      'nets/asthma/actions/2026-11-20-parent-survey.md:12 decision.quorum-not-met list the members who approved it under `decision.approvers`.',
      "nets/asthma/actions/2026-11-25-asthma-app.md:6 ref.unknown-member 'ben-okoro' is not a member of this network.",
      "nets/asthma/meetings/2026-10-14-network-meeting.md:6 ref.unknown-member 'ben-okoro' is not a member of this network.",
      "nets/asthma/meetings/2026-10-14-network-meeting.md:7 ref.unknown-member 'ben-okoro' is not a member of this network.",
      "nets/asthma/meetings/2026-11-05-schools-workstream.md:7 ref.unknown-member 'ben-okoro' is not a member of this network.",
      "nets/asthma/meetings/2026-11-26-network-meeting.md:6 decision.mismatch The action '2026-11-20-parent-survey' says it was decided via 'pull-request', not at this meeting.",
    ]);
  });

  it('leaves out the findings of files the change does not touch', async () => {
    const { stdout } = await run(['check', '--as-of', TODAY, NETWORK, '--format', 'json'], repo.dir);
    const all = (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.map((d) => d.file);
    assert.ok(all.includes('actions/2026-08-01-texting-service.md'));
    assert.ok(!(await findings(repo)).some((line) => line.includes('texting-service')));
  });

  it('leaves out files git ignores', async () => {
    repo.write('.git/info/exclude', `${NETWORK}/actions/2026-11-27-ignored.md\n`);
    repo.write(`${NETWORK}/actions/2026-11-27-ignored.md`, ['---', 'title: Ignored', 'status: proposed', 'proposed_by: ama-mensah', 'proposed: 2026-13-40', '---', ''].join('\n'));
    try {
      assert.ok(!(await findings(repo)).some((line) => line.includes('ignored')));
    } finally {
      repo.remove(`${NETWORK}/actions/2026-11-27-ignored.md`);
      repo.write('.git/info/exclude', '');
    }
  });

  it('reports everything when netgov.yml changed, for any finding may have moved', async () => {
    const config = repo.path(`${NETWORK}/netgov.yml`);
    const before = repo.git('show', `HEAD:${NETWORK}/netgov.yml`);
    repo.write(`${NETWORK}/netgov.yml`, `${before}# a comment\n`);
    try {
      assert.ok((await findings(repo)).some((line) => line.includes('texting-service')), config);
    } finally {
      repo.write(`${NETWORK}/netgov.yml`, before);
    }
  });

  it('writes GitHub workflow commands with paths from the top of the repository, escaped', async () => {
    // A file name with '%' and ',' tests the escaping of properties.
    const odd = `${NETWORK}/actions/2026-11-27-100%,done.md`;
    repo.write(odd, ['---', 'title: Odd name', 'status: proposed', 'proposed_by: nobody-known', 'proposed: 2026-11-27', '---', ''].join('\n'));
    try {
      const { code, stdout } = await run(['check', '--as-of', TODAY, '--changed', 'main', NETWORK, '--format', 'github'], repo.dir);
      assert.equal(code, 1);
      const lines = stdout.trimEnd().split('\n');
      assert.ok(lines.length >= 8);
      const files = new Set<string>();
      for (const line of lines) {
        const match = WORKFLOW_COMMAND.exec(line);
        assert.ok(match, line);
        const [, , file, startLine, , endLine] = match;
        files.add(unescapeCommand(file!));
        assert.ok(Number(startLine) >= 1 && Number(endLine) >= Number(startLine), line);
      }
      assert.ok(files.has(odd), [...files].join('\n'));
      assert.ok(stdout.includes('file=nets/asthma/actions/2026-11-27-100%25%2Cdone.md,'));
      assert.ok([...files].every((file) => file.startsWith(`${NETWORK}/`)));
    } finally {
      repo.remove(odd);
    }
  });

  it('works from a folder inside the network', async () => {
    const { stdout } = await run(['check', '--as-of', TODAY, '--changed', 'main', '--format', 'json'], repo.path(NETWORK));
    const files = (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.map((d) => d.file);
    assert.ok(files.includes('nets/asthma/actions/2026-10-02-review-template.md'));
  });

  it('reports CODEOWNERS as out of date when the change moves a lead role, though it never touched the file', async () => {
    const own = new GitRepo();
    try {
      own.copy('test/fixtures/networks/clean', 'net');
      own.remove('net/expected.txt');
      assert.equal((await run(['codeowners', '--as-of', TODAY], own.dir)).code, 0);
      own.commitAll('Network and its reviewers');
      own.git('checkout', '--quiet', '-b', 'change');
      const lena = readFileSync(own.path('net/members/lena-fischer.md'), 'utf8');
      own.write('net/members/lena-fischer.md', lena.replace('    from: 2025-04-01\n', '    from: 2025-04-01\n  - role: lead\n    area: schools\n    from: 2026-11-01\n    until: 2028-10-31\nhandles:\n  github: lena-f\n'));
      const { stdout } = await run(['check', '--as-of', TODAY, '--changed', 'main', '--format', 'json'], own.dir);
      const codes = (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.map((d) => `${d.file} ${d.code}`);
      assert.ok(codes.includes('.github/CODEOWNERS codeowners.out-of-date'), codes.join('\n'));
    } finally {
      own.dispose();
    }
  });

  it('refuses a base that is not a commit, in one line', async () => {
    const { code, stderr } = await run(['check', '--changed', 'nowhere', NETWORK], repo.dir);
    assert.equal(code, 2);
    assert.match(stderr, /^netgov check: 'nowhere' is not a commit in this repository[^\n]*\n$/);
  });
});
