/**
 * Documents generated from the JSON schemas themselves, so that the fuzz tests reach every field
 * users can write (contributors, apologies, handles, progress series...) and every field added
 * later, without anyone having to remember to extend a hand-written generator.
 *
 * References to other documents (member, action, meeting, outcome and area ids) are drawn from the
 * network's own pools most of the time and are sometimes unknown; dates are mostly valid and
 * sometimes impossible; the rest follows the schema (enums, bounds, examples), with a field left out
 * now and then (required ones rarely), so both clean and broken documents come out.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { resolveRef, schemaFor } from '../../src/core/schema/schemas';
import type { DocumentKind } from '../../src/core/model/kinds';

type Schema = Readonly<Record<string, unknown>>;

/** Ids the generated documents refer to. */
export interface IdPools {
  readonly members: readonly string[];
  readonly actions: readonly string[];
  readonly meetings: readonly string[];
  readonly outcomes: readonly string[];
  readonly areas: readonly string[];
}

const defs = resolveRef('defs.schema.json#/$defs') as Readonly<Record<string, Schema>>;

/** A `$ref`'s definition name (`defs.schema.json#/$defs/memberId` or `#/$defs/id` -> memberId, id). */
function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

const VALID_DATES = ['2023-06-01', '2024-01-01', '2024-09-30', '2025-03-15', '2025-12-31', '2026-02-28', '2026-06-30', '2026-11-12', '2026-11-27', '2027-03-31', '2028-01-01'];

function pick<T>(values: readonly T[], unknown: T): fc.Arbitrary<T> {
  return values.length === 0 ? fc.constant(unknown) : fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constant(unknown) });
}

function idArbitrary(name: string, pools: IdPools): fc.Arbitrary<string> | undefined {
  switch (name) {
    case 'memberId':
      return pick(pools.members, 'nobody-known');
    case 'actionId':
      return pick(pools.actions, '2026-01-01-no-such-action');
    case 'meetingId':
      return pick(pools.meetings, '2026-01-01-no-such-meeting');
    case 'outcomeId':
      return pick(pools.outcomes, 'no-such-outcome');
    case 'areaId':
      return pick(pools.areas, 'no-such-area');
    case 'date':
      return fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...VALID_DATES) }, { weight: 1, arbitrary: fc.constantFrom('2026-02-31', '27/11/2026', '2026-13-01') });
    default:
      return undefined;
  }
}

/** Keys of a map-like object (`additionalProperties` with a schema): its examples' keys, else generic ids. */
function mapKeys(schema: Schema): readonly string[] {
  const fromExamples = ((schema.examples as unknown[] | undefined) ?? []).flatMap((example) => (example && typeof example === 'object' && !Array.isArray(example) ? Object.keys(example) : []));
  return fromExamples.length > 0 ? [...new Set(fromExamples)] : ['first-item', 'second-item'];
}

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const examples = ((schema.examples as unknown[] | undefined) ?? []).filter((value): value is string => typeof value === 'string');
  const fallback = typeof schema.pattern === 'string' ? 'plain-id' : 'Some words';
  return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...(examples.length > 0 ? examples : [fallback])) }, { weight: 1, arbitrary: fc.constantFrom('', ' ', 'Zoë \u202Eevil', 'x'.repeat(250)) });
}

function numberArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : 0;
  const max = typeof schema.maximum === 'number' ? schema.maximum : Math.max(min, 0) + 60;
  const inRange = integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof({ weight: 9, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) });
}

/**
 * The schema with one branch of its oneOf/anyOf applied. A branch that only
 * names which properties it needs (`properties: {counts: true}`) keeps the
 * parent's definitions of them.
 */
function withBranch(schema: Schema, key: 'oneOf' | 'anyOf', branch: Schema): Schema {
  const merged: Record<string, unknown> = { ...schema, [key]: undefined, ...branch };
  if (schema.properties && branch.properties) {
    const parent = schema.properties as Record<string, Schema>;
    const properties: Record<string, Schema> = { ...parent };
    for (const [name, sub] of Object.entries(branch.properties as Record<string, Schema | boolean>)) {
      if (sub !== true) properties[name] = sub as Schema;
    }
    merged.properties = properties;
  }
  return merged;
}

/** The arbitrary for one schema node; `depth` bounds recursion. */
export function arbitraryOf(schema: Schema, pools: IdPools, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    return idArbitrary(name, pools) ?? arbitraryOf(defs[name] ?? {}, pools, depth + 1);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...(schema.enum as unknown[])) }, { weight: 1, arbitrary: fc.constant('not-a-listed-value') });
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) return fc.oneof(...(schema[key] as Schema[]).map((branch) => arbitraryOf(withBranch(schema, key, branch), pools, depth + 1)));
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[])[0] : (schema.type as string | undefined) ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = arbitraryOf((schema.items as Schema | undefined) ?? {}, pools, depth + 1);
      const maxLength = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 3, depth > 3 ? 1 : 3);
      const minLength = Math.min(typeof schema.minItems === 'number' ? schema.minItems : 0, maxLength);
      return schema.uniqueItems ? fc.uniqueArray(items, { minLength, maxLength, selector: (value) => JSON.stringify(value) }) : fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, pools, depth);
    default:
      return fc.constantFrom('text', 3, true);
  }
}

