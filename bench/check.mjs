#!/usr/bin/env node
// Benchmarks `netgov check` against its floor (bench/floor.mjs) on a generated
// network. Run with `npm run bench` (builds first), or:
//
//   node bench/check.mjs [--scale 1] [--rounds 3] [--seed N] [--target 2] [--strict]
//
// --scale   size of the network (1 = 1,000 members, 10,000 actions, 2,000 meetings);
//           also NETGOV_BENCH_SCALE
// --rounds  timed runs of each command (alternating floor and check); default 3
// --target  the ratio check/floor that passes; default 2.0
// --timing-runs  untimed `check --timings` runs for the per-stage breakdown (the
//           warm-up is the first); default 2; the breakdown is skipped if the CLI
//           has no --timings
// --strict  exit 1 when a ratio is over the target (otherwise only reported)
// --cli     the CLI to measure; default dist/cli.js
// --out     where the network is generated; default bench/.data/network
//
// See bench/README.md for what is measured and how to read the table.

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, DEFAULT_OUT, DEFAULT_SEED, TODAY } from './generate.mjs';
import { doneMeasuring, measure, memoryMethod } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const DEFAULT_CLI = join(REPO, 'dist', 'cli.js');
const FLOOR = join(HERE, 'floor.mjs');
const RESULTS = join(HERE, '.data', 'results.json');
const STAGES = ['discover', 'read', 'parse', 'schema', 'rules', 'format'];

const USAGE = `Usage: node bench/check.mjs [options]   (npm run bench -- [options] builds first)

  --scale X          network size, 1 = 1,000 members, 10,000 actions, 2,000 meetings
                     (default: NETGOV_BENCH_SCALE or 1)
  --seed N           generator seed (default ${DEFAULT_SEED})
  --rounds N         timed runs of each command, alternating (default 3)
  --timing-runs N    check --timings runs for the stage breakdown (default 2)
  --target R         check/floor ratio that passes (default 2)
  --strict           exit 1 when a ratio is over the target
  --cli PATH         the CLI to measure (default dist/cli.js)
  --out DIR          where the network is generated (default bench/.data/network)

See bench/README.md.`;

function parseArgs(argv) {
  const args = { scale: Number(process.env.NETGOV_BENCH_SCALE ?? 1), rounds: 3, timingRuns: 2, seed: DEFAULT_SEED, target: 2, strict: false, out: DEFAULT_OUT, cli: DEFAULT_CLI };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--scale') args.scale = Number(value());
    else if (flag === '--rounds') args.rounds = Number(value());
    else if (flag === '--timing-runs') args.timingRuns = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--target') args.target = Number(value());
    else if (flag === '--out') args.out = value();
    else if (flag === '--cli') args.cli = value();
    else if (flag === '--strict') args.strict = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    else throw new Error(`bench: unknown argument ${argv[i]}`);
  }
  if (!(args.scale > 0)) throw new Error('bench: --scale must be a positive number');
  if (!(Number.isInteger(args.rounds) && args.rounds >= 1)) throw new Error('bench: --rounds must be a whole number, 1 or more');
  if (!(Number.isInteger(args.timingRuns) && args.timingRuns >= 1)) throw new Error('bench: --timing-runs must be a whole number, 1 or more');
  if (!(args.target > 0)) throw new Error('bench: --target must be a positive number');
  return args;
}

// ---------------------------------------------------------------------------
// Measuring one child process



// ---------------------------------------------------------------------------
// Reading what the two commands print

function lastJsonLine(text) {
  const lines = text.trim().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      return JSON.parse(lines[i]);
    } catch {
      // not JSON
    }
  }
  return undefined;
}

function floorResult(run) {
  const out = lastJsonLine(run.stdout);
  if (!out || typeof out.errors !== 'number') return { ok: false, why: `floor printed no summary (exit ${run.code}): ${run.stderr.slice(0, 500)}` };
  if (out.errors !== 0) return { ok: false, why: `floor found ${out.errors} validation errors:\n${run.stderr.slice(0, 1500)}`, files: out.files };
  return { ok: true, files: out.files };
}

