import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { checkDirectory } from '../../src/core/check';
import { agendaCommand } from '../../src/cli/commands/agenda';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { UsageError } from '../../src/cli/io';
import { runInProcess, type CliRun } from '../helpers/run-cli';
import { fromRoot } from '../helpers/paths';
import { frontmatterOf } from '../helpers/frontmatter';

const TODAY = '2026-11-27';
const FIXTURE = fromRoot('test/fixtures/networks/clean');

/** Runs `netgov agenda ...args` in-process from `cwd`, with today fixed. */
function run(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess(args, { cwd, today: TODAY, command: agendaCommand });
}

/** Every file under a folder with its content and modification time. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(posix.relative(toCorePath(dir), toCorePath(full)), `${readFileSync(full, 'utf8')}@${statSync(full).mtimeMs}`);
    }
  };
  walk(dir);
  return files;
}

describe('netgov agenda', function () {
  // Each run measures the network's health from disk; the first also loads every indicator.
  this.timeout(20000);
  let tmp: string;
  let network: string;

  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'netgov-agenda-'));
    network = join(tmp, 'eastfield');
    cpSync(FIXTURE, network, { recursive: true });
  });

  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('writes the next meeting in the meetings folder, says where, and the network still passes netgov check', async () => {
    const result = await run(['--date', '2026-12-03'], network);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'Created meetings/2026-12-03-network-meeting.md (id: 2026-12-03-network-meeting)');
    assert.match(lines[1]!, /^The agenda has 1 proposal waiting, .*, 0 lead roles ending or ended, no temperature check due, 0 overdue actions\.$/);
    assert.match(lines[2]!, /^Next: /);

    const content = readFileSync(join(network, 'meetings/2026-12-03-network-meeting.md'), 'utf8');
    assert.deepEqual(frontmatterOf(content), { kind: 'meeting', title: 'Network meeting', date: '2026-12-03', type: 'network', attendees: [], decisions: [] });
    assert.match(content, /\n- Ask parents what gets in the way \(\[2026-11-20-parent-survey\]\(\.\.\/actions\/2026-11-20-parent-survey\.md\)\): proposed by Lena Fischer on 20 Nov 2026, waiting 7 days\.\n/);
    // Mo Rahman's lead role ended in June and was handed on to Ama Mensah; Priya Shah's ends in 93 days.
    assert.match(content, /\nNo lead role ends in the next 90 days, and every ended term has been handed on\.\n/);
    assert.match(content, /\nNo temperature check is due: the last was on 30 Sep 2026 \(\[2026-q3\]\(\.\.\/pulses\/2026-q3\.md\)\)\.\n/);

    // The fixture's netgov.yml makes a broken link an error: the links must resolve.
    const report = await checkDirectory(new NodeWorkspace(), toCorePath(network), { today: TODAY });
    assert.deepEqual(report.diagnostics.map((d) => `${posix.relative(toCorePath(network), d.file)} ${d.code} ${d.message}`), []);
  });

  it('finds the network from a folder inside it or a folder given, and defaults the date to today', async () => {
    const inside = await run([], join(network, 'members'));
    assert.equal(inside.code, 0, inside.stderr);
    assert.match(inside.stdout, /^Created \S*meetings\/2026-11-27-network-meeting\.md \(id: 2026-11-27-network-meeting\)\n/);
    const given = await run(['eastfield'], tmp);
    assert.equal(given.code, 0, given.stderr);
    assert.match(given.stdout, /^Created eastfield\/meetings\/2026-11-27-network-meeting-2\.md \(id: 2026-11-27-network-meeting-2\)\nA meeting 2026-11-27-network-meeting exists already, so this draft is 2026-11-27-network-meeting-2; if they are the same meeting, merge them\.\n/);
  });

  it('looks further ahead for ending terms with --soon, and reads the documents as of --as-of', async () => {
    const soon = await run(['--print', '--soon', '100'], network);
    assert.match(soon.stdout, /\n- Priya Shah, lead for Asthma-friendly schools: the term ends on 28 Feb 2027, in 93 days\.\n/);
    // On 19 Nov the parents' survey had not been proposed.
    const earlier = await run(['--print', '--as-of', '2026-11-19'], network);
    assert.match(earlier.stdout, /\nDrafted by netgov from the network's documents as of 19 Nov 2026,/);
    assert.match(earlier.stdout, /\nNo proposals are waiting for a decision\.\n/);
  });

  it('prints the draft with --print and writes nothing', async () => {
    const before = snapshot(network);
    const result = await run(['--print', '--date', '2026-12-03'], network);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^---\nkind: meeting\ntitle: Network meeting\ndate: 2026-12-03\ntype: network\nattendees: \[\]\ndecisions: \[\]\n---\n\n## Agenda\n\n/);
    assert.match(result.stdout, /\n## Notes\n[\s\S]*\n## Decisions\n/);
    assert.deepEqual(snapshot(network), before);
  });

  it('refuses to overwrite a meeting that exists, and writes nothing', async () => {
    const before = snapshot(network);
    const result = await run(['--id', '2026-10-14-network-meeting'], network);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'netgov agenda: meetings/2026-10-14-network-meeting.md exists already; nothing was written.\n');
    assert.deepEqual(snapshot(network), before);
  });

  it('writes under the id given with --id when it is free', async () => {
    const result = await run(['--id', 'december-network-meeting', '--date', '2026-12-03'], network);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Created meetings\/december-network-meeting\.md \(id: december-network-meeting\)\n/);
  });

  it('refuses bad arguments with a one-line usage error', async () => {
    const usage = async (args: string[], pattern: RegExp, cwd = network): Promise<void> => {
      await assert.rejects(run(args, cwd), (error: unknown) => error instanceof UsageError && pattern.test(error.message) && !error.message.includes('\n'));
    };
    await usage(['--date', '2026-02-30'], /^--date needs a date written YYYY-MM-DD, not '2026-02-30'$/);
    await usage(['--as-of', 'yesterday'], /^--as-of needs a date written YYYY-MM-DD, not 'yesterday'$/);
    await usage(['--soon', 'soon'], /^--soon needs a whole number of days, not 'soon'$/);
    await usage(['--soon=-5'], /^--soon needs a whole number of days, not '-5'$/);
    await usage(['--id', 'Not An Id'], /^--id 'Not An Id' is not an id/);
    // A day before the network began: no agenda drawn from an empty network, and nothing written.
    const before = snapshot(network);
    await usage(['--as-of', '1900-01-01'], /^the network here did not exist yet on 1900-01-01 \(its charter says it was established on 2025-03-01\), so there is nothing to measure: give a later --as-of, or check the charter's `established`$/);
    assert.deepEqual(snapshot(network), before);
    await usage(['a', 'b'], /^agenda takes one folder, not 2/);
    await usage(['missing'], /^missing does not exist$/);
    await usage(['CHARTER.md'], /^CHARTER\.md is a file/);
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    await usage([], /^no network found in this folder or any folder above it/, empty);
    await assert.rejects(run(['--sooon', '3'], network), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  });

  it('drafts for a network whose documents have problems', async () => {
    writeFileSync(join(network, 'actions/2026-11-21-broken.md'), '---\ntitle: [unclosed\n---\n');
    const result = await run(['--print'], network);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Ask parents what gets in the way/);
  });

  it('has help in the style of the other commands', () => {
    assert.match(agendaCommand.help, /^Usage: netgov agenda \[dir\] \[--date DATE\] \[--as-of DATE\] \[--soon DAYS\] \[--print\]/);
    assert.match(agendaCommand.help, /Exit codes: 0 drafted; 2 usage error, or the file exists already\.$/);
  });
});
