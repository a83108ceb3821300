import { constants, promises as fs } from 'node:fs';
import { FileTooLargeError, type DirectoryEntry, type Workspace } from '../core/workspace';

/** The core's Workspace over the local file system. Symbolic links are reported as 'other' and never followed. */
export class NodeWorkspace implements Workspace {
  async readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    try {
      // A layout folder that is itself a symbolic link could lead outside the network: not followed.
      if (!(await fs.lstat(path)).isDirectory()) return undefined;
      const entries = await fs.readdir(path, { withFileTypes: true });
      return entries.map((entry) => ({ name: entry.name, type: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other' }));
    } catch {
      return undefined;
    }
  }

  async fileSize(path: string): Promise<number | undefined> {
    try {
      const stat = await fs.lstat(path);
      return stat.isFile() ? stat.size : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Reads regular files only. A symbolic link is refused, as it could lead out
   * of the network; a FIFO, socket or device is refused before a byte is read,
   * since opening a FIFO for reading would wait for a writer for ever.
   */
  async readFile(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    // Where the platform has O_NOFOLLOW (not Windows), the open itself refuses a link; elsewhere lstat looks first.
    if (NO_FOLLOW === 0) refuseUnlessFile(await fs.lstat(path));
    let handle: fs.FileHandle;
    try {
      // O_NONBLOCK: a FIFO opens at once rather than blocking, and the fstat below refuses it. One open, one fstat, one read.
      handle = await fs.open(path, constants.O_RDONLY | NO_FOLLOW | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'EMLINK') refuseUnlessFile(await fs.lstat(path));
      throw error;
    }
    try {
      const stat = await handle.stat();
      refuseUnlessFile(stat);
      if (stat.size > maxBytes) throw new FileTooLargeError(stat.size);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }
}

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** Throws, saying what it is, unless `stat` is of a regular file. */
function refuseUnlessFile(stat: { isFile(): boolean; isSymbolicLink(): boolean; isDirectory(): boolean }): void {
  if (stat.isFile()) return;
  if (stat.isSymbolicLink()) throw new Error('it is a symbolic link, and netgov never follows links, so that nothing outside the network folder is read');
  if (stat.isDirectory()) throw new Error('it is a folder, not a file');
  throw new Error('it is not a regular file (a pipe, socket or device), so it was not opened');
}

/** An absolute, '/'-separated path: what the core expects on every platform. */
export function toCorePath(path: string): string {
  return path.replace(/\\/g, '/');
}
