import { posix } from 'node:path';
import { FileTooLargeError, type DirectoryEntry, type Workspace } from '../core/workspace';
import { BlobReader, listTree, type TreeEntry } from './git';

/**
 * The core's Workspace over a commit's tree, read straight from git: the
 * working tree and the index are never touched. Paths sit under the same
 * absolute root as the working tree, so a document and its diagnostics have
 * the same path in the base as in the change and can be compared.
 */
export class GitTreeWorkspace implements Workspace {
  private readonly files = new Map<string, TreeEntry>();
  private readonly folders = new Map<string, Map<string, DirectoryEntry>>();
  private reader: BlobReader | undefined;

  private constructor(
    private readonly root: string,
    /** The repository's top folder, absolute and '/'-separated. */
    private readonly top: string,
    entries: readonly TreeEntry[],
  ) {
    this.folders.set(top, new Map());
    for (const entry of entries) {
      const path = posix.join(top, entry.path);
      if (entry.type === 'blob') this.files.set(path, entry);
      this.addEntry(path, entry.type === 'blob' ? 'file' : 'other');
    }
  }

  /** The tree of `commit`, in the repository whose top folder is `top` (as git names it; `root` is where git runs). */
  static async open(root: string, top: string, commit: string): Promise<GitTreeWorkspace> {
    return new GitTreeWorkspace(root, top, await listTree(root, commit));
  }

  async readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    const entries = this.folders.get(path);
    return entries ? [...entries.values()] : undefined;
  }

  async fileSize(path: string): Promise<number | undefined> {
    return this.files.get(path)?.size;
  }

  async readFile(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const entry = this.files.get(path);
    if (!entry) throw new Error(`${path} is not in the base commit`);
    if (entry.size > maxBytes) throw new FileTooLargeError(entry.size);
    this.reader ??= new BlobReader(this.root);
    return this.reader.read(entry.object);
  }

  /** Stops the git process that reads file contents; call once done with the workspace. */
  close(): void {
    this.reader?.close();
  }

  private addEntry(path: string, type: DirectoryEntry['type']): void {
    const parent = posix.dirname(path);
    let siblings = this.folders.get(parent);
    if (!siblings) {
      this.folders.set(parent, (siblings = new Map()));
      if (parent !== this.top) this.addEntry(parent, 'directory');
    }
    siblings.set(posix.basename(path), { name: posix.basename(path), type });
  }
}
