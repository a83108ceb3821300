import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkDirectory, loadNetwork } from '../../src/core/check';
import { readConfig } from '../../src/core/config';
import { plainPathProblem } from '../../src/core/discovery';
import { loadNetworkChecklist } from '../../src/core/health/network-checklist';
import { rulesByCode } from '../../src/core/rules';
import type { DirectoryEntry, Workspace } from '../../src/core/workspace';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { runCli } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { fromRoot } from '../helpers/paths';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { TODAY, baseFiles, md } from '../core/network-builder';

/**
 * Item 4 of the hardening issue: nothing in a workspace can make netgov run
 * code, read outside the network's folder or reach the network. Each attempt
 * is refused, and where the user would otherwise be left wondering, said so.
 */

/** NodeWorkspace, recording every folder listed and every file it was asked to read. */
class RecordingWorkspace implements Workspace {
  readonly touched: string[] = [];
  private readonly inner = new NodeWorkspace();

  readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    this.touched.push(path);
    return this.inner.readDirectory(path);
  }

  fileSize(path: string): Promise<number | undefined> {
    this.touched.push(path);
    return this.inner.fileSize(path);
  }

  readFile(path: string, maxBytes?: number): Promise<Uint8Array> {
    this.touched.push(path);
    return this.inner.readFile(path, maxBytes);
  }

  /** Touched paths that are, once every link is resolved, outside `root`; paths that do not exist are left out. */
  outside(root: string): string[] {
    return this.touched.filter((path) => existsSync(path) && !`${toCorePath(realpathSync(path))}/`.startsWith(`${toCorePath(root)}/`));
  }
}

