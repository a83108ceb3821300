import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { readNetworkConfig as readConfigThrough } from '../core/check';
import { CHARTER_FILE, type Layout, type NetworkConfig } from '../core/config';
import { isIsoDate, localToday } from '../core/views/dates';
import { NodeWorkspace, toCorePath } from './node-workspace';
import { UsageError } from './io';
import type { PlannedFile } from '../core/templates/plan';
import { hasControlCharacter, printable } from '../core/text/printable';

/**
 * File-system helpers for the commands that create documents (init, new,
 * agenda, pulse import).
 *
 * Creating never overwrites, and a failure leaves nothing behind: each file is
 * written whole to a temporary file in its own folder and then hard-linked to
 * its name. A link is atomic (the name appears with all its text or not at
 * all) and, unlike rename, fails with EEXIST rather than replace a file that
 * someone created in between. copyFile with COPYFILE_EXCL never overwrites
 * either, but it creates the name first and fills it afterwards, so a full disk
 * would leave half a file under the real name; it is only the fallback for file
 * systems without hard links.
 */

/** Some planned files exist already, so nothing was written. */
export class FilesExistError extends Error {
  override readonly name = 'FilesExistError';
  constructor(readonly paths: readonly string[]) {
    super(`${paths.length === 1 ? 'This file exists' : 'These files exist'} already: ${paths.join(', ')}`);
  }
}

/**
 * A write failed (full disk, read-only file system, no permission...): every
 * file and folder this call made was removed again and no existing file was
 * touched. A UsageError, so the CLI prints the message rather than "internal error".
 */
export class WriteFailedError extends UsageError {
  override readonly name = 'WriteFailedError';
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`could not write ${path}: ${reasonOf(code, cause)}; nothing was written and no existing file was changed`);
  }
}

function reasonOf(code: string | undefined, cause: unknown): string {
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC)';
    case 'EDQUOT':
      return 'the disk quota is used up (EDQUOT)';
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EIO':
      return 'the disk reported an input/output error (EIO)';
    case 'ENOTDIR':
      return 'part of its path is a file, not a folder (ENOTDIR)';
    default:
      return cause instanceof Error ? cause.message : String(cause);
  }
}

/**
 * Refuses to write `path` unless it lies inside `root` and no part of it below
 * `root` is a symbolic link: every component that exists is looked at with
 * lstat (the parts that do not exist yet are made as real folders by mkdir).
 * A committed link (`members -> /etc`) could otherwise make `netgov new`
 * write outside the repository (issue 13). A name with a control character
 * is refused too. The last step, the hard link of a temporary file, never
 * follows a link itself.
 */
