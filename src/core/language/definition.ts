import type { Position } from '../diagnostic';
import type { NetworkDocument } from '../document';
import type { Network } from '../network';
import { offsetAt } from './frontmatter';
import { idAt, targetOf } from './ids';
import type { Definition } from './types';

/**
 * Go to definition, from an id in the frontmatter or the body: a member's,
 * action's or meeting's page (its start), an outcome's entry in the purpose,
 * an area's entry in the charter (its `id`).
 */
export function definitionAt(document: NetworkDocument, network: Network, position: Position): Definition | undefined {
  const id = idAt(document, network, offsetAt(document, position));
  if (!id || id.declaration) return undefined;
  const target = targetOf(network, id.kind, id.id);
  if (!target) return undefined;
  return {
    originRange: document.lines.rangeOf(id.start, id.end),
    path: target.document.path,
    targetRange: target.range,
    targetSelectionRange: target.selection,
  };
}
