import { posix } from 'node:path';
import { checkLoadedNetwork, loadNetwork, type LoadedNetwork } from '../check';
import { CHARTER_FILE, type NetworkConfig } from '../config';
import type { Diagnostic } from '../diagnostic';
import type { NetworkState } from '../diff/diff';
import { evaluateHealth, type HealthSnapshot } from '../health/evaluate';
import { reportOf } from '../health/report';
import type { Workspace } from '../workspace';

/**
 * One side of a change (the base or the working tree), loaded, checked and
 * measured: what `netgov diff` compares and what `check --changed` compares
 * for the health findings it shows on changed lines. One home, so both
 * measure the same way.
 */

/** A side as measured, with the full snapshot behind its health report (the report shows only the first pieces of evidence). */
export interface MeasuredState extends NetworkState {
  readonly snapshot: HealthSnapshot;
}

export interface Measure {
  /** The day both sides are measured on. */
  readonly asOf: string;
  /** Today: the day the documents' written statuses describe. */
  readonly present: string;
}

/** A network as loaded, checked and measured on one side, or undefined when that side has no network there. */
export async function networkState(workspace: Workspace, root: string, measure: Measure, settings: NetworkConfig): Promise<MeasuredState | undefined> {
  if ((await workspace.fileSize(posix.join(root, CHARTER_FILE))) === undefined) return undefined;
  const loaded = await loadNetwork(workspace, root, undefined, settings);
  return measuredState(loaded, await checkLoadedNetwork(loaded, measure.asOf), measure);
}

/** A network already loaded and checked, measured. */
export function measuredState(loaded: LoadedNetwork, diagnostics: readonly Diagnostic[], measure: Measure): MeasuredState {
  const { checklist } = loaded.checklist;
  const snapshot = evaluateHealth(loaded.network, checklist, measure);
  // No trend: a change compares two days' documents, not two histories.
  const health = reportOf(loaded.network, checklist, snapshot, { ...measure, trendMonths: 0 });
  return { network: loaded.network, diagnostics, health, snapshot };
}
