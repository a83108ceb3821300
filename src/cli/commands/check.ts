import { parseArgs } from 'node:util';
import { posix, resolve } from 'node:path';
import { realpath, stat } from 'node:fs/promises';
import { checkDirectory, type CheckOptions, type Stage } from '../../core/check';
import { checkChanges } from '../../core/usecases/check-changed';
import { severityRank, type Severity } from '../../core/diagnostic';
import { findNetworkRoots } from '../../core/discovery';
import type { CheckReport } from '../../core/report';
import { changedLines, changedSince, comparisonBase } from '../git';
import { GitTreeWorkspace } from '../git-workspace';
import { formats, isFormatName } from '../formats';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';
import { findRepositoryFolder } from '../repository';
import { todayFor } from '../node-files';
import { version } from '../util';
import { isIsoDate } from '../../core/views/dates';

const HELP = `Usage: netgov check [dir] [options]

Checks every network (a folder holding CHARTER.md) under dir (default: the
current folder) and prints what is wrong, file by file.

Options:
  --format <name>       text (default), json, sarif, github or gitlab (a code quality report)
  --fail-on <severity>  exit 1 when anything at or above it is found: error (default), warning, info
  --max-warnings <n>    also exit 1 when there are more than n warnings
  --quiet               print errors only
  --as-of <date>        check as if today were this date (YYYY-MM-DD)
  --changed <base>      report only on what a change touches: files changed since
                        this branch parted from <base> (committed, staged, unstaged
                        or new), and documents whose references the change breaks
                        (an action naming a member whose page was deleted); paths
                        are then given from the repository's top folder.
                        With --format github or gitlab it also shows the health
                        findings the change creates or worsens, where their
                        evidence lies on its changed lines, as notices: they
                        never fail the run or count as warnings
  --health <on|off>     off leaves those health notices out (default on)
  --no-color            never colour the output (colour is used only on a terminal)
  --timings             print the time each stage took to stderr, as JSON
  --debug               show internal errors in full

Exit codes: 0 nothing at or above --fail-on; 1 something was; 2 usage error or internal failure.`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'check the network documents under a folder',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        changed: { type: 'string' },
        health: { type: 'string', default: 'on' },
        'no-color': { type: 'boolean', default: false },
        timings: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > 1) throw new UsageError(`check takes one folder, not ${positionals.length}: ${positionals.join(' ')}`);
    const format = values.format;
    if (!isFormatName(format)) throw new UsageError(`unknown --format '${format}': use text, json, sarif, github or gitlab`);
    const failOn = values['fail-on'];
    if (!isSeverity(failOn)) throw new UsageError(`unknown --fail-on '${failOn}': use error, warning or info`);
    const maxWarningsText = values['max-warnings'];
    if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) {
      throw new UsageError(`--max-warnings needs a whole number, not '${maxWarningsText}'`);
    }
    const maxWarnings = maxWarningsText === undefined ? undefined : Number(maxWarningsText);
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of needs a date written YYYY-MM-DD, not '${asOf}'`);
    const health = values.health;
    if (health !== 'on' && health !== 'off') throw new UsageError(`unknown --health '${health}': use on or off`);

    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const info = await stat(dir).catch(() => undefined);
    if (!info) throw new UsageError(`${positionals[0] ?? dir} does not exist`);
    if (!info.isDirectory()) throw new UsageError(`${positionals[0]} is a file; give the folder that holds the network's CHARTER.md`);

    const timings: Partial<Record<Stage | 'format', number>> = {};
    const options: CheckOptions = {
      // The day as every command takes it: --as-of, else NETGOV_TODAY, else the local date (as diff and health do).
      today: asOf ?? todayFor(io.env),
      onTiming: (stage, ms) => (timings[stage] = (timings[stage] ?? 0) + ms),
      // CODEOWNERS serves the whole repository, so its netgov block is compared only when the whole repository is checked.
      ...((await findRepositoryFolder(dir)) === dir ? { repositoryRoot: toCorePath(dir) } : {}),
    };
    const changed = values.changed;
    // Health notices belong on the changed lines of a pull request: the annotation formats only (SARIF stays rules-only).
    const notices = health === 'on' && (format === 'github' || format === 'gitlab') ? { present: todayFor(io.env) } : undefined;
    const report = changed === undefined ? await checkDirectory(new NodeWorkspace(), toCorePath(dir), options) : await checkChanged(toCorePath(await realpath(dir)), changed, options, notices);
    if (report.networks === 0) {
      throw new UsageError(`no network found in ${positionals[0] ?? '.'}: a network is a folder holding CHARTER.md (netgov init creates one)`);
    }
    const formatStart = performance.now();
    const color = !values['no-color'] && io.stdoutIsTTY && io.env.NO_COLOR === undefined && format === 'text';
    io.stdout(formats[format](report, { color, quiet: values.quiet, toolVersion: version() }));
    timings.format = performance.now() - formatStart;
    if (values.timings) io.stderr(`${JSON.stringify({ stages: roundAll(timings) })}\n`);

    const failing = report.diagnostics.some((d) => severityRank[d.severity] >= severityRank[failOn]);
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
    return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
  },
};

/**
 * `check --changed BASE`: git says what changed and what the base held; the check itself is the
 * core's use case (core/usecases/check-changed.ts). With `notices`, the health findings the change
 * creates or worsens are placed on its changed lines.
 */
async function checkChanged(dir: string, baseName: string, options: CheckOptions, notices?: { present: string }): Promise<CheckReport & { networks: number }> {
  const base = await comparisonBase(dir, baseName);
  const changedRelative = await changedSince(base.top, base.commit);
  const head = new NodeWorkspace();
  const roots = await findNetworkRoots(head, dir);
  const before = await GitTreeWorkspace.open(dir, base.top, base.commit);
  try {
    const lines = notices && (await changedLines(base.top, base.commit, changedRelative, roots.map((root) => posix.relative(base.top, root))));
    const changed = changedRelative.map((path) => posix.join(base.top, path));
    return await checkChanges(
      {
        head,
        base: before,
        top: base.top,
        roots,
        changed,
        ...(lines && notices ? { changedLines: new Map([...lines].map(([path, spans]) => [posix.join(base.top, path), spans])), present: notices.present } : {}),
      },
      options,
    );
  } finally {
    before.close();
  }
}

function isSeverity(value: string): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info';
}

function roundAll(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}
