import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UsageError } from './io';

/**
 * Reading a repository through the `git` program, never through a shell: every
 * argument goes to git as it is. Nothing here writes: not the working tree, not
 * the index (GIT_OPTIONAL_LOCKS=0 stops even the index refresh `git diff` may
 * otherwise write back), not refs.
 */

/** Git said no: the message is git's own first line of complaint. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

/** Enough for listing the trees of large networks (a line per file) in one answer. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** Runs `git args` in `cwd` and returns its output as bytes; rejects with GitError when git fails. */
export function runGit(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env: gitEnv(), encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const said = stderr.toString('utf8').trim().split('\n', 1)[0];
      reject(new GitError(said || error.message));
    });
  });
}

async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await runGit(cwd, args)).toString('utf8').trim();
}

/** The top folder of the repository holding `dir`, or undefined when `dir` is in none (or git is missing). */
export async function repositoryRoot(dir: string): Promise<string | undefined> {
  try {
    return await gitText(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    return undefined;
  }
}

/**
 * The commit a name given by the user stands for (a branch, a tag, a hash,
 * `origin/main`, `HEAD~2`...). Anything that is not a commit is a usage error.
 * A name starting with '-' would read as an option, so it is refused outright.
 */
export async function resolveCommit(root: string, name: string): Promise<string> {
  if (name === '' || name.startsWith('-')) throw new UsageError(`'${name}' is not a commit: give a branch, tag or commit hash`);
  try {
    return await gitText(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]);
  } catch {
    throw new UsageError(`'${name}' is not a commit in this repository: give a branch, tag or commit hash (fetch it first if it lives on a remote)`);
  }
}

/** Where HEAD and `base` parted: what a pull request from HEAD into `base` is compared against. */
export async function mergeBase(root: string, base: string): Promise<string> {
  try {
    return await gitText(root, ['merge-base', base, 'HEAD']);
  } catch {
    throw new UsageError('HEAD and the base share no history (nothing committed yet, or a shallow clone: fetch the full history, e.g. actions/checkout with fetch-depth: 0)');
  }
}

export interface TreeEntry {
  /** Path from the repository's top folder, '/'-separated. */
  readonly path: string;
  readonly type: 'blob' | 'link' | 'other';
  readonly object: string;
  /** Size in bytes (blobs only). */
  readonly size: number;
}

/** Every file in a commit's tree, read in one call. */
export async function listTree(root: string, commit: string): Promise<TreeEntry[]> {
  const output = await runGit(root, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
  const entries: TreeEntry[] = [];
  // Each record: "<mode> <type> <object> <size>\t<path>\0"; the size is padded with spaces, '-' for non-blobs.
  for (const record of output.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/) as [string, string, string, string];
    const kind = type !== 'blob' ? 'other' : mode === '120000' ? 'link' : 'blob';
    entries.push({ path: record.slice(tab + 1), type: kind, object, size: kind === 'blob' ? Number(size) : 0 });
  }
  return entries;
}

/**
 * Paths (from the top folder) that differ between a commit and the working
 * tree as it is now: committed, staged and unstaged changes, and files not yet
 * added unless git ignores them. A rename is the old path and the new one.
 */
