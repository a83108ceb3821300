#!/usr/bin/env node
// The benchmark's floor: the least work any frontmatter validator must do on a
// network. Read every .md file under DIR, split off the frontmatter with
// gray-matter, parse it with the yaml package (YAML 1.2 core schema, like
// netgov, so dates stay strings) and validate it against its kind's schema with
// ajv. No positions, no cross-document rules, no markdown, no report.
//
//   node bench/floor.mjs DIR
//
// Prints one JSON line: {"files":N,"errors":E,"skipped":S,"ms":T}. Exits 1 if
// any document failed validation (and prints the first few errors to stderr).

import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';

const require = createRequire(import.meta.url);
const matter = require('gray-matter');
const YAML = require('yaml');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const READ_CONCURRENCY = 64;
const SCHEMA_DIR = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'schemas');
const KIND_BY_FOLDER = { members: 'member', actions: 'action', meetings: 'meeting', pulses: 'pulse' };
const KINDS = ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'];

const started = performance.now();
const dir = resolve(process.argv[2] ?? '');
if (!process.argv[2]) {
  console.error('usage: node bench/floor.mjs DIR');
  process.exit(2);
}

// Every schema added once; each kind's validator compiled once.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv, ['date']);
const schemaFiles = (await readdir(SCHEMA_DIR)).filter((f) => f.endsWith('.schema.json'));
const schemas = await Promise.all(schemaFiles.map(async (f) => JSON.parse(await readFile(join(SCHEMA_DIR, f), 'utf8'))));
for (const schema of schemas) ajv.addSchema(schema);
const validators = {};
for (const kind of KINDS) {
  const validate = ajv.getSchema(`https://schemas.netgov.dev/v1/${kind}.schema.json`);
  if (!validate) throw new Error(`floor: no schema for ${kind}`);
  validators[kind] = validate;
}

/** Every .md file under `root`, skipping dot-folders and node_modules. */
async function listMarkdown(root) {
  const found = [];
  const walk = async (folder) => {
    const entries = await readdir(folder, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const full = join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(full);
        } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
          found.push(full);
        }
      }),
    );
  };
  await walk(root);
  return found.sort();
}

function kindOf(path) {
  const rel = relative(dir, path).split(sep);
  if (rel.length === 1) return rel[0] === 'CHARTER.md' ? 'charter' : rel[0] === 'PURPOSE.md' ? 'purpose' : undefined;
  if (rel.length === 2 && !/^readme\.md$/i.test(rel[1])) return KIND_BY_FOLDER[rel[0]];
  return undefined;
}

const yamlEngine = { engines: { yaml: (source) => YAML.parse(source, { version: '1.2', uniqueKeys: true }) ?? {} } };

const paths = await listMarkdown(dir);
let files = 0;
let errors = 0;
let skipped = 0;
const samples = [];
let next = 0;
const worker = async () => {
  while (next < paths.length) {
    const path = paths[next++];
    const kind = kindOf(path);
    if (!kind) {
      skipped++;
      continue;
    }
    const text = await readFile(path, 'utf8');
    files++;
    let data;
    try {
      data = matter(text, yamlEngine).data;
    } catch (error) {
      errors++;
      if (samples.length < 10) samples.push(`${relative(dir, path)}: ${error.message}`);
      continue;
    }
    const validate = validators[kind];
    if (!validate(data)) {
      errors += validate.errors.length;
      for (const e of validate.errors) if (samples.length < 10) samples.push(`${relative(dir, path)}: ${e.instancePath || '/'} ${e.message}`);
    }
  }
};
await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));

for (const line of samples) console.error(line);
console.log(JSON.stringify({ files, errors, skipped, ms: Math.round(performance.now() - started) }));
process.exitCode = errors > 0 ? 1 : 0;
