import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkDirectory } from '../../src/core/check';
import { checkCommand } from '../../src/cli/commands/check';
import { codeownersCommand } from '../../src/cli/commands/codeowners';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import type { Command } from '../../src/cli/io';
import { runInProcess, type CliRun } from '../helpers/run-cli';

/**
 * `netgov codeowners` on a repository holding one network in `network/`, as
 * of 2026-11-27: a network co-chair with a handle; a frailty lead whose term
 * ended on 2026-10-31 and the lead who took over; a discharge lead with no
 * handle; a coordinator who has left; a plain member with no handle. The
 * falls audit is owned by the former frailty lead, with the plain member
 * contributing; the discharge letters by the new frailty lead; the survey by
 * the coordinator who has left.
 */
const TODAY = '2026-11-27';

function page(fields: readonly string[], body: readonly string[] = []): string {
  return ['---', ...fields, '---', ...body, ''].join('\n');
}

const BODY = ['## Proposal', 'Text.', '', '## Expected impact', 'Text.'];

const NETWORK: Readonly<Record<string, string>> = {
  'CHARTER.md': page(
    ['name: North Shire Frailty Network', 'phase: ongoing', 'established: 2024-01-01', 'governance:', '  model: shared', 'decisions:', '  rule: consent', '  pull_requests: true', 'review:', '  cadence: 12', 'leadership:', '  term_months: 24', 'areas:', '  - id: frailty', '    title: Frailty', '  - id: discharge', '    title: Discharge'],
    ['## How we work', 'Openly.', '', '## Decision making', 'By consent.', '', '## Membership', 'Anyone.'],
  ),
  'members/amara-okafor.md': page(['name: Amara Okafor', 'organisation: Northgate', 'joined: 2024-01-01', 'handles:', '  github: amara-okafor', 'roles:', '  - role: co-chair', '    from: 2025-01-01', '    until: 2027-01-01']),
  'members/tom-hughes.md': page(['name: Tom Hughes', 'organisation: Riverside', 'joined: 2024-01-01', 'handles:', '  github: tomhughes', 'roles:', '  - role: lead', '    area: frailty', '    from: 2024-11-01', '    until: 2026-10-31']),
  'members/priya-shah.md': page(['name: Priya Shah', 'organisation: Riverside', 'joined: 2024-01-01', 'handles:', '  github: priya-s', 'roles:', '  - role: lead', '    area: frailty', '    from: 2026-11-01', '    until: 2028-10-31']),
  'members/sam-lee.md': page(['name: Sam Lee', 'organisation: Northgate', 'joined: 2024-01-01', 'roles:', '  - role: lead', '    area: discharge', '    from: 2025-06-01', '    until: 2027-05-31']),
  'members/gareth-jones.md': page(['name: Gareth Jones', 'organisation: Northgate', 'joined: 2024-01-01', 'left: 2026-06-30', 'handles:', '  github: gareth', 'roles:', '  - role: coordinator', '    from: 2024-02-01', '    until: 2026-06-30']),
  'members/ben-lee.md': page(['name: Ben Lee', 'organisation: Northgate', 'joined: 2024-01-01']),
  'actions/2026-10-01-falls-audit.md': page(['title: Falls audit', 'status: proposed', 'proposed_by: ben-lee', 'proposed: 2026-10-01', 'area: frailty', 'owners: [tom-hughes]', 'contributors: [ben-lee]'], BODY),
  'actions/2026-10-05-discharge-letters.md': page(['title: Discharge letters', 'status: proposed', 'proposed_by: ben-lee', 'proposed: 2026-10-05', 'area: discharge', 'owners: [priya-shah]'], BODY),
  'actions/2026-11-01-network-survey.md': page(['title: Network survey', 'status: proposed', 'proposed_by: ben-lee', 'proposed: 2026-11-01', 'owners: [gareth-jones]'], BODY),
  'meetings/2026-11-12-frailty-meeting.md': page(['date: 2026-11-12', 'type: workstream', 'area: frailty', 'facilitator: priya-shah', 'attendees: [priya-shah, ben-lee]'], ['## Notes', 'Met.']),
};

