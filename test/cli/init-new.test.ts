import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { checkDirectory } from '../../src/core/check';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { initCommand } from '../../src/cli/commands/init';
import { newCommand } from '../../src/cli/commands/new';
import { UsageError, type Command } from '../../src/cli/io';
import { runInProcess, type CliRun } from '../helpers/run-cli';
import { FilesExistError, writePlannedFiles } from '../../src/cli/node-files';

const TODAY = '2026-11-27';

/** Runs a command in-process, as `netgov <command> ...args` from `cwd`. */
function run(command: Command, args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return runInProcess(args, { cwd, today: TODAY, env, command });
}

/** Every file under a folder with its bytes, '/'-separated paths relative to it. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(posix.relative(toCorePath(dir), toCorePath(full)), readFileSync(full).toString('base64') + `@${statSync(full).mtimeMs}`);
    }
  };
  walk(dir);
  return files;
}

function frontmatterOf(path: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'));
  assert.ok(match, `no frontmatter in ${path}`);
  return parse(match[1]!) as Record<string, unknown>;
}

/** Nothing but the warnings that the templates' guidance is still to be rewritten (template.unedited), and at least one of those. */
async function assertChecksClean(dir: string): Promise<void> {
  const report = await checkDirectory(new NodeWorkspace(), toCorePath(dir), { today: TODAY });
  assert.equal(report.networks, 1);
  assert.deepEqual(
    report.diagnostics.filter((d) => d.code !== 'template.unedited' || d.severity !== 'warning').map((d) => `${posix.relative(toCorePath(dir), d.file)}:${d.range.start.line + 1} ${d.severity} ${d.code} ${d.message}`),
    [],
  );
  assert.ok(report.diagnostics.some((d) => d.code === 'template.unedited'), 'the unedited templates are pointed out');
}

const SCAFFOLD = ['CHARTER.md', 'PURPOSE.md', 'README.md', 'actions/README.md', 'meetings/README.md', 'members/README.md', 'pulses/README.md'];

