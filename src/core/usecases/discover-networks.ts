import { posix } from 'node:path';
import { CHARTER_FILE } from '../config';
import { findNetworkRoots } from '../discovery';
import type { Workspace } from '../workspace';

/**
 * Which networks a command run in `dir` means, the same for every command:
 * the networks in `dir` and the folders under it; when there are none, the
 * network `dir` lies inside (the nearest folder above holding CHARTER.md).
 * Empty when there is neither. Links are not followed (NodeWorkspace).
 */
export async function networksFor(workspace: Workspace, dir: string): Promise<string[]> {
  const below = await findNetworkRoots(workspace, dir);
  if (below.length > 0) return below;
  const above = await enclosingNetwork(workspace, dir);
  return above === undefined ? [] : [above];
}

/** The folder holding CHARTER.md: `dir` itself or the nearest folder above it. */
export async function enclosingNetwork(workspace: Workspace, dir: string): Promise<string | undefined> {
  let folder = dir;
  for (;;) {
    if ((await workspace.fileSize(posix.join(folder, CHARTER_FILE))) !== undefined) return folder;
    const parent = posix.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * The one network a command that writes into a network (`netgov new`, `init
 * --ci`) means: the network `dir` lies inside, else the only network under it.
 * `several` when more than one lies under `dir` and none encloses it, so the
 * command can ask which; `none` when there is none.
 */
export async function oneNetworkFor(workspace: Workspace, dir: string): Promise<{ root: string } | { none: true } | { several: readonly string[] }> {
  const above = await enclosingNetwork(workspace, dir);
  if (above !== undefined) return { root: above };
  const below = await findNetworkRoots(workspace, dir);
  if (below.length === 1) return { root: below[0]! };
  return below.length === 0 ? { none: true } : { several: below };
}