export async function changedSince(root: string, commit: string): Promise<string[]> {
  const [tracked, untracked] = await Promise.all([
    runGit(root, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', commit, '--']),
    runGit(root, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name']),
  ]);
  const paths = [...tracked.toString('utf8').split('\0'), ...untracked.toString('utf8').split('\0')].filter(Boolean);
  return [...new Set(paths)].sort();
}

/** 0-based line numbers of the working tree's file, both ends included. */
export interface ChangedSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The lines of the working tree that differ from a commit, for the given
 * paths (from the top folder): from the hunks of `git diff -U0`, which name
 * the new side's lines (`@@ -a,b +c,d @@`), in one call for the folders
 * `within` (from the top folder; '' for all; paths outside them are left
 * out). A file git does not track yet
 * is all new, and so is a file with no lines in the commit; so is a path git
 * has to quote (a control character, a quote), whose lines are not told
 * apart. Pure deletions add no lines.
 */
export async function changedLines(root: string, commit: string, paths: readonly string[], within: readonly string[]): Promise<Map<string, ChangedSpan[] | 'all'>> {
  const result = new Map<string, ChangedSpan[] | 'all'>();
  if (paths.length === 0) return result;
  const folders = within.includes('') ? [] : within.map((folder) => `:(literal)${folder}`);
  // The prefixes are spelled out: a user's diff.noprefix or diff.mnemonicPrefix would change them.
  const output = await runGit(root, ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-renames', '--no-ext-diff', '--no-textconv', '--no-color', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/', commit, '--', ...folders]);
  const wanted = new Set(paths);
  let current: string | undefined;
  for (const line of output.toString('utf8').split('\n')) {
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ')) {
      // Git ends the name with a tab when it holds a space.
      const name = line.slice(4).replace(/\t$/, '');
      current = name.startsWith('b/') && wanted.has(name.slice(2)) ? name.slice(2) : undefined;
      if (current !== undefined && !result.has(current)) result.set(current, []);
    } else if (line.startsWith('@@ ') && current !== undefined) {
      const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[2]);
      const count = match[3] === undefined ? 1 : Number(match[3]);
      const spans = result.get(current);
      if (count > 0 && Array.isArray(spans)) spans.push({ start: start - 1, end: start + count - 2 });
      // A file that had no lines before (`@@ -0,0 +1,n @@`) is all new.
      if (match[1] === '0' && /^@@ -0,0 /.test(line)) result.set(current, 'all');
    }
  }
  // Not in the diff at all: untracked (new) files, which git diff leaves out. Paths outside the folders are not asked about.
  const inside = (path: string): boolean => folders.length === 0 || within.some((folder) => path.startsWith(`${folder}/`));
  for (const path of paths) if (!result.has(path) && inside(path)) result.set(path, 'all');
  return result;
}

interface Pending {
  readonly resolve: (bytes: Buffer) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Reads blobs through one long-running `git cat-file --batch`: a request is a
 * line on its input, the answer a header and the bytes on its output, in the
 * same order. One process for thousands of files, where one each would cost
 * more than the reading.
 */
export class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private buffered: Buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  constructor(root: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: root, env: gitEnv(), shell: false, windowsHide: true });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.on('error', (error) => this.fail(error));
    this.child.on('close', () => this.fail(new GitError('git cat-file stopped before answering')));
    // Without a listener a closed pipe would throw; the queue's failure reports it instead.
    this.child.stdin.on('error', (error) => this.fail(error));
  }

  read(object: string): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${object}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private receive(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      const newline = this.buffered.indexOf(10);
      if (newline < 0) return;
      const header = this.buffered.subarray(0, newline).toString('utf8');
      const [, type, sizeText] = header.split(' ');
      const pending = this.queue[0];
      if (type === 'missing' || sizeText === undefined) {
        this.buffered = this.buffered.subarray(newline + 1);
        this.queue.shift();
        pending?.reject(new GitError(`git has no object ${header.split(' ', 1)[0]}`));
        continue;
      }
      const size = Number(sizeText);
      // The content is followed by one newline of its own.
      if (this.buffered.length < newline + 1 + size + 1) return;
      const content = Buffer.from(this.buffered.subarray(newline + 1, newline + 1 + size));
      this.buffered = this.buffered.subarray(newline + 1 + size + 1);
      this.queue.shift();
      pending?.resolve(content);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
  }
}

/** The commit a change is compared against, and the repository it is in. */
export interface ComparisonBase {
  /** The repository's top folder, absolute and '/'-separated. */
  readonly top: string;
  /** The merge base of HEAD and the commit the user named. */
  readonly commit: string;
}

/** Finds the repository holding `dir` and where HEAD parted from `name`; usage errors say what is wrong in one line. */
export async function comparisonBase(dir: string, name: string): Promise<ComparisonBase> {
  const top = await repositoryRoot(dir);
  if (top === undefined) throw new UsageError(`${dir} is not inside a git repository, so there is no base to compare with`);
  const named = await resolveCommit(top, name);
  return { top: top.replace(/\\/g, '/'), commit: await mergeBase(top, named) };
}
