import type { ErrorObject, AnySchemaObject } from 'ajv/dist/2020';
import type { NetworkDocument } from '../document';
import type { Finding } from '../model/finding';
import type { YamlPath } from '../parse/yaml-source';
import { article, didYouMean, isoDateFrom, slugify } from '../text/suggest';
import { validatorFor, type SchemaName } from './schemas';
import { deref, fieldNames, subschemaAt } from './subschema';
import { ID_PATTERN } from '../model/kinds';

/**
 * Validates a document's frontmatter against its kind's schema and turns each
 * ajv error into a finding at the exact key or value, in words a network
 * member can act on.
 */
export function validateAgainstSchema(document: NetworkDocument, schema: SchemaName = document.kind): Finding[] {
  const data = document.data;
  if (!data) return [];
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = mostSpecific(validate.errors ?? []);
  const { single, alternatives } = splitAlternatives(errors);
  const findings = single.map((error) => describe(error, document, schema));
  return [...findings, ...alternatives.flatMap((group) => describeAlternatives(group, findings, document, schema))];
}

/** Fields missing for each branch of one `anyOf`, at one place in the document. */
interface AlternativeFields {
  readonly instancePath: string;
  /** For each branch, in the schema's order, the fields it needs that the document lacks. */
  readonly branches: string[][];
}

/**
 * `required` errors from the branches of one `anyOf` are alternatives, not a list of fields all wanted: a
 * pulse question needs `counts`, or `suppressed` with `answered`. Reported one by one, they read as
 * "needs counts" and "needs suppressed", and adding both makes a question the schema forbids.
 */
function splitAlternatives(errors: readonly ErrorObject[]): { single: ErrorObject[]; alternatives: AlternativeFields[] } {
  const single: ErrorObject[] = [];
  const groups = new Map<string, { instancePath: string; branches: Map<number, ErrorObject[]> }>();
  for (const error of errors) {
    const branch = error.keyword === 'required' ? /^(.*\/anyOf)\/(\d+)\/required$/.exec(error.schemaPath) : null;
    if (!branch) {
      single.push(error);
      continue;
    }
    const key = `${error.instancePath}\u0000${branch[1]}`;
    const group = groups.get(key) ?? { instancePath: error.instancePath, branches: new Map<number, ErrorObject[]>() };
    const index = Number(branch[2]);
    group.branches.set(index, [...(group.branches.get(index) ?? []), error]);
    groups.set(key, group);
  }
  const alternatives: AlternativeFields[] = [];
  for (const { instancePath, branches } of groups.values()) {
    const ordered = [...branches.entries()].sort((a, b) => a[0] - b[0]).map(([, failed]) => failed);
    // A single branch reporting is an ordinary missing field.
    if (ordered.length > 1) {
      alternatives.push({ instancePath, branches: ordered.map((failed) => failed.map((error) => String((error.params as Record<string, unknown>).missingProperty))) });
      continue;
    }
    for (const error of ordered[0]!) single.push(error);
  }
  return { single, alternatives };
}

/**
 * One finding for an `anyOf` whose branches each lack fields: "needs either `counts` or `suppressed` and
 * `answered`". Nothing when another finding at the same place already asks for one of the fields (a pulse
 * question with `answered` is told it needs `suppressed` too): that one says which way the document leans.
 */
function describeAlternatives(group: AlternativeFields, findings: readonly Finding[], document: NetworkDocument, schema: SchemaName): Finding[] {
  const path = toPath(group.instancePath, document.data);
  const wanted = new Set(group.branches.flat());
  const asked = findings.some((finding) => finding.code === 'schema.required' && typeof finding.data?.missing === 'string' && wanted.has(finding.data.missing) && JSON.stringify(finding.data.path) === JSON.stringify(path));
  if (asked) return [];
  const label = fieldLabel(path);
  const owner = label ? `\`${label}\` needs` : `${capitalise(article(schemaNoun(schema)))} ${schemaNoun(schema)} needs`;
  const branches = group.branches.map((fields) => fields.map((field) => `\`${field}\`${titleOf(schema, [...path, field])}`).join(' and '));
  return [{ code: 'schema.required', range: document.rangeOf(path, 'key'), message: `${owner} either ${branches.join(' or ')}.`, data: { path, alternatives: group.branches } }];
}

/** ` (answer counts)`: a field's title where it says more than its name, else ''. */
function titleOf(schema: SchemaName, path: YamlPath): string {
  const missing = String(path[path.length - 1]);
  const field = subschemaAt(schema, path);
  const title = field?.title ? lowerFirst(String(field.title)) : '';
  return title && title.replace(/[\s_-]/g, '') !== missing.replace(/[\s_-]/g, '') ? ` (${title})` : '';
}

