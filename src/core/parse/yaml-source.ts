import { isAlias, isCollection, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { RuleCode } from '../rules';

/** A problem in the YAML itself, with offsets into the YAML text. */
export interface YamlProblem {
  readonly code: Extract<RuleCode, `yaml.${string}`>;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface ParsedYaml {
  readonly doc: Document.Parsed;
  /** The frontmatter as plain data, when it is a mapping that could be read safely. */
  readonly data: Record<string, unknown> | undefined;
  readonly problems: readonly YamlProblem[];
}

export type YamlPath = readonly (string | number)[];

/**
 * Parses frontmatter with the yaml package, which keeps every node's source
 * range (ajv errors are later mapped back through them). YAML 1.2 core schema,
 * so `2026-01-31` stays the string the schemas expect.
 */
export function parseYaml(yaml: string, maxAliases: number): ParsedYaml {
  const deep = tooDeepAt(yaml);
  if (deep !== undefined) {
    const message = `The frontmatter nests lists or mappings more than ${MAX_NESTING} levels deep; netgov stops reading it to stay safe.`;
    return { doc: parseYamlTree(''), data: undefined, problems: [{ code: 'yaml.syntax', start: deep, end: deep + 1, message }] };
  }
  const doc = parseYamlTree(yaml);
  const problems: YamlProblem[] = [];
  for (const error of doc.errors) problems.push(yamlErrorProblem(error.code, error.pos, error.message));
  const { duplicates, complex } = keyProblems(doc);
  for (const start of duplicates) problems.push(yamlErrorProblem('DUPLICATE_KEY', [start, start + 1], ''));
  for (const [start, end] of complex) {
    problems.push({
      code: 'yaml.complex-key',
      start,
      end,
      message: 'This field name is a list or mapping; a field name is a single word, as in `title: value`. Write the field out that way.',
    });
  }
  for (const warning of doc.warnings) {
    problems.push({ code: 'yaml.warning', start: warning.pos[0], end: warning.pos[1], message: firstLine(warning.message) });
  }
  if (doc.errors.length > 0 || duplicates.length > 0 || complex.length > 0) {
    problems.sort((a, b) => a.start - b.start);
    return { doc, data: undefined, problems };
  }

  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    const [start, end] = contents.range ?? [0, yaml.length];
    const what = isSeq(contents) ? 'a list' : 'a single value';
    problems.push({
      code: 'yaml.not-a-mapping',
      start,
      end,
      message: `The frontmatter is ${what}; it should be fields written as \`key: value\`, one per line.`,
    });
    return { doc, data: undefined, problems };
  }

  try {
    // The yaml package counts the anchor with its aliases: allowing N aliases takes N + 1 (0 disables them).
    const data = (doc.toJS({ maxAliasCount: maxAliases === 0 ? 0 : maxAliases + 1 }) ?? {}) as Record<string, unknown>;
    if (deeperThan(data, MAX_NESTING)) {
      // `a: &a [*a]` reads as a list that holds itself, which every check walking the data would follow
      // for ever (JSON.stringify threw); aliases of aliases can also nest far deeper than the text shows.
      const alias = firstAlias(doc);
      const [start, end] = alias?.range ?? [0, 0];
      const message = `Through its aliases (\`*name\`), the frontmatter holds itself or nests more than ${MAX_NESTING} levels deep; netgov stops reading it to stay safe. Write the values out instead.`;
      problems.push({ code: 'yaml.alias-limit', start, end, message });
      return { doc, data: undefined, problems };
    }
    return { doc, data, problems };
  } catch (error) {
    const alias = firstAlias(doc);
    const [start, end] = alias?.range ?? [0, 0];
    const reason = error instanceof Error ? error.message : '';
    if (reason.startsWith('Unresolved alias')) {
      const name = alias && isAlias(alias) ? alias.source : '';
      problems.push({ code: 'yaml.syntax', start, end, message: `The frontmatter is not valid YAML: the alias \`*${name}\` refers to no anchor (\`&${name}\`) above it.` });
    } else {
      // Refused to expand aliases beyond the limit: the "billion laughs" attack, or a limit of 0.
      problems.push({
        code: 'yaml.alias-limit',
        start,
        end,
        message:
          maxAliases === 0
            ? 'The frontmatter uses an alias (`*name`), which limits.max_aliases in netgov.yml does not allow. Write the value out instead.'
            : `The frontmatter repeats content through aliases (\`*name\`) more than ${maxAliases} times; netgov stops reading it to stay safe. Write the values out instead.`,
      });
    }
    return { doc, data: undefined, problems };
  }
}

/** The YAML tree with source ranges; the same options every time, so ranges always match the data. */
export function parseYamlTree(yaml: string): Document.Parsed {
  // Too deep to parse safely (see MAX_NESTING): an empty tree, so that every position falls back to the first line.
  // uniqueKeys is off: the yaml package compares each key with every key before it (8,000 keys took a second);
  // keyProblems finds the same ones in one pass.
  // logLevel 'error': the yaml package keeps its warnings in doc.warnings (each becomes a positioned
  // yaml.warning) and never prints them through process.emitWarning, which reached the terminal and the
  // extension host's log, unplaced ("Keys with collection values will be stringified...").
  return parseDocument(tooDeepAt(yaml) === undefined ? yaml : '', { prettyErrors: false, uniqueKeys: false, strict: true, version: '1.2', logLevel: 'error' });
}

/**
 * In one pass over every mapping:
 * - `duplicates`: offsets of the keys that repeat an earlier key of the same
 *   mapping, as the yaml package's `uniqueKeys` finds them (the same node, or
 *   scalars with the same value), with one set per mapping instead of a
 *   comparison with every earlier key;
 * - `complex`: the ranges of keys that are lists or mappings (`[a, b]: 1`,
 *   `? [a, b]`), which plain data can only hold as made-up text, so they are
 *   reported where they are instead of as an unknown field on line 1.
 */
function keyProblems(doc: Document.Parsed): { duplicates: number[]; complex: [number, number][] } {
  const found: number[] = [];
  const complex: [number, number][] = [];
  // Anchors seen so far that name a list or mapping (the latest of a name wins, as aliases resolve): an alias
  // key (`? *list`) is complex when its anchor is. Kept in the one pass, as Alias.resolve walks the whole
  // document on every call.
  const collections = new Set<string>();
  const anchor = (node: Node): void => {
    if (node.anchor) {
      if (isCollection(node)) collections.add(node.anchor);
      else collections.delete(node.anchor);
    }
  };
  visit(doc, {
    Scalar: (_key, node) => anchor(node),
    Seq: (_key, node) => anchor(node),
    // Visited after every earlier pair's key and value, so the anchors before an alias key are known.
    Pair(_key, pair) {
      const key: unknown = pair.key;
      if (isCollection(key) || (isAlias(key) && collections.has(key.source))) {
        const [start, end] = key.range ?? [0, 1];
        complex.push([start, end]);
      }
    },
    Map(_key, map) {
      anchor(map);
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key: unknown = pair.key;
        const identity = isScalar(key) ? (typeof key.value === 'object' && key.value !== null ? key : `${typeof key.value}:${String(key.value)}`) : key;
        if (seen.has(identity)) {
          const range = isNode(key) ? key.range : undefined;
          if (range) found.push(range[0]);
        } else seen.add(identity);
      }
    },
  });
  return { duplicates: found, complex };
}

