import type { AnySchemaObject } from 'ajv/dist/2020';
import { resolveRef, schemaFor, type SchemaName } from './schemas';
import type { YamlPath } from '../parse/yaml-source';

/** Follows `$ref`s until a schema with content of its own is reached. */
export function deref(schema: AnySchemaObject | undefined): AnySchemaObject | undefined {
  let current = schema;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    const target = resolveRef(current.$ref);
    // A property schema may add its own title/description next to the $ref; keep those.
    current = target ? { ...target, ...withoutRef(current) } : undefined;
  }
  return current;
}

function withoutRef(schema: AnySchemaObject): AnySchemaObject {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

/**
 * The schema that describes the value at a frontmatter path, e.g.
 * `['roles', 0, 'until']` in a member: used for friendlier messages, and by
 * hover and completion in the editor.
 */
export function subschemaAt(name: SchemaName, path: YamlPath): AnySchemaObject | undefined {
  let schema = deref(schemaFor(name));
  for (const segment of path) {
    if (!schema) return undefined;
    if (typeof segment === 'number') {
      schema = deref(schema.items as AnySchemaObject | undefined);
    } else {
      const properties = schema.properties as Record<string, AnySchemaObject> | undefined;
      const next = properties?.[segment] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      schema = deref(next);
    }
  }
  return schema;
}

/** The names of the fields an object schema allows, in schema order. */
export function fieldNames(schema: AnySchemaObject | undefined): string[] {
  return Object.keys((schema?.properties as Record<string, unknown> | undefined) ?? {});
}
