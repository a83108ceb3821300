// Measuring one child process for the benchmarks (check.mjs, scale.mjs, diff.mjs):
// wall time, CPU time and peak memory of `node ...args`, the same way everywhere.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROBE = join(HERE, 'rss-probe.mjs');
const REPO = dirname(HERE);

/**
 * How peak memory is measured: GNU time's %M (ru_maxrss of the child, KiB) when
 * /usr/bin/time works; otherwise an --import'ed probe that writes the child's own
 * process.resourceUsage().maxRSS at exit; otherwise not at all.
 */
export function memoryMethod() {
  const forced = process.env.NETGOV_BENCH_MEMORY; // gnu-time | probe | none, for testing the fallbacks
  if (forced === 'gnu-time' || forced === 'probe' || forced === 'none') return forced;
  try {
    accessSync('/usr/bin/time', constants.X_OK);
    const probe = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, '-e', '0'], { encoding: 'utf8' });
    if (probe.status === 0 && /^[\d.]+ \d+ [\d.]+ [\d.]+\s*$/m.test(probe.stderr)) return 'gnu-time';
  } catch {
    // no usable /usr/bin/time
  }
  return existsSync(PROBE) ? 'probe' : 'none';
}

let scratch;

/**
 * Runs `node ...nodeArgs`: wall time (ms), CPU time (user + system, ms; GNU
 * time only: on a shared, busy machine the steadier measure of the work done),
 * peak RSS (KiB or null), exit code and output.
 */
export async function measure(nodeArgs, { method = 'none', cwd = REPO, env = {} } = {}) {
  scratch ??= await mkdtemp(join(tmpdir(), 'netgov-bench-'));
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  let command = process.execPath;
  let args = nodeArgs;
  const childEnv = { ...process.env, ...env };
  if (method === 'gnu-time') {
    command = '/usr/bin/time';
    args = ['-f', '%e %M %U %S', '-o', rssFile, process.execPath, ...nodeArgs];
  } else if (method === 'probe') {
    args = ['--import', pathToFileURL(PROBE).href, ...nodeArgs];
    childEnv.NETGOV_BENCH_RSS_FILE = rssFile;
  }
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout = [];
  const stderr = [];
  child.stdout.on('data', (chunk) => stdout.push(chunk));
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve(status ?? (signal ? 128 : 1)));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let rssKiB = null;
  let cpuMs = null;
  if (method !== 'none') {
    try {
      const fields = (await readFile(rssFile, 'utf8')).trim().split('\n').pop().trim().split(/\s+/).map(Number);
      // GNU time: "%e %M %U %S"; the probe: "maxRSS".
      const kib = method === 'gnu-time' ? fields[1] : fields[0];
      if (kib > 0) rssKiB = kib;
      if (method === 'gnu-time' && fields.length === 4) cpuMs = Math.round((fields[2] + fields[3]) * 1000);
    } catch {
      // the child died before its peak could be recorded
    }
    await rm(rssFile, { force: true });
  }
  return { wallMs, cpuMs, rssKiB, code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
}

/** Removes the scratch folder the measurements used. */
export async function doneMeasuring() {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
}