/**
 * The deepest nesting of lists and mappings read. Real frontmatter nests a few
 * levels. The yaml package recurses once per level, and close to the stack's
 * limit V8 may abort the whole process ("RegExpCompiler Allocation failed", a
 * fatal error no try/catch sees: a 10,000-deep `[[[...]]]` in test/corpus did
 * it), so anything deeper is refused before it is parsed.
 */
export const MAX_NESTING = 100;

/**
 * Where the YAML first nests deeper than MAX_NESTING, or undefined. A cheap
 * over-estimate in one pass: each open flow bracket, each indentation column
 * still open, and each `- `, `? ` or `: ` that starts a line's content counts
 * as a level (brackets in quoted text count too; nothing real comes near).
 */
function tooDeepAt(yaml: string): number | undefined {
  let flow = 0;
  const indents: number[] = [];
  for (let start = 0; start <= yaml.length; ) {
    const newline = yaml.indexOf('\n', start);
    const end = newline === -1 ? yaml.length : newline;
    let i = start;
    while (i < end && yaml.charCodeAt(i) === 32) i++;
    if (i < end && yaml[i] !== '#' && yaml[i] !== '\r') {
      while (indents.length > 0 && indents[indents.length - 1]! >= i - start) indents.pop();
      indents.push(i - start);
    }
    let block = indents.length;
    while (i < end && '-?:'.includes(yaml[i]!) && (i + 1 === end || yaml[i + 1] === ' ')) {
      block++;
      i++;
      while (i < end && yaml.charCodeAt(i) === 32) i++;
    }
    if (block + flow > MAX_NESTING) return start;
    for (; i < end; i++) {
      const c = yaml[i];
      if (c === '[' || c === '{') {
        if (block + ++flow > MAX_NESTING) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    start = end + 1;
  }
  return undefined;
}

function yamlErrorProblem(code: string, pos: readonly [number, number], message: string): YamlProblem {
  const [start, end] = pos;
  switch (code) {
    case 'DUPLICATE_KEY':
      return { code: 'yaml.duplicate-key', start, end, message: 'This field appears more than once; keep only one of them.' };
    case 'TAB_AS_INDENT':
      return { code: 'yaml.tab-indent', start, end, message: 'A tab is used for indentation; YAML allows only spaces there.' };
    default:
      return { code: 'yaml.syntax', start, end, message: `The frontmatter is not valid YAML: ${firstLine(message)}` };
  }
}

/** Whether plain data nests deeper than `limit` (a value that holds itself always does). Iterative: the depth may be anything. */
function deeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    // `!!binary` gives bytes: a leaf, however long.
    if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node)) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

