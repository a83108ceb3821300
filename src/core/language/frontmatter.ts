import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Position, Range } from '../diagnostic';
import type { NetworkDocument } from '../document';
import { splitFrontmatter } from '../parse/frontmatter';
import { parseYamlTree, type YamlPath } from '../parse/yaml-source';

/**
 * Where a document's frontmatter is and its YAML tree, for the authoring aids.
 * NetworkDocument keeps the YAML's offset to itself, so it is found again here
 * the same way (splitFrontmatter), which gives the same
 * offsets. Unlike the checker, an unterminated frontmatter (someone typing the
 * first lines of a new file) is still read: everything after `---` is YAML.
 */
export interface Frontmatter {
  /** Offset in the document's text of the YAML text (the line break that ends the opening `---`). */
  readonly start: number;
  /** Offset just after the YAML text (the line break before the closing `---`). */
  readonly end: number;
  readonly source: string;
  /** Parsed with the checker's options; never throws, whatever was typed. */
  readonly tree: Document.Parsed;
}

const cache = new WeakMap<NetworkDocument, Frontmatter | null>();

/** The document's frontmatter, or undefined when it has none. */
export function frontmatterOf(document: NetworkDocument): Frontmatter | undefined {
  const cached = cache.get(document);
  if (cached !== undefined) return cached ?? undefined;
  const split = document.text.startsWith('---') ? splitFrontmatter(document.text) : undefined;
  const found = split
    ? {
        start: split.yamlStart,
        end: split.yamlStart + split.yaml.length,
        source: split.yaml,
        // The document's own tree is parsed from the same text with the same options.
        tree: (split.terminated ? document.yaml : undefined) ?? parseYamlTree(split.yaml),
      }
    : null;
  cache.set(document, found);
  return found ?? undefined;
}

/** A 0-based position as an offset into the document's text, clamped to its line. */
export function offsetAt(document: NetworkDocument, position: Position): number {
  const line = Math.max(0, Math.min(position.line, document.lines.lineCount - 1));
  const start = document.lines.lineStart(line);
  return Math.min(start + Math.max(0, position.character), document.lines.lineEnd(line));
}

/** True when an offset is inside the frontmatter: after the opening `---` line, up to the end of the last YAML line. */
export function inFrontmatter(frontmatter: Frontmatter, offset: number): boolean {
  return offset > frontmatter.start && offset <= frontmatter.end;
}

/** The range, in the document, of offsets into the YAML text. */
export function yamlRange(document: NetworkDocument, frontmatter: Frontmatter, start: number, end: number): Range {
  return document.lines.rangeOf(frontmatter.start + start, frontmatter.start + end);
}

/** A key or scalar value in the frontmatter, with its path and its offsets in the YAML text. */
export interface YamlHit {
  /** For a key, the path of its field; for a value, the value's path. */
  readonly path: YamlPath;
  readonly part: 'key' | 'value';
  readonly node: Node;
  /** The scalar's value for scalars (strings, numbers...), undefined for collections. */
  readonly value: unknown;
  readonly start: number;
  readonly end: number;
}

/** The key or scalar value at an offset into the YAML text (its end counts, as for a word). */
export function hitAt(tree: Document.Parsed, offset: number): YamlHit | undefined {
  let found: YamlHit | undefined;
  walkTree(tree, (hit) => {
    if (hit.start < hit.end && hit.start <= offset && offset <= hit.end) {
      // Keys and scalars never nest, but a collection contains its children: keep the innermost.
      if (!found || hit.end - hit.start <= found.end - found.start) found = hit;
    }
  });
  return found && isScalar(found.node) ? found : undefined;
}

/** Every scalar value (not keys) in the tree, with its path, in document order. */
export function scalarsOf(tree: Document.Parsed): YamlHit[] {
  const found: YamlHit[] = [];
  walkTree(tree, (hit) => {
    if (hit.part === 'value' && isScalar(hit.node)) found.push(hit);
  });
  return found;
}

/** The node at a path in the tree, if the whole path is there. */
export function nodeAtPath(tree: Document.Parsed, path: YamlPath): Node | undefined {
  let node: unknown = tree.contents;
  for (const segment of path) {
    if (isMap(node)) {
      node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

/** The keys written in a mapping node, in order. */
export function keysOf(node: unknown): string[] {
  return isMap(node) ? node.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : [])) : [];
}

/**
 * Visits every key and every node (collections and scalars) below the
 * document's root, with its path, parents before children.
 */
function walkTree(tree: Document.Parsed, visit: (hit: YamlHit) => void): void {
  const node = (value: unknown, path: YamlPath): void => {
    if (isMap(value)) {
      report(value, path, 'value');
      for (const pair of value.items) {
        if (!isScalar(pair.key)) continue;
        const childPath = [...path, String(pair.key.value)];
        report(pair.key, childPath, 'key');
        node(pair.value, childPath);
      }
    } else if (isSeq(value)) {
      report(value, path, 'value');
      value.items.forEach((item, index) => node(item, [...path, index]));
    } else if (isScalar(value)) {
      report(value, path, 'value');
    }
  };
  const report = (value: Node, path: YamlPath, part: 'key' | 'value'): void => {
    const range = value.range;
    if (!range) return;
    visit({ path, part, node: value, value: isScalar(value) ? value.value : undefined, start: range[0], end: range[1] });
  };
  node(tree.contents, []);
}
