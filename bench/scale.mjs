#!/usr/bin/env node
// Scale benchmark: does `netgov check` stay linear as a network grows tenfold?
// Generates the synthetic network (bench/generate.mjs) at two scales — 1 (about
// 13,000 files) and 7.7 (about 100,000 files) — checks each with the built CLI,
// and reports wall time, peak RSS, the ratios large/small and whether the large
// run stayed under 1 GiB. Writes bench/.data/scale-results.json.
//
//   node bench/scale.mjs [--small 1] [--large 7.7] [--rounds 3]
//
// Needs dist/cli.js (`node esbuild.js`). Peak RSS comes from GNU time's %M when
// /usr/bin/time works, else from bench/rss-probe.mjs (as in bench/check.mjs).

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, TODAY } from './generate.mjs';
import { doneMeasuring, measure, memoryMethod } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const DATA = join(HERE, '.data');
const CLI = join(REPO, 'dist', 'cli.js');
const LIMIT_KIB = 1024 * 1024;

function parseArgs(argv) {
  const args = { small: 1, large: 7.7, rounds: 3 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => Number(argv[++i]);
    if (flag === '--small') args.small = value();
    else if (flag === '--large') args.large = value();
    else if (flag === '--rounds') args.rounds = value();
    else throw new Error(`scale: unknown option ${flag}`);
  }
  if (!(args.small > 0 && args.large > args.small)) throw new Error('scale: need 0 < --small < --large');
  if (!(Number.isInteger(args.rounds) && args.rounds > 0)) throw new Error('scale: --rounds must be a positive integer');
  return args;
}



const mib = (kib) => (kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
// The lower middle: with two rounds, the faster run (the other most likely slowed by something else on the machine).
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function runScale(scale, rounds, method) {
  const out = join(DATA, `scale-${scale}`);
  const generated = await generate({ scale, out });
  const nodeArgs = [CLI, 'check', out, '--format', 'json', '--as-of', TODAY];
  const runs = [];
  // One untimed run first fills the page cache, so both scales are measured warm.
  await measure(nodeArgs);
  for (let round = 0; round < rounds; round++) {
    const run = await measure(nodeArgs, { method });
    // Exit 0 (clean) or 1 (problems found) are both a completed check; anything else is a failure.
    if (run.code !== 0 && run.code !== 1) throw new Error(`scale: check of ${out} exited ${run.code}\n${run.stderr}`);
    runs.push({ wall_ms: Math.round(run.wallMs), cpu_ms: run.cpuMs, rss_kib: run.rssKiB, exit: run.code });
    const cpu = run.cpuMs === null ? '' : ` (${(run.cpuMs / 1000).toFixed(2)} s CPU)`;
    console.error(`scale: ${generated.files} files, round ${round + 1}/${rounds}: ${(run.wallMs / 1000).toFixed(2)} s${cpu}, ${mib(run.rssKiB)}`);
  }
  const rss = runs.map((r) => r.rss_kib).filter((v) => v !== null);
  const cpu = runs.map((r) => r.cpu_ms).filter((v) => v !== null);
  return {
    scale,
    files: generated.files,
    bytes: generated.bytes,
    runs,
    wall_ms: median(runs.map((r) => r.wall_ms)),
    cpu_ms: cpu.length > 0 ? median(cpu) : null,
    peak_rss_kib: rss.length > 0 ? Math.max(...rss) : null,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error('scale: dist/cli.js is missing; run `node esbuild.js` first');
  await mkdir(DATA, { recursive: true });
  const method = memoryMethod();
  console.error(`scale: memory measured by ${method}`);
  const small = await runScale(args.small, args.rounds, method);
  const large = await runScale(args.large, args.rounds, method);
  const ratio = (a, b) => (a === null || b === null ? null : Math.round((a / b) * 100) / 100);
  const filesRatio = ratio(large.files, small.files);
  const timeRatio = ratio(large.wall_ms, small.wall_ms);
  const cpuRatio = ratio(large.cpu_ms, small.cpu_ms);
  const memoryRatio = ratio(large.peak_rss_kib, small.peak_rss_kib);
  const underLimit = large.peak_rss_kib === null ? null : large.peak_rss_kib < LIMIT_KIB;
  // RSS includes a fixed floor (Node itself, the bundle); what grows with the network is the rest.
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    memory_method: method,
    small,
    large,
    ratios: { files: filesRatio, time: timeRatio, cpu: cpuRatio, memory: memoryRatio },
    bytes_per_file_kib:
      small.peak_rss_kib !== null && large.peak_rss_kib !== null ? Math.round(((large.peak_rss_kib - small.peak_rss_kib) / (large.files - small.files)) * 100) / 100 : null,
    under_1_gib: underLimit,
  };
  await doneMeasuring();
  await writeFile(join(DATA, 'scale-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`files      ${small.files} -> ${large.files}  (x${filesRatio})`);
  console.log(`wall time  ${(small.wall_ms / 1000).toFixed(2)} s -> ${(large.wall_ms / 1000).toFixed(2)} s  (x${timeRatio})`);
  if (cpuRatio !== null) console.log(`CPU time   ${(small.cpu_ms / 1000).toFixed(2)} s -> ${(large.cpu_ms / 1000).toFixed(2)} s  (x${cpuRatio})`);
  console.log(`peak RSS   ${mib(small.peak_rss_kib)} -> ${mib(large.peak_rss_kib)}  (x${memoryRatio}; ${results.bytes_per_file_kib ?? 'n/a'} KiB per extra file)`);
  console.log(`under 1 GiB at ${large.files} files: ${underLimit === null ? 'not measured' : underLimit ? 'yes' : 'NO'}`);
  console.log(`written: ${join(DATA, 'scale-results.json')}`);
  if (underLimit === false) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
