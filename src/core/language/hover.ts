import type { Position } from '../diagnostic';
import type { NetworkDocument } from '../document';
import type { Network } from '../network';
import { cardOf } from './cards';
import { frontmatterOf, hitAt, inFrontmatter, offsetAt } from './frontmatter';
import { idAt, targetOf } from './ids';
import { fieldDocumentation } from './schema-info';
import type { Hover } from './types';

/**
 * Hover in the frontmatter. On a key: what the field means (the schema's
 * title, description and examples). On an id: a card about what it names
 * (a member's organisation and roles, an action's status, an outcome's
 * measure...). On any other value: what its field means.
 */
export function hoverAt(document: NetworkDocument, network: Network, position: Position, today: string): Hover | undefined {
  const frontmatter = frontmatterOf(document);
  if (!frontmatter || document.kind === 'config') return undefined;
  const offset = offsetAt(document, position);
  if (!inFrontmatter(frontmatter, offset)) return undefined;
  const hit = hitAt(frontmatter.tree, offset - frontmatter.start);
  if (!hit) return undefined;
  const range = document.lines.rangeOf(frontmatter.start + hit.start, frontmatter.start + hit.end);

  if (hit.part === 'value') {
    const id = idAt(document, network, offset);
    if (id && !id.declaration) {
      const target = targetOf(network, id.kind, id.id);
      if (target) return { contents: cardOf(target, today), range };
    }
  }
  const contents = fieldDocumentation(document.kind, hit.path);
  return contents ? { contents, range } : undefined;
}
