import { isMap, isSeq, type Node } from 'yaml';
import type { NetworkDocument } from '../document';
import type { YamlPath } from '../parse/yaml-source';
import { nodeAtPath, type Frontmatter } from './frontmatter';
import type { TextEdit } from './types';

/**
 * Text edits to frontmatter that keep the author's layout: a field added at
 * the indentation of its mapping (block or flow), an entry appended to a list.
 */

/** A value to write: a scalar already written as YAML, a group of fields, or a list. */
export type YamlValue = string | { readonly fields: readonly Field[] } | { readonly items: readonly YamlValue[] };
export type Field = readonly [key: string, value: YamlValue];

/** The line break the document uses (its first one), for inserted lines. */
export function eolOf(text: string): string {
  const at = text.indexOf('\n');
  return at > 0 && text.charCodeAt(at - 1) === 13 ? '\r\n' : '\n';
}

/** Text as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(text: string): string {
  const plain =
    /^[A-Za-z0-9][\w ,.()'/&+-]*$/.test(text) &&
    !/ $/.test(text) &&
    !/^(?:true|false|yes|no|on|off|null|~)$/i.test(text) &&
    !/^[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?$/i.test(text) &&
    !/^0x[0-9a-f]+$|^0o[0-7]+$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/** The lines of `key: value` in block style, relative to the key's indentation. */
export function blockLines([key, value]: Field): string[] {
  if (typeof value === 'string') return [`${key}: ${value}`];
  if ('fields' in value) {
    if (value.fields.length === 0) return [`${key}: {}`];
    return [`${key}:`, ...value.fields.flatMap((field) => blockLines(field).map((line) => `  ${line}`))];
  }
  // A list of plain values reads best on one line, as the docs write them: `owners: [a, b]`.
  if (value.items.every((item) => typeof item === 'string')) return [`${key}: ${flow(value)}`];
  return [`${key}:`, ...value.items.flatMap((item) => itemLines(item).map((line) => `  ${line}`))];
}

/** The lines of one list entry, `- ` first, relative to the dash. */
export function itemLines(item: YamlValue): string[] {
  if (typeof item === 'string') return [`- ${item}`];
  if ('fields' in item && item.fields.length > 0) {
    const [first, ...rest] = item.fields.flatMap((field) => blockLines(field));
    return [`- ${first}`, ...rest.map((line) => `  ${line}`)];
  }
  return [`- ${flow(item)}`];
}

/** A value in flow style, for `{a: 1}` and `[a, b]` collections. */
export function flow(value: YamlValue): string {
  if (typeof value === 'string') return value;
  if ('fields' in value) return `{${value.fields.map(([key, inner]) => `${key}: ${flow(inner)}`).join(', ')}}`;
  return `[${value.items.map(flow).join(', ')}]`;
}

/**
 * Adds fields to the mapping at `mapPath`: after its last entry at the
 * indentation of its first key, or before the `}` of a flow mapping. The root
 * mapping of an empty frontmatter gets them just after the opening `---`.
 */
export function addFields(document: NetworkDocument, frontmatter: Frontmatter, mapPath: YamlPath, fields: readonly Field[]): TextEdit | undefined {
  if (fields.length === 0) return undefined;
  const eol = eolOf(document.text);
  const node = mapPath.length === 0 ? (frontmatter.tree.contents ?? undefined) : nodeAtPath(frontmatter.tree, mapPath);
  if (isMap(node) && node.flow) {
    const items = fields.map(([key, value]) => `${key}: ${flow(value)}`).join(', ');
    return beforeClosing(document, frontmatter, node, '}', node.items.length > 0 ? `, ${items}` : items);
  }
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]!.key as Node | null;
    if (!first?.range) return undefined;
    const indent = ' '.repeat(document.lines.positionAt(frontmatter.start + first.range[0]).character);
    const lines = fields.flatMap((field) => blockLines(field));
    return insertAfterNode(document, frontmatter, node, lines.map((line) => eol + indent + line).join(''));
  }
  if (mapPath.length === 0 && node === undefined) {
    // An empty frontmatter: straight after the opening `---`. (One holding only `~` or `''` is not
    // a mapping: fields added above that line would not be YAML, so nothing is offered.)
    const at = document.lines.rangeOf(frontmatter.start, frontmatter.start);
    const lines = fields.flatMap((field) => blockLines(field));
    return { range: at, newText: lines.map((line) => eol + line).join('') };
  }
  return undefined;
}

/** Appends an entry to the list at `seqPath`: a new `- ` entry lined up with the others, or `, item` before the `]` of a flow list. */
export function appendItem(document: NetworkDocument, frontmatter: Frontmatter, seqPath: YamlPath, item: YamlValue): TextEdit | undefined {
  const node = nodeAtPath(frontmatter.tree, seqPath);
  if (!isSeq(node)) return undefined;
  if (node.flow) return beforeClosing(document, frontmatter, node, ']', node.items.length > 0 ? `, ${flow(item)}` : flow(item));
  const first = node.items[0] as Node | null | undefined;
  if (!first?.range) return undefined;
  // The dash of the first entry sets the indentation.
  const start = frontmatter.start + first.range[0];
  const lineStart = document.lines.lineStart(document.lines.positionAt(start).line);
  const dash = document.text.lastIndexOf('-', start - 1);
  if (dash < lineStart) return undefined;
  const indent = ' '.repeat(dash - lineStart);
  const eol = eolOf(document.text);
  return insertAfterNode(document, frontmatter, node, itemLines(item).map((line) => eol + indent + line).join(''));
}

/** Inserts text at the end of the last line that holds part of a node. */
function insertAfterNode(document: NetworkDocument, frontmatter: Frontmatter, node: Node, newText: string): TextEdit | undefined {
  if (!node.range) return undefined;
  let end = frontmatter.start + node.range[1];
  while (end > frontmatter.start && /\s/.test(document.text.charAt(end - 1))) end--;
  const line = document.lines.positionAt(end).line;
  const at = document.lines.lineEnd(line);
  return { range: document.lines.rangeOf(at, at), newText };
}

/** Inserts text just before the closing bracket of a flow collection. */
function beforeClosing(document: NetworkDocument, frontmatter: Frontmatter, node: Node, bracket: string, newText: string): TextEdit | undefined {
  if (!node.range) return undefined;
  const close = document.text.lastIndexOf(bracket, frontmatter.start + node.range[1] - 1);
  if (close < frontmatter.start + node.range[0]) return undefined;
  return { range: document.lines.rangeOf(close, close), newText };
}
