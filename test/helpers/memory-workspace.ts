import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { FileTooLargeError, type DirectoryEntry, type Workspace } from '../../src/core/workspace';

/** A Workspace over a map of path -> content, for tests that need no disk. */
export class MemoryWorkspace implements Workspace {
  private readonly files = new Map<string, Uint8Array>();

  constructor(files: Readonly<Record<string, string | Uint8Array>> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  bytes(path: string): Uint8Array {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`ENOENT: ${path}`);
    return bytes;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  async readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const entries = new Map<string, DirectoryEntry>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...rest] = file.slice(prefix.length).split('/');
      entries.set(name!, { name: name!, type: rest.length > 0 ? 'directory' : 'file' });
    }
    return entries.size > 0 ? [...entries.values()] : undefined;
  }

  async fileSize(path: string): Promise<number | undefined> {
    return this.files.get(posix.normalize(path))?.length;
  }

  async readFile(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const bytes = this.files.get(posix.normalize(path));
    if (!bytes) throw new Error(`ENOENT: ${path}`);
    if (bytes.length > maxBytes) throw new FileTooLargeError(bytes.length);
    return bytes;
  }
}

/** A workspace holding a copy of a folder on disk (e.g. the example network) at `root`. */
export function workspaceFromFolder(dir: string, root: string): MemoryWorkspace {
  const workspace = new MemoryWorkspace();
  const copy = (from: string, to: string): void => {
    for (const name of readdirSync(from)) {
      const path = posix.join(from, name);
      if (statSync(path).isDirectory()) copy(path, posix.join(to, name));
      else workspace.write(posix.join(to, name), readFileSync(path));
    }
  };
  copy(dir, root);
  return workspace;
}

/** A workspace in which some paths are symbolic links (listed as 'other', as a real workspace lists them). */
export class LinkedWorkspace extends MemoryWorkspace {
  constructor(
    files: Readonly<Record<string, string>>,
    private readonly links: readonly string[],
  ) {
    super(files);
  }

  override async readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    const entries = await super.readDirectory(path);
    return entries?.map((entry) => (this.links.includes(posix.join(path, entry.name)) ? { name: entry.name, type: 'other' } : entry));
  }
}
