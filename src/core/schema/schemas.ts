import Ajv2020, { type AnySchemaObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import defs from '../../../schemas/defs.schema.json';
import charter from '../../../schemas/charter.schema.json';
import purpose from '../../../schemas/purpose.schema.json';
import member from '../../../schemas/member.schema.json';
import action from '../../../schemas/action.schema.json';
import meeting from '../../../schemas/meeting.schema.json';
import pulse from '../../../schemas/pulse.schema.json';
import config from '../../../schemas/netgov.schema.json';
import checklist from '../../../schemas/checklist.schema.json';
import type { DocumentKind } from '../model/kinds';

/** What a schema is for: a document kind, or the network's `netgov.yml`. */
export type SchemaName = DocumentKind | 'config';
/** Every bundled schema: also those of files that are not network documents (a diagnostic checklist). */
export type AnySchemaName = SchemaName | 'checklist';

const SCHEMAS: Readonly<Record<AnySchemaName, AnySchemaObject>> = { charter, purpose, member, action, meeting, pulse, config, checklist };

let ajv: Ajv2020 | undefined;
const compiled = new Map<AnySchemaName, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // allErrors: a user fixing a document wants every problem at once, not one per save.
    // allowUnionTypes: a baseline or target may be a number or words ("62%" or "most practices").
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, schemas: [defs, ...Object.values(SCHEMAS)] });
    addFormats(ajv, ['date']);
    // Annotation only, as in VS Code's JSON schemas: a description per `enum` value, shown by completion.
    ajv.addVocabulary(['enumDescriptions']);
  }
  return ajv;
}

/** The compiled validator of a schema; each is compiled once per process, on first use. */
export function validatorFor(name: AnySchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const id = SCHEMAS[name].$id;
    validate = id ? instance().getSchema(id) : undefined;
    if (!validate) throw new Error(`netgov: schema for ${name} did not compile`);
    compiled.set(name, validate);
  }
  return validate;
}

export function schemaFor(name: AnySchemaName): AnySchemaObject {
  return SCHEMAS[name];
}

/** Resolves a `$ref` against the bundled schemas (only relative refs into them exist). */
export function resolveRef(ref: string): AnySchemaObject | undefined {
  const [file, pointer = ''] = ref.split('#');
  const base = file ? [defs, ...Object.values(SCHEMAS)].find((s) => typeof s.$id === 'string' && s.$id.endsWith(`/${file}`)) : undefined;
  if (!base) return undefined;
  let node: unknown = base;
  for (const part of pointer.split('/').filter(Boolean)) {
    node = (node as Record<string, unknown> | undefined)?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))];
  }
  return node as AnySchemaObject | undefined;
}
