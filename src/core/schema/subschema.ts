import type { AnySchemaObject } from 'ajv/dist/2020';
import { resolveRef, schemaFor, type SchemaName } from './schemas';
import type { YamlPath } from '../parse/yaml-source';

/**
 * Follows `$ref`s, each relative to the file it is written in (`memberId` in
 * defs.schema.json is `#/$defs/id`), keeping the title, description and
 * examples written beside a `$ref`: they say more than the shared definition's.
 */
export function resolve(schema: AnySchemaObject, file: string): { schema: AnySchemaObject; file: string } | undefined {
  let current = schema;
  let base = file;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) {
    const [target, fragment = ''] = (current.$ref as string).split('#');
    if (target) base = target;
    const resolved = resolveRef(`${base}#${fragment}`);
    if (!resolved) return undefined;
    const { $ref: _ref, ...own } = current;
    current = { ...resolved, ...own };
  }
  return { schema: current, file: base };
}

/** Follows the `$ref`s of a schema written in one of the bundled files (refs there name their file). */
export function deref(schema: AnySchemaObject | undefined): AnySchemaObject | undefined {
  return schema ? resolve(schema, 'defs.schema.json')?.schema : undefined;
}

/** The file name a top-level schema is published as, e.g. `member.schema.json`. */
export function fileOf(schema: AnySchemaObject): string {
  return typeof schema.$id === 'string' ? (schema.$id.split('/').pop() ?? '') : '';
}

/** The schema of a list's items or of a mapping's field (or of a map's values). */
export function childOf(schema: AnySchemaObject | undefined, segment: string | number): AnySchemaObject | undefined {
  if (!schema) return undefined;
  if (typeof segment === 'number') return schema.items as AnySchemaObject | undefined;
  const properties = schema.properties as Record<string, AnySchemaObject> | undefined;
  return properties?.[segment] ?? (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as AnySchemaObject) : undefined);
}

/**
 * The schema that describes the value at a frontmatter path, e.g.
 * `['roles', 0, 'until']` in a member: for messages, and for hover and
 * completion in the editor.
 */
export function subschemaAt(name: SchemaName, path: YamlPath): AnySchemaObject | undefined {
  const root = schemaFor(name);
  let current = resolve(root, fileOf(root));
  for (const segment of path) {
    const next = childOf(current?.schema, segment);
    if (!next || !current) return undefined;
    current = resolve(next, current.file);
  }
  return current?.schema;
}

/** The names of the fields an object schema allows, in schema order. */
export function fieldNames(schema: AnySchemaObject | undefined): string[] {
  return Object.keys((schema?.properties as Record<string, unknown> | undefined) ?? {});
}
