import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The git repository's root folder holding `start`: the nearest folder with a
 * `.git` entry (a folder, or a file in a worktree or submodule). Read from the
 * file system alone, so it works where git is not installed. Undefined outside a repository.
 */
export async function findRepositoryFolder(start: string): Promise<string | undefined> {
  let dir = start;
  for (;;) {
    if (await fs.lstat(join(dir, '.git')).catch(() => undefined)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