export async function refuseLinks(root: string, path: string, files: Pick<PlannedFilesFs, 'lstat'> = nodeFs): Promise<void> {
  const shownPath = printable(path);
  if (hasControlCharacter(path)) throw new UsageError(`refusing to write ${shownPath}: its name has a control character`);
  const rel = relative(root, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new UsageError(`refusing to write ${shownPath}: it is outside ${printable(root)}`);
  let current = root;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    let stat: unknown;
    try {
      stat = await files.lstat(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw error;
    }
    if ((stat as { isSymbolicLink?: () => boolean }).isSymbolicLink?.()) {
      throw new UsageError(`refusing to write ${shownPath}: ${printable(current)} is a symbolic link, and netgov never writes through a link`);
    }
  }
}

/** The file-system calls writePlannedFiles makes: node's promises API, or a stand-in that fails on purpose (tests only). */
export interface PlannedFilesFs {
  lstat(path: string): Promise<unknown>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  writeFile(path: string, content: string, options: { encoding: 'utf8'; flag: 'wx' }): Promise<void>;
  link(existing: string, path: string): Promise<void>;
  copyFile(from: string, to: string, mode: number): Promise<void>;
  unlink(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
}

const nodeFs: PlannedFilesFs = fs;

/** The planned paths that are already taken (by a file, a folder or anything else). */
export async function takenPaths(paths: readonly string[], files: PlannedFilesFs = nodeFs): Promise<string[]> {
  const taken: string[] = [];
  for (const path of paths) {
    try {
      await files.lstat(path);
      taken.push(path);
    } catch (error) {
      // ENOENT: free. ENOTDIR (a parent that is a file): not taken, and the write then says why it cannot be made.
      // Anything else (no permission to look) would fail the write too: report it now.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') taken.push(path);
    }
  }
  return taken;
}

/** A temporary name beside `path`: same folder (so same file system, for the link), hidden, and unlikely to be taken. */
function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.netgov-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a plan all or nothing: first checks that no planned path exists (else
 * throws FilesExistError having written nothing), then writes each file to a
 * temporary file beside it and links that into place. Should anything fail (a
 * file appeared meanwhile: FilesExistError; the disk is full, the file system is
 * read-only: WriteFailedError naming the file), the temporary files, the files
 * this call created and the folders it made are removed again, and files that
 * existed before are never touched. Returns the paths written.
 *
 * `files` is for tests, which inject failures through it.
 */
export async function writePlannedFiles(planned: readonly PlannedFile[], files: PlannedFilesFs = nodeFs, root?: string): Promise<string[]> {
  const paths = planned.map((file) => file.path);
  // Inside `root`, through real folders only (refuseLinks); `root` is left out only for a path the user named (`health --output`).
  if (root !== undefined) for (const path of paths) await refuseLinks(root, path, files);
  const repeated = paths.filter((path, index) => paths.indexOf(path) !== index);
  if (repeated.length > 0) throw new Error(`The plan names a file twice: ${repeated.join(', ')}`);
  const taken = await takenPaths(paths, files);
  if (taken.length > 0) throw new FilesExistError(taken);

  const written: string[] = [];
  const madeFolders: string[] = [];
  let temporary: string | undefined;
  let current = paths[0] ?? '';
  try {
    for (const file of planned) {
      current = file.path;
      const made = await files.mkdir(dirname(file.path), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        // A folder on the path that is really a file: not "exists already" (that is for the file itself).
        throw error.code === 'EEXIST' ? Object.assign(new Error(error.message), { code: 'ENOTDIR' }) : error;
      });
      if (made !== undefined) madeFolders.push(made);
      // Again, now that the folders exist: a link put in place meanwhile is still refused.
      if (root !== undefined) await refuseLinks(root, file.path, files);
      temporary = temporaryFor(file.path);
      await files.writeFile(temporary, file.content, { encoding: 'utf8', flag: 'wx' });
      await linkNew(files, temporary, file.path, written);
      await files.unlink(temporary);
      temporary = undefined;
    }
  } catch (error) {
    if (temporary !== undefined) await files.unlink(temporary).catch(() => undefined);
    await Promise.all(written.map((path) => files.unlink(path).catch(() => undefined)));
    await removeFolders(files, madeFolders, paths);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FilesExistError([current]);
    throw new WriteFailedError(current, code, error);
  }
  return written;
}

/** Links `temporary` to `path`, never replacing a file; adds `path` to `written` once it exists as ours. */
async function linkNew(files: PlannedFilesFs, temporary: string, path: string, written: string[]): Promise<void> {
  try {
    await files.link(temporary, path);
    written.push(path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // EEXIST: someone else's file now; it is not ours to remove. Only "no hard links here" falls back to copying.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  try {
    await files.copyFile(temporary, path, constants.COPYFILE_EXCL);
    written.push(path);
  } catch (error) {
    // An exclusive copy that failed after creating the name (a full disk) leaves part of a file that is ours: remove it.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await files.unlink(path).catch(() => undefined);
    throw error;
  }
}

/** Removes the folders this write made, deepest first, and only while empty (rmdir refuses otherwise), so nothing else goes. */
async function removeFolders(files: PlannedFilesFs, made: readonly string[], paths: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const top of made) {
    for (const path of paths) {
      for (let dir = dirname(path); dir === top || dir.startsWith(`${top}/`); dir = dirname(dir)) {
        folders.add(dir);
        if (dir === top) break;
      }
    }
  }
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) await files.rmdir(dir).catch(() => undefined);
}

/** Today's date, YYYY-MM-DD, where the user is (local time, as localToday); the environment variable NETGOV_TODAY overrides it, for tests and demonstrations. */
export function todayFor(env: Readonly<Record<string, string | undefined>>): string {
  const override = env.NETGOV_TODAY;
  if (override !== undefined && override !== '') {
    if (!isIsoDate(override)) throw new UsageError(`NETGOV_TODAY must be a date written YYYY-MM-DD, not '${override}'`);
    return override;
  }
  return localToday();
}

