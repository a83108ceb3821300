import { changedFacts, DependencyIndex, providedFacts, readFacts } from '../dependencies';
import type { NetworkDocument } from '../document';
import type { Network } from '../network';

/**
 * The documents whose findings a change can affect: those it touches, and
 * those that read a fact a touched document no longer provides the same way.
 * Deleting a member's page so brings in every action and meeting naming them,
 * though those files did not change. `changed` maps each touched path to its
 * version before the change (undefined for a new file); `network` is after it.
 */
export function changedScope(network: Network, changed: ReadonlyMap<string, NetworkDocument | undefined>): Set<string> {
  const scope = new Set(changed.keys());
  const keys = new Set<string>();
  for (const [path, before] of changed) for (const key of changedFacts(providedFacts(before), providedFacts(network.get(path)))) keys.add(key);
  if (keys.size === 0) return scope;
  const index = new DependencyIndex();
  for (const document of network.documents) index.set(document.path, readFacts(document, network));
  for (const path of index.readersOf(keys)) scope.add(path);
  return scope;
}
