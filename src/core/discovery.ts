import { posix } from 'node:path';
import type { EntryType, Workspace } from './workspace';
import { CHARTER_FILE, type Layout } from './config';
import type { DocumentKind, FolderKind } from './model/kinds';

/** Folders never searched for networks: tooling, dependencies, build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', 'coverage']);
const MAX_DEPTH = 12;

/**
 * Folders under `dir` (itself included) that hold a CHARTER.md: each is a
 * network root. Symbolic links are not followed, so a link loop cannot trap
 * the search and nothing outside `dir` is read. `excluded` gets each folder's
 * path relative to `dir` (e.g. a user's `archive/**` setting).
 */
export async function findNetworkRoots(workspace: Workspace, dir: string, excluded: (relativeFolder: string) => boolean = () => false): Promise<string[]> {
  const roots: string[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    if (depth > 0 && excluded(posix.relative(dir, folder))) return;
    const entries = await workspace.readDirectory(folder);
    if (!entries) return;
    if (entries.some((e) => e.name === CHARTER_FILE && e.type === 'file')) roots.push(folder);
    if (depth >= MAX_DEPTH) return;
    // Sibling folders are read together: in an editor starting up, each read waits its turn behind other
    // extensions, and the first diagnostics wait for the whole search. The roots are sorted at the end.
    const folders = entries.filter((entry) => entry.type === 'directory' && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name));
    await Promise.all(folders.map((entry) => visit(posix.join(folder, entry.name), depth + 1)));
  };
  await visit(dir, 0);
  return roots.sort();
}

export interface DocumentLocation {
  readonly path: string;
  readonly kind: DocumentKind;
  readonly id: string;
}

const FOLDER_KEYS: Readonly<Record<FolderKind, keyof Layout>> = { member: 'members', action: 'actions', meeting: 'meetings', pulse: 'pulses' };

/** The folder a kind lives in, relative to the network root. */
export function folderOf(kind: FolderKind, layout: Layout): string {
  return layout[FOLDER_KEYS[kind]];
}

/**
 * Every folder that holds a file the network is read from: its root (charter,
 * netgov.yml), the folder of its purpose document and of its own checklist, and
 * the folder of each kind of document. Absolute, sorted, each once. The editor
 * watches exactly these.
 */
export function networkFolders(root: string, layout: Layout, checklist?: string): string[] {
  const folders = new Set([root, posix.dirname(posix.join(root, layout.purpose))]);
  if (checklist !== undefined) folders.add(posix.dirname(posix.join(root, checklist)));
  for (const kind of Object.keys(FOLDER_KEYS) as FolderKind[]) folders.add(posix.join(root, folderOf(kind, layout)));
  return [...folders].sort();
}

/**
 * The network's folders (networkFolders) that exist and are reached from the root through plain
 * folders only: what the editor may watch. A folder under a symbolic link (a `docs` that links out
 * of the network) is left out, as the network's own listing leaves it out, so that nothing is read
 * through a link because a watcher named a file there.
 */
export async function plainNetworkFolders(workspace: Workspace, root: string, layout: Layout, checklist?: string): Promise<string[]> {
  const plain: string[] = [];
  for (const folder of networkFolders(root, layout, checklist)) {
    if (folder === root || (await plainPathProblem(workspace, root, posix.relative(root, folder), 'directory')) === undefined) plain.push(folder);
  }
  return plain;
}

/**
 * Where a file would sit in the network: its kind and id, or undefined when
 * the layout gives it no place. Ids are file stems, so two members proposing
 * actions at once can never pick the same id.
 */
export function locateInNetwork(root: string, path: string, layout: Layout): DocumentLocation | undefined {
  const relative = posix.relative(root, path);
  if (relative === CHARTER_FILE) return { path, kind: 'charter', id: 'charter' };
  if (relative === layout.purpose) return { path, kind: 'purpose', id: 'purpose' };
  const folder = posix.dirname(relative);
  const name = posix.basename(relative);
  if (!name.toLowerCase().endsWith('.md') || /^readme\.md$/i.test(name)) return undefined;
  for (const kind of Object.keys(FOLDER_KEYS) as FolderKind[]) {
    if (folder === folderOf(kind, layout)) return { path, kind, id: name.slice(0, -3) };
  }
  return undefined;
}

/**
 * Why `relative` is not a `type` entry under `root` reached through plain
 * folders only, or undefined when it is. Each step is looked up in its
 * parent's listing, where a symbolic link is 'other': so a path such as
 * `docs/members` whose `docs` is a link out of the network is refused, though
 * the file system would follow it.
 */
export async function plainPathProblem(workspace: Workspace, root: string, relative: string, type: Exclude<EntryType, 'other'>): Promise<string | undefined> {
  const segments = posix.normalize(relative).split('/').filter((s) => s !== '' && s !== '.');
  if (posix.isAbsolute(relative) || segments.includes('..')) return `\`${relative}\` is not a path inside the network folder`;
  let folder = root;
  for (const [index, name] of segments.entries()) {
    const wanted = index === segments.length - 1 ? type : 'directory';
    const entry = (await workspace.readDirectory(folder))?.find((e) => e.name === name);
    const shown = segments.slice(0, index + 1).join('/');
    if (!entry) return `\`${shown}\` does not exist`;
    if (entry.type === 'other') return `\`${shown}\` is a symbolic link or a special file, and netgov never follows links, so that nothing outside the network folder is read`;
    if (entry.type !== wanted) return `\`${shown}\` is a ${entry.type === 'file' ? 'file' : 'folder'}, not a ${wanted === 'file' ? 'file' : 'folder'}`;
    folder = posix.join(folder, name);
  }
  return segments.length === 0 ? 'it names the network folder itself' : undefined;
}

/** Every network document under a root, in a stable order. */
export async function listNetworkDocuments(workspace: Workspace, root: string, layout: Layout): Promise<DocumentLocation[]> {
  const found: DocumentLocation[] = [{ path: posix.join(root, CHARTER_FILE), kind: 'charter', id: 'charter' }];
  const purpose = posix.join(root, layout.purpose);
  if ((await plainPathProblem(workspace, root, layout.purpose, 'file')) === undefined) found.push({ path: purpose, kind: 'purpose', id: 'purpose' });
  for (const kind of Object.keys(FOLDER_KEYS) as FolderKind[]) {
    const folder = posix.join(root, folderOf(kind, layout));
    // A layout folder reached through a symbolic link (itself or a folder above it) could lead out of the network: not read.
    if ((await plainPathProblem(workspace, root, folderOf(kind, layout), 'directory')) !== undefined) continue;
    const entries = (await workspace.readDirectory(folder)) ?? [];
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.type !== 'file') continue;
      const location = locateInNetwork(root, posix.join(folder, entry.name), layout);
      if (location) found.push(location);
    }
  }
  return found;
}
