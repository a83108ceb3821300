/**
 * Scenario fixtures: real network documents under test/fixtures/scenarios/<name>/,
 * each telling a story with a known truth that a network lead would reach.
 * Each is copied into an in-memory workspace, checked with `netgov check`'s
 * core and measured with the built-in checklist.
 */
import { checkDirectory, loadNetwork } from '../../../../src/core/check';
import type { Diagnostic } from '../../../../src/core/diagnostic';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { evaluateHealth, type HealthSnapshot, type ItemResult } from '../../../../src/core/health/evaluate';
import type { Network } from '../../../../src/core/network';
import { workspaceFromFolder, type MemoryWorkspace } from '../../../helpers/memory-workspace';
import { fromRoot } from '../../../helpers/paths';

export const ROOT = '/ws/scenario';

export function scenarioWorkspace(name: string): MemoryWorkspace {
  return workspaceFromFolder(fromRoot(`test/fixtures/scenarios/${name}`), ROOT);
}

export async function scenarioNetwork(workspace: MemoryWorkspace): Promise<Network> {
  return (await loadNetwork(workspace, ROOT)).network;
}

/** Everything `netgov check` reports on the scenario, as of a day. */
export async function checkScenario(workspace: MemoryWorkspace, today: string): Promise<readonly Diagnostic[]> {
  return (await checkDirectory(workspace, ROOT, { today })).diagnostics;
}

export function healthOn(network: Network, asOf: string): HealthSnapshot {
  return evaluateHealth(network, builtInChecklist(), { asOf });
}

export function item(snapshot: HealthSnapshot, id: string): ItemResult {
  const found = snapshot.dimensions.flatMap((d) => d.items).find((result) => result.item.id === id);
  if (!found) throw new Error(`no checklist item ${id}`);
  return found;
}

export function dimension(snapshot: HealthSnapshot, name: string): HealthSnapshot['dimensions'][number] {
  const found = snapshot.dimensions.find((d) => d.dimension === name);
  if (!found) throw new Error(`no dimension ${name}`);
  return found;
}
