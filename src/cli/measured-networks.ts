import { relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { loadNetwork } from '../core/check';
import { findNetworkRoots } from '../core/discovery';
import type { Checklist } from '../core/health/checklist';
import { beginningOf, notYetBegun } from '../core/model/beginning';
import type { Network } from '../core/network';
import { findNetworkRoot } from './node-files';
import { NodeWorkspace, toCorePath } from './node-workspace';
import { UsageError, type CliIO } from './io';

export interface MeasuredNetwork {
  readonly network: Network;
  readonly checklist: Checklist;
}

/**
 * The networks a health command measures, each with its checklist: every
 * network under the folder given (default: the current one), else the
 * network the folder is in. Problems in a network's own checklist are printed
 * and do not stop the measurement: the items concerned fall back to the
 * built-in ones. `netgov health` and `netgov connect` agree on what they read.
 */
export async function measuredNetworks(io: CliIO, command: string, folder: string | undefined): Promise<{ readonly dir: string; readonly networks: readonly MeasuredNetwork[] }> {
  const dir = resolve(io.cwd, folder ?? '.');
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`${folder ?? dir} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`${folder} is a file; give the folder that holds the network's CHARTER.md`);

  const workspace = new NodeWorkspace();
  let roots = await findNetworkRoots(workspace, toCorePath(dir));
  if (roots.length === 0) {
    const above = await findNetworkRoot(dir);
    roots = above === undefined ? [] : [toCorePath(above)];
  }
  if (roots.length === 0) throw new UsageError(`no network found in ${folder ?? '.'}: a network is a folder holding CHARTER.md (netgov init creates one)`);

  const networks: MeasuredNetwork[] = [];
  for (const root of roots) {
    const { network, checklist: { checklist, diagnostics } } = await loadNetwork(workspace, root);
    for (const d of diagnostics) io.stderr(`netgov ${command}: ${relative(io.cwd, d.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
    networks.push({ network, checklist });
  }
  return { dir, networks };
}

/**
 * Refuses to measure a network on a day before it began (core/model/beginning.ts):
 * scores, suggestions or an agenda from an empty network would mislead. The
 * message names the network as the user gave it, relative to where they are.
 */
export function refuseBeforeBeginning(io: CliIO, network: Network, asOf: string): void {
  const where = relative(io.cwd, network.root);
  const notYet = notYetBegun(beginningOf(network), asOf, where === '' ? 'the network here' : `the network in ${where}`);
  if (notYet) throw new UsageError(`${notYet.because}, so there is nothing to measure: give a later --as-of, or check ${notYet.check}`);
}
