#!/usr/bin/env node
// `npm run mutate:sample [-- --size 400 --seed 1 --under src/core]`: the mutation score of a whole
// tree, estimated from a random sample of its mutants (docs/testing.md, "Sampling").
//
// The whole of src/core is about 25,000 mutants: 15 hours on two cores. A uniform random sample
// of a few hundred gives the score within a few points, with its 95% confidence interval, in
// under an hour. The script
//  1. lists every mutant Stryker would make in the tree (Stryker's own instrumenter, so the list
//     is exactly Stryker's);
//  2. draws the sample with a seeded generator (the same seed always draws the same mutants from
//     the same code), and writes it to reports/mutation-sample/seed-<seed>/sample.json;
//  3. runs Stryker (scripts/mutate.mjs) on the tree with the checker in
//     scripts/stryker-sample-checker.mjs first, which passes the sample and stops every other
//     mutant before it is type-checked or tested;
//  4. reads Stryker's JSON report and prints the score of the sample: killed (and timed out) over
//     every valid sampled mutant, survivors and mutants no test reaches counted against it,
//     mutants that do not compile left out, as in Stryker's own score; then the score per folder
//     and each survivor, and writes the same to summary.md beside the sample.
// Tests written to kill the survivors of one seed make that seed's score optimistic: measure
// again with a new seed. `--report-only` reprints the summary of the last run of a seed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_NODE, pathForStryker } from './stryker-node.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const size = Number(option('size', '400'));
const seed = Number(option('seed', '1'));
const under = option('under', 'src/core').replace(/\/+$/, '');
const reportOnly = process.argv.includes('--report-only');
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(seed)) {
  console.error('netgov: --size and --seed take whole numbers, e.g. npm run mutate:sample -- --size 400 --seed 2');
  process.exit(2);
}
if (Number(process.versions.node.split('.')[0]) < 22) {
  // Stryker's instrumenter (and fs.globSync) need Node 22: run again with the cached Node 24.
  const pathVar = pathForStryker();
  if (pathVar === undefined) {
    console.error(NO_NODE);
    process.exit(2);
  }
  const again = spawnSync('node', process.argv.slice(1), { stdio: 'inherit', env: { ...process.env, PATH: pathVar } });
  process.exit(again.status ?? 1);
}
const { mutantKey, NOT_SAMPLED } = await import('./stryker-sample-checker.mjs');

const out = path.join('reports', 'mutation-sample', `seed-${seed}`);
const sampleFile = path.join(out, 'sample.json');
const reportFile = path.join(out, 'mutation.json');
mkdirSync(out, { recursive: true });

if (!reportOnly) {
  const keys = await drawSample();
  writeFileSync(sampleFile, JSON.stringify({ seed, size: keys.length, under, keys }, null, 1));
  runStryker();
}
summarise();

