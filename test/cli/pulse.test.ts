import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { checkDirectory } from '../../src/core/check';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';

const TODAY = '2026-12-10';

function run(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess(args, { cwd: cwd, today: TODAY });
}

function frontmatterOf(path: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'));
  assert.ok(match, `no frontmatter in ${path}`);
  return parse(match[1]!) as Record<string, unknown>;
}

/** Every file under a folder, '/'-separated and relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => posix.relative(toCorePath(dir), toCorePath(join(e.parentPath, e.name))))
    .sort();
}

describe('netgov pulse import', function () {
  let tmp: string;
  let net: string;

  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'netgov-pulse-'));
    net = join(tmp, 'net');
    assert.equal((await run(['init', 'net'], tmp)).code, 0);
    copyFileSync(fromRoot('test/fixtures/pulse/forms.csv'), join(tmp, 'forms.csv'));
  });

  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('writes the totals, which pass the checker, and never the CSV', async () => {
    const before = files(net);
    const result = await run(['pulse', 'import', '../forms.csv', '--date', '2026-12-05', '--invited', '9'], net);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(files(net), [...before, 'pulses/2026-q4.md'].sort());
    assert.match(result.stdout, /^Wrote pulses\/2026-q4\.md \(id: 2026-q4\)/);
    assert.match(result.stdout, /6 respondents of 9 invited\./);
    assert.match(result.stdout, /purpose-clear: 6 answered \[0, 1, 1, 2, 2\], 0 blank\n/);
    assert.match(result.stdout, /can-influence-agenda: 5 answered \[1, 1, 1, 1, 1\], 1 blank\n/);
    const page = readFileSync(join(net, 'pulses', '2026-q4.md'), 'utf8');
    assert.doesNotMatch(page, /example\.org|Good, but slow|Line one|only a comment/);
    assert.deepEqual(frontmatterOf(join(net, 'pulses', '2026-q4.md')), {
      kind: 'pulse',
      date: '2026-12-05',
      checklist: 'netgov-core',
      invited: 9,
      respondents: 6,
      questions: {
        'purpose-clear': { text: 'Our purpose is clear', counts: [0, 1, 1, 2, 2], blank: 0 },
        'can-influence-agenda': { text: 'I can influence the agenda, mostly', counts: [1, 1, 1, 1, 1], blank: 1 },
      },
    });
    const report = await checkDirectory(new NodeWorkspace(), toCorePath(net), { today: TODAY });
    assert.equal(report.networks, 1);
    // The network was just made by `netgov init`: only its unedited template text is pointed out.
    assert.deepEqual(report.diagnostics.filter((d) => d.code !== 'template.unedited').map((d) => `${d.file}:${d.range.start.line + 1} ${d.code} ${d.message}`), []);
  });

  it('refuses to overwrite, writing nothing', async () => {
    assert.equal((await run(['pulse', 'import', '../forms.csv', '--date', '2026-12-05', '--invited', '9'], net)).code, 0);
    const path = join(net, 'pulses', '2026-q4.md');
    writeFileSync(path, 'edited\n', { flag: 'a' });
    const text = readFileSync(path, 'utf8');
    const before = files(net);
    const again = await run(['pulse', 'import', '../forms.csv', '--date', '2026-11-01', '--invited', '9'], net);
    assert.equal(again.code, 2);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /pulses\/2026-q4\.md exists already; nothing was written\. Give another id with --id/);
    assert.equal(readFileSync(path, 'utf8'), text);
    assert.deepEqual(files(net), before);
    const other = await run(['pulse', 'import', '../forms.csv', '--date', '2026-11-01', '--invited', '9', '--id', '2026-q4-staff', '--checklist', 'our-own'], net);
    assert.equal(other.code, 0, other.stderr);
    assert.equal(frontmatterOf(join(net, 'pulses', '2026-q4-staff.md')).checklist, 'our-own');
  });

  it('defaults invited to the current members and says so; notes small questions', async () => {
    for (const name of ['Amara Okafor', 'Tom Hughes']) assert.equal((await run(['new', 'member', name, '--organisation', 'Trust'], net)).code, 0);
    writeFileSync(join(tmp, 'small.csv'), 'Timestamp,purpose-clear\n1,4\n2,5\n');
    // The network is older than its member pages, who joined today: a survey that closed before then had nobody to ask.
    const charter = join(net, 'CHARTER.md');
    writeFileSync(charter, readFileSync(charter, 'utf8').replace(/^established: .*$/m, 'established: 2020-01-01'));
    const before = files(net);
    const early = await run(['pulse', 'import', '../small.csv', '--date', '2026-12-05'], net);
    assert.equal(early.code, 2);
    assert.equal(
      early.stderr,
      "netgov pulse: no member of the network had joined yet on 2026-12-05 (the first joined on 2026-12-10), so nobody was there to ask: check the survey's date (--date) and the members' `joined` dates, or give the number asked with --invited; nothing was written\n",
    );
    assert.equal(early.stdout, '');
    assert.deepEqual(files(net), before);
    const result = await run(['pulse', 'import', '../small.csv'], net);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /2 respondents of 2 invited \(the network's current members on 2026-12-10; give --invited/);
    assert.match(result.stdout, /^ {2}purpose-clear: 2 answered, fewer than 5: suppressed, its counts were not written$/m);
    const page = frontmatterOf(join(net, 'pulses', '2026-q4.md'));
    assert.equal(page.invited, 2);
    assert.deepEqual(page.questions, { 'purpose-clear': { suppressed: true, answered: 2 } });
  });

  it('writes no counts for a question fewer than five answered, only suppressed and answered, and passes the checker', async () => {
    // Six respondents: purpose-clear answered by all six, can-influence-agenda by four (two blank).
    writeFileSync(join(tmp, 'few.csv'), 'Timestamp,purpose-clear,can-influence-agenda\n1,5,4\n2,4,\n3,4,2\n4,3,\n5,2,5\n6,5,1\n');
    const result = await run(['pulse', 'import', '../few.csv', '--date', '2026-12-05', '--invited', '9'], net);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^ {2}purpose-clear: 6 answered \[0, 1, 1, 2, 2\], 0 blank$/m);
    assert.match(result.stdout, /^ {2}can-influence-agenda: 4 answered, fewer than 5: suppressed, its counts were not written$/m);
    assert.doesNotMatch(result.stdout, /\[1, 1, 0, 1, 1\]/);
    const path = join(net, 'pulses', '2026-q4.md');
    assert.deepEqual(frontmatterOf(path).questions, {
      'purpose-clear': { counts: [0, 1, 1, 2, 2], blank: 0 },
      'can-influence-agenda': { suppressed: true, answered: 4 },
    });
    // Nothing on the page lets the suppressed counts be worked out: no blank for it, no counts.
    assert.doesNotMatch(readFileSync(path, 'utf8'), /blank: 2|counts: \[1, 1, 0, 1, 1\]/);
    const report = await checkDirectory(new NodeWorkspace(), toCorePath(net), { today: TODAY });
    assert.deepEqual(report.diagnostics.filter((d) => d.code !== 'template.unedited').map((d) => `${d.file}:${d.range.start.line + 1} ${d.code} ${d.message}`), []);
  });

  it('suppresses below the minimum netgov.yml raises (privacy.min_count), and never below five', async () => {
    const config = join(net, 'netgov.yml');
    const existing = readFileSync(config, { encoding: 'utf8', flag: 'a+' });
    writeFileSync(config, `${existing}\nprivacy:\n  min_count: 7\n`);
    const result = await run(['pulse', 'import', '../forms.csv', '--date', '2026-12-05', '--invited', '9'], net);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^ {2}purpose-clear: 6 answered, fewer than 7: suppressed, its counts were not written$/m);
    assert.deepEqual(frontmatterOf(join(net, 'pulses', '2026-q4.md')).questions, {
      'purpose-clear': { text: 'Our purpose is clear', suppressed: true, answered: 6 },
      'can-influence-agenda': { text: 'I can influence the agenda, mostly', suppressed: true, answered: 5 },
    });
  });

  it('refuses an id longer than ID_MAX_LENGTH, writing nothing', async () => {
    const before = files(net);
    const result = await run(['pulse', 'import', '../forms.csv', '--invited', '9', '--id', 'a'.repeat(121)], net);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /is not an id/);
    assert.deepEqual(files(net), before);
  });

  it('refuses a survey dated before the network was established, saying so, and writes nothing', async () => {
    assert.equal((await run(['new', 'member', 'Amara Okafor', '--organisation', 'Trust'], net)).code, 0);
    const established = /^established: (.*)$/m.exec(readFileSync(join(net, 'CHARTER.md'), 'utf8'))![1];
    writeFileSync(join(tmp, 'small.csv'), 'Timestamp,purpose-clear\n1,4\n');
    const before = files(net);
    const result = await run(['pulse', 'import', '../small.csv', '--date', '1900-01-01'], net);
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      `netgov pulse: the network did not exist yet on 1900-01-01 (its charter says it was established on ${established}), so nobody was there to ask: check the survey's date (--date) and the charter's \`established\`, or give the number asked with --invited; nothing was written\n`,
    );
    assert.equal(result.stdout, '');
    assert.deepEqual(files(net), before);
  });

  it('refuses a network with no member pages to count as invited, and writes nothing', async () => {
    writeFileSync(join(tmp, 'small.csv'), 'Timestamp,purpose-clear\n1,4\n');
    const before = files(net);
    const result = await run(['pulse', 'import', '../small.csv'], net);
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      'netgov pulse: the network had no current members on 2026-12-10 to count as invited (it has no member pages): give the number asked with --invited; nothing was written\n',
    );
    assert.deepEqual(files(net), before);
  });

  it('refuses a header-only CSV and one whose rows answer nothing, in one line, writing nothing', async () => {
    writeFileSync(join(tmp, 'header.csv'), 'Timestamp,purpose-clear\n');
    writeFileSync(join(tmp, 'blank.csv'), 'Timestamp,purpose-clear\n1,\n2,\n');
    const before = files(net);
    const header = await run(['pulse', 'import', '../header.csv', '--invited', '9'], net);
    assert.deepEqual({ code: header.code, stdout: header.stdout, stderr: header.stderr }, {
      code: 2,
      stdout: '',
      stderr: 'netgov pulse: ../header.csv: only a header row and no responses; expected one row per respondent below it\n',
    });
    const blank = await run(['pulse', 'import', '../blank.csv', '--invited', '9'], net);
    assert.deepEqual({ code: blank.code, stdout: blank.stdout, stderr: blank.stderr }, {
      code: 2,
      stdout: '',
      stderr: 'netgov pulse: ../blank.csv: none of its 2 rows answer a question; a temperature check of no respondents says nothing\n',
    });
    assert.deepEqual(files(net), before);
  });

  it('says in netgov\'s words what is wrong with an option, in one line, writing nothing', async () => {
    const before = files(net);
    const cases: [string[], string][] = [
      [['--invited', '-1'], "--invited needs a value, and '-1' looks like an option; to give a value starting with '-', write --invited=-1"],
      [['--invited=-1'], "--invited needs a whole number, not '-1'"],
      [['--date', '2026-13-45'], "--date needs a date written YYYY-MM-DD, not '2026-13-45'"],
      [['--date'], '--date needs a value: see netgov pulse --help'],
      [['--format', 'json'], 'unknown option --format: see netgov pulse --help'],
    ];
    for (const [options, message] of cases) {
      const result = await run(['pulse', 'import', '../forms.csv', ...options], net);
      assert.deepEqual({ code: result.code, stdout: result.stdout, stderr: result.stderr }, { code: 2, stdout: '', stderr: `netgov pulse: ${message}\n` }, options.join(' '));
    }
    assert.deepEqual(files(net), before);
  });

  it('warns when the survey lies inside the network, and still never copies it', async () => {
    copyFileSync(join(tmp, 'forms.csv'), join(net, 'forms.csv'));
    const result = await run(['pulse', 'import', 'forms.csv', '--invited', '9'], net);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /warning: forms\.csv is inside the network and holds individual responses; do not commit it/);
    assert.deepEqual(files(join(net, 'pulses')), ['2026-q4.md', 'README.md']);
  });

  it('reports bad answers, missing files and too many respondents in one line with exit 2', async () => {
    copyFileSync(fromRoot('test/fixtures/pulse/bad-label.csv'), join(tmp, 'bad.csv'));
    const before = files(net);
    const bad = await run(['pulse', 'import', '../bad.csv', '--invited', '9'], net);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'netgov pulse: ../bad.csv: row 3, column B "purpose-clear": "Maybe" is not an answer; use 1 to 5 or Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree\n');
    const missing = await run(['pulse', 'import', '../nope.csv', '--invited', '9'], net);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'netgov pulse: ../nope.csv: cannot be read (no such file)\n');
    const many = await run(['pulse', 'import', '../forms.csv', '--invited', '3'], net);
    assert.equal(many.code, 2);
    assert.match(many.stderr, /^netgov pulse: 6 respondents is more than the 3 people invited\.\n$/);
    assert.deepEqual(files(net), before);
  });
});
