import { promises as fs } from 'node:fs';
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

  async readFile(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    // One open, one fstat, one read: the size check costs no extra system call.
    const handle = await fs.open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw new FileTooLargeError(size);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }
}

/** An absolute, '/'-separated path: what the core expects on every platform. */
export function toCorePath(path: string): string {
  return path.replace(/\\/g, '/');
}
