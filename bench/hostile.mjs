#!/usr/bin/env node
// The cost attacks of issue 13 ("a hostile pull request cannot stall CI"), each
// timed against a benign file of the same size. Builds first with
// `npm run bench:hostile`, or, after `npm run build`:
//
//   node --import tsx bench/hostile.mjs [--scale 1] [--rounds 1] [--target 5] [--strict] [--format sarif]
//
// Each case puts one generated file (test/helpers/hostile-inputs.ts, the same
// bytes the tests use) into a copy of test/fixtures/networks/clean and runs
// `netgov check --format <format>` on it as a child process, alternating the
// hostile and the benign file. Reported: CPU time (or wall time without GNU
// time), peak memory, and the hostile/benign ratio of each; the target is at
// most 5x. --strict exits 1 when a ratio is over the target.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { doneMeasuring, measure, memoryMethod } from './measure.mjs';
import { hostileCases, manyFindingFiles } from '../test/helpers/hostile-inputs.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const CLEAN = join(REPO, 'test', 'fixtures', 'networks', 'clean');

function parseArgs(argv) {
  const args = { scale: 1, rounds: 1, target: 5, strict: false, format: 'sarif', cli: join(REPO, 'dist', 'cli.js') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--scale') args.scale = Number(value());
    else if (flag === '--rounds') args.rounds = Number(value());
    else if (flag === '--target') args.target = Number(value());
    else if (flag === '--format') args.format = value();
    else if (flag === '--cli') args.cli = value();
    else if (flag === '--strict') args.strict = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

/** A copy of the clean network with the given files written in, in a fresh temporary folder. */
function networkWith(files) {
  const dir = mkdtempSync(join(tmpdir(), 'netgov-hostile-'));
  cpSync(CLEAN, dir, { recursive: true });
  rmSync(join(dir, 'expected.txt'), { force: true });
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
  return dir;
}

async function run(args, method, files) {
  const dir = networkWith(files);
  try {
    const result = await measure([args.cli, 'check', '--format', args.format, dir], { method, env: { NETGOV_TODAY: '2026-11-27' } });
    if (result.code !== 0 && result.code !== 1) throw new Error(`netgov exited ${result.code}: ${result.stderr.slice(0, 500)}`);
    return { ms: result.cpuMs ?? result.wallMs, rssKiB: result.rssKiB, bytes: result.stdout.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const method = memoryMethod();
  const many = manyFindingFiles(4, Math.round(8000 * args.scale));
  const cases = [
    ...hostileCases(args.scale).map((c) => ({ name: c.name, hostile: [[c.path, c.hostile]], benign: [[c.path, c.benign]], size: c.hostile.length })),
    { name: `four files, ${(4 * Math.round(8000 * args.scale)).toLocaleString('en-GB')} findings`, hostile: many.map((c) => [c.path, c.hostile]), benign: many.map((c) => [c.path, c.benign]), size: many.reduce((n, c) => n + c.hostile.length, 0) },
  ];
  console.log(`netgov check --format ${args.format}, ${args.rounds} round(s), time as ${method === 'gnu-time' ? 'CPU' : 'wall'} ms, peak memory as ${method === 'none' ? '(not measured)' : 'RSS MiB'}\n`);
  console.log(`${'case'.padEnd(34)} ${'KB'.padStart(5)} ${'benign ms'.padStart(10)} ${'hostile ms'.padStart(11)} ${'ratio'.padStart(6)} ${'benign MiB'.padStart(11)} ${'hostile MiB'.padStart(12)} ${'ratio'.padStart(6)}`);
  let over = 0;
  for (const c of cases) {
    const benign = [];
    const hostile = [];
    for (let round = 0; round < args.rounds; round++) {
      benign.push(await run(args, method, c.benign));
      hostile.push(await run(args, method, c.hostile));
    }
    const b = median(benign.map((r) => r.ms));
    const h = median(hostile.map((r) => r.ms));
    const bm = median(benign.map((r) => r.rssKiB ?? 0)) / 1024;
    const hm = median(hostile.map((r) => r.rssKiB ?? 0)) / 1024;
    const ratio = h / b;
    const memoryRatio = bm > 0 ? hm / bm : NaN;
    if (ratio > args.target || memoryRatio > args.target) over++;
    console.log(
      `${c.name.padEnd(34)} ${(c.size / 1024).toFixed(0).padStart(5)} ${b.toFixed(0).padStart(10)} ${h.toFixed(0).padStart(11)} ${`${ratio.toFixed(2)}x`.padStart(6)} ${bm.toFixed(0).padStart(11)} ${hm.toFixed(0).padStart(12)} ${`${memoryRatio.toFixed(2)}x`.padStart(6)}${ratio > args.target || memoryRatio > args.target ? `  over ${args.target}x` : ''}`,
    );
  }
  await doneMeasuring();
  console.log(`\n${over === 0 ? `Every case within ${args.target}x of its benign file.` : `${over} case(s) over ${args.target}x.`}`);
  if (args.strict && over > 0) process.exitCode = 1;
}

await main();