/** The folder holding CHARTER.md: `start` itself or the nearest folder above it. */
export async function findNetworkRoot(start: string): Promise<string | undefined> {
  let dir = start;
  for (;;) {
    const stat = await fs.lstat(join(dir, CHARTER_FILE)).catch(() => undefined);
    if (stat?.isFile()) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The network's layout: from its netgov.yml when there is one (mistakes in it
 * fall back to the defaults). Read through NodeWorkspace, as `netgov check`
 * reads it, so a netgov.yml that is a symbolic link is not followed: both see
 * the default layout.
 */
export async function readLayout(root: string): Promise<Layout> {
  return (await readNetworkConfig(root)).layout;
}

/** The network's netgov.yml as read (defaults where it says nothing), through NodeWorkspace like the layout. */
export async function readNetworkConfig(root: string): Promise<NetworkConfig> {
  return (await readConfigThrough(new NodeWorkspace(), toCorePath(root))).config;
}

/**
 * The ids (file stems) taken in a layout folder: every `.md` entry but README.md,
 * which is not a document. None when the folder does not exist yet, or is a
 * symbolic link (NodeWorkspace does not follow it, nor does `netgov check`).
 */
export async function idsInFolder(folder: string): Promise<string[]> {
  const entries = (await new NodeWorkspace().readDirectory(toCorePath(folder))) ?? [];
  return entries.filter((entry) => /\.md$/i.test(entry.name) && !/^readme\.md$/i.test(entry.name)).map((entry) => entry.name.slice(0, -3));
}

/** A file's text, opened without following a link (O_NOFOLLOW) and only when it is a regular file. */
export async function readRegularFile(path: string): Promise<string> {
  const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP') throw Object.assign(new Error('it is a symbolic link, and netgov never reads or writes through a link'), { code: 'ELOOP' });
    throw error;
  });
  try {
    if (!(await handle.stat()).isFile()) throw new Error('it is not a regular file');
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** One existing file to change: the text netgov read (and computed its edits from) and the text to put in its place. */
export interface FileChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

/** A file changed on disk after netgov read it: nothing was written, so the other edit is kept. */
export class FileChangedError extends UsageError {
  override readonly name = 'FileChangedError';
  constructor(readonly path: string) {
    super(`${printable(path)} changed while netgov was updating it; nothing was written, so that change is kept. Run the command again.`);
  }
}

/**
 * Changes existing files in place, the modifying counterpart of
 * writePlannedFiles. Each path must lie inside `root` through real folders
 * (refuseLinks) and be a regular file. Every new text is first written whole
 * to a temporary file beside its file, with the file's permissions. Then every
 * file is read again, without following links: if any differs from what
 * netgov read (someone saved it meanwhile), nothing is replaced and
 * FileChangedError says which. Only then is each temporary file renamed over
 * its file, so a reader never sees half a file. Returns the paths changed.
 */
export async function replaceFiles(root: string, changes: readonly FileChange[]): Promise<string[]> {
  const changed = changes.filter((change) => change.after !== change.before);
  const temporaries: { path: string; temporary: string }[] = [];
  let current = changed[0]?.path ?? root;
  try {
    for (const change of changed) {
      current = change.path;
      await refuseLinks(root, change.path);
      const { mode } = await fs.lstat(change.path);
      const temporary = temporaryFor(change.path);
      await fs.writeFile(temporary, change.after, { encoding: 'utf8', flag: 'wx', mode: mode & 0o777 });
      temporaries.push({ path: change.path, temporary });
    }
    for (const change of changed) {
      current = change.path;
      await refuseLinks(root, change.path);
      if ((await readRegularFile(change.path)) !== change.before) throw new FileChangedError(change.path);
    }
  } catch (error) {
    await Promise.all(temporaries.map(({ temporary }) => fs.unlink(temporary).catch(() => undefined)));
    if (error instanceof UsageError) throw error;
    throw new WriteFailedError(current, (error as NodeJS.ErrnoException).code, error);
  }
  const done: string[] = [];
  try {
    for (const { path, temporary } of temporaries) {
      current = path;
      await fs.rename(temporary, path);
      done.push(path);
    }
    return done;
  } catch (error) {
    // A rename that fails once others have succeeded (rare: the folder became read-only): say exactly what changed.
    await Promise.all(temporaries.map(({ temporary }) => fs.unlink(temporary).catch(() => undefined)));
    if (done.length > 0) throw new UsageError(`could not write ${printable(current)}: ${reasonOf((error as NodeJS.ErrnoException).code, error)}; ${done.map(printable).join(', ')} ${done.length === 1 ? 'was' : 'were'} changed already`);
    throw new WriteFailedError(current, (error as NodeJS.ErrnoException).code, error);
  }
}
