import * as vscode from 'vscode';

/**
 * The few parts of VS Code's built-in git extension API (`vscode.git`,
 * version 1) that netgov uses, typed here rather than copied whole: see
 * extensions/git/src/api/git.d.ts in the VS Code repository. Every git
 * operation the extension does goes through this API, never a child process.
 */

/** Ref types as the API numbers them (a const enum there, so not importable). */
export const enum RefType {
  Head = 0,
  RemoteHead = 1,
  Tag = 2,
}

export interface Ref {
  readonly type: RefType;
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
}

export interface Change {
  readonly uri: vscode.Uri;
  readonly originalUri: vscode.Uri;
  readonly renameUri: vscode.Uri | undefined;
}

export interface RepositoryState {
  readonly HEAD: Ref | undefined;
  readonly indexChanges: readonly Change[];
}

export interface Repository {
  readonly rootUri: vscode.Uri;
  readonly state: RepositoryState;
  /** `git ls-tree -l treeish -- path`: the first entry only; rejects when the path is not in the tree. */
  getObjectDetails(treeish: string, path: string): Promise<{ mode: string; object: string; size: number }>;
  /** The bytes of `path` at `ref` (`git show ref:path`). */
  buffer(ref: string, path: string): Promise<Uint8Array>;
  /** Files that differ between `ref` and the working tree (tracked files only). */
  diffWith(ref: string): Promise<Change[]>;
  getBranches(query: { remote?: boolean }): Promise<Ref[]>;
  /** Undefined when the two have no commit in common (or a ref does not resolve). */
  getMergeBase(ref1: string, ref2: string): Promise<string | undefined>;
  createBranch(name: string, checkout: boolean, ref?: string): Promise<void>;
  /** Stages these files (absolute file-system paths). */
  add(paths: string[]): Promise<void>;
  /** Commits what is staged: everything staged, not a chosen part of it. */
  commit(message: string): Promise<void>;
  /** Refreshes `state` from git. */
  status(): Promise<void>;
}

export interface GitApi {
  getRepository(uri: vscode.Uri): Repository | null;
  /** The top folder of the repository holding `uri`, or null when it is in none. */
  getRepositoryRoot(uri: vscode.Uri): Promise<vscode.Uri | null>;
  openRepository(root: vscode.Uri): Promise<Repository | null>;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** The git API, or why there is none, in words for the user. */
export type GitAccess = { readonly api: GitApi } | { readonly problem: string };

export async function gitApi(): Promise<GitAccess> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return { problem: "VS Code's built-in Git extension is not available in this window, so netgov cannot use git here." };
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports.enabled) return { problem: "VS Code's built-in Git extension is turned off (the git.enabled setting), so netgov cannot use git here." };
  return { api: exports.getAPI(1) };
}

/**
 * The repository holding `uri`, opened for the git extension when it has not
 * found it itself (with git.autoRepositoryDetection off, say). Undefined when
 * `uri` is in no repository.
 */
export async function repositoryOf(api: GitApi, uri: vscode.Uri): Promise<Repository | undefined> {
  const known = api.getRepository(uri);
  if (known) return known;
  // The git extension runs git in the folder it is given: a file's path there fails with spawn ENOTDIR.
  const root = await api.getRepositoryRoot(await folderOf(uri));
  return (root && (await api.openRepository(root))) ?? undefined;
}

/** `uri` when it is a folder, else the folder holding it (a file, or a path that is not there). */
async function folderOf(uri: vscode.Uri): Promise<vscode.Uri> {
  const type = await vscode.workspace.fs.stat(uri).then(
    (stat) => stat.type,
    () => vscode.FileType.Unknown,
  );
  return (type & vscode.FileType.Directory) !== 0 ? uri : vscode.Uri.joinPath(uri, '..');
}