function objectArbitrary(schema: Schema, pools: IdPools, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties as Readonly<Record<string, Schema>> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const fields = Object.entries(properties).map(([key, property]) => {
    const value = arbitraryOf(property, pools, depth + 1);
    // Required fields are left out one time in twenty, optional ones about half the time.
    const present = required.has(key) ? fc.integer({ min: 1, max: 20 }).map((n) => n > 1) : fc.boolean();
    return fc.tuple(fc.constant(key), present, value);
  });
  const extra = schema.additionalProperties;
  const entries =
    extra && typeof extra === 'object'
      ? fc.uniqueArray(fc.tuple(fc.constantFrom(...mapKeys(schema)), arbitraryOf(extra as Schema, pools, depth + 1)), { maxLength: 3, selector: ([key]) => key })
      : fc.constant([] as [string, unknown][]);
  return fc.tuple(fc.tuple(...fields), entries).map(([chosen, more]) => {
    const result: Record<string, unknown> = {};
    for (const [key, present, value] of chosen) if (present) result[key] = value;
    for (const [key, value] of more) result[key] ??= value;
    return result;
  });
}

/** Frontmatter for a document of a kind, from its schema. */
export function frontmatterOf(kind: DocumentKind, pools: IdPools): fc.Arbitrary<Record<string, unknown>> {
  return objectArbitrary(schemaFor(kind) as Schema, pools, 0);
}

const BODIES: Readonly<Record<DocumentKind, readonly string[]>> = {
  charter: ['## How we work', 'Openly.', '', '## Decision making', 'By consent.', '', '## Membership', 'Anyone.'],
  purpose: ['# Purpose', 'Why we exist.'],
  member: ['About me, see [the charter](../CHARTER.md).'],
  action: ['## Proposal', 'One form.', '', '## Expected impact', 'Faster.'],
  meeting: ['## Notes', 'Met.'],
  pulse: [''],
};

/** A whole document of a kind: schema-derived frontmatter as YAML, and a plausible body. */
export function documentOf(kind: DocumentKind, pools: IdPools): fc.Arbitrary<string> {
  return frontmatterOf(kind, pools).map((data) => `---\n${stringify(data, { lineWidth: 0 })}---\n${BODIES[kind].join('\n')}\n`);
}

/** Every field path a schema allows ('roles[].area', 'questions.*.counts'), for coverage checks. */
export function fieldPaths(schema: Schema, prefix = '', depth = 0): string[] {
  if (depth > 8) return [];
  if (typeof schema.$ref === 'string') {
    const target = defs[refName(schema.$ref)];
    return target && !idArbitraryNames.has(refName(schema.$ref)) ? fieldPaths(target, prefix, depth + 1) : [];
  }
  const paths: string[] = [];
  for (const [key, property] of Object.entries((schema.properties as Readonly<Record<string, Schema>> | undefined) ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    paths.push(path, ...fieldPaths(property, path, depth + 1));
  }
  if (schema.items && typeof schema.items === 'object') paths.push(...fieldPaths(schema.items as Schema, `${prefix}[]`, depth + 1));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') paths.push(...fieldPaths(schema.additionalProperties as Schema, `${prefix}.*`, depth + 1));
  for (const key of ['oneOf', 'anyOf'] as const) for (const branch of (schema[key] as Schema[] | undefined) ?? []) paths.push(...fieldPaths(branch, prefix, depth + 1));
  return paths;
}

const idArbitraryNames = new Set(['memberId', 'actionId', 'meetingId', 'outcomeId', 'areaId', 'date']);

/** The field paths present in a value, in fieldPaths' notation; map keys of `mapFields` become '*'. */
export function pathsIn(value: unknown, schema: Schema, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => pathsIn(item, resolve((schema.items as Schema | undefined) ?? {}), `${prefix}[]`));
  if (!value || typeof value !== 'object') return [];
  const properties = (schema.properties as Readonly<Record<string, Schema>> | undefined) ?? {};
  const extra = schema.additionalProperties && typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as Schema) : undefined;
  return Object.entries(value).flatMap(([key, inner]) => {
    const known = properties[key];
    if (known) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      return [path, ...pathsIn(inner, resolve(known), path)];
    }
    return extra ? pathsIn(inner, resolve(extra), `${prefix}.*`) : [];
  });
}

function resolve(schema: Schema): Schema {
  return typeof schema.$ref === 'string' && !idArbitraryNames.has(refName(schema.$ref)) ? resolve(defs[refName(schema.$ref)] ?? {}) : schema;
}

export function schemaOfKind(kind: DocumentKind): Schema {
  return schemaFor(kind) as Schema;
}