function firstAlias(doc: Document.Parsed): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

export interface Located {
  /** The key node of the deepest mapping entry reached, if any. */
  readonly key?: Node;
  /** The value node at the deepest point reached. */
  readonly value?: Node;
  /** True when the whole path was found. */
  readonly complete: boolean;
}

/**
 * Finds fields in one YAML tree, for messages about them. Built once per
 * document: aliases are resolved through one list of anchors (the yaml
 * package's `Alias.resolve` walks the whole document on every call, so a page
 * with 100 aliases of a 1,000-key mapping took 54 s to position its findings),
 * and each mapping's keys are indexed the first time a path goes through it.
 */
export class YamlLocator {
  private anchored: Node[] | undefined;
  private readonly resolved = new Map<Node, Node | undefined>();
  private readonly keys = new WeakMap<object, Map<string, { key: Node | undefined; value: unknown }>>();

  constructor(private readonly doc: Document.Parsed) {}

  /**
   * Follows a path such as `['roles', 0, 'until']` through the YAML tree and
   * returns the deepest key and value it reaches, so a message can point at the
   * exact field, or at the nearest existing parent when the field is missing.
   */
  locate(path: YamlPath): Located {
    let node: unknown = this.doc.contents;
    let key: Node | undefined;
    for (const segment of path) {
      if (isAlias(node)) node = this.resolve(node);
      if (isMap(node)) {
        const pair = this.entries(node).get(String(segment));
        if (!pair) return { key, value: asNode(node), complete: false };
        key = pair.key;
        node = pair.value;
        if (!isNode(node)) return { key, complete: false };
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        key = undefined;
        node = node.items[segment];
      } else {
        return { key, value: asNode(node), complete: false };
      }
    }
    return { key, value: asNode(node), complete: true };
  }

  /** As the yaml package resolves it: the last node with the alias's anchor before the alias. */
  private resolve(alias: Node & { source: string }): Node | undefined {
    if (this.resolved.has(alias)) return this.resolved.get(alias);
    if (!this.anchored) {
      const anchored: Node[] = [];
      visit(this.doc, {
        Node: (_key, node) => {
          if (isAlias(node) || node.anchor) anchored.push(node);
        },
      });
      this.anchored = anchored;
    }
    let found: Node | undefined;
    for (const node of this.anchored) {
      if (node === alias) break;
      if (node.anchor === alias.source) found = node;
    }
    this.resolved.set(alias, found);
    return found;
  }

  /** A mapping's entries by key text; the first of duplicate keys wins, as before. */
  private entries(map: { items: { key: unknown; value: unknown }[] }): Map<string, { key: Node | undefined; value: unknown }> {
    let entries = this.keys.get(map);
    if (!entries) {
      entries = new Map();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const text = String(pair.key.value);
        if (!entries.has(text)) entries.set(text, { key: asNode(pair.key), value: pair.value });
      }
      this.keys.set(map, entries);
    }
    return entries;
  }
}

/** One path through a tree; for many, build a YamlLocator once. */
export function locate(doc: Document.Parsed, path: YamlPath): Located {
  return new YamlLocator(doc).locate(path);
}

function asNode(value: unknown): Node | undefined {
  return isNode(value) ? value : undefined;
}
