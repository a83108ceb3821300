import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { checkDirectory, type Stage } from '../../core/check';
import { severityRank, type Severity } from '../../core/diagnostic';
import { formats, isFormatName } from '../formats';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';
import { findRepositoryFolder } from '../repository';
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

    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const info = await stat(dir).catch(() => undefined);
    if (!info) throw new UsageError(`${positionals[0] ?? dir} does not exist`);
    if (!info.isDirectory()) throw new UsageError(`${positionals[0]} is a file; give the folder that holds the network's CHARTER.md`);

    const timings: Partial<Record<Stage | 'format', number>> = {};
    const report = await checkDirectory(new NodeWorkspace(), toCorePath(dir), {
      ...(asOf ? { today: asOf } : {}),
      onTiming: (stage, ms) => (timings[stage] = (timings[stage] ?? 0) + ms),
      // CODEOWNERS serves the whole repository, so its netgov block is compared only when the whole repository is checked.
      ...((await findRepositoryFolder(dir)) === dir ? { repositoryRoot: toCorePath(dir) } : {}),
    });
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

function isSeverity(value: string): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info';
}

function roundAll(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}
