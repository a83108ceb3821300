import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, realpathSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkDirectory, loadNetwork } from '../../src/core/check';
import { loadNetworkChecklist } from '../../src/core/health/network-checklist';
import { findNetworkRoots } from '../../src/core/discovery';
import type { DirectoryEntry, Workspace } from '../../src/core/workspace';
import type { Diagnostic } from '../../src/core/diagnostic';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { TODAY, baseFiles, md, member } from '../core/network-builder';

/**
 * Item 2 of the hardening issue: each input at a scale limit is either handled
 * in bounded time and memory or reported with a message naming the file. On a
 * real temporary folder through NodeWorkspace, since what matters here is what
 * the file system hands back. No test is timed; bench/scale.mjs measures.
 */

/** NodeWorkspace, counting the bytes it hands back per file and every path it lists. */
class CountingWorkspace implements Workspace {
  readonly bytesRead = new Map<string, number>();
  readonly listed: string[] = [];
  private readonly inner = new NodeWorkspace();

  async readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    this.listed.push(path);
    return this.inner.readDirectory(path);
  }

  fileSize(path: string): Promise<number | undefined> {
    return this.inner.fileSize(path);
  }

  async readFile(path: string, maxBytes?: number): Promise<Uint8Array> {
    const bytes = await this.inner.readFile(path, maxBytes);
    this.bytesRead.set(path, (this.bytesRead.get(path) ?? 0) + bytes.length);
    return bytes;
  }

  get totalBytes(): number {
    return [...this.bytesRead.values()].reduce((a, b) => a + b, 0);
  }
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