const HEADER = ['# netgov:begin', "# Written by netgov codeowners from the lead roles and the actions' owners and contributors, by GitHub username (handles.github).", '# Run it again rather than editing here; netgov check says when roles have changed.', '# Network: network/'];

const EXPECTED_TODAY = [
  ...HEADER,
  '/network/ @amara-okafor',
  '/network/actions/2026-10-01-falls-audit.md @priya-s @tomhughes',
  '/network/actions/2026-10-05-discharge-letters.md @amara-okafor @priya-s',
  '/network/meetings/2026-11-12-frailty-meeting.md @priya-s',
  '# netgov:end',
  '',
].join('\n');

const EXPECTED_WARNING = [
  'netgov codeowners: warning: These 2 people have no GitHub username (handles.github) in their member page, so they are not asked to review:',
  '  network/members/ben-lee.md (contributor to 1 action)',
  '  network/members/sam-lee.md (lead role for discharge)',
  '',
].join('\n');

function run(command: Command, cwd: string, args: readonly string[]): Promise<CliRun> {
  return runInProcess(args, { cwd, today: TODAY, command });
}

async function codeowners(cwd: string, ...args: string[]): Promise<CliRun> {
  return run(codeownersCommand, cwd, args);
}

describe('netgov codeowners', () => {
  let repo: string;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'netgov-codeowners-'));
    mkdirSync(join(repo, '.git'));
    for (const [relative, text] of Object.entries(NETWORK)) {
      const path = join(repo, 'network', relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  const file = (): string => readFileSync(join(repo, '.github/CODEOWNERS'), 'utf8');

  it('writes .github/CODEOWNERS from the current leads, and warns about the lead with no handle', async () => {
    const result = await codeowners(join(repo, 'network'));
    assert.deepEqual(result, { code: 0, stdout: `Wrote the reviewers in ${join(repo, '.github/CODEOWNERS')}. Commit it so that pull requests ask them.\n`, stderr: EXPECTED_WARNING });
    assert.equal(file(), EXPECTED_TODAY);
    assert.deepEqual(readdirSync(join(repo, '.github')), ['CODEOWNERS'], 'no temporary file is left behind');
  });

  it('follows the rotation: before the term ended, the previous lead reviews', async () => {
    assert.equal((await codeowners(repo, '--as-of', '2026-10-15')).code, 0);
    assert.match(file(), /^\/network\/actions\/2026-10-01-falls-audit\.md @tomhughes$/m);
    assert.match(file(), /^\/network\/meetings\/2026-11-12-frailty-meeting\.md @tomhughes$/m);
    assert.match(file(), /^\/network\/actions\/2026-10-05-discharge-letters\.md @amara-okafor @priya-s$/m, 'an owner is asked whatever role she holds');
  });

  it("asks an action's owners and contributors beside its area's leads, and never one who has left", async () => {
    await codeowners(repo);
    const lines = file().split('\n');
    assert.ok(lines.includes('/network/actions/2026-10-01-falls-audit.md @priya-s @tomhughes'), 'the frailty lead and the owner');
    assert.ok(lines.includes('/network/actions/2026-10-05-discharge-letters.md @amara-okafor @priya-s'), 'an area with no lead who has a handle falls to the network\'s leads, beside the owner');
    assert.ok(!lines.some((line) => line.includes('network-survey') || line.includes('gareth')), 'the survey\'s only owner has left, so the folder line covers it');
  });

  it('is idempotent, and keeps hand-written lines and the file\'s place', async () => {
    const hand = ['# Ours', '*.yml @platform-team', '', '# netgov:begin', '/old @someone', '# netgov:end', '/docs/ @writers', ''].join('\n');
    writeFileSync(join(repo, 'CODEOWNERS'), hand);
    assert.equal((await codeowners(repo)).code, 0);
    const once = readFileSync(join(repo, 'CODEOWNERS'), 'utf8');
    assert.equal(once, ['# Ours', '*.yml @platform-team', '', EXPECTED_TODAY.trimEnd(), '/docs/ @writers', ''].join('\n'));
    const again = await codeowners(repo);
    assert.equal(again.stdout, 'CODEOWNERS is up to date; nothing written.\n');
    assert.equal(readFileSync(join(repo, 'CODEOWNERS'), 'utf8'), once);
    assert.throws(() => readFileSync(join(repo, '.github/CODEOWNERS')), /ENOENT/);
  });

  it('adds the block after the lines of a file without one', async () => {
    writeFileSync(join(repo, 'CODEOWNERS'), '* @everyone\n');
    await codeowners(repo);
    assert.equal(readFileSync(join(repo, 'CODEOWNERS'), 'utf8'), `* @everyone\n\n${EXPECTED_TODAY}`);
  });

  it('--check exits 1 with a one-line summary when out of date, 0 when up to date, and writes nothing', async () => {
    const missing = await codeowners(repo, '--check');
    assert.deepEqual([missing.code, missing.stdout], [1, '.github/CODEOWNERS is out of date: it has no netgov block yet. Run netgov codeowners to update it.\n']);
    assert.throws(() => file(), /ENOENT/);
    await codeowners(repo, '--as-of', '2026-10-15');
    const stale = await codeowners(repo, '--check');
    assert.deepEqual([stale.code, stale.stdout], [1, '.github/CODEOWNERS is out of date: 2 lines to add, 2 lines to remove. Run netgov codeowners to update it.\n']);
    await codeowners(repo);
    assert.deepEqual((await codeowners(repo, '--check')).code, 0);
  });

  it('refuses a block with no end marker, writing nothing', async () => {
    writeFileSync(join(repo, 'CODEOWNERS'), '# netgov:begin\n/x @y\n');
    const result = await codeowners(repo).catch((error: Error) => error);
    assert.match(String(result), /CODEOWNERS: the '# netgov:begin' line has no '# netgov:end' after it/);
    assert.equal(readFileSync(join(repo, 'CODEOWNERS'), 'utf8'), '# netgov:begin\n/x @y\n');
  });

  it('uses GitLab usernames with --host gitlab, in .gitlab/CODEOWNERS', async () => {
    writeFileSync(join(repo, 'network/members/sam-lee.md'), NETWORK['members/sam-lee.md']!.replace('roles:', 'handles:\n  gitlab: sam.lee\nroles:'));
    const result = await codeowners(repo, '--host', 'gitlab');
    assert.equal(result.code, 0);
    const text = readFileSync(join(repo, '.gitlab/CODEOWNERS'), 'utf8');
    assert.match(text, /^\/network\/actions\/2026-10-05-discharge-letters\.md @sam\.lee$/m);
    assert.match(text, /\(handles\.gitlab\)/);
  });

  it('netgov check reports codeowners.out-of-date on the block when roles have moved on, and nothing once updated', async () => {
    const check = async (): Promise<string[]> => {
      const report = await checkDirectory(new NodeWorkspace(), toCorePath(repo), { today: TODAY, repositoryRoot: toCorePath(repo) });
      return report.diagnostics.filter((d) => d.code === 'codeowners.out-of-date').map((d) => `${d.file.slice(toCorePath(repo).length)}:${d.range.start.line + 1} ${d.severity} ${d.message}`);
    };
    writeFileSync(join(repo, 'CODEOWNERS'), '* @everyone\n');
    assert.deepEqual(await check(), [], 'a file with no block is not netgov\'s');
    rmSync(join(repo, 'CODEOWNERS'));
    await codeowners(repo, '--as-of', '2026-10-15');
    assert.deepEqual(await check(), ['/.github/CODEOWNERS:1 warning The reviewers no longer follow the lead roles and owners (2 lines to add, 2 lines to remove). Run netgov codeowners and commit the result.']);
    await codeowners(repo);
    assert.deepEqual(await check(), []);
  });

  it('netgov check at the repository root reports it; checking a network folder below leaves CODEOWNERS alone', async () => {
    await codeowners(repo, '--as-of', '2026-10-15');
    const codes = async (cwd: string): Promise<string[]> => {
      const { stdout } = await run(checkCommand, cwd, ['--format', 'json', '--as-of', TODAY]);
      return (JSON.parse(stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics.filter((d) => d.code === 'codeowners.out-of-date').map((d) => d.file);
    };
    assert.deepEqual(await codes(repo), ['.github/CODEOWNERS']);
    assert.deepEqual(await codes(join(repo, 'network')), []);
  });
});