/** Every mutant Stryker's instrumenter makes in the tree, in file order, then the sample. */
async function drawSample() {
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = () => false;
  const logger = {
    isTraceEnabled: quiet, isDebugEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true,
    trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, fatal: console.error,
  };
  const names = fs.globSync(`${under}/**/*.ts`).filter((name) => !name.endsWith('.d.ts')).map((name) => name.replaceAll('\\', '/')).sort();
  const files = names.map((name) => ({ name, content: readFileSync(name, 'utf8'), mutate: true }));
  const { mutants } = await new Instrumenter(logger).instrument(files, { plugins: null, excludedMutations: [], ignorers: [] });
  const random = mulberry32(seed);
  const order = mutants.map((_, i) => i);
  const count = Math.min(size, order.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const keys = order.slice(0, count).sort((a, b) => a - b).map((i) => mutantKey(mutants[i]));
  console.log(`netgov: ${mutants.length} mutants in ${names.length} files under ${under}; sample of ${keys.length} with seed ${seed} in ${sampleFile}`);
  return keys;
}

/** A small seeded generator (mulberry32): the same seed draws the same sample. */
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function runStryker() {
  const config = path.join(out, 'stryker.config.mjs');
  const base = path.relative(out, path.join(root, 'stryker.config.mjs')).replaceAll('\\', '/');
  writeFileSync(config, `// Written by scripts/mutate-sample.mjs for seed ${seed}.
import base from './${base}';
export default {
  ...base,
  mutate: [${JSON.stringify(`${under}/**/*.ts`)}, '!src/**/*.d.ts'],
  checkers: ['netgov-sample', ...base.checkers],
  plugins: ['@stryker-mutator/*', ${JSON.stringify(path.join(root, 'scripts', 'stryker-sample-checker.mjs'))}],
  incrementalFile: ${JSON.stringify(path.join(out, 'incremental.json'))},
  reporters: ['json', 'html', 'progress'],
  jsonReporter: { fileName: ${JSON.stringify(reportFile)} },
  htmlReporter: { fileName: ${JSON.stringify(path.join(out, 'mutation.html'))} },
};
`);
  const result = spawnSync('node', [path.join('scripts', 'mutate.mjs'), config], {
    stdio: 'inherit',
    env: { ...process.env, NETGOV_MUTATION_SAMPLE: path.resolve(sampleFile), NETGOV_MUTATION_ROOT: root },
  });
  if (result.status !== 0) {
    console.error(`netgov: Stryker stopped (exit ${result.status}); no score.`);
    process.exit(result.status ?? 1);
  }
}

function summarise() {
  if (!existsSync(sampleFile) || !existsSync(reportFile)) {
    console.error(`netgov: no run of seed ${seed} to summarise (${sampleFile}, ${reportFile}).`);
    process.exit(2);
  }
  const sample = new Set(JSON.parse(readFileSync(sampleFile, 'utf8')).keys);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const found = [];
  for (const [fileName, file] of Object.entries(report.files)) {
    for (const mutant of file.mutants) {
      // The report counts lines and columns from 1; the instrumenter, and so the sample, from 0.
      const { start, end } = mutant.location;
      const key = mutantKey({
        fileName: path.relative(root, path.resolve(root, fileName)),
        location: { start: { line: start.line - 1, column: start.column - 1 }, end: { line: end.line - 1, column: end.column - 1 } },
        mutatorName: mutant.mutatorName,
        replacement: mutant.replacement,
      });
      if (!sample.has(key)) continue;
      if (mutant.status === 'CompileError' && mutant.statusReason === NOT_SAMPLED) {
        throw new Error(`netgov: sampled mutant ${key} was not tested: the checker and the sample disagree`);
      }
      found.push({ key, fileName: path.relative(root, path.resolve(root, fileName)), line: start.line, column: start.column, mutatorName: mutant.mutatorName, replacement: mutant.replacement, status: mutant.status });
    }
  }
  if (found.length !== sample.size) {
    throw new Error(`netgov: ${sample.size - found.length} of the ${sample.size} sampled mutants are missing from the report; the code changed since the sample was drawn? Run without --report-only.`);
  }
  const tally = (list) => {
    const count = (...statuses) => list.filter((m) => statuses.includes(m.status)).length;
    const detected = count('Killed', 'Timeout');
    const valid = detected + count('Survived', 'NoCoverage');
    return { detected, valid, survived: count('Survived'), noCoverage: count('NoCoverage'), invalid: list.length - valid };
  };
  const all = tally(found);
  const [low, high] = wilson(all.detected, all.valid);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const lines = [];
  lines.push(`# Mutation score of ${under}, estimated from a sample (seed ${seed})`, '');
  lines.push(`${found.length} mutants drawn at random; ${all.valid} valid (${all.invalid} do not compile or fail to run, left out as in Stryker's score).`, '');
  lines.push(`**Score: ${pct(all.detected / all.valid)}** (${all.detected} of ${all.valid} detected; 95% confidence interval ${pct(low)} to ${pct(high)}). Survived ${all.survived}, no test reaches ${all.noCoverage}.`, '');
  lines.push('| Folder | Valid | Detected | Score |', '| --- | --- | --- | --- |');
  const folders = new Map();
  for (const m of found) {
    const parts = m.fileName.split('/');
    const folder = parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/') + ' (top level)';
    folders.set(folder, [...(folders.get(folder) ?? []), m]);
  }
  for (const [folder, list] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const t = tally(list);
    lines.push(`| \`${folder}\` | ${t.valid} | ${t.detected} | ${t.valid ? pct(t.detected / t.valid) : 'none valid'} |`);
  }
  lines.push('', '## Not detected', '');
  for (const m of found.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
    lines.push(`- \`${m.fileName}:${m.line}:${m.column}\` ${m.status === 'NoCoverage' ? '(no test reaches it) ' : ''}${m.mutatorName}: \`${m.replacement.replaceAll('\n', ' ').slice(0, 100)}\``);
  }
  const text = lines.join('\n') + '\n';
  writeFileSync(path.join(out, 'summary.md'), text);
  console.log(text);
}

/** The Wilson score interval at 95% for k successes in n trials. */
function wilson(k, n) {
  if (n === 0) return [0, 1];
  const z = 1.96, p = k / n, z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
