import { posix } from 'node:path';
import type { Finding } from './model/finding';
import type { Network } from './network';
import type { Workspace } from './workspace';
import { CODEOWNERS_LOCATIONS, CodeownersBlockError, blockChanges, findBlock, hostOfBlock, linesOf, planCodeowners } from './codeowners';
import { codeownersOutOfDate } from './rules/codeowners-rules';

/** CODEOWNERS files are small; a bigger one is not ours to read. */
const MAX_BYTES = 1024 * 1024;

/**
 * The CODEOWNERS file a host reads (the first that exists, in the host's
 * order; GitHub's and GitLab's orders list the same three places).
 */
export async function findCodeownersFile(workspace: Workspace, repositoryRoot: string, locations: readonly string[] = CODEOWNERS_LOCATIONS.github): Promise<string | undefined> {
  for (const location of locations) {
    if (await isPlainFileInside(workspace, repositoryRoot, location)) return posix.join(repositoryRoot, location);
  }
  return undefined;
}

/**
 * Whether `relative` under `root` is a regular file reached through real
 * folders only: each step is looked up in its parent's listing, where a
 * symbolic link is 'other'. So a committed `.github` that links elsewhere is
 * never read through (issue 13).
 */
async function isPlainFileInside(workspace: Workspace, root: string, relative: string): Promise<boolean> {
  const parts = relative.split('/');
  let folder = root;
  for (const [index, part] of parts.entries()) {
    const entry = (await workspace.readDirectory(folder))?.find((e) => e.name === part);
    const last = index === parts.length - 1;
    if (!entry || entry.type !== (last ? 'file' : 'directory')) return false;
    folder = posix.join(folder, part);
  }
  return true;
}

/**
 * `codeowners.out-of-date` when the repository's CODEOWNERS has a netgov block
 * that differs from what `netgov codeowners` would write for these networks
 * today. A file without a block is somebody else's: nothing is said.
 */
export async function checkCodeowners(workspace: Workspace, networks: readonly Network[], repositoryRoot: string, today: string): Promise<{ file: string; finding: Finding } | undefined> {
  const file = (await findCodeownersFile(workspace, repositoryRoot)) ?? (await findCodeownersFile(workspace, repositoryRoot, CODEOWNERS_LOCATIONS.gitlab));
  if (file === undefined) return undefined;
  let lines: string[];
  try {
    lines = linesOf(new TextDecoder().decode(await workspace.readFile(file, MAX_BYTES)));
  } catch {
    // Unreadable or too large: whatever is in it, netgov did not write it.
    return undefined;
  }
  const report = (line: number, message: string): { file: string; finding: Finding } => {
    const at = { line, character: 0 };
    return { file, finding: { code: codeownersOutOfDate.code, range: { start: at, end: { line, character: lines[line]?.length ?? 0 } }, message } };
  };
  let block;
  try {
    block = findBlock(lines);
  } catch (error) {
    if (!(error instanceof CodeownersBlockError)) throw error;
    return report(0, `The netgov block cannot be found: ${error.message}. Mend the markers, then run netgov codeowners.`);
  }
  if (!block) return undefined;
  const current = lines.slice(block.begin, block.end + 1).map((line) => line.trimEnd());
  const wanted = planCodeowners(networks, repositoryRoot, today, hostOfBlock(current)).block;
  if (current.join('\n') === wanted.join('\n')) return undefined;
  return report(block.begin, `The reviewers no longer follow the lead roles and owners (${describeChanges(current, wanted)}). Run netgov codeowners and commit the result.`);
}

/** "2 lines to add, 1 to remove", or the order when only that differs. */
export function describeChanges(current: readonly string[], wanted: readonly string[]): string {
  const { added, removed } = blockChanges(current, wanted);
  if (added.length === 0 && removed.length === 0) return 'the same lines in another order';
  const count = (n: number, what: string): string => `${n} ${n === 1 ? 'line' : 'lines'} ${what}`;
  return [added.length > 0 ? count(added.length, 'to add') : '', removed.length > 0 ? count(removed.length, 'to remove') : ''].filter(Boolean).join(', ');
}
