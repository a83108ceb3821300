#!/usr/bin/env node
// Benchmarks `netgov diff` against `netgov health` on the same network, in the
// same run. Builds first with `node esbuild.js` (or `npm run build`), then:
//
//   node bench/diff.mjs [--scale 1] [--rounds 3] [--seed N] [--target 2] [--strict] [--cli PATH]
//
// A temporary git repository holds the generated network (bench/generate.mjs)
// as its base commit on `main`; branch `change` changes 50 files: 48 edited
// actions (a progress note added, or a line inserted at the top of the
// frontmatter, moving every line below it), a new proposal and a deleted member. `netgov health network` and `netgov diff main network` then
// run alternately as child processes; the ratio of the medians is diff/health,
// and the target is at most 2. Results go to bench/.data/diff-results.json.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, DEFAULT_OUT, DEFAULT_SEED, TODAY } from './generate.mjs';
import { doneMeasuring, measure } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const RESULTS = join(HERE, '.data', 'diff-results.json');
const EDITED = 48;

function parseArgs(argv) {
  const args = { scale: Number(process.env.NETGOV_BENCH_SCALE ?? 1), rounds: 3, seed: DEFAULT_SEED, target: 2, strict: false, cli: join(REPO, 'dist', 'cli.js') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--scale') args.scale = Number(value());
    else if (flag === '--rounds') args.rounds = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--target') args.target = Number(value());
    else if (flag === '--cli') args.cli = value();
    else if (flag === '--strict') args.strict = true;
    else throw new Error(`bench/diff: unknown argument ${argv[i]}`);
  }
  if (!(args.scale > 0)) throw new Error('bench/diff: --scale must be a positive number');
  if (!(Number.isInteger(args.rounds) && args.rounds >= 1)) throw new Error('bench/diff: --rounds must be a whole number, 1 or more');
  return args;
}


function git(cwd, ...args) {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' };
  return execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The base commit, then the 50-file change on branch `change` (the deletion left unstaged, as work in progress often is). */
function buildRepository(network) {
  const repo = mkdtempSync(join(tmpdir(), 'netgov-bench-diff-'));
  const root = join(repo, 'network');
  cpSync(network, root, { recursive: true, filter: (source) => !source.endsWith('.netgov-bench.json') });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '--message', 'base');
  git(repo, 'checkout', '--quiet', '-b', 'change');

  const actions = readdirSync(join(root, 'actions')).sort();
  const step = Math.floor(actions.length / EDITED);
  for (let i = 0; i < EDITED; i++) {
    const path = join(root, 'actions', actions[i * step]);
    const text = readFileSync(path, 'utf8');
    // Alternate kinds of edit: a new progress note in the body, and a line added to the frontmatter (moving every line below it).
    const edited = i % 2 === 0 ? `${text}\n- ${TODAY}: progress noted in the benchmark change.\n` : text.replace(/^---\n/, `---\n# reviewed ${TODAY}\n`);
    writeFileSync(path, edited);
  }
  const members = readdirSync(join(root, 'members')).sort();
  const proposer = members[0].slice(0, -3);
  writeFileSync(
    join(root, 'actions', `${TODAY}-bench-new-proposal.md`),
    ['---', 'title: A proposal made in the benchmark change', 'status: proposed', `proposed_by: ${proposer}`, `proposed: ${TODAY}`, '---', '', '## Proposal', '', 'Try something new.', '', '## Expected impact', '', 'Something better.', ''].join('\n'),
  );
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '--message', 'change');
  // A member some actions name: the diff reports the references it breaks.
  rmSync(join(root, 'members', members[Math.floor(members.length / 2)]));
  return repo;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const network = await generate({ scale: args.scale, seed: args.seed, out: DEFAULT_OUT, log: (line) => console.error(line) });
  console.error('bench/diff: building the repository with a 50-file change');
  const repo = buildRepository(network.out ?? DEFAULT_OUT);
  const changed = git(repo, 'diff', '--name-only', 'main').trim().split('\n').length;
  const runs = { health: [], diff: [] };
  try {
    // One untimed run of each first: the file cache is then as warm for both.
    for (const round of [0, ...Array.from({ length: args.rounds }, (_, i) => i + 1)]) {
      for (const [name, command] of [['health', ['health', 'network']], ['diff', ['diff', 'main', 'network', '--format', 'json']]]) {
        const run = await measure([args.cli, ...command], { cwd: repo, env: { NETGOV_TODAY: TODAY } });
        if (run.code !== 0) throw new Error(`bench/diff: ${name} exited ${run.code}: ${run.stderr.slice(0, 1000)}`);
        if (round > 0) runs[name].push(run.wallMs);
        if (round === 0 && name === 'diff') {
          const diff = JSON.parse(run.stdout).networks[0];
          console.error(`bench/diff: diff saw ${diff.files.added.length} added, ${diff.files.removed.length} removed, ${diff.files.modified.length} edited; ${diff.diagnostics.introduced.length} problems introduced; ${diff.changes.length} changes in words`);
        }
      }
    }
  } finally {
    rmSync(repo, { recursive: true, force: true });
    await doneMeasuring();
  }
  const health = median(runs.health);
  const diff = median(runs.diff);
  const ratio = diff / health;
  const pass = ratio <= args.target;
  const results = { date: new Date().toISOString(), scale: args.scale, seed: args.seed, changedFiles: changed, rounds: args.rounds, healthMs: runs.health.map(Math.round), diffMs: runs.diff.map(Math.round), medianHealthMs: Math.round(health), medianDiffMs: Math.round(diff), ratio: Math.round(ratio * 100) / 100, target: args.target, pass };
  await mkdir(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`netgov diff vs netgov health, scale ${args.scale}, ${changed} files changed, median of ${args.rounds}:`);
  console.log(`  health  ${Math.round(health)} ms`);
  console.log(`  diff    ${Math.round(diff)} ms`);
  console.log(`  ratio   ${ratio.toFixed(2)}x (target ≤ ${args.target}x) ${pass ? 'PASS' : 'OVER'}`);
  console.log(`  written to ${RESULTS}`);
  if (args.strict && !pass) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