describe('limits: trust and paths', function () {
  this.timeout(30000);
  let tmp: string;
  let root: string;
  let outside: string;

  const write = (path: string, content: string): string => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const checklistOutside = ['id: theirs', 'items:', '  - id: outcomes-measurable', '    indicator:', '      thresholds: { healthy: 0.01 }', ''].join('\n');

  beforeEach(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'netgov-trust-')));
    root = join(tmp, 'net');
    outside = join(tmp, 'outside');
    for (const [relative, content] of Object.entries(baseFiles())) write(join(root, relative), content);
    // Broken documents and a checklist outside the root: any sign of them in a result means they were read.
    write(join(outside, 'members', 'intruder.md'), 'no frontmatter here\n');
    write(join(outside, 'docs', 'people', 'intruder.md'), 'no frontmatter here\n');
    write(join(outside, 'PURPOSE.md'), 'no frontmatter here\n');
    write(join(outside, 'checklist.yml'), checklistOutside);
    write(join(outside, 'health', 'checklist.yml'), checklistOutside);
  });

  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  const load = async (workspace: Workspace) => {
    const loaded = await loadNetwork(workspace, toCorePath(root));
    return { loaded, ...(await loadNetworkChecklist(workspace, loaded.network)) };
  };

  describe('netgov.yml paths', () => {
    it('refuses layout folders given with `..` or as absolute paths, keeps the defaults and reads nothing outside', async () => {
      write(
        join(root, 'netgov.yml'),
        ['layout:', '  members: ../outside/members', `  actions: ${toCorePath(join(outside, 'members'))}`, '  meetings: C:/Windows', '  pulses: ./a/../../outside', '  purpose: ../outside/PURPOSE.md', ''].join('\n'),
      );
      const workspace = new RecordingWorkspace();
      const report = await checkDirectory(workspace, toCorePath(root), { today: TODAY });
      const config = report.diagnostics.filter((d) => d.file.endsWith('netgov.yml'));
      assert.deepEqual(
        config.map((d) => [d.code, /must be a path inside the network folder: no leading `\/`, no `\.\.`, no drive letter or backslash\.$/.test(d.message)]),
        Array(5).fill(['schema.pattern', true]),
      );
      assert.deepEqual(report.diagnostics.filter((d) => !d.file.endsWith('netgov.yml')), []);
      assert.equal(report.filesChecked, 8, 'the default layout stood in');
      assert.deepEqual(workspace.outside(root), []);
    });

    it('refuses health.checklist given with `..` or as an absolute path, and uses the built-in checklist', async () => {
      for (const checklist of ['../outside/checklist.yml', toCorePath(join(outside, 'checklist.yml')), 'health/../../outside/checklist.yml']) {
        const loadedConfig = readConfig('/net/netgov.yml', new TextEncoder().encode(`health:\n  checklist: ${checklist}\n`), [...rulesByCode.keys()]);
        assert.equal(loadedConfig.config.checklist, undefined, checklist);
        assert.equal(loadedConfig.findings.length, 1, checklist);
        assert.deepEqual(loadedConfig.findings[0]!.data?.path, ['health', 'checklist']);

        write(join(root, 'netgov.yml'), `health:\n  checklist: ${checklist}\n`);
        const workspace = new RecordingWorkspace();
        const { checklist: used, diagnostics } = await load(workspace);
        assert.equal(used.id, 'netgov-core', checklist);
        assert.deepEqual(diagnostics, []);
        assert.deepEqual(workspace.outside(root), []);
      }
    });

    it('refuses `..` and absolute checklist paths in the core too, should a config ever get past the schema', async () => {
      const workspace = new MemoryWorkspace({ '/ws/net/CHARTER.md': 'x', '/ws/outside/checklist.yml': checklistOutside });
      for (const relative of ['../outside/checklist.yml', '/ws/outside/checklist.yml', 'a/../../outside/checklist.yml']) {
        assert.match((await plainPathProblem(workspace, '/ws/net', relative, 'file')) ?? '', /is not a path inside the network folder/, relative);
      }
    });
  });

  describe('symbolic links out of the network', () => {
    it('refuses a checklist file that is a link to a file outside, with a message, without reading it', async () => {
      symlinkSync(join(outside, 'checklist.yml'), join(root, 'checklist.yml'), 'file');
      write(join(root, 'netgov.yml'), 'health:\n  checklist: checklist.yml\n');
      const workspace = new RecordingWorkspace();
      const { checklist, diagnostics } = await load(workspace);
      assert.equal(checklist.id, 'netgov-core');
      assert.deepEqual(diagnostics.map((d) => d.code), ['checklist.unreadable']);
      assert.match(diagnostics[0]!.message, /`checklist\.yml` is a symbolic link or a special file, and netgov never follows links/);
      assert.deepEqual(workspace.outside(root), []);
    });

    it('refuses a checklist in a folder that is a link to a folder outside', async () => {
      symlinkSync(join(outside, 'health'), join(root, 'health'), 'dir');
      write(join(root, 'netgov.yml'), 'health:\n  checklist: health/checklist.yml\n');
      const workspace = new RecordingWorkspace();
      const { checklist, diagnostics } = await load(workspace);
      assert.equal(checklist.id, 'netgov-core');
      assert.match(diagnostics[0]?.message ?? '', /`health` is a symbolic link or a special file/);
      assert.deepEqual(workspace.outside(root), []);
    });

    it('NodeWorkspace itself refuses to read through a link, whoever asks', async () => {
      symlinkSync(join(outside, 'checklist.yml'), join(root, 'linked.yml'), 'file');
      await assert.rejects(new NodeWorkspace().readFile(toCorePath(join(root, 'linked.yml'))), /symbolic link/);
    });

    it('does not read a document folder that is a link to a folder outside', async () => {
      rmSync(join(root, 'members'), { recursive: true });
      symlinkSync(join(outside, 'members'), join(root, 'members'), 'dir');
      const workspace = new RecordingWorkspace();
      const report = await checkDirectory(workspace, toCorePath(root), { today: TODAY });
      assert.deepEqual(report.diagnostics.filter((d) => d.file.includes('intruder')), []);
      assert.deepEqual(workspace.outside(root), []);
    });

    it('does not read a layout folder reached through a linked folder above it (docs/people, docs -> outside)', async () => {
      symlinkSync(join(outside, 'docs'), join(root, 'docs'), 'dir');
      write(join(root, 'netgov.yml'), 'layout:\n  members: docs/people\n');
      const workspace = new RecordingWorkspace();
      const report = await checkDirectory(workspace, toCorePath(root), { today: TODAY });
      assert.deepEqual(report.diagnostics.filter((d) => d.file.includes('intruder')), []);
      assert.deepEqual(workspace.outside(root), []);
    });

    it('does not read a PURPOSE.md that is a link to a file outside', async () => {
      rmSync(join(root, 'PURPOSE.md'));
      symlinkSync(join(outside, 'PURPOSE.md'), join(root, 'PURPOSE.md'), 'file');
      const workspace = new RecordingWorkspace();
      await checkDirectory(workspace, toCorePath(root), { today: TODAY });
      assert.deepEqual(workspace.outside(root), []);
    });
  });

  describe('nothing in a document runs', () => {
    it('leaves YAML tags such as !!js/function and !!python/object as plain values, with a warning', async () => {
      const marker = join(tmp, 'pwned');
      const member = md([
        'name: !!js/function "function () { globalThis.netgovPwned = true; return 1 }"',
        `organisation: !!python/object/apply:os.system ["touch ${toCorePath(marker)}"]`,
        'joined: !!js/undefined 2024-02-01',
      ]);
      write(join(root, 'members', 'tagged.md'), member);
      const report = await checkDirectory(new NodeWorkspace(), toCorePath(root), { today: TODAY });
      const loaded = await loadNetwork(new NodeWorkspace(), toCorePath(root));
      const document = [...loaded.network.documents].find((d) => d.id === 'tagged')!;
      assert.equal(document.data?.name, 'function () { globalThis.netgovPwned = true; return 1 }');
      assert.deepEqual(document.data?.organisation, [`touch ${toCorePath(marker)}`]);
      assert.equal((globalThis as Record<string, unknown>).netgovPwned, undefined);
      assert.equal(existsSync(marker), false);
      const warnings = report.diagnostics.filter((d) => d.file.endsWith('tagged.md') && d.code === 'yaml.warning');
      assert.deepEqual(
        warnings.map((d) => d.message),
        ['Unresolved tag: tag:yaml.org,2002:js/function', 'Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system', 'Unresolved tag: tag:yaml.org,2002:js/undefined'],
      );
    });

    it('ignores a schemas/ folder in the network: its JSON schemas are never read, their $refs never fetched', async () => {
      const clean = await checkDirectory(new NodeWorkspace(), toCorePath(root), { today: TODAY });
      const evil = JSON.stringify({ $id: 'http://evil.example/member', $ref: 'http://evil.example/steal.json', type: 'object', properties: { name: { pattern: '^$' } }, required: ['nothing'] });
      for (const name of ['member.schema.json', 'netgov.schema.json', 'action.schema.json']) write(join(root, 'schemas', name), evil);
      write(join(root, '.vscode', 'settings.json'), JSON.stringify({ 'yaml.schemas': { 'http://evil.example/x.json': '*.md' } }));
      const workspace = new RecordingWorkspace();
      const report = await checkDirectory(workspace, toCorePath(root), { today: TODAY });
      assert.deepEqual(report, clean);
      assert.deepEqual(
        workspace.touched.filter((path) => /\/(schemas|\.vscode)\//.test(path)),
        [],
      );
    });
  });

  describe('no network requests', () => {
    const calls: string[] = [];
    const restore: (() => void)[] = [];
    const stub = (owner: object, name: string): void => {
      const record = owner as Record<string, unknown>;
      const original = record[name];
      record[name] = (...args: unknown[]) => {
        calls.push(`${name}(${String(args[0])})`);
        throw new Error(`netgov tried to reach the network: ${name}`);
      };
      restore.push(() => (record[name] = original));
    };

    before(() => {
      for (const module of [http, https]) for (const name of ['request', 'get']) stub(module, name);
      for (const name of ['connect', 'createConnection']) stub(net, name);
      stub(net.Socket.prototype, 'connect');
      stub(tls, 'connect');
      stub(dns, 'lookup');
      stub(dns.promises, 'lookup');
      stub(globalThis, 'fetch');
      // The stubs are live: a request now throws and is recorded.
      assert.throws(() => https.get('https://example.org/'), /tried to reach the network/);
      assert.deepEqual(calls.splice(0), ['get(https://example.org/)']);
    });

    after(() => {
      for (const undo of restore.reverse()) undo();
    });

    it('check, health, connect and agenda on the example reach nothing beyond the file system', async () => {
      const example = fromRoot('examples/north-east-frailty-network');
      const runs: [string[], string][] = [
        [['check', example, '--format', 'json', '--as-of', TODAY], fromRoot('.')],
        [['health', example, '--format', 'json', '--as-of', TODAY], fromRoot('.')],
        [['connect', example, '--format', 'json'], fromRoot('.')],
        [['agenda', '--print', '--as-of', TODAY], example],
      ];
      for (const [args, cwd] of runs) {
        let stderr = '';
        const io: CliIO = { cwd, stdoutIsTTY: false, env: { NETGOV_TODAY: TODAY }, stdout: () => undefined, stderr: (t) => (stderr += t) };
        const code = await runCli(args, io);
        assert.ok(code === 0 || code === 1, `${args.join(' ')} exited ${code}: ${stderr}`);
      }
      assert.deepEqual(calls, []);
    });

    it('checking a network whose schemas/ folder $refs a URL fetches nothing', async () => {
      write(join(root, 'schemas', 'member.schema.json'), JSON.stringify({ $ref: 'https://evil.example/steal.json' }));
      const io: CliIO = { cwd: fromRoot('.'), stdoutIsTTY: false, env: { NETGOV_TODAY: TODAY }, stdout: () => undefined, stderr: () => undefined };
      assert.equal(await runCli(['check', root, '--as-of', TODAY], io), 0);
      assert.deepEqual(calls, []);
    });
  });

  describe('checking writes nothing and runs nothing', () => {
    /** Every file under `dir` with its content: what a run may not change. */
    function snapshot(dir: string): Map<string, string> {
      const files = new Map<string, string>();
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'base64'));
      }
      return files;
    }

    const calls: string[] = [];
    const restore: (() => void)[] = [];
    const record = (owner: object, names: readonly string[], what: string): void => {
      const target = owner as Record<string, unknown>;
      for (const name of names) {
        const original = target[name] as (...args: unknown[]) => unknown;
        target[name] = function (this: unknown, ...args: unknown[]) {
          calls.push(`${what}.${name}(${String(args[0])})`);
          return original.apply(this, args);
        };
        restore.push(() => (target[name] = original));
      }
    };

    before(() => {
      record(childProcess, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'child_process');
      record(fs, ['writeFileSync', 'writeFile', 'appendFileSync', 'appendFile', 'mkdirSync', 'mkdir', 'linkSync', 'link', 'renameSync', 'rename', 'unlinkSync', 'unlink', 'rmSync', 'copyFileSync', 'symlinkSync'], 'fs');
      record(fs.promises, ['writeFile', 'appendFile', 'mkdir', 'link', 'rename', 'unlink', 'rm', 'copyFile', 'symlink'], 'fs.promises');
    });

    after(() => {
      for (const undo of restore.reverse()) undo();
    });

    const example = (): string => {
      const dir = join(tmp, 'example-copy');
      cpSync(fromRoot('examples/north-east-frailty-network'), dir, { recursive: true });
      return dir;
    };

    it('check, health, connect and agenda --print change no file and call no write', async () => {
      const dir = example();
      const before = snapshot(dir);
      calls.length = 0;
      const runs: [string[], string][] = [
        [['check', dir, '--format', 'json', '--as-of', TODAY], fromRoot('.')],
        [['health', dir, '--format', 'json', '--as-of', TODAY], fromRoot('.')],
        [['health', dir, '--format', 'html', '--as-of', TODAY], fromRoot('.')],
        [['connect', dir, '--format', 'json'], fromRoot('.')],
        [['agenda', '--print', '--as-of', TODAY], dir],
      ];
      for (const [args, cwd] of runs) {
        let stderr = '';
        const io: CliIO = { cwd, stdoutIsTTY: false, env: { NETGOV_TODAY: TODAY }, stdout: () => undefined, stderr: (t) => (stderr += t) };
        const code = await runCli(args, io);
        assert.ok(code === 0 || code === 1, `${args.join(' ')} exited ${code}: ${stderr}`);
      }
      assert.deepEqual(calls.filter((call) => call.startsWith('fs')), []);
      assert.deepEqual(snapshot(dir), before);
      // The recorder is live: a write now is seen.
      writeFileSync(join(tmp, 'probe.txt'), 'x');
      assert.deepEqual(calls.filter((call) => call.startsWith('fs')), [`fs.writeFileSync(${join(tmp, 'probe.txt')})`]);
    });

    it('no command but diff and check --changed runs a program: check, health, connect and agenda --print start no process', async () => {
      const dir = example();
      calls.length = 0;
      for (const args of [['check', dir], ['health', dir, '--as-of', TODAY], ['connect', dir], ['agenda', '--print', '--as-of', TODAY]]) {
        const io: CliIO = { cwd: dir, stdoutIsTTY: false, env: { NETGOV_TODAY: TODAY }, stdout: () => undefined, stderr: () => undefined };
        await runCli(args, io);
      }
      assert.deepEqual(calls.filter((call) => call.startsWith('child_process')), []);
      // The recorder is live: a program started now is seen.
      childProcess.spawnSync(process.execPath, ['-e', '0']);
      assert.equal(calls.filter((call) => call.startsWith('child_process')).length, 1);
    });
  });
});
