import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileChangedError, replaceFiles } from '../../src/cli/node-files';
import { runInProcess, type CliRun } from '../helpers/run-cli';

/**
 * `netgov decide`, `netgov handover` and `netgov done` on a repository holding
 * one network in `network/`, as of 2026-11-27: exit codes, the one-line
 * refusals, and exactly what changes in the files (nothing else does).
 */
const TODAY = '2026-11-27';

function page(fields: readonly string[], body: readonly string[] = []): string {
  return ['---', ...fields, '---', ...body, ''].join('\n');
}

const BODY = ['## Proposal', 'Text.', '', '## Expected impact', 'Text.'];
const PROPOSAL = 'actions/2026-11-01-falls-audit.md';
const AGREED = 'actions/2026-10-05-discharge-letters.md';
const MEETING = 'meetings/2026-11-12-network-meeting.md';

const NETWORK: Readonly<Record<string, string>> = {
  'CHARTER.md': page(
    ['name: North Shire Frailty Network', 'phase: ongoing', 'established: 2024-01-01', 'governance:', '  model: shared', 'decisions:', '  rule: consent', '  pull_requests: true', 'review:', '  cadence: 12', 'leadership:', '  term_months: 24', 'areas:', '  - id: frailty', '    title: Frailty'],
    ['## How we work', 'Openly.', '', '## Decision making', 'By consent.', '', '## Membership', 'Anyone.'],
  ),
  'PURPOSE.md': page(['statement: Older people stay well at home.', 'outcomes:', '  - id: faster-referrals', '    title: Faster referrals'], ['# Our purpose', 'Text.']),
  'members/amara-okafor.md': page(['name: Amara Okafor', 'organisation: Northgate', 'joined: 2024-01-01', 'handles:', '  github: amara-okafor', 'roles:', '  # elected at the 2025 meeting', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-12-31']),
  'members/tom-hughes.md': page(['name: Tom Hughes', 'organisation: Riverside', 'joined: 2024-01-01', 'handles: {github: tomhughes}']),
  'members/sam-lee.md': page(['name: Sam Lee', 'organisation: Northgate', 'joined: 2024-01-01']),
  [PROPOSAL]: page(['title: Falls audit', 'status: proposed # for the November meeting', 'proposed_by: sam-lee', 'proposed: 2026-11-01', 'area: frailty', 'owners: [sam-lee]', 'outcomes: [faster-referrals]'], BODY),
  [AGREED]: page(['title: Discharge letters', 'status: in-progress', 'proposed_by: sam-lee', 'proposed: 2026-10-05', 'owners: [tom-hughes]', 'outcomes: [faster-referrals]', 'decision:', '  date: 2026-11-12', '  via: 2026-11-12-network-meeting', '  result: agreed'], BODY),
  [MEETING]: page(['date: 2026-11-12', 'type: network', 'facilitator: tom-hughes', 'attendees: [amara-okafor, sam-lee, tom-hughes]', 'decisions:', '  - 2026-10-05-discharge-letters', 'minutes_published: 2026-11-13'], ['## Notes', 'Met.']),
};

const CODEOWNERS = ['# Ours', '*.yml @platform-team', '', '# netgov:begin', '# Written by netgov codeowners from the lead roles, by GitHub username (handles.github).', '# Run it again rather than editing here; netgov check says when roles have changed.', '# Network: network/', '/network/actions/2026-11-01-falls-audit.md @amara-okafor', '# netgov:end', '/docs/ @writers', ''].join('\n');

describe('netgov decide, handover and done', () => {
  let repo: string;
  let network: string;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'netgov-lifecycle-'));
    network = join(repo, 'network');
    mkdirSync(join(repo, '.git'));
    for (const [relative, text] of Object.entries(NETWORK)) {
      const path = join(network, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  const netgov = (...args: string[]): Promise<CliRun> => runInProcess(args, { cwd: network, today: TODAY });
  const read = (relative: string): string => readFileSync(join(network, relative), 'utf8');
  const unchangedExcept = (...changed: string[]): void => {
    for (const [relative, text] of Object.entries(NETWORK)) if (!changed.includes(relative)) assert.equal(read(relative), text, `${relative} is unchanged`);
  };
  const checkClean = async (): Promise<void> => {
    const check = await netgov('check', '.', '--as-of', TODAY);
    assert.equal(check.code, 0, check.stdout + check.stderr);
  };

  describe('decide', () => {
    it('writes the decision and the status, and lists the action in the meeting record; check is clean after', async () => {
      const result = await netgov('decide', '2026-11-01-falls-audit', '--via', '2026-11-12-network-meeting', '--result', 'agreed');
      assert.deepEqual(result, {
        code: 0,
        stdout: "Recorded the decision on '2026-11-01-falls-audit': agreed at '2026-11-12-network-meeting' on 2026-11-12; its status is agreed.\n  updated actions/2026-11-01-falls-audit.md\n  updated meetings/2026-11-12-network-meeting.md\n",
        stderr: '',
      });
      assert.equal(read(PROPOSAL), NETWORK[PROPOSAL]!.replace('status: proposed #', 'status: agreed #').replace('outcomes: [faster-referrals]\n', 'outcomes: [faster-referrals]\ndecision:\n  date: 2026-11-12\n  via: 2026-11-12-network-meeting\n  result: agreed\n'));
      assert.equal(read(MEETING), NETWORK[MEETING]!.replace('  - 2026-10-05-discharge-letters\n', '  - 2026-10-05-discharge-letters\n  - 2026-11-01-falls-audit\n'));
      unchangedExcept(PROPOSAL, MEETING);
      assert.deepEqual(readdirSync(join(network, 'actions')).sort(), ['2026-10-05-discharge-letters.md', '2026-11-01-falls-audit.md'], 'no temporary file is left behind');
      await checkClean();
    });

    it('records a decision by pull request with its approvers', async () => {
      const result = await netgov('decide', '2026-11-01-falls-audit', '--via', 'pull-request', '--ref', '#7', '--result', 'agreed', '--approver', 'amara-okafor,tom-hughes', '--date', '2026-11-20');
      assert.equal(result.code, 0, result.stderr);
      assert.match(read(PROPOSAL), /\ndecision:\n {2}date: 2026-11-20\n {2}via: pull-request\n {2}ref: "#7"\n {2}approvers: \[amara-okafor, tom-hughes\]\n {2}result: agreed\n---\n/);
      unchangedExcept(PROPOSAL);
      await checkClean();
    });

    it('refuses with exit 2 and one line, writing nothing', async () => {
      const cases: [string[], string][] = [
        [['2026-10-05-discharge-letters', '--via', '2026-11-12-network-meeting', '--result', 'agreed'], "netgov decide: '2026-10-05-discharge-letters' was decided already on 2026-11-12 via '2026-11-12-network-meeting' (agreed); change its decision by hand if it was recorded wrongly\n"],
        [['2026-11-02-nothing', '--via', '2026-11-12-network-meeting', '--result', 'agreed'], "netgov decide: no action '2026-11-02-nothing' in this network (its file name in the actions folder, without .md)\n"],
        [['2026-11-01-falls-audit', '--via', 'the-pub', '--result', 'agreed'], "netgov decide: no meeting 'the-pub' in this network: give a meeting id (its file name without .md) or pull-request\n"],
        [['2026-11-01-falls-audit', '--via', '2026-11-12-network-meeting', '--result', 'approved'], "netgov decide: unknown result 'approved': use agreed, rejected, deferred\n"],
        [['2026-11-01-falls-audit', '--result', 'agreed'], 'netgov decide: --via is needed: a meeting id or pull-request\n'],
        [['--via', 'pull-request', '--result', 'agreed'], 'netgov decide: decide needs ACTION: see netgov decide --help\n'],
        [['2026-11-01-falls-audit', '--via', 'pull-request', '--result', 'agreed', '--approver', 'nobody'], "netgov decide: no member 'nobody' in this network to approve it\n"],
      ];
      for (const [args, stderr] of cases) assert.deepEqual(await netgov('decide', ...args), { code: 2, stdout: '', stderr });
      unchangedExcept();
    });
  });

  describe('done', () => {
    it('sets status, completed and impact, keeping the rest; check is clean after', async () => {
      const result = await netgov('done', '2026-10-05-discharge-letters', '--impact', 'Letters reach GPs in 2 days, not 9.', '--date', '2026-11-26');
      assert.deepEqual(result, { code: 0, stdout: "Marked '2026-10-05-discharge-letters' done on 2026-11-26, with its impact.\n  updated actions/2026-10-05-discharge-letters.md\n", stderr: '' });
      assert.equal(read(AGREED), NETWORK[AGREED]!.replace('status: in-progress', 'status: done').replace('  result: agreed\n', '  result: agreed\ncompleted: 2026-11-26\nimpact: Letters reach GPs in 2 days, not 9.\n'));
      unchangedExcept(AGREED);
      await checkClean();
    });

    it('refuses a proposal and an action done already', async () => {
      assert.deepEqual(await netgov('done', '2026-11-01-falls-audit', '--impact', 'x'), {
        code: 2,
        stdout: '',
        stderr: "netgov done: '2026-11-01-falls-audit' is proposed: only agreed work can be done (record the decision first with netgov decide)\n",
      });
      assert.equal((await netgov('done', '2026-10-05-discharge-letters', '--impact', 'x')).code, 0);
      const again = await netgov('done', '2026-10-05-discharge-letters', '--impact', 'x');
      assert.deepEqual([again.code, again.stderr], [2, "netgov done: '2026-10-05-discharge-letters' is done already (completed 2026-11-27)\n"]);
      assert.equal((await netgov('done', '2026-10-05-discharge-letters')).stderr, 'netgov done: --impact is needed: what changed, for whom, and how you know\n');
    });
  });

  describe('handover', () => {
    it('ends one term, starts the successor\'s for the charter\'s term, and refreshes the CODEOWNERS block only', async () => {
      mkdirSync(join(repo, '.github'));
      writeFileSync(join(repo, '.github/CODEOWNERS'), CODEOWNERS);
      const result = await netgov('handover', 'lead', '--area', 'frailty', '--from', 'amara-okafor', '--to', 'tom-hughes', '--date', '2026-11-20');
      assert.deepEqual(result, {
        code: 0,
        stdout: [
          "Handed the lead role for frailty from 'amara-okafor' (until 2026-11-19) to 'tom-hughes' from 2026-11-20 until 2028-11-19 (the charter's 24-month term).",
          '  updated members/amara-okafor.md',
          '  updated members/tom-hughes.md',
          `  updated ${join(repo, '.github/CODEOWNERS')}`,
          'The reviewers in CODEOWNERS follow the new roles; commit it with the member pages.',
          '',
        ].join('\n'),
        stderr: '',
      });
      assert.equal(read('members/amara-okafor.md'), NETWORK['members/amara-okafor.md']!.replace('until: 2026-12-31', 'until: 2026-11-19'));
      assert.equal(read('members/tom-hughes.md'), page(['name: Tom Hughes', 'organisation: Riverside', 'joined: 2024-01-01', 'handles: {github: tomhughes}', 'roles:', '  - role: lead', '    area: frailty', '    from: 2026-11-20', '    until: 2028-11-19']));
      const codeowners = readFileSync(join(repo, '.github/CODEOWNERS'), 'utf8');
      assert.ok(codeowners.startsWith('# Ours\n*.yml @platform-team\n\n# netgov:begin\n'), codeowners);
      assert.ok(codeowners.endsWith('# netgov:end\n/docs/ @writers\n'), codeowners);
      assert.match(codeowners, /^\/network\/actions\/2026-11-01-falls-audit\.md .*@tomhughes/m);
      assert.doesNotMatch(codeowners, /@amara-okafor/);
      unchangedExcept('members/amara-okafor.md', 'members/tom-hughes.md');
      await checkClean();
      assert.equal((await netgov('codeowners', repo, '--check')).code, 0, 'the block is what netgov codeowners writes');
    });

    it('leaves a repository with no CODEOWNERS file without one', async () => {
      assert.equal((await netgov('handover', 'lead', '--area', 'frailty', '--from', 'amara-okafor', '--to', 'sam-lee', '--date', '2027-01-01')).code, 0);
      assert.deepEqual(readdirSync(repo).sort(), ['.git', 'network']);
      unchangedExcept('members/sam-lee.md');
    });

    it('keeps a byte-order mark and CRLF line endings', async () => {
      const crlf = `\uFEFF${NETWORK['members/sam-lee.md']!.replace(/\n/g, '\r\n')}`;
      writeFileSync(join(network, 'members/sam-lee.md'), crlf);
      assert.equal((await netgov('handover', 'lead', '--area', 'frailty', '--from', 'amara-okafor', '--to', 'sam-lee', '--date', '2027-01-01')).code, 0);
      assert.equal(read('members/sam-lee.md'), crlf.replace('joined: 2024-01-01\r\n', 'joined: 2024-01-01\r\nroles:\r\n  - role: lead\r\n    area: frailty\r\n    from: 2027-01-01\r\n    until: 2028-12-31\r\n'));
    });

    it('refuses a --from who does not hold the role, writing nothing', async () => {
      const result = await netgov('handover', 'lead', '--area', 'frailty', '--from', 'sam-lee', '--to', 'tom-hughes', '--date', '2026-11-20');
      assert.deepEqual(result, { code: 2, stdout: '', stderr: "netgov handover: 'sam-lee' does not hold the lead role for frailty on 2026-11-19, the day before the handover\n" });
      assert.equal((await netgov('handover', 'lead', '--from', 'amara-okafor', '--to', 'tom-hughes')).stderr, "netgov handover: --date is needed: the successor's first day, YYYY-MM-DD\n");
      unchangedExcept();
    });
  });

  describe('replaceFiles', () => {
    it('writes nothing when a file changed since it was read, and names it', async () => {
      const a = join(network, PROPOSAL);
      const b = join(network, MEETING);
      writeFileSync(b, 'someone saved this meanwhile\n');
      await assert.rejects(
        replaceFiles(network, [
          { path: a, before: NETWORK[PROPOSAL]!, after: 'new a' },
          { path: b, before: NETWORK[MEETING]!, after: 'new b' },
        ]),
        (error: unknown) => error instanceof FileChangedError && error.path === b,
      );
      assert.equal(read(PROPOSAL), NETWORK[PROPOSAL]);
      assert.equal(read(MEETING), 'someone saved this meanwhile\n');
      assert.deepEqual(readdirSync(join(network, 'meetings')), ['2026-11-12-network-meeting.md'], 'no temporary file is left behind');
    });

    it('refuses to write through a link', async () => {
      const outside = join(repo, 'outside.md');
      writeFileSync(outside, 'outside\n');
      const link = join(network, 'actions/linked.md');
      symlinkSync(outside, link);
      await assert.rejects(replaceFiles(network, [{ path: link, before: 'outside\n', after: 'changed\n' }]), /is a symbolic link, and netgov never writes through a link/);
      assert.equal(readFileSync(outside, 'utf8'), 'outside\n');
    });
  });
});