function checkResult(run) {
  let out;
  try {
    out = JSON.parse(run.stdout);
  } catch {
    out = lastJsonLine(run.stdout);
  }
  const summary = out?.summary;
  if (!summary || typeof summary.errors !== 'number') return { ok: false, why: `check printed no JSON summary (exit ${run.code}):\n${run.stderr.slice(0, 1000)}` };
  if (summary.errors !== 0) {
    const sample = (out.diagnostics ?? [])
      .filter((d) => d.severity === 'error')
      .slice(0, 10)
      .map((d) => `  ${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)
      .join('\n');
    return { ok: false, why: `check found ${summary.errors} errors on the generated (valid) network:\n${sample}`, summary };
  }
  if (run.code !== 0) return { ok: false, why: `check found no errors but exited ${run.code}:\n${run.stderr.slice(0, 1000)}`, summary };
  return { ok: true, summary, codes: countCodes(out.diagnostics ?? []) };
}

function healthResult(run) {
  let out;
  try {
    out = JSON.parse(run.stdout);
  } catch {
    return { ok: false, why: `health printed no JSON (exit ${run.code}):\n${run.stderr.slice(0, 1000)}` };
  }
  const report = out?.networks?.[0];
  if (run.code !== 0 || !report || report.dimensions?.length !== 8 || !(report.trend?.length >= 24)) {
    return { ok: false, why: `health did not measure eight dimensions with a 24-month trend (exit ${run.code}):\n${run.stderr.slice(0, 1000)}` };
  }
  return { ok: true };
}

function countCodes(diagnostics) {
  const counts = {};
  for (const d of diagnostics) counts[`${d.severity} ${d.code}`] = (counts[`${d.severity} ${d.code}`] ?? 0) + 1;
  return counts;
}

/** The `{"stages":{...}}` object `--timings` writes to stderr, if it is there. */
function stageTimings(stderr) {
  const candidates = [stderr.trim(), ...stderr.trim().split('\n').reverse()];
  const at = stderr.indexOf('{"stages"');
  if (at !== -1) candidates.push(stderr.slice(at).trim());
  for (const text of candidates) {
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed.stages === 'object' && parsed.stages !== null) return parsed.stages;
    } catch {
      // not it
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Reporting

const median = (values) => {
  const s = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const seconds = (ms) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const mib = (kib) => (kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
const verdict = (r, target) => (r === null ? 'n/a' : r <= target ? 'PASS' : 'OVER');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('   ')).join('\n');
}

// ---------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const log = (line) => console.error(line);

  const network = await generate({ scale: args.scale, seed: args.seed, out: args.out, log });
  const CLI = args.cli;
  if (!existsSync(CLI)) {
    log(`bench: ${CLI} does not exist; build it first (npm run build, or npm run bench which builds).`);
    process.exit(1);
  }
  const method = memoryMethod();
  const floorArgs = [FLOOR, network.out];
  const checkArgs = [CLI, 'check', network.out, '--format', 'json', '--as-of', TODAY];
  // The health of the same network with its graph metrics and a 24-month trend; its target is 2x check.
  const healthArgs = [CLI, 'health', network.out, '--format', 'json', '--as-of', TODAY, '--months', '24'];
  const problems = [];

  log(`bench: memory measured by ${{ 'gnu-time': '/usr/bin/time (%M)', probe: 'in-process probe (process.resourceUsage().maxRSS)', none: 'nothing: memory unavailable' }[method]}`);

  // Warm-up (untimed): fills the page cache, checks both commands succeed, and
  // asks the CLI for per-stage timings if it supports --timings.
  log('bench: warm-up');
  const warmFloor = await measure(floorArgs, { method });
  const wf = floorResult(warmFloor);
  if (!wf.ok) problems.push(wf.why);
  const stageSamples = [];
  const warmTimed = await measure([...checkArgs, '--timings'], { method });
  const timings = stageTimings(warmTimed.stderr);
  if (timings && checkResult(warmTimed).summary) {
    stageSamples.push({ stages: timings, wallMs: warmTimed.wallMs });
  } else {
    log('bench: the CLI does not report --timings (yet); skipping the per-stage breakdown');
  }
  const warmCheck = stageSamples.length > 0 ? warmTimed : await measure(checkArgs, { method });
  const wc = checkResult(warmCheck);
  if (!wc.ok) problems.push(wc.why);
  const warmHealth = healthResult(await measure(healthArgs, { method }));
  if (!warmHealth.ok) problems.push(warmHealth.why);
  if (problems.length > 0) return fail(problems, args);

  // Timed rounds, rotating which command goes first so drift affects all alike.
  const runs = { floor: [], check: [], health: [] };
  let checkSummary;
  let diagnosticCodes;
  for (let round = 0; round < args.rounds; round++) {
    const order = [['floor', 'check', 'health'], ['check', 'health', 'floor'], ['health', 'floor', 'check']][round % 3];
    for (const which of order) {
      globalThis.gc?.();
      const run = await measure({ floor: floorArgs, check: checkArgs, health: healthArgs }[which], { method });
      const result = { floor: floorResult, check: checkResult, health: healthResult }[which](run);
      if (!result.ok) problems.push(result.why);
      if (which === 'check' && result.summary) {
        checkSummary = result.summary;
        diagnosticCodes = result.codes;
      }
      runs[which].push({ wall_ms: Math.round(run.wallMs), rss_kib: run.rssKiB, exit: run.code });
      log(`bench: round ${round + 1}/${args.rounds} ${pad(which, 6)} ${seconds(run.wallMs)}  ${mib(run.rssKiB)}`);
    }
  }
  // More --timings runs for the stage breakdown, kept out of the timed rounds so
  // that those measure exactly the command users run.
  for (let i = 1; i < args.timingRuns && stageSamples.length > 0; i++) {
    const run = await measure([...checkArgs, '--timings'], { method });
    const sample = stageTimings(run.stderr);
    if (sample) stageSamples.push({ stages: sample, wallMs: run.wallMs });
  }
  await doneMeasuring();
  if (problems.length > 0) return fail(problems, args);

  const floorWall = median(runs.floor.map((r) => r.wall_ms));
  const checkWall = median(runs.check.map((r) => r.wall_ms));
  const floorRss = method === 'none' ? null : median(runs.floor.map((r) => r.rss_kib));
  const checkRss = method === 'none' ? null : median(runs.check.map((r) => r.rss_kib));
  const healthWall = median(runs.health.map((r) => r.wall_ms));
  const healthRss = method === 'none' ? null : median(runs.health.map((r) => r.rss_kib));
  const wallRatio = ratio(checkWall, floorWall);
  const rssRatio = ratio(checkRss, floorRss);
  const healthRatio = ratio(healthWall, checkWall);
  const fmtRatio = (r) => (r === null ? 'n/a' : `${r.toFixed(2)}x`);

  console.log('');
  console.log(
    `netgov bench: scale ${args.scale} (${network.counts.members} members, ${network.counts.actions} actions, ${network.counts.meetings} meetings, ` +
      `${network.counts.pulses} pulses; ${network.files} files, ${(network.bytes / 1048576).toFixed(1)} MiB), ${args.rounds} round${args.rounds === 1 ? '' : 's'}, node ${process.version}, ${cpus().length} CPUs`,
  );
  console.log(`check: ${checkSummary.files} files, ${checkSummary.errors} errors, ${checkSummary.warnings} warnings, ${checkSummary.infos} infos; floor: 0 schema errors`);
  console.log('');
  console.log(
    table([
      ['', 'wall (median)', 'min..max', 'peak RSS (median)', 'min..max'],
      ['floor', seconds(floorWall), range(runs.floor, 'wall_ms', seconds), mib(floorRss), range(runs.floor, 'rss_kib', mib)],
      ['check', seconds(checkWall), range(runs.check, 'wall_ms', seconds), mib(checkRss), range(runs.check, 'rss_kib', mib)],
      [`check / floor (target <= ${args.target.toFixed(1)}x)`, `${fmtRatio(wallRatio)} ${verdict(wallRatio, args.target)}`, '', `${fmtRatio(rssRatio)} ${verdict(rssRatio, args.target)}`, ''],
      ['health (24-month trend)', seconds(healthWall), range(runs.health, 'wall_ms', seconds), mib(healthRss), range(runs.health, 'rss_kib', mib)],
      [`health / check (target <= ${args.target.toFixed(1)}x)`, `${fmtRatio(healthRatio)} ${verdict(healthRatio, args.target)}`, '', `${fmtRatio(ratio(healthRss, checkRss))}`, ''],
    ]),
  );
  if (method === 'none') console.log('(memory unavailable: no /usr/bin/time and no probe)');
  if (Object.keys(diagnosticCodes ?? {}).length > 0) {
    console.log(`\nnon-error diagnostics on the generated network: ${Object.entries(diagnosticCodes).map(([k, n]) => `${k} x${n}`).join(', ')}`);
  }

  let stageReport;
  if (stageSamples.length > 0) {
    const names = [...new Set(stageSamples.flatMap((s) => Object.keys(s.stages)))];
    const known = [...STAGES.filter((s) => names.includes(s)), ...names.filter((s) => !STAGES.includes(s))];
    const stages = Object.fromEntries(known.map((s) => [s, median(stageSamples.map((x) => (typeof x.stages[s] === 'number' ? x.stages[s] : null)))]));
    const stagesWallMs = median(stageSamples.map((x) => x.wallMs));
    const total = known.reduce((sum, s) => sum + (stages[s] ?? 0), 0);
    const outside = Math.max(0, stagesWallMs - total);
    const n = stageSamples.length;
    console.log(`\ncheck by stage (median of ${n} --timings run${n === 1 ? '' : 's'}, wall ${seconds(stagesWallMs)}):`);
    console.log(
      table([
        ['stage', 'ms', 'share of wall'],
        ...known.map((s) => [s, Math.round(stages[s]), `${((100 * stages[s]) / stagesWallMs).toFixed(1)}%`]),
        ['outside stages (startup, load, exit)', Math.round(outside), `${((100 * outside) / stagesWallMs).toFixed(1)}%`],
      ]),
    );
    stageReport = { runs: n, wall_ms: Math.round(stagesWallMs), stages_ms: Object.fromEntries(known.map((s) => [s, stages[s]])), outside_ms: Math.round(outside) };
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    network: { dir: network.out, seed: network.seed, scale: network.scale, files: network.files, bytes: network.bytes, counts: network.counts, as_of: TODAY },
    commands: Object.fromEntries(Object.entries({ floor: floorArgs, check: checkArgs, health: healthArgs }).map(([name, list]) => [name, ['node', ...list.map((a) => a.replace(`${REPO}/`, ''))]])),
    memory_method: method,
    rounds: args.rounds,
    check_summary: checkSummary,
    check_diagnostics: diagnosticCodes,
    floor: { runs: runs.floor, median_wall_ms: floorWall, median_rss_kib: floorRss },
    check: { runs: runs.check, median_wall_ms: checkWall, median_rss_kib: checkRss },
    health: { runs: runs.health, median_wall_ms: healthWall, median_rss_kib: healthRss },
    ratios: { wall: wallRatio, rss: rssRatio, health_over_check_wall: healthRatio },
    target: args.target,
    verdict: { wall: verdict(wallRatio, args.target), rss: verdict(rssRatio, args.target), health: verdict(healthRatio, args.target) },
    stages: stageReport ?? null,
  };
  await mkdir(dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${RESULTS.replace(`${REPO}/`, '')}`);
  if (args.strict && Object.values(results.verdict).includes('OVER')) process.exitCode = 1;
}

function range(runs, key, fmt) {
  const values = runs.map((r) => r[key]).filter((v) => v !== null);
  if (values.length === 0) return 'n/a';
  return `${fmt(Math.min(...values))}..${fmt(Math.max(...values))}`;
}

async function fail(problems, args) {
  console.error('\nbench: INVALID, the measured runs did not succeed on the generated network; no numbers reported.');
  for (const p of [...new Set(problems)].slice(0, 5)) console.error(`\n${p}`);
  await mkdir(dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), scale: args.scale, valid: false, problems: [...new Set(problems)] }, null, 2)}\n`);
  process.exitCode = 1;
}

await main();