describe('limits: scale and awkward files', function () {
  this.timeout(60000);
  let tmp: string;
  let root: string;

  const write = (relative: string, content: string | Uint8Array): string => {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const check = async (workspace: Workspace = new NodeWorkspace()) => checkDirectory(workspace, toCorePath(root), { today: TODAY });
  const about = (diagnostics: readonly Diagnostic[], path: string): string[] => diagnostics.filter((d) => d.file === toCorePath(path)).map((d) => d.code);

  beforeEach(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'netgov-limits-')));
    root = join(tmp, 'net');
    for (const [relative, content] of Object.entries(baseFiles())) write(relative, content);
  });

  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('reports a 50 MB document as file.too-large from its size, without reading a byte of it', async () => {
    const path = join(root, 'members', 'huge.md');
    // Sparse: 50 MB on paper, next to nothing on disk.
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const workspace = new CountingWorkspace();
    const report = await check(workspace);
    assert.deepEqual(about(report.diagnostics, path), ['file.too-large']);
    assert.match(report.diagnostics.find((d) => d.file === toCorePath(path))!.message, /51,200 KiB, over the limit of 1,024 KiB.*limits\.max_file_kb in netgov\.yml/);
    assert.equal(workspace.bytesRead.get(toCorePath(path)), undefined, 'the 50 MB file was read');
    assert.ok(workspace.totalBytes < 64 * 1024, `read ${workspace.totalBytes} bytes in all`);
  });

  describe('a 1,000,000-line document', () => {
    const million = md(['name: Long Tail', 'organisation: North Shire Council', 'joined: 2024-02-01'], Array.from({ length: 1_000_000 }, (_, i) => `Line ${i}.`));

    it('is too large under the default limit, and not read', async () => {
      const path = write('members/long-tail.md', million);
      const workspace = new CountingWorkspace();
      const report = await check(workspace);
      assert.deepEqual(about(report.diagnostics, path), ['file.too-large']);
      assert.equal(workspace.bytesRead.get(toCorePath(path)), undefined);
    });

    it('is checked in full once limits.max_file_kb in netgov.yml is raised to 100 MB', async () => {
      write('netgov.yml', 'limits:\n  max_file_kb: 102400\n');
      const path = write('members/long-tail.md', million);
      const report = await check();
      assert.equal(report.filesChecked, 9);
      assert.deepEqual(report.diagnostics.filter((d) => d.file.endsWith('netgov.yml')), []);
      // Read and parsed: its frontmatter is checked like any member's (here, the fields it lacks).
      assert.ok(about(report.diagnostics, path).every((code) => !code.startsWith('file.')), about(report.diagnostics, path).join());
    });
  });

  it('refuses a YAML alias bomb (billion laughs) after the alias limit, naming the file', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const path = write('members/laughs.md', md(['name: Lol', 'organisation: Lol', ...levels]));
    const report = await check();
    assert.deepEqual(about(report.diagnostics, path), ['yaml.alias-limit']);
    assert.match(report.diagnostics.find((d) => d.file === toCorePath(path))!.message, /more than 100 times/);
  });

  it('refuses an alias bomb in netgov.yml itself, and keeps the default limits', async () => {
    const levels = ['x:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const config = write('netgov.yml', `${levels.join('\n')}\n`);
    const report = await check();
    assert.ok(about(report.diagnostics, config).includes('yaml.alias-limit'), about(report.diagnostics, config).join());
    assert.equal(report.filesChecked, 8);
  });

  it('reports a PNG renamed to .md as file.binary and checks nothing in it', async () => {
    const path = write('members/photo.md', PNG);
    const report = await check();
    assert.deepEqual(about(report.diagnostics, path), ['file.binary']);
  });

  it('ends discovery in a symlink loop (a.md -> b.md -> a.md, and a folder linked to its parent) and reads no link', async () => {
    symlinkSync(join(root, 'members', 'b.md'), join(root, 'members', 'a.md'), 'file');
    symlinkSync(join(root, 'members', 'a.md'), join(root, 'members', 'b.md'), 'file');
    symlinkSync(root, join(root, 'members', 'up'), 'dir');
    symlinkSync(join(root, 'members'), join(root, 'members', 'self'), 'dir');
    const workspace = new CountingWorkspace();
    const report = await check(workspace);
    assert.deepEqual(await findNetworkRoots(new NodeWorkspace(), toCorePath(tmp)), [toCorePath(root)]);
    assert.equal(report.filesChecked, 8);
    assert.deepEqual(report.diagnostics, []);
    assert.ok(workspace.listed.every((path) => !/\/(up|self)(\/|$)/.test(path)), workspace.listed.join('\n'));
  });

  it('refuses to read a symbolic link through NodeWorkspace, saying why', async () => {
    symlinkSync(join(root, 'CHARTER.md'), join(root, 'members', 'linked.md'), 'file');
    await assert.rejects(new NodeWorkspace().readFile(toCorePath(join(root, 'members', 'linked.md'))), /it is a symbolic link, and netgov never follows links/);
  });

  it('skips a folder named like a document (members/x.md/), and NodeWorkspace refuses to read it', async () => {
    mkdirSync(join(root, 'members', 'x.md'));
    const report = await check();
    assert.equal(report.filesChecked, 8);
    assert.deepEqual(report.diagnostics, []);
    await assert.rejects(new NodeWorkspace().readFile(toCorePath(join(root, 'members', 'x.md'))), /it is a folder, not a file/);
  });

  describe('a FIFO named like a document', () => {
    let fifo: string;
    beforeEach(function () {
      if (process.platform === 'win32') this.skip();
      fifo = join(root, 'members', 'y.md');
      execFileSync('mkfifo', [fifo]);
    });

    // Opening a FIFO for reading waits for a writer: were it opened, these tests (and the CLI) would hang for ever.
    it('is never opened by NodeWorkspace: refused with a message, at once', async () => {
      await assert.rejects(new NodeWorkspace().readFile(toCorePath(fifo)), /not a regular file \(a pipe, socket or device\)/);
    });

    it('is skipped by the check, which completes', async () => {
      const report = await check();
      assert.equal(report.filesChecked, 8);
      assert.deepEqual(report.diagnostics, []);
    });

    it('as the network checklist is reported as checklist.unreadable, and the check completes', async () => {
      write('netgov.yml', 'health:\n  checklist: members/y.md\n');
      const workspace = new NodeWorkspace();
      const loaded = await loadNetwork(workspace, toCorePath(root));
      const { diagnostics } = await loadNetworkChecklist(workspace, loaded.network);
      assert.deepEqual(diagnostics.map((d) => d.code), ['checklist.unreadable']);
      assert.match(diagnostics[0]!.message, /members\/y\.md` is a symbolic link or a special file/);
    });
  });

  it('reports a file the workspace fails to read as file.unreadable, with the reason', async () => {
    const failing = toCorePath(join(root, 'members', 'sam-lee.md'));
    const inner = new NodeWorkspace();
    const workspace: Workspace = {
      readDirectory: (path) => inner.readDirectory(path),
      fileSize: (path) => inner.fileSize(path),
      readFile: (path, maxBytes) => (path === failing ? Promise.reject(new Error('EIO: i/o error, read')) : inner.readFile(path, maxBytes)),
    };
    const report = await check(workspace);
    const unreadable = report.diagnostics.filter((d) => d.file === failing);
    assert.deepEqual(unreadable.map((d) => d.code), ['file.unreadable']);
    assert.equal(unreadable[0]!.message, 'This file could not be read: EIO: i/o error, read');
  });

  it('ends discovery in 200 nested folders, and finds no network deeper than twelve', async () => {
    let deep = tmp;
    for (let i = 0; i < 200; i++) {
      deep = join(deep, `d${i}`);
      if (i === 13) write(join('..', ...deep.slice(tmp.length + 1).split(/[\\/]/), 'CHARTER.md'), '---\n---\n');
    }
    mkdirSync(deep, { recursive: true });
    assert.deepEqual(await findNetworkRoots(new NodeWorkspace(), toCorePath(tmp)), [toCorePath(root)]);
  });

  it('reads a layout folder nested twelve folders deep', async () => {
    const folder = Array.from({ length: 12 }, (_, i) => `level-${i}`).join('/');
    write('netgov.yml', `layout:\n  members: ${folder}\n`);
    for (const name of ['amara-okafor', 'sam-lee', 'tom-hughes']) {
      const original = baseFiles()[`members/${name}.md`];
      if (original !== undefined) write(`${folder}/${name}.md`, original);
    }
    rmSync(join(root, 'members'), { recursive: true });
    const report = await check();
    assert.equal(report.filesChecked, 8);
    assert.deepEqual(report.diagnostics, []);
  });

  it('checks documents whose names have spaces, quotes, accents, CJK and emoji, and names each file exactly', async () => {
    const names = ["zoë o'brien.md", 'name with  spaces.md', '李小龍.md', 'emoji-🩺.md', '#hash %20 & more.md', 'ﬁ-ligature\u200b.md'];
    const paths = names.map((name) => write(join('members', name), member('Odd Name', ['nonsense_field: true'])));
    const report = await check();
    assert.equal(report.filesChecked, 8 + names.length);
    for (const path of paths) {
      const codes = about(report.diagnostics, path);
      assert.ok(codes.length > 0, `no diagnostic named ${path}`);
    }
  });
});
