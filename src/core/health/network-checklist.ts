import { posix } from 'node:path';
import type { RuleDiagnostic } from '../diagnostic';
import { FileTooLargeError, type Workspace } from '../workspace';
import type { Network } from '../network';
import { plainPathProblem } from '../discovery';
import { builtInChecklist, mergeChecklists, readChecklist, type Checklist } from './checklist';

/** A checklist file is small; anything bigger than this is not one. */
const MAX_CHECKLIST_BYTES = 1024 * 1024;

export interface NetworkChecklist {
  readonly checklist: Checklist;
  /** Problems in the network's own checklist file; the items they concern are left out, the built-in ones stand. */
  readonly diagnostics: readonly RuleDiagnostic[];
}

/**
 * The checklist a network is measured by: the built-in one, with the
 * network's own file (`health.checklist` in netgov.yml) laid over it. The file
 * is only ever read as data, and only from inside the network's folder (the
 * netgov.yml schema refuses absolute paths and `..`, and no symbolic link on
 * the way is followed).
 */
export async function loadNetworkChecklist(workspace: Workspace, network: Network): Promise<NetworkChecklist> {
  const builtIn = builtInChecklist();
  const relative = network.config.checklist;
  if (relative === undefined) return { checklist: builtIn, diagnostics: [] };
  const path = posix.join(network.root, relative);
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  let bytes: Uint8Array;
  try {
    // Checked step by step first: a link anywhere on the path (the file or a folder above it) could lead out of the network.
    const problem = await plainPathProblem(workspace, network.root, relative, 'file');
    if (problem !== undefined) throw new Error(problem);
    bytes = await workspace.readFile(path, MAX_CHECKLIST_BYTES);
  } catch (error) {
    const reason = error instanceof FileTooLargeError ? `it is larger than ${MAX_CHECKLIST_BYTES / 1024} KB` : error instanceof Error ? error.message : String(error);
    const message = `The checklist named in netgov.yml (health.checklist: ${relative}) could not be read: ${reason}. The built-in checklist is used.`;
    return { checklist: builtIn, diagnostics: [{ file: path, range: at, severity: 'error', code: 'checklist.unreadable', message }] };
  }
  const read = readChecklist(path, bytes, { base: builtIn });
  const diagnostics = read.findings.map((finding): RuleDiagnostic => ({ file: path, severity: 'error', ...finding }));
  return { checklist: read.checklist ? mergeChecklists(builtIn, read.checklist) : builtIn, diagnostics };
}
