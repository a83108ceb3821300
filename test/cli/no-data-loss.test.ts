import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { UsageError } from '../../src/cli/io';
import { FilesExistError, WriteFailedError, writePlannedFiles, type PlannedFilesFs } from '../../src/cli/node-files';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';

/**
 * Issue 7, item 3 (no data loss) for the CLI: every command that creates files
 * (init, new, agenda, pulse import) goes through writePlannedFiles, which writes
 * a temporary file beside each target and links it into place. Faults a test
 * cannot cause for real as root (a full disk, an I/O error, a read-only file
 * system, a file that appears between the check and the write) are injected
 * through its file-system parameter; everything else runs on the real disk.
 */

const FIXTURE = fromRoot('test/fixtures/networks/clean');
const TODAY = '2026-11-27';

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, '${path}'`), { code, path });
}

/** Node's fs with one call replaced: `fail` returns the error to throw (or undefined to do the real call). */
function failing(overrides: Partial<Record<keyof PlannedFilesFs, (...args: string[]) => Promise<Error | undefined> | Error | undefined>>): PlannedFilesFs {
  const wrap =
    <K extends keyof PlannedFilesFs>(name: K): PlannedFilesFs[K] =>
    (async (...args: unknown[]) => {
      const hook = overrides[name];
      if (hook) {
        const result = hook(...(args as string[]));
        const error = result instanceof Promise ? await result : result;
        if (error instanceof Error) throw error;
      }
      return (fs[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as PlannedFilesFs[K];
  return { lstat: wrap('lstat'), mkdir: wrap('mkdir'), writeFile: wrap('writeFile'), link: wrap('link'), copyFile: wrap('copyFile'), unlink: wrap('unlink'), rmdir: wrap('rmdir') };
}

/** Every file and folder under `dir` with its text ('/' for folders): a before/after picture. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      const key = relative(dir, full).split('\\').join('/');
      if (entry.isDirectory()) {
        out.set(`${key}/`, '/');
        walk(full);
      } else out.set(key, readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function temporaries(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((key) => /\.tmp$/.test(key));
}

function cli(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess(args, { cwd, today: TODAY });
}

describe('no data loss: the CLI writes through a temporary file and never replaces one', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'netgov-no-data-loss-'));
    cpSync(FIXTURE, join(dir, 'net'), { recursive: true });
    writeFileSync(join(dir, 'net', 'members', 'keep-me.md'), 'the user’s own text\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const plan = (): { path: string; content: string }[] => [
    { path: join(dir, 'net', 'members', 'new-one.md'), content: '---\nid: new-one\n---\n' },
    { path: join(dir, 'net', 'fresh', 'deep', 'folder', 'two.md'), content: 'two\n' },
  ];

  it('writes a plan whole, leaving no temporary file', async () => {
    const written = await writePlannedFiles(plan());
    assert.equal(written.length, 2);
    assert.equal(readFileSync(join(dir, 'net', 'fresh', 'deep', 'folder', 'two.md'), 'utf8'), 'two\n');
    assert.deepEqual(temporaries(dir), []);
  });

  it('keeps a file that someone creates between the check and the link (EEXIST), and removes what it wrote', async () => {
    const before = snapshot(dir);
    const second = plan()[1]!.path;
    const files = failing({
      link: async (_from, to) => {
        // Another process wins the race for the second file just before our link.
        if (to === second) {
          await fs.mkdir(posix.dirname(to), { recursive: true });
          await fs.writeFile(to, 'theirs\n');
        }
        return undefined;
      },
    });
    await assert.rejects(writePlannedFiles(plan(), files), (error: unknown) => error instanceof FilesExistError && error.paths[0] === second);
    assert.equal(readFileSync(second, 'utf8'), 'theirs\n', 'their file is intact');
    rmSync(join(dir, 'net', 'fresh'), { recursive: true });
    assert.deepEqual(snapshot(dir), before, 'our first file is gone again, no temporary is left');
  });

  for (const [call, code, words] of [
    ['writeFile', 'ENOSPC', 'the disk is full (ENOSPC)'],
    ['link', 'EIO', 'input/output error (EIO)'],
    ['mkdir', 'EROFS', 'read-only (EROFS)'],
    ['writeFile', 'EACCES', 'permission denied (EACCES)'],
  ] as const) {
    it(`a ${code} from ${call} on the second file leaves the network exactly as it was and names the file`, async () => {
      const before = snapshot(dir);
      const second = plan()[1]!.path;
      const files = failing({ [call]: (path: string, other: string) => ((call === 'link' ? other : path).includes('fresh') ? errno(code, path) : undefined) });
      await assert.rejects(writePlannedFiles(plan(), files), (error: unknown) => {
        assert.ok(error instanceof WriteFailedError, String(error));
        assert.ok(error instanceof UsageError, 'the CLI prints it as a message, not an internal error');
        assert.equal(error.path, second);
        assert.match(error.message, new RegExp(`could not write .*two\\.md: .*${words.replace(/[()]/g, '\\$&')}; nothing was written and no existing file was changed`));
        return true;
      });
      assert.deepEqual(snapshot(dir), before, 'no partial file, no temporary, no new folder');
    });
  }

  it('without hard links it copies exclusively, and removes the half-copied file when the disk fills', async () => {
    const before = snapshot(dir);
    const files = failing({
      link: (from) => errno('EPERM', from),
      copyFile: async (_from, to) => {
        if (!to.includes('fresh')) return undefined;
        await fs.writeFile(to, 'tw'); // what an interrupted copy leaves under the real name
        return errno('ENOSPC', to);
      },
    });
    await assert.rejects(writePlannedFiles(plan(), files), WriteFailedError);
    assert.deepEqual(snapshot(dir), before);
    // And the fallback on its own works and never overwrites.
    const ok = failing({ link: (from) => errno('EPERM', from) });
    assert.equal((await writePlannedFiles(plan(), ok)).length, 2);
    await assert.rejects(writePlannedFiles([{ path: join(dir, 'net', 'members', 'keep-me.md'), content: 'x' }], ok), FilesExistError);
    assert.equal(readFileSync(join(dir, 'net', 'members', 'keep-me.md'), 'utf8'), 'the user’s own text\n');
  });

  it('a target that is a folder is taken, not replaced', async () => {
    mkdirSync(join(dir, 'net', 'members', 'folder.md'));
    await assert.rejects(writePlannedFiles([{ path: join(dir, 'net', 'members', 'folder.md'), content: 'x' }]), FilesExistError);
    assert.ok(existsSync(join(dir, 'net', 'members', 'folder.md')));
  });

  it('netgov init over a network refuses, changes nothing and leaves no temporary file', async () => {
    const before = snapshot(dir);
    const result = await cli(['init', 'net'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /never overwrites files, so nothing was written/);
    assert.deepEqual(snapshot(dir), before);
  });

  it('netgov new and agenda never take an existing name; each leaves no temporary file', async () => {
    const net = join(dir, 'net');
    const first = await cli(['new', 'member', 'Keep Me', '--dir', net], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /keep-me-2\.md/, 'a fresh id, not the taken one');
    assert.equal(readFileSync(join(net, 'members', 'keep-me.md'), 'utf8'), 'the user’s own text\n');
    const before = snapshot(dir);
    const agenda = await cli(['agenda', net, '--id', '2026-10-14-network-meeting', '--date', '2026-12-01'], dir);
    assert.equal(agenda.code, 2, agenda.stdout + agenda.stderr);
    assert.match(agenda.stderr, /exists already; nothing was written/);
    assert.deepEqual(snapshot(dir), before);
    assert.deepEqual(temporaries(dir), []);
  });
});
