import type { Range } from '../diagnostic';
import type { NetworkDocument } from '../document';
import { groupList, text, type Data } from '../model/fields';
import type { Network } from '../network';
import type { YamlPath } from '../parse/yaml-source';
import { frontmatterOf, hitAt, inFrontmatter, scalarsOf } from './frontmatter';
import { referenceAt, type IdKind } from './schema-info';

/**
 * Ids in a network: where each is defined (a member's page, an outcome's
 * entry in the purpose...), and where documents name them.
 */

/** Where an id is defined. */
export interface IdTarget {
  readonly kind: IdKind;
  readonly id: string;
  /** The member's, action's or meeting's page; the purpose for an outcome; the charter for an area. */
  readonly document: NetworkDocument;
  /** The start of the page, or the `id` value of the outcome or area. */
  readonly selection: Range;
  /** The start of the page, or the whole entry of the outcome or area. */
  readonly range: Range;
  /** The outcome's or area's entry. */
  readonly entry?: Data;
}

const START_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Where an id of a kind is defined, if it is. */
export function targetOf(network: Network, kind: IdKind, id: string): IdTarget | undefined {
  switch (kind) {
    case 'member':
    case 'action':
    case 'meeting': {
      const document = network.ofKind(kind).get(id);
      return document && { kind, id, document, selection: START_OF_FILE, range: START_OF_FILE };
    }
    case 'outcome':
      return entryTarget(network.purpose, 'outcomes', kind, id);
    case 'area':
      return entryTarget(network.charter, 'areas', kind, id);
  }
}

function entryTarget(document: NetworkDocument | undefined, list: string, kind: IdKind, id: string): IdTarget | undefined {
  if (!document) return undefined;
  const entry = groupList(document.data, list).find(({ value }) => text(value, 'id') === id);
  if (!entry) return undefined;
  return { kind, id, document, selection: document.rangeOf([list, entry.index, 'id']), range: document.rangeOf([list, entry.index]), entry: entry.value };
}

/** An id written in a document's frontmatter. */
export interface IdMention {
  readonly kind: IdKind;
  readonly id: string;
  readonly path: YamlPath;
  /** True for an outcome's or area's own `id`. */
  readonly declaration: boolean;
}

const mentionCache = new WeakMap<NetworkDocument, readonly IdMention[]>();

/**
 * Every id a document's frontmatter names, read from its data, or from its
 * YAML tree when the data could not be read (a YAML error elsewhere in it).
 * Documents never change (an edit makes a new one), so this is worked out once each.
 */
export function mentionsIn(document: NetworkDocument): readonly IdMention[] {
  let found = mentionCache.get(document);
  if (found) return found;
  const mentions: IdMention[] = [];
  const add = (value: string, path: YamlPath): void => {
    const reference = referenceAt(document.kind, path);
    if (reference && !reference.literals.includes(value)) mentions.push({ kind: reference.kind, id: value, path, declaration: reference.declaration });
  };
  if (document.data) {
    const visit = (value: unknown, path: YamlPath): void => {
      if (typeof value === 'string') add(value, path);
      else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    };
    visit(document.data, []);
  } else {
    const tree = frontmatterOf(document)?.tree;
    for (const hit of tree ? scalarsOf(tree) : []) if (typeof hit.value === 'string') add(hit.value, hit.path);
  }
  found = mentions;
  mentionCache.set(document, found);
  return found;
}

/** One place a document names an id. */
export interface IdReference {
  readonly document: NetworkDocument;
  readonly path: YamlPath;
  readonly range: Range;
}

/** Every place in the network's frontmatter that names an id (declarations left out), by file then position. */
export function findReferences(network: Network, kind: IdKind, id: string): IdReference[] {
  const found: IdReference[] = [];
  const documents = [...network.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const document of documents) {
    for (const mention of mentionsIn(document)) {
      if (mention.kind === kind && mention.id === id && !mention.declaration) found.push({ document, path: mention.path, range: document.rangeOf(mention.path) });
    }
  }
  return found;
}

/** An id at a place in a document: a frontmatter value, or an id written in the body. */
export interface IdAt {
  readonly kind: IdKind;
  readonly id: string;
  /** Offsets in the document's text (a quoted value includes its quotes). */
  readonly start: number;
  readonly end: number;
  readonly declaration: boolean;
  /** The frontmatter path, for an id in the frontmatter. */
  readonly path?: YamlPath;
}

/** The id at an offset, if there is one: any value of a field that names ids, or a known id in the body. */
export function idAt(document: NetworkDocument, network: Network, offset: number): IdAt | undefined {
  const frontmatter = frontmatterOf(document);
  if (frontmatter && inFrontmatter(frontmatter, offset)) {
    const hit = hitAt(frontmatter.tree, offset - frontmatter.start);
    if (!hit || hit.part !== 'value' || typeof hit.value !== 'string') return undefined;
    const reference = referenceAt(document.kind, hit.path);
    if (!reference || reference.literals.includes(hit.value)) return undefined;
    return { kind: reference.kind, id: hit.value, start: frontmatter.start + hit.start, end: frontmatter.start + hit.end, declaration: reference.declaration, path: hit.path };
  }
  if (offset < document.bodyStart) return undefined;
  return bodyMentions(document, network).find((mention) => mention.start <= offset && offset <= mention.end);
}

/** The kinds an id in the body may be, in the order they are tried; areas are left out (their ids are ordinary words). */
const BODY_KINDS = ['member', 'action', 'meeting', 'outcome'] as const;

/**
 * Ids written in the body, such as `amara-okafor` or
 * `2026-11-12-network-meeting`: words of at least two parts joined by hyphens
 * that are the id of a member, action, meeting or outcome. Not inside fenced
 * code, link targets (`members/amara-okafor.md`), web addresses or anchors.
 */
export function bodyMentions(document: NetworkDocument, network: Network): IdAt[] {
  const found: IdAt[] = [];
  const known = (id: string): IdKind | undefined =>
    BODY_KINDS.find((kind) => (kind === 'outcome' ? network.outcomeIds.has(id) : network.idsOf(kind).has(id)));
  let fence: string | undefined;
  const lines = document.lines;
  const first = lines.positionAt(document.bodyStart).line;
  for (let line = first; line < lines.lineCount; line++) {
    const start = Math.max(lines.lineStart(line), document.bodyStart);
    const lineText = document.text.slice(start, lines.lineEnd(line));
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(lineText)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    for (const match of lineText.matchAll(/(?<![\w\-./#@:])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w\-/@]|\.\w)/g)) {
      const kind = known(match[0]);
      if (kind) found.push({ kind, id: match[0], start: start + match.index, end: start + match.index + match[0].length, declaration: false });
    }
  }
  return found;
}