/**
 * A composite keyword (anyOf, oneOf, if, propertyNames...) fails because a
 * child did; the child's error says what is wrong and where, so keep that one.
 */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const composite = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'not', 'propertyNames', 'contains', 'dependentSchemas']);
  // Every prefix of every specific error's path, once: a composite error is dropped when a specific one lies at or under it.
  // (Comparing each composite error with every other error was quadratic in the number of errors.)
  const covered = new Set<string>();
  for (const error of errors) {
    if (composite.has(error.keyword)) continue;
    for (let end = 0; end <= error.instancePath.length; end++) covered.add(error.instancePath.slice(0, end));
  }
  return errors.filter((error) => !composite.has(error.keyword) || !covered.has(error.instancePath));
}

/** `/roles/0/until` -> ['roles', 0, 'until'], with array indices as numbers. */
function toPath(instancePath: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = (node as Record<string, unknown> | undefined)?.[segment];
    }
  }
  return path;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

/** `roles[0].until`, as a member would read it in their file. */
export function fieldLabel(path: YamlPath): string {
  return path.reduce<string>((label, segment) => (typeof segment === 'number' ? `${label}[${segment}]` : label ? `${label}.${segment}` : segment), '');
}

function describe(error: ErrorObject, document: NetworkDocument, schema: SchemaName): Finding {
  const path = toPath(error.instancePath, document.data);
  const label = fieldLabel(path);
  const subject = label ? `\`${label}\`` : `This ${schemaNoun(schema)}`;
  const value = valueAt(document.data, path);
  const params = error.params as Record<string, unknown>;
  const here = document.rangeOf(path);
  if (error.propertyName !== undefined) {
    // A key of a map (a pulse question, a maturity dimension, a rule code) that the schema does not allow.
    return propertyNameFinding(document, schema, path, error.propertyName, error.keyword === 'enum' ? 'is not one of the names allowed here' : 'is not a valid name here');
  }

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const what = titleOf(schema, [...path, missing]);
      const owner = label ? `\`${label}\` needs` : `${capitalise(article(schemaNoun(schema)))} ${schemaNoun(schema)} needs`;
      return {
        code: 'schema.required',
        range: document.rangeOf(path, 'key'),
        message: `${owner} \`${missing}\`${what}.`,
        data: { path, missing },
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = fieldNames(subschemaAt(schema, path));
      const meant = didYouMean(extra, allowed);
      // The field meant is there already: renaming to it (`ownr` to an `owners` that is there) would make a second one.
      const already = meant !== undefined && value !== null && typeof value === 'object' && Object.hasOwn(value, meant);
      const guess = already ? undefined : meant;
      const where = label ? `inside \`${label}\`` : `in ${article(schemaNoun(schema))} ${schemaNoun(schema)}`;
      const hint = already ? ` It looks like \`${meant}\`, which is set already: keep one of the two.` : guess ? ` Did you mean \`${guess}\`?` : ` Fields allowed here: ${allowed.join(', ')}.`;
      return {
        code: 'schema.unknown-field',
        range: document.rangeOf([...path, extra], 'key'),
        message: `\`${extra}\` is not a field ${where}.${hint}`,
        data: { path: [...path, extra], ...(guess ? { suggestion: guess } : {}) },
      };
    }
    case 'type': {
      const expected = describeType(String(params.type));
      return { code: 'schema.type', range: here, message: `${subject} should be ${expected}, not ${describeValue(value)}.`, data: { path } };
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      if (path.length === 1 && path[0] === 'kind') {
        return {
          code: 'kind.mismatch',
          range: here,
          message: `This file is where ${article(schemaNoun(schema))} ${schemaNoun(schema)} belongs, but it says \`kind: ${String(value)}\`. Move the file or correct \`kind\`.`,
          data: { path, suggestion: allowed[0] },
        };
      }
      return {
        code: 'schema.enum',
        range: here,
        message: `${subject}: ${quote(value)} is not one of ${allowed.join(', ')}.` + (guess ? ` Did you mean ${guess}?` : ''),
        data: { path, ...(guess ? { suggestion: guess } : {}) },
      };
    }
    case 'format': {
      const suggestion = typeof value === 'string' ? isoDateFrom(value) : undefined;
      return {
        code: 'schema.date',
        range: here,
        message: `${subject}: ${quote(value)} is not a date written as YYYY-MM-DD` + (suggestion ? `; did you mean ${suggestion}?` : ', e.g. 2026-11-27.'),
        data: { path, ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'pattern': {
      const suggestion = typeof value === 'string' ? slugify(value) : '';
      const id = params.pattern === ID_PATTERN.source;
      // Every path in netgov.yml (the `layout` folders, `health.checklist`) has this pattern: it must stay inside the network folder.
      if (params.pattern === subschemaAt('config', ['layout', 'members'])?.pattern) {
        return { code: 'schema.pattern', range: here, message: `${subject}: ${quote(value)} must be a path inside the network folder: no leading \`/\`, no \`..\`, no drive letter or backslash.`, data: { path } };
      }
      return {
        code: 'schema.pattern',
        range: here,
        message: id
          ? `${subject}: ${quote(value)} is not a valid id: use lower-case letters, digits and single hyphens` + (suggestion ? `, e.g. ${suggestion}.` : '.')
          : `${subject}: ${quote(value)} is not in the expected form.`,
        data: { path, ...(id && suggestion ? { suggestion } : {}) },
      };
    }
    case 'uniqueItems': {
      const j = Number(params.j);
      const i = Number(params.i);
      return {
        code: 'schema.duplicate-item',
        range: document.rangeOf([...path, Math.max(i, j)]),
        message: `${subject} lists ${quote((value as unknown[] | undefined)?.[Math.max(i, j)])} more than once.`,
        data: { path: [...path, Math.max(i, j)] },
      };
    }
    case 'minItems':
    case 'maxItems': {
      const limit = Number(params.limit);
      const bound = error.keyword === 'minItems' ? 'at least' : 'at most';
      return { code: 'schema.count', range: here, message: `${subject} needs ${bound} ${limit} ${limit === 1 ? 'entry' : 'entries'}.`, data: { path } };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[error.keyword];
      return { code: 'schema.range', range: here, message: `${subject} must be ${words} ${String(params.limit)}, not ${typeof value === 'number' ? value : quote(value)}.`, data: { path } };
    }
    case 'minLength':
    case 'maxLength': {
      const limit = Number(params.limit);
      const message = error.keyword === 'minLength' ? `${subject} must not be empty.` : `${subject} is longer than ${limit} characters.`;
      return { code: 'schema.length', range: here, message, data: { path } };
    }
    case 'dependentRequired':
      // A field that goes with another (a pulse question's `suppressed` and `answered`).
      // A missing field like any other (its quick fix adds it), with the reason it is needed.
      return { code: 'schema.required', range: here, message: `${subject} has \`${String(params.property)}\`, so it needs \`${String(params.missingProperty)}\` too.`, data: { path, missing: String(params.missingProperty) } };
    case 'not': {
      // Fields that cannot go together (a pulse question's `counts` and `suppressed`): every `not` in the schemas names them in its `required`.
      const both = subschemaAt(schema, path)?.not?.required as unknown;
      const names = (Array.isArray(both) ? both : []).map((name) => `\`${String(name)}\``);
      return { code: 'schema.invalid', range: here, message: `${subject} cannot have both ${names.join(' and ')}: keep one.`, data: { path } };
    }
    default:
      return { code: 'schema.invalid', range: here, message: `${subject} ${error.message ?? 'is not valid'}.`, data: { path } };
  }
}

/** A key of a map (e.g. a dimension under `maturity`) that the schema does not allow. */
function propertyNameFinding(document: NetworkDocument, schema: SchemaName, path: YamlPath, name: string, problem: string): Finding {
  const enumValues = propertyNameEnum(schema, path);
  const guess = enumValues ? didYouMean(name, enumValues) : undefined;
  const hint = guess ? ` Did you mean \`${guess}\`?` : enumValues ? ` Use one of ${enumValues.join(', ')}.` : '';
  return {
    code: 'schema.unknown-field',
    range: document.rangeOf([...path, name], 'key'),
    message: `\`${name}\` ${problem}${path.length ? ` inside \`${fieldLabel(path)}\`` : ''}.${hint}`,
    data: { path: [...path, name], ...(guess ? { suggestion: guess } : {}) },
  };
}

function propertyNameEnum(schema: SchemaName, path: YamlPath): string[] | undefined {
  const names = deref(subschemaAt(schema, path)?.propertyNames as AnySchemaObject | undefined);
  return Array.isArray(names?.enum) ? names.enum.map(String) : undefined;
}

function schemaNoun(schema: SchemaName): string {
  return schema === 'config' ? 'netgov.yml' : `${schema} document`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describeType(type: string): string {
  const words: Record<string, string> = {
    object: 'a group of fields (`key: value` lines indented under it)',
    array: 'a list (lines starting with `- `, or `[a, b]`)',
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return `the text ${quote(value)}`;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;
}
