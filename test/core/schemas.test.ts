import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { validatorFor, type SchemaName } from '../../src/core/schema/schemas';
import { fromRoot } from '../helpers/paths';

/**
 * The schemas are read by people (hover, docs, YAML language servers) as much
 * as by ajv, so every property must explain itself and show an example.
 */
const dir = fromRoot('schemas');
const files = readdirSync(dir).filter((name) => name.endsWith('.schema.json'));

type Schema = Record<string, unknown>;

function eachProperty(schema: Schema, path: string, visit: (path: string, property: Schema) => void): void {
  for (const [name, property] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    visit(`${path}.${name}`, property);
    eachProperty(property, `${path}.${name}`, visit);
    const items = property.items as Schema | undefined;
    if (items?.properties) eachProperty(items, `${path}.${name}[]`, visit);
    const values = property.additionalProperties;
    if (typeof values === 'object' && values !== null) eachProperty(values as Schema, `${path}.${name}{}`, visit);
  }
}

describe('schemas', () => {
  it('has one schema per document kind, one for netgov.yml and the shared definitions', () => {
    assert.deepEqual(files.sort(), ['action', 'charter', 'checklist', 'defs', 'meeting', 'member', 'netgov', 'pulse', 'purpose'].map((n) => `${n}.schema.json`));
  });

  for (const file of files) {
    const schema = JSON.parse(readFileSync(posix.join(dir, file), 'utf8')) as Schema;

    it(`${file}: is JSON Schema 2020-12 with a stable $id, a title and a description`, () => {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.$id, `https://schemas.netgov.dev/v1/${file}`);
      assert.ok(typeof schema.title === 'string' && typeof schema.description === 'string');
    });

    it(`${file}: gives every property a title, a description and examples`, () => {
      const missing: string[] = [];
      eachProperty(schema, file, (path, property) => {
        for (const key of ['title', 'description', 'examples']) if (!(key in property)) missing.push(`${path}: ${key}`);
      });
      assert.deepEqual(missing, []);
    });
  }

  for (const name of ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse', 'config'] as SchemaName[]) {
    it(`${name}: compiles in strict mode`, () => {
      assert.equal(typeof validatorFor(name), 'function');
    });
  }
});
