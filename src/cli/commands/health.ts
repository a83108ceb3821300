import { parseArgs } from 'node:util';
import { dirname, relative, resolve } from 'node:path';
import { promises as fs } from 'node:fs';
import { healthToMarkdown } from '../../core/health/format/markdown';
import { buildPanelData, type PanelData } from '../../core/health/panel-data';
import { buildHealthReport, type HealthReport } from '../../core/health/report';
import { isIsoDate } from '../../core/views/dates';
import { healthToText } from '../health-formats/text';
import { FilesExistError, todayFor, writePlannedFiles } from '../node-files';
import { measuredNetworks, refuseBeforeBeginning } from '../measured-networks';
import { UsageError, type CliIO, type Command } from '../io';
import { version } from '../util';
import { renderHealthPage } from '../../webview/render/page';
import { areaNetwork, areasOf } from '../../core/health/area';
import type { Network } from '../../core/network';
import { anonymiserFor } from '../../core/privacy/anonymise';

const HELP = `Usage: netgov health [dir] [options]

Tests the temperature of each network under dir (default: the current folder,
or the network it is in): a score from 0 to 100 for each of the eight
dimensions of network health, how each has moved month by month, and what to
talk about: every check at risk or on watch, with the documents behind it and
a question for members to discuss. Checks with no data are shown as unknown.

Options:
  --as-of <date>     measure the network as it was on this date (YYYY-MM-DD)
  --area <id>        measure one area (workstream) of the charter: its members,
                     actions and meetings, with the network's charter, purpose
                     and temperature checks
  --format <name>    text (default), md (for a wiki or a pull request), json, or
                     html (one self-contained page to email or print; one network)
  --locale <tag>     html: write its dates the way this locale does (a BCP 47
                     tag such as en-US or de; default: 27 Nov 2026)
  --months <n>       months of trend to show (default 24; 0 for none)
  --output <file>    write to this file instead of the terminal; an existing file
                     is never overwritten
  --no-color         never colour the output (colour is used only on a terminal)
  --anonymise        members as stable pseudonyms ("Member 7"), organisations of
                     fewer than five members (or privacy.min_count) as "another
                     organisation", no member-page paths (alias --anonymize)

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
        area: { type: 'string' },
        format: { type: 'string', default: 'text' },
        locale: { type: 'string' },
        months: { type: 'string', default: '24' },
        output: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        anonymise: { type: 'boolean', default: false },
        anonymize: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > 1) throw new UsageError(`health takes one folder, not ${positionals.length}: ${positionals.join(' ')}`);
    const format = values.format;
    if (format !== 'text' && format !== 'md' && format !== 'json' && format !== 'html') throw new UsageError(`unknown --format '${format}': use text, md, json or html`);
    const locale = values.locale;
    if (locale !== undefined) {
      if (format !== 'html') throw new UsageError(`--locale is for --format html, not ${format}`);
      if (!isLocaleTag(locale)) throw new UsageError(`--locale needs a language tag such as en-US or de, not '${locale}'`);
    }
    const today = todayFor(io.env);
    const asOf = values['as-of'] ?? today;
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of needs a date written YYYY-MM-DD, not '${asOf}'`);
    if (!/^\d{1,3}$/.test(values.months)) throw new UsageError(`--months needs a whole number from 0 to 999, not '${values.months}'`);

    const { dir, networks } = await measuredNetworks(io, 'health', positionals[0]);
    if (format === 'html' && networks.length > 1) {
      throw new UsageError(`--format html draws one network, and ${positionals[0] ?? '.'} holds ${networks.length}: give one of their folders (${networks.map(({ network }) => relative(io.cwd, network.root) || '.').join(', ')})`);
    }
    for (const { network } of networks) refuseBeforeBeginning(io, network, asOf);
    const output = values.output === undefined ? undefined : resolve(io.cwd, values.output);
    if (output !== undefined && (await exists(output))) throw new UsageError(existsMessage(values.output ?? output));

    const anonymise = values.anonymise || values.anonymize;
    const reports: HealthReport[] = [];
    const pictures: PanelData[] = [];
    /** Per report: the anonymiser's pseudonyms, which no link may point at (there is no "members/Member 7.md"). */
    const unlinkable: ((value: string) => boolean)[] = [];
    for (const { network: whole, checklist } of networks) {
      const network = values.area === undefined ? whole : areaOrExplain(whole, values.area, relative(io.cwd, whole.root) || '.');
      const options = { asOf, present: today, trendMonths: Number(values.months) };
      const anonymiser = anonymise ? await anonymiserFor(whole) : undefined;
      const hide = <T>(model: T): T => (anonymiser ? anonymiser.model(model) : model);
      if (format === 'html') pictures.push(hide(buildPanelData(network, checklist, options)));
      else reports.push(hide(buildHealthReport(network, checklist, options)));
      unlinkable.push((value) => anonymiser?.isPseudonym(value) ?? false);
    }

    let text: string;
    if (format === 'html') {
      text = `${renderHealthPage(pictures[0]!, { mode: 'report', anonymised: anonymise, ...(locale === undefined ? {} : { locale }) })}\n`;
    } else if (format === 'json') {
      text = `${JSON.stringify({ tool: 'netgov', version: version(), networks: reports }, null, 2)}\n`;
    } else if (format === 'md') {
      // Links are relative to where the markdown goes: the output file's folder, else the folder named.
      const base = output === undefined ? dir : dirname(output);
      text = reports
        .map((report, i) => healthToMarkdown(report, { link: (path) => (unlinkable[i]!(path) ? undefined : relative(base, resolve(report.network.root, path)).split('\\').join('/')) }))
        .join('\n\n---\n\n');
    } else {
      const color = output === undefined && !values['no-color'] && io.stdoutIsTTY && io.env.NO_COLOR === undefined;
      text = reports.map((report) => healthToText(report, { color })).join('\n');
    }
    if (output === undefined) io.stdout(text);
    else await writeNewFile(output, text, values.output ?? output);
    return 0;
  },
};

/** The network reduced to one area; a usage error naming the areas there are when it has no such area. */
function areaOrExplain(network: Network, id: string, shown: string): Network {
  const view = areaNetwork(network, id);
  if (view) return view;
  const areas = areasOf(network).map((area) => area.id);
  throw new UsageError(
    areas.length === 0 ? `unknown --area '${id}': the network in ${shown} has no areas (its charter lists none and no document names one)` : `unknown --area '${id}': the areas of the network in ${shown} are ${areas.join(', ')}`,
  );
}

async function exists(path: string): Promise<boolean> {
  return fs.lstat(path).then(
    () => true,
    () => false,
  );
}

function existsMessage(shown: string): string {
  return `${shown} exists already: netgov health never overwrites a file, so give a new name or remove it first`;
}

/** Writes a file that must not exist yet, whole or not at all, as every netgov command writes (writePlannedFiles). */
async function writeNewFile(path: string, text: string, shown: string): Promise<void> {
  try {
    await writePlannedFiles([{ path, content: text }]);
  } catch (error) {
    if (error instanceof FilesExistError) throw new UsageError(existsMessage(shown));
    throw error;
  }
}

/** A BCP 47 language tag the runtime accepts (`en-US`, `de`), not just any string. */
function isLocaleTag(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}
