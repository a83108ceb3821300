import { isSeq } from 'yaml';
import type { Position } from '../diagnostic';
import type { NetworkDocument } from '../document';
import { groupList, text } from '../model/fields';
import type { Network } from '../network';
import { frontmatterOf, inFrontmatter, nodeAtPath, offsetAt } from './frontmatter';
import { findReferences, idAt, targetOf } from './ids';
import type { IdKind } from './schema-info';
import type { Location } from './types';

export interface ReferenceOptions {
  /**
   * Also list where the id is declared. Only outcomes and areas have a
   * declaration in the text (their `id:` entry); a member's, action's or
   * meeting's id is its file name, so nothing more is listed for them.
   */
  readonly includeDeclaration?: boolean;
}

/**
 * Every place in the network's frontmatter that names the thing at the
 * cursor: the id under it (in the frontmatter or the body) or, anywhere
 * else in a member's, action's or meeting's page, that page's own id; in the
 * purpose or charter, the outcome or area whose entry the cursor is in.
 * For a member: each proposed_by, owners, contributors, facilitator, attendees
 * and apologies entry that names them, with its exact range.
 */
export function referencesAt(document: NetworkDocument, network: Network, position: Position, options: ReferenceOptions = {}): Location[] {
  const subject = subjectAt(document, network, offsetAt(document, position));
  if (!subject) return [];
  const found: Location[] = findReferences(network, subject.kind, subject.id).map((reference) => ({ path: reference.document.path, range: reference.range }));
  if (options.includeDeclaration && (subject.kind === 'outcome' || subject.kind === 'area')) {
    const target = targetOf(network, subject.kind, subject.id);
    if (target) found.unshift({ path: target.document.path, range: target.selection });
  }
  return found;
}

function subjectAt(document: NetworkDocument, network: Network, offset: number): { kind: IdKind; id: string } | undefined {
  const id = idAt(document, network, offset);
  if (id) return id;
  if (document.kind === 'member' || document.kind === 'action' || document.kind === 'meeting') return { kind: document.kind, id: document.id };
  if (document.kind === 'purpose') return entryAt(document, offset, 'outcomes', 'outcome');
  if (document.kind === 'charter') return entryAt(document, offset, 'areas', 'area');
  return undefined;
}

/** The outcome or area whose entry holds the offset. */
function entryAt(document: NetworkDocument, offset: number, list: string, kind: IdKind): { kind: IdKind; id: string } | undefined {
  const frontmatter = frontmatterOf(document);
  if (!frontmatter || !inFrontmatter(frontmatter, offset)) return undefined;
  const node = nodeAtPath(frontmatter.tree, [list]);
  if (!isSeq(node)) return undefined;
  const at = offset - frontmatter.start;
  const index = node.items.findIndex((item) => {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    return range !== undefined && range[0] <= at && at <= range[1];
  });
  if (index < 0) return undefined;
  const id = text(groupList(document.data, list).find((entry) => entry.index === index)?.value, 'id');
  return id === undefined ? undefined : { kind, id };
}
