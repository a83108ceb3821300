import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

/** A problem in the YAML itself, with offsets into the YAML text. */
export interface YamlProblem {
  readonly code: 'yaml.syntax' | 'yaml.duplicate-key' | 'yaml.tab-indent' | 'yaml.not-a-mapping' | 'yaml.alias-limit' | 'yaml.warning';
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
  const doc = parseYamlTree(yaml);
  const problems: YamlProblem[] = [];
  for (const error of doc.errors) problems.push(yamlErrorProblem(error.code, error.pos, error.message));
  for (const warning of doc.warnings) {
    problems.push({ code: 'yaml.warning', start: warning.pos[0], end: warning.pos[1], message: firstLine(warning.message) });
  }
  if (doc.errors.length > 0) return { doc, data: undefined, problems };

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
  return parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
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
 * Follows a path such as `['roles', 0, 'until']` through the YAML tree and
 * returns the deepest key and value it reaches, so a message can point at the
 * exact field, or at the nearest existing parent when the field is missing.
 */
export function locate(doc: Document.Parsed, path: YamlPath): Located {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return { key, value: asNode(node), complete: false };
      key = asNode(pair.key);
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

function asNode(value: unknown): Node | undefined {
  return isNode(value) ? value : undefined;
}
