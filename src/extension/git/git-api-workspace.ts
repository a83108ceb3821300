import * as vscode from 'vscode';
import { posix } from 'node:path';
import { FileTooLargeError, type DirectoryEntry, type EntryType, type Workspace } from '../../core/workspace';
import type { Repository } from './api';

interface Entry {
  readonly type: EntryType;
  readonly size: number;
}

/**
 * The core's Workspace over one commit of a repository, read through the git
 * extension's API: nothing is checked out, and the working tree and index are
 * left alone. Core paths are the URI paths of the working tree, so a document
 * has the same path on both sides of a comparison.
 *
 * The API cannot list a tree (it has no `ls-tree -r`; getObjectDetails gives
 * one path's entry), so a folder's entries are worked out: every name in the
 * working-tree folder, plus every path that differs between the commit and
 * the working tree (a file deleted since the commit is only there), each then
 * looked up in the commit, and kept only when it is there. A path in the
 * commit is either unchanged since (so still in the working tree) or differs
 * (so in the diff), hence none is missed; untracked and ignored files are
 * looked up and dropped.
 */
export class GitApiWorkspace implements Workspace {
  private readonly entries = new Map<string, Promise<Entry | undefined>>();
  private readonly top: string;

  private constructor(
    private readonly repository: Repository,
    private readonly commit: string,
    /** Absolute core paths of every file that differs between the commit and the working tree, on either side. */
    private readonly changed: ReadonlySet<string>,
  ) {
    this.top = repository.rootUri.path;
  }

  /** The tree of `commit` in `repository`. */
  static async open(repository: Repository, commit: string): Promise<GitApiWorkspace> {
    const changes = await repository.diffWith(commit);
    const changed = new Set(changes.flatMap((change) => [change.uri.path, change.originalUri.path]));
    return new GitApiWorkspace(repository, commit, changed);
  }

  async readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    if (path !== this.top && (await this.entry(path))?.type !== 'directory') return undefined;
    const names = new Set<string>();
    try {
      for (const [name] of await vscode.workspace.fs.readDirectory(this.repository.rootUri.with({ path }))) names.add(name);
    } catch {
      // Not in the working tree: its entries can only be among the changed paths.
    }
    const prefix = `${path.replace(/\/+$/, '')}/`;
    for (const changed of this.changed) if (changed.startsWith(prefix)) names.add(changed.slice(prefix.length).split('/')[0]!);
    const found = await Promise.all(
      [...names].map(async (name): Promise<DirectoryEntry | undefined> => {
        const entry = await this.entry(posix.join(path, name));
        return entry && { name, type: entry.type };
      }),
    );
    return found.filter((entry): entry is DirectoryEntry => entry !== undefined);
  }

  async fileSize(path: string): Promise<number | undefined> {
    const entry = await this.entry(path);
    return entry?.type === 'file' ? entry.size : undefined;
  }

  async readFile(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const entry = await this.entry(path);
    if (entry?.type !== 'file') throw new Error(`${path} is not a file in commit ${this.commit.slice(0, 7)}`);
    if (entry.size > maxBytes) throw new FileTooLargeError(entry.size);
    return this.repository.buffer(this.commit, this.relative(path)!);
  }

  /** What the commit holds at `path`, looked up once. */
  private entry(path: string): Promise<Entry | undefined> {
    let found = this.entries.get(path);
    if (!found) {
      found = this.lookUp(path);
      this.entries.set(path, found);
    }
    return found;
  }

  private async lookUp(path: string): Promise<Entry | undefined> {
    const relative = this.relative(path);
    if (relative === undefined) return undefined;
    try {
      const { mode, size } = await this.repository.getObjectDetails(this.commit, relative);
      // Git's modes: 040000 a folder, 100644 and 100755 a file; links (120000) and submodules (160000) are not followed, as in the CLI.
      return { type: mode === '040000' ? 'directory' : mode.startsWith('100') ? 'file' : 'other', size };
    } catch {
      return undefined;
    }
  }

  /** `path` from the repository's top folder, or undefined when it is outside it. */
  private relative(path: string): string | undefined {
    const relative = posix.relative(this.top, path);
    return relative === '' || relative.startsWith('..') || posix.isAbsolute(relative) ? undefined : relative;
  }
}
