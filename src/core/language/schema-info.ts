import type { AnySchemaObject } from 'ajv/dist/2020';
import { stringify } from 'yaml';
import type { YamlPath } from '../parse/yaml-source';
import { VIA_PULL_REQUEST } from '../rules/ref-unknown-meeting';
import { schemaFor, type SchemaName } from '../schema/schemas';
import { childOf, fileOf, resolve, subschemaAt } from '../schema/subschema';
import { code, escapeMarkdown } from './markdown';

/**
 * What the schemas say about a field, in the form the authoring aids need:
 * which kind of id it names, whether it is required, and its documentation.
 */

/** The kinds of thing a frontmatter value can name by id. */
export type IdKind = 'member' | 'action' | 'meeting' | 'outcome' | 'area';

export interface FieldReference {
  readonly kind: IdKind;
  /** True where the id is declared (an outcome's `id` in the purpose, an area's in the charter) rather than referred to. */
  readonly declaration: boolean;
  /** Words the field accepts besides ids, e.g. `pull-request` for `decision.via`. */
  readonly literals: readonly string[];
}

/** The shared definitions (defs.schema.json) that mean "an id of this kind". */
const ID_DEFINITIONS: Readonly<Record<string, IdKind>> = { memberId: 'member', actionId: 'action', meetingId: 'meeting', outcomeId: 'outcome', areaId: 'area' };

/** Fields the schema types only as an id, which nevertheless name something. */
const NAMED_FIELDS: Readonly<Record<string, FieldReference>> = {
  'action:decision.via': { kind: 'meeting', declaration: false, literals: [VIA_PULL_REQUEST] },
};

const references = new Map<string, FieldReference | null>();

/** The kind of id a field holds (`owners[2]` holds a member id), from the schema's `$ref`s; undefined for other fields. */
export function referenceAt(schema: SchemaName, path: YamlPath): FieldReference | undefined {
  const key = `${schema}:${path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.')}`;
  let found = references.get(key);
  if (found === undefined) {
    found = NAMED_FIELDS[key] ?? fromSchema(schema, path) ?? null;
    references.set(key, found);
  }
  return found ?? undefined;
}

function fromSchema(schema: SchemaName, path: YamlPath): FieldReference | undefined {
  const ref = rawSchemaAt(schema, path)?.$ref;
  const definition = typeof ref === 'string' ? /\/\$defs\/(\w+)$/.exec(ref)?.[1] : undefined;
  const kind = definition === undefined ? undefined : ID_DEFINITIONS[definition];
  if (!kind) return undefined;
  const declaration = (kind === 'area' && schema === 'charter') || (kind === 'outcome' && schema === 'purpose');
  return { kind, declaration, literals: [] };
}

/** The schema of a field as written (its `$ref` not yet followed), which says what kind of id it holds. */
function rawSchemaAt(name: SchemaName, path: YamlPath): AnySchemaObject | undefined {
  const root = schemaFor(name);
  let raw: AnySchemaObject | undefined = root;
  let file = fileOf(root);
  for (const segment of path) {
    const container = raw ? resolve(raw, file) : undefined;
    if (!container) return undefined;
    file = container.file;
    raw = childOf(container.schema, segment);
  }
  return raw;
}

/** The JSON Schema types a schema allows. */
export function typesOf(schema: AnySchemaObject | undefined): string[] {
  const type = schema?.type;
  return Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
}

export function isDateField(schema: AnySchemaObject | undefined): boolean {
  return schema?.format === 'date';
}

/** The fixed values a field takes (`enum` or `const`), as text. */
export function allowedValues(schema: AnySchemaObject | undefined): string[] {
  if (!schema) return [];
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  if (schema.const !== undefined) return [String(schema.const)];
  if (typesOf(schema).length === 1 && typesOf(schema)[0] === 'boolean') return ['true', 'false'];
  return [];
}

/** What one of a field's fixed values means (`enumDescriptions`, as VS Code's JSON schemas have it), if the schema says. */
export function valueDescription(schema: AnySchemaObject | undefined, value: string): string | undefined {
  if (!schema || !Array.isArray(schema.enum) || !Array.isArray(schema.enumDescriptions)) return undefined;
  const description: unknown = schema.enumDescriptions[schema.enum.map(String).indexOf(value)];
  return typeof description === 'string' ? description : undefined;
}

/** True when the field at `path` is required by its parent mapping. */
export function isRequired(schema: SchemaName, path: YamlPath): boolean {
  const name = path[path.length - 1];
  if (typeof name !== 'string') return false;
  const parent = subschemaAt(schema, path.slice(0, -1));
  return Array.isArray(parent?.required) && parent.required.includes(name);
}

/**
 * The documentation of the field at `path`: its title, whether it is
 * required, its description and its examples, as markdown.
 */
export function fieldDocumentation(schema: SchemaName, path: YamlPath, options: { title?: boolean } = {}): string | undefined {
  const field = subschemaAt(schema, path);
  if (!field) return undefined;
  const parts: string[] = [];
  if (options.title !== false && typeof field.title === 'string') {
    parts.push(`**${escapeMarkdown(field.title)}**${isRequired(schema, path) ? ' (required)' : ''}`);
  }
  if (typeof field.description === 'string') parts.push(escapeMarkdown(field.description));
  const examples = examplesOf(field, path[path.length - 1]);
  if (examples) parts.push(examples);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

function examplesOf(field: AnySchemaObject, name: string | number | undefined): string | undefined {
  const examples = Array.isArray(field.examples) ? (field.examples as unknown[]) : [];
  if (examples.length === 0) return undefined;
  if (examples.every((example) => typeof example !== 'object' || example === null)) {
    return `Examples: ${examples.map((example) => code(String(example))).join(', ')}`;
  }
  // A list or group of fields reads best as the YAML one would write.
  const sample = typeof name === 'string' ? { [name]: examples[0] } : [examples[0]];
  return `Example:\n\n\`\`\`yaml\n${stringify(sample, { flowCollectionPadding: false }).trimEnd()}\n\`\`\``;
}
