import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { loadNetwork } from '../../core/check';
import { findNetworkRoots } from '../../core/discovery';
import { healthToMarkdown } from '../../core/health/format/markdown';
import { loadNetworkChecklist } from '../../core/health/network-checklist';
import { buildHealthReport, type HealthReport } from '../../core/health/report';
import { isIsoDate } from '../../core/views/dates';
import { healthToText } from '../health-formats/text';
import { findNetworkRoot, todayFor } from '../node-files';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';
import { version } from '../util';

const HELP = `Usage: netgov health [dir] [options]

Tests the temperature of each network under dir (default: the current folder,
or the network it is in): a score from 0 to 100 for each of the eight
dimensions of network health, how each has moved month by month, and what to
talk about: every check at risk or on watch, with the documents behind it and
a question for members to discuss. Checks with no data are shown as unknown.

Options:
  --as-of <date>     measure the network as it was on this date (YYYY-MM-DD)
  --format <name>    text (default), md (for a wiki or a pull request) or json
  --months <n>       months of trend to show (default 24; 0 for none)
  --no-color         never colour the output (colour is used only on a terminal)

The checks are those of the built-in checklist (docs/checklists.md), with the
network's own checklist laid over it when netgov.yml names one.

Exit codes: 0 measured; 2 usage error or internal failure.`;

export const healthCommand: Command = {
  name: 'health',
  summary: 'test the temperature of a network: scores, trend and what to talk about',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        format: { type: 'string', default: 'text' },
        months: { type: 'string', default: '24' },
        'no-color': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > 1) throw new UsageError(`health takes one folder, not ${positionals.length}: ${positionals.join(' ')}`);
    const format = values.format;
    if (format !== 'text' && format !== 'md' && format !== 'json') throw new UsageError(`unknown --format '${format}': use text, md or json`);
    const today = todayFor(io.env);
    const asOf = values['as-of'] ?? today;
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of needs a date written YYYY-MM-DD, not '${asOf}'`);
    if (!/^\d{1,3}$/.test(values.months)) throw new UsageError(`--months needs a whole number from 0 to 999, not '${values.months}'`);

    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const info = await stat(dir).catch(() => undefined);
    if (!info) throw new UsageError(`${positionals[0] ?? dir} does not exist`);
    if (!info.isDirectory()) throw new UsageError(`${positionals[0]} is a file; give the folder that holds the network's CHARTER.md`);

    const workspace = new NodeWorkspace();
    let roots = await findNetworkRoots(workspace, toCorePath(dir));
    if (roots.length === 0) {
      const above = await findNetworkRoot(dir);
      roots = above === undefined ? [] : [toCorePath(above)];
    }
    if (roots.length === 0) throw new UsageError(`no network found in ${positionals[0] ?? '.'}: a network is a folder holding CHARTER.md (netgov init creates one)`);

    const reports: HealthReport[] = [];
    for (const root of roots) {
      const { network } = await loadNetwork(workspace, root);
      const { checklist, diagnostics } = await loadNetworkChecklist(workspace, network);
      // Problems in the network's own checklist do not stop the measurement: the items concerned fall back to the built-in ones.
      for (const d of diagnostics) io.stderr(`${relative(io.cwd, d.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
      reports.push(buildHealthReport(network, checklist, { asOf, present: today, trendMonths: Number(values.months) }));
    }

    if (format === 'json') {
      io.stdout(`${JSON.stringify({ tool: 'netgov', version: version(), networks: reports }, null, 2)}\n`);
    } else if (format === 'md') {
      io.stdout(reports.map((report) => healthToMarkdown(report, { link: (path) => relative(dir, resolve(report.network.root, path)).split('\\').join('/') })).join('\n\n---\n\n'));
    } else {
      const color = !values['no-color'] && io.stdoutIsTTY && io.env.NO_COLOR === undefined;
      io.stdout(reports.map((report) => healthToText(report, { color })).join('\n'));
    }
    return 0;
  },
};