describe('netgov init and netgov new', function () {
  let tmp: string;

  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'netgov-init-'));
  });

  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  describe('init', () => {
    it('creates the scaffold in a new folder, named after it, and it passes the checker', async () => {
      const result = await run(initCommand, ['north-shire-frailty'], tmp);
      assert.equal(result.code, 0, result.stderr);
      const dir = join(tmp, 'north-shire-frailty');
      assert.deepEqual([...snapshot(dir).keys()].sort(), SCAFFOLD);
      assert.match(result.stdout, /Started the network "North Shire Frailty" in north-shire-frailty:/);
      for (const file of SCAFFOLD) assert.ok(result.stdout.includes(`  ${file}\n`), file);
      assert.match(result.stdout, /cd north-shire-frailty/);
      const charter = frontmatterOf(join(dir, 'CHARTER.md'));
      assert.equal(charter.name, 'North Shire Frailty');
      assert.equal(charter.established, TODAY);
      await assertChecksClean(dir);
    });

    it('uses --name, quoting it safely, in the current folder', async () => {
      const result = await run(initCommand, ['--name', 'Frailty: "North" #1'], tmp);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(frontmatterOf(join(tmp, 'CHARTER.md')).name, 'Frailty: "North" #1');
      assert.doesNotMatch(result.stdout, /\bcd\b/);
      await assertChecksClean(tmp);
    });

    it('refuses a second time, naming the files, and leaves every file byte-identical', async () => {
      assert.equal((await run(initCommand, [], tmp)).code, 0);
      writeFileSync(join(tmp, 'CHARTER.md'), 'edited by the network\n', { flag: 'a' });
      const before = snapshot(tmp);
      const again = await run(initCommand, ['--name', 'Another'], tmp);
      assert.equal(again.code, 2);
      assert.equal(again.stdout, '');
      assert.match(again.stderr, /CHARTER\.md, PURPOSE\.md, README\.md, members\/README\.md/);
      assert.match(again.stderr, /nothing was written/);
      assert.deepEqual(snapshot(tmp), before);
    });

    it('writes nothing when only one scaffold file is in the way', async () => {
      mkdirSync(join(tmp, 'members'));
      writeFileSync(join(tmp, 'members', 'README.md'), 'our own\n');
      const result = await run(initCommand, [], tmp);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /already has members\/README\.md;/);
      assert.deepEqual([...snapshot(tmp).keys()], ['members/README.md']);
      assert.equal(readFileSync(join(tmp, 'members', 'README.md'), 'utf8'), 'our own\n');
    });

    it('rejects bad arguments with a usage error', async () => {
      await assert.rejects(run(initCommand, ['a', 'b'], tmp), UsageError);
      await assert.rejects(run(initCommand, ['--name', '   '], tmp), (e: unknown) => e instanceof UsageError && /name is empty/.test(e.message));
      await assert.rejects(run(initCommand, [], tmp, { NETGOV_TODAY: '27/11/2026' }), /NETGOV_TODAY/);
      await assert.rejects(run(initCommand, ['--nmae', 'x'], tmp), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
      writeFileSync(join(tmp, 'file.txt'), '');
      await assert.rejects(run(initCommand, ['file.txt'], tmp), /is a file/);
      assert.deepEqual([...snapshot(tmp).keys()], ['file.txt']);
    });

    it('refuses the system\'s special file systems (/proc, /sys, /dev), at once and in one line', async () => {
      for (const [path, root] of [['/proc/self', '/proc'], ['/proc/net/new-network', '/proc'], ['/sys', '/sys'], ['/dev/shm/x', '/dev']] as const) {
        await assert.rejects(run(initCommand, [path], tmp), (e: unknown) => e instanceof UsageError && e.message === `${path} is under ${root}, which the system keeps for devices and processes, not documents; give a folder on disk`);
      }
      await assert.rejects(run(initCommand, ['/proc', '--ci', 'github'], tmp), /is under \/proc/);
    });
  });

  describe('new', () => {
    beforeEach(async () => {
      assert.equal((await run(initCommand, ['--name', 'North Shire Frailty Network'], tmp)).code, 0);
    });

    it('adds members with fresh ids, and finds the network from a folder inside it', async () => {
      const first = await run(newCommand, ['member', 'Amara Okafor', '--organisation', 'Riverside: NHS Trust'], tmp);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^Created members\/amara-okafor\.md \(id: amara-okafor\)\n/);
      const second = await run(newCommand, ['member', 'Amara', 'Okafor'], join(tmp, 'actions'));
      assert.equal(second.code, 0, second.stderr);
      assert.match(second.stdout, /members\/amara-okafor-2\.md \(id: amara-okafor-2\)/);
      assert.match(second.stdout, /Not yet recorded/);
      assert.deepEqual(frontmatterOf(join(tmp, 'members', 'amara-okafor.md')), { kind: 'member', name: 'Amara Okafor', organisation: 'Riverside: NHS Trust', joined: TODAY });
      await assertChecksClean(tmp);
    });

    it('adds actions and meetings that name existing members and outcomes, and all pass the checker', async () => {
      await run(newCommand, ['member', 'Amara Okafor', '--organisation', 'Riverside Hospitals'], tmp);
      await run(newCommand, ['member', 'Tom Hughes', '--organisation', 'North Shire ICB'], tmp);
      const title = 'Referral: the "shared" form #1';
      const action = await run(newCommand, ['action', title, '--by', 'amara-okafor', '--owner', 'amara-okafor,tom-hughes', '--outcome', 'first-outcome'], tmp);
      assert.equal(action.code, 0, action.stderr);
      const id = '2026-11-27-referral-the-shared-form-1';
      assert.match(action.stdout, new RegExp(`Created actions/${id}\\.md`));
      const data = frontmatterOf(join(tmp, 'actions', `${id}.md`));
      assert.equal(data.title, title);
      assert.deepEqual(data.owners, ['amara-okafor', 'tom-hughes']);
      const again = await run(newCommand, ['action', title, '--by', 'tom-hughes', '--dir', tmp], join(tmp, '..'));
      assert.equal(again.code, 0, again.stderr);
      assert.ok(readdirSync(join(tmp, 'actions')).includes(`${id}-2.md`));

      const meeting = await run(newCommand, ['meeting', '--facilitator', 'tom-hughes', '--attendee', 'amara-okafor'], tmp);
      assert.equal(meeting.code, 0, meeting.stderr);
      assert.match(meeting.stdout, /meetings\/2026-11-27-network-meeting\.md/);
      assert.deepEqual(frontmatterOf(join(tmp, 'meetings', '2026-11-27-network-meeting.md')).attendees, ['tom-hughes', 'amara-okafor']);
      const next = await run(newCommand, ['meeting', '--date', '2027-01-14', '--type', 'steering', '--title', 'Steering group: January'], tmp);
      assert.match(next.stdout, /meetings\/2027-01-14-steering-group-january\.md/);
      const sameDay = await run(newCommand, ['meeting'], tmp);
      assert.match(sameDay.stdout, /meetings\/2026-11-27-network-meeting-2\.md/);

      const pulse = await run(newCommand, ['pulse', '--invited', '12', '--respondents', '9'], tmp);
      assert.equal(pulse.code, 0, pulse.stderr);
      assert.match(pulse.stdout, /pulses\/2026-q4\.md/);
      await assertChecksClean(tmp);
    });

    it('shows how much each owner of a new action already carries, and with no owner the members to ask first', async () => {
      await run(newCommand, ['member', 'Amara Okafor', '--organisation', 'Riverside Hospitals'], tmp);
      await run(newCommand, ['member', 'Tom Hughes', '--organisation', 'North Shire ICB'], tmp);
      const page = join(tmp, 'members', 'tom-hughes.md');
      writeFileSync(page, readFileSync(page, 'utf8').replace('joined:', 'interests:\n  - falls prevention\njoined:'));
      const owned = await run(newCommand, ['action', 'Shared referral form', '--by', 'amara-okafor', '--owner', 'amara-okafor'], tmp);
      assert.equal(owned.code, 0, owned.stderr);
      assert.match(owned.stdout, /^Owner: Amara Okafor \(amara-okafor\) now owns 1 open action, this one included, and has 0 working ties\.$/m);
      const unowned = await run(newCommand, ['action', 'Falls prevention classes', '--by', 'amara-okafor'], tmp);
      assert.match(unowned.stdout, /No owner yet\. Members who share an interest with it and carry less than most:\n {2}Tom Hughes \(tom-hughes\): 0 open actions · 0 ties · shares falls prevention\n$/);
      const nobody = await run(newCommand, ['action', 'Newsletter', '--by', 'amara-okafor'], tmp);
      assert.match(nobody.stdout, /No owner yet\. Add one under owners:/);
    });

    it("writes the action's area when asked, one of the charter's areas only, and suggests owners by it", async () => {
      const charter = join(tmp, 'CHARTER.md');
      writeFileSync(charter, readFileSync(charter, 'utf8').replace('values:', 'areas:\n  - id: falls\n    title: Falls prevention\nvalues:'));
      await run(newCommand, ['member', 'Amara Okafor', '--organisation', 'Riverside Hospitals'], tmp);
      await run(newCommand, ['member', 'Tom Hughes', '--organisation', 'North Shire ICB'], tmp);
      const page = join(tmp, 'members', 'tom-hughes.md');
      writeFileSync(page, readFileSync(page, 'utf8').replace('joined:', 'interests:\n  - falls prevention\njoined:'));
      const result = await run(newCommand, ['action', 'Exercise classes', '--by', 'amara-okafor', '--area', 'falls'], tmp);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(frontmatterOf(join(tmp, 'actions', '2026-11-27-exercise-classes.md')).area, 'falls');
      assert.match(result.stdout, /Tom Hughes \(tom-hughes\): 0 open actions · 0 ties · shares falls prevention/);
      assert.equal(frontmatterOf(join(tmp, 'actions', (await run(newCommand, ['action', 'No area', '--by', 'amara-okafor'], tmp)).stdout.match(/\(id: ([^)]+)\)/)![1] + '.md')).area, undefined);
      await assert.rejects(run(newCommand, ['action', 'Falls audit', '--by', 'amara-okafor', '--area', 'fals'], tmp), /--area: 'fals' is not an area in CHARTER\.md; did you mean 'falls'\?/);
      await assertChecksClean(tmp);
    });

    it('refuses an area that was renamed (naming the area it goes on as) or retired, writing nothing', async () => {
      const charter = join(tmp, 'CHARTER.md');
      const areas = [
        'areas:',
        '  - id: falls',
        '    title: Falls',
        '    retired: 2026-01-01',
        '    renamed_to: falls-prevention',
        '  - id: falls-prevention',
        '    title: Falls prevention',
        '  - id: dentistry',
        '    retired: 2026-06-01',
        '  - id: care-homes',
        '    renamed_to: frailty',
        '  - id: frailty',
        '    retired: 2026-10-01',
        '  - id: winter',
        '    retired: 2027-01-01',
        'values:',
      ].join('\n');
      writeFileSync(charter, readFileSync(charter, 'utf8').replace('values:', areas));
      await run(newCommand, ['member', 'Amara Okafor', '--organisation', 'Riverside Hospitals'], tmp);
      const action = (area: string): Promise<unknown> => run(newCommand, ['action', 'Falls audit', '--by', 'amara-okafor', '--area', area], tmp);
      await assert.rejects(action('falls'), (error: unknown) => error instanceof Error && error.message === "--area: the area 'falls' was renamed to 'falls-prevention'; give --area falls-prevention");
      await assert.rejects(
        action('dentistry'),
        (error: unknown) => error instanceof Error && error.message === "--area: the area 'dentistry' was retired on 2026-06-01, so no new action goes under it; give one of the open areas (falls-prevention, winter) or none",
      );
      await assert.rejects(
        action('care-homes'),
        (error: unknown) =>
          error instanceof Error && error.message === "--area: the area 'care-homes' was renamed to 'frailty', which was retired on 2026-10-01, so no new action goes under it; give one of the open areas (falls-prevention, winter) or none",
      );
      // A typo is matched against the open areas only.
      await assert.rejects(action('dentistri'), (error: unknown) => error instanceof Error && error.message === "--area: 'dentistri' is not an area in CHARTER.md (its open areas: falls-prevention, winter)");
      assert.deepEqual(readdirSync(join(tmp, 'actions')).filter((file) => file !== 'README.md'), []);
      // Retired only from a day still to come: open today.
      const winter = await run(newCommand, ['action', 'Winter plan', '--by', 'amara-okafor', '--area', 'winter'], tmp);
      assert.equal(winter.code, 0, winter.stderr);
      assert.equal(frontmatterOf(join(tmp, 'actions', '2026-11-27-winter-plan.md')).area, 'winter');
    });

    it('follows the layout in netgov.yml', async () => {
      writeFileSync(join(tmp, 'netgov.yml'), 'layout:\n  members: people\n');
      const result = await run(newCommand, ['member', 'Sam Lee', '--organisation', 'Age UK'], tmp);
      assert.match(result.stdout, /Created people\/sam-lee\.md/);
      const action = await run(newCommand, ['action', 'Falls audit', '--by', 'sam-lee'], tmp);
      assert.equal(action.code, 0, action.stderr);
    });

    it('finds the network in a subfolder when run from the folder above it (a repository root), as check does', async () => {
      const root = mkdtempSync(join(tmpdir(), 'netgov-root-'));
      try {
        assert.equal((await run(initCommand, ['network'], root)).code, 0);
        const result = await run(newCommand, ['member', 'Sam Lee', '--organisation', 'Age UK'], root);
        assert.equal(result.code, 0, result.stderr);
        assert.ok(existsSync(join(root, 'network', 'members', 'sam-lee.md')));
        assert.equal((await run(initCommand, ['second'], root)).code, 0);
        await assert.rejects(run(newCommand, ['member', 'Ana Diaz'], root), /2 networks under this folder \(network, second\): say which with --dir/);
        assert.equal(existsSync(join(root, 'second', 'members', 'ana-diaz.md')), false);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });

    it('ignores a netgov.yml that is a symbolic link, as check does: both keep the default layout', async () => {
      const outside = mkdtempSync(join(tmpdir(), 'netgov-outside-'));
      try {
        writeFileSync(join(outside, 'netgov.yml'), 'layout:\n  members: people\n');
        symlinkSync(join(outside, 'netgov.yml'), join(tmp, 'netgov.yml'));
        const result = await run(newCommand, ['member', 'Sam Lee', '--organisation', 'Age UK'], tmp);
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /^Created members\/sam-lee\.md /);
        assert.equal(existsSync(join(tmp, 'people')), false, 'new followed the link into the layout it names');
        // check reads the same network: the member page is in the folder it looks in, so action owners resolve.
        const action = await run(newCommand, ['action', 'Falls audit', '--by', 'sam-lee'], tmp);
        assert.equal(action.code, 0, action.stderr);
        const report = await checkDirectory(new NodeWorkspace(), toCorePath(tmp), { today: TODAY });
        assert.deepEqual(report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), []);
        assert.ok(report.filesChecked >= 4, String(report.filesChecked));
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });

    it('rejects references to members and outcomes that do not exist, suggesting the likely one', async () => {
      await run(newCommand, ['member', 'Amara Okafor', '--organisation', 'Riverside Hospitals'], tmp);
      await assert.rejects(run(newCommand, ['action', 'Falls audit', '--by', 'amara-okafr'], tmp), /--by: 'amara-okafr' is not a member .*did you mean 'amara-okafor'\?/);
      await assert.rejects(run(newCommand, ['action', 'Falls audit', '--by', 'Amara Okafor'], tmp), /did you mean 'amara-okafor'\?/);
      await assert.rejects(run(newCommand, ['action', 'Falls audit', '--by', 'amara-okafor', '--owner', 'j-smith'], tmp), /--owner: 'j-smith' .*netgov new member/);
      await assert.rejects(run(newCommand, ['action', 'Falls audit', '--by', 'amara-okafor', '--outcome', 'first-outcom'], tmp), /did you mean 'first-outcome'/);
      await assert.rejects(run(newCommand, ['meeting', '--attendee', 'nobody'], tmp), /--attendee: 'nobody'/);
      assert.deepEqual(readdirSync(join(tmp, 'actions')), ['README.md']);
      assert.deepEqual(readdirSync(join(tmp, 'meetings')), ['README.md']);
    });

    it('rejects bad arguments with a one-line usage error', async () => {
      const cases: [string[], RegExp][] = [
        [[], /say what to create/],
        [['memebr', 'X'], /did you mean 'member'/],
        [['member'], /give the new member's name/],
        [['member', '!!!'], /no letters or digits/],
        [['action', 'Falls audit'], /--by/],
        [['action', '???', '--by', 'x'], /not a member|no letters/],
        [['member', 'Sam', '--by', 'x'], /--by is not an option of 'netgov new member'/],
        [['meeting', 'Steering'], /give a title with --title/],
        [['meeting', '--date', '14/01/2027'], /YYYY-MM-DD/],
        [['meeting', '--type', 'party'], /not a type of meeting/],
        [['pulse', '--invited', 'ten'], /whole number/],
        [['pulse', '--invited', '3', '--respondents', '4'], /more than the 3 people invited/],
      ];
      for (const [args, message] of cases) {
        await assert.rejects(run(newCommand, args, tmp), (e: unknown) => e instanceof UsageError && message.test(e.message) && !e.message.includes('\n'), args.join(' '));
      }
      await assert.rejects(run(newCommand, ['member', 'Sam', '--colour', 'x'], tmp), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    });

    it('refuses to work outside a network', async () => {
      const outside = mkdtempSync(join(tmpdir(), 'netgov-outside-'));
      try {
        await assert.rejects(run(newCommand, ['member', 'Sam Lee'], outside), /no network found/);
        await assert.rejects(run(newCommand, ['member', 'Sam Lee', '--dir', join(outside, 'missing')], tmp), /is not a folder/);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('writePlannedFiles', () => {
    it('writes nothing when any planned path exists, and reports which', async () => {
      writeFileSync(join(tmp, 'b.md'), 'keep');
      const files = [
        { path: toCorePath(join(tmp, 'sub', 'a.md')), content: 'a' },
        { path: toCorePath(join(tmp, 'b.md')), content: 'b' },
      ];
      await assert.rejects(writePlannedFiles(files), (e: unknown) => e instanceof FilesExistError && e.paths.length === 1 && e.paths[0] === files[1]!.path);
      assert.deepEqual(readdirSync(tmp), ['b.md']);
      assert.equal(readFileSync(join(tmp, 'b.md'), 'utf8'), 'keep');
    });

    it('creates parent folders and returns the paths written', async () => {
      const files = [{ path: toCorePath(join(tmp, 'x', 'y', 'a.md')), content: 'a' }];
      assert.deepEqual(await writePlannedFiles(files), [files[0]!.path]);
      assert.equal(readFileSync(join(tmp, 'x', 'y', 'a.md'), 'utf8'), 'a');
    });
  });
});
