import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GitRepo } from './git-fixture';
import { runInProcess, type CliRun } from '../helpers/run-cli';

const TODAY = '2026-11-27';
const NET = 'net';
const CHARTER = `${NET}/CHARTER.md`;

function run(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess(args, { cwd, today: TODAY });
}

/** The example network on main; on `change`, the charter's decision rule, quorum and lead term moved as in issue 19. */
function charterChangeRepo(): GitRepo {
  const repo = new GitRepo();
  repo.copy('examples/north-east-frailty-network', NET);
  repo.commitAll('The network as it was');
  repo.git('checkout', '--quiet', '-b', 'change');
  const charter = readFileSync(repo.path(CHARTER), 'utf8');
  repo.write(CHARTER, charter.replace('rule: consent', 'rule: lead-decides').replace('quorum: 6', 'quorum: 1').replace('term_months: 24', 'term_months: 120'));
  repo.commitAll('Let the lead decide');
  return repo;
}

describe('charter changes in words, and the decision they need', function () {
  this.timeout(60000);
  let repo: GitRepo;

  before(() => {
    repo = charterChangeRepo();
  });

  after(() => repo.dispose());

  it('diff names each changed field with its old and new value, marks those that shift power, and warns that no decision agreed it', async () => {
    const { stdout, code } = await run(['diff', 'main', NET, '--format', 'text'], repo.dir);
    assert.equal(code, 0);
    assert.match(stdout, /! Decision rule: consent → lead-decides {2}\(shifts power\)/);
    assert.match(stdout, /! Quorum: 6 → 1 {2}\(shifts power\)/);
    assert.match(stdout, /! Longest lead term: 24 months → 120 months {2}\(shifts power\)/);
    assert.match(stdout, /The charter changed in 3 fields, 3 of them shifting power/);
    assert.match(stdout, /CHARTER\.md:\d+:\d+ warning charter\.change-undecided/);
    assert.doesNotMatch(stdout, /The charter changed\.\s/);
  });

  it('diff as markdown and json carries the same fields', async () => {
    const md = (await run(['diff', 'main', NET, '--format', 'md'], repo.dir)).stdout;
    assert.match(md, /### Charter and purpose, field by field/);
    assert.match(md, /\| Decision rule \| consent \| lead-decides \| ⚠️ shifts power \|/);
    const json = JSON.parse((await run(['diff', 'main', NET, '--format', 'json'], repo.dir)).stdout) as { networks: { fields: { label: string; before: string; after: string; shiftsPower: boolean }[] }[] };
    const fields = json.networks[0]!.fields;
    assert.deepEqual(
      fields.map((f) => [f.label, f.before, f.after, f.shiftsPower]),
      [
        ['Decision rule', 'consent', 'lead-decides', true],
        ['Quorum', '6', '1', true],
        ['Longest lead term', '24 months', '120 months', true],
      ],
    );
  });

  it('check --changed warns on the charter', async () => {
    const { stdout, code } = await run(['check', NET, '--changed', 'main', '--format', 'json'], repo.dir);
    assert.equal(code, 0, stdout);
    const report = JSON.parse(stdout) as { diagnostics: { code: string; file: string }[] };
    const found = report.diagnostics.filter((d) => d.code === 'charter.change-undecided');
    assert.equal(found.length, 1);
    assert.match(found[0]!.file, /CHARTER\.md$/);
  });

  it('a charter change that names the meeting agreeing it, recorded in the same change, needs nothing more', async () => {
    const other = charterChangeRepo();
    try {
      const charter = readFileSync(other.path(CHARTER), 'utf8');
      other.write(CHARTER, charter.replace('  last_reviewed: 2026-03-12', '  last_reviewed: 2026-11-26\n  decision: 2026-11-26-network-meeting'));
      other.write(`${NET}/meetings/2026-11-26-network-meeting.md`, ['---', 'date: 2026-11-26', 'type: network', '---', '', '## Notes', '', 'Agreed that the lead decides.', ''].join('\n'));
      other.commitAll('Record the meeting that agreed it');
      const check = JSON.parse((await run(['check', NET, '--changed', 'main', '--format', 'json'], other.dir)).stdout) as { diagnostics: { code: string }[] };
      assert.equal(check.diagnostics.filter((d) => d.code === 'charter.change-undecided').length, 0);
      const diff = (await run(['diff', 'main', NET, '--format', 'text'], other.dir)).stdout;
      assert.doesNotMatch(diff, /charter\.change-undecided/);
      assert.match(diff, /Agreed by: 2026-11-26-network-meeting \(added\)/);
    } finally {
      other.dispose();
    }
  });
});
