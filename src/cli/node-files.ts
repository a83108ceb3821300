import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHARTER_FILE, CONFIG_FILE, DEFAULT_LAYOUT, readConfig, type Layout } from '../core/config';
import { rulesByCode } from '../core/rules';
import { isIsoDate, localToday } from '../core/views/dates';
import { toCorePath } from './node-workspace';
import { UsageError } from './io';
import type { PlannedFile } from '../core/templates/plan';

/**
 * File-system helpers for the commands that create documents (init, new).
 * Creating never overwrites: every write uses the `wx` flag, and a plan is
 * written only when none of its files exists yet.
 */

/** Some planned files exist already, so nothing was written. */
export class FilesExistError extends Error {
  override readonly name = 'FilesExistError';
  constructor(readonly paths: readonly string[]) {
    super(`${paths.length === 1 ? 'This file exists' : 'These files exist'} already: ${paths.join(', ')}`);
  }
}

/** The planned paths that are already taken (by a file, a folder or anything else). */
export async function takenPaths(paths: readonly string[]): Promise<string[]> {
  const taken: string[] = [];
  for (const path of paths) {
    try {
      await fs.lstat(path);
      taken.push(path);
    } catch (error) {
      // ENOENT: free. Anything else (a parent that is a file, no permission) would fail the write: report it now.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') taken.push(path);
    }
  }
  return taken;
}

/**
 * Writes a plan all or nothing: first checks that no planned path exists (else
 * throws FilesExistError having written nothing), then creates the parent
 * folders and each file with flag `wx`. Should a write still fail (another
 * process got there first, the disk is full), the files this call wrote are
 * removed again before the error is rethrown. Returns the paths written.
 */
export async function writePlannedFiles(files: readonly PlannedFile[]): Promise<string[]> {
  const paths = files.map((file) => file.path);
  const repeated = paths.filter((path, index) => paths.indexOf(path) !== index);
  if (repeated.length > 0) throw new Error(`The plan names a file twice: ${repeated.join(', ')}`);
  const taken = await takenPaths(paths);
  if (taken.length > 0) throw new FilesExistError(taken);

  const written: string[] = [];
  try {
    for (const file of files) {
      await fs.mkdir(dirname(file.path), { recursive: true });
      await fs.writeFile(file.path, file.content, { encoding: 'utf8', flag: 'wx' });
      written.push(file.path);
    }
  } catch (error) {
    await Promise.all(written.map((path) => fs.unlink(path).catch(() => undefined)));
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FilesExistError([(error as NodeJS.ErrnoException).path ?? 'a planned file']);
    throw error;
  }
  return written;
}

/** Today's date, YYYY-MM-DD (UTC); the environment variable NETGOV_TODAY overrides it, for tests and demonstrations. */
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

/** The network's layout: from its netgov.yml when there is one (mistakes in it fall back to the defaults, as in `netgov check`). */
export async function readLayout(root: string): Promise<Layout> {
  const path = join(root, CONFIG_FILE);
  const bytes = await fs.readFile(path).catch(() => undefined);
  if (!bytes) return DEFAULT_LAYOUT;
  return readConfig(toCorePath(path), bytes, [...rulesByCode.keys()]).config.layout;
}

/**
 * The ids (file stems) taken in a layout folder: every `.md` entry but README.md,
 * which is not a document. None when the folder does not exist yet.
 */
export async function idsInFolder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => /\.md$/i.test(entry.name) && !/^readme\.md$/i.test(entry.name)).map((entry) => entry.name.slice(0, -3));
}
