import { parseArgs } from 'node:util';
import { anonymiserFor } from '../../core/privacy/anonymise';
import { relative } from 'node:path';
import { AsOfFacts } from '../../core/health/facts';
import { suggestConnections, type ConnectionSuggestion } from '../../core/health/connect';
import { tiesReport } from '../../core/health/report';
import { isIsoDate } from '../../core/views/dates';
import { measuredNetworks, refuseBeforeBeginning } from '../measured-networks';
import { todayFor } from '../node-files';
import { UsageError, type CliIO, type Command } from '../io';
import { version } from '../util';
import { printable, printableLines } from '../../core/text/printable';

const HELP = `Usage: netgov connect [dir] [options]

Suggests introductions between members, from the network's own documents:
members who work on the same area or outcome, or share an interest, but have
no working tie; members with no ties yet and newcomers, each paired with a
well-connected member who is not a lead; and groups that reach the rest of
the network through one person only, given a second link. Each suggestion
says why. Connecting members is a network lead's most important job; these
are suggestions for people to consider, never decisions.

A working tie is an action two members own or contribute to, or a meeting of
at most 12 people they both sat in, in the last 12 months (agreed work still
open counts however old); netgov.yml can change both (health.ties). The
output states the definition in use.

Options:
  --as-of <date>    suggest as the network was on this date (YYYY-MM-DD)
  --limit <n>       at most n suggestions (default 20)
  --format <name>   text (default) or json
  --anonymise       members as stable pseudonyms ("Member 7") and small
                    organisations as "another organisation", no member-page
                    paths (alias --anonymize)

Exit codes: 0 done; 2 usage error or internal failure.`;

export const connectCommand: Command = {
  name: 'connect',
  summary: 'suggest introductions between members who share work or interests',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { 'as-of': { type: 'string' }, limit: { type: 'string', default: '20' }, format: { type: 'string', default: 'text' }, anonymise: { type: 'boolean', default: false }, anonymize: { type: 'boolean', default: false } },
    });
    if (positionals.length > 1) throw new UsageError(`connect takes one folder, not ${positionals.length}: ${positionals.join(' ')}`);
    const asOf = values['as-of'] ?? todayFor(io.env);
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of needs a date written YYYY-MM-DD, not '${asOf}'`);
    if (!/^\d{1,4}$/.test(values.limit) || Number(values.limit) === 0) throw new UsageError(`--limit needs a whole number from 1 to 9999, not '${values.limit}'`);
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}': use text or json`);

    const { networks } = await measuredNetworks(io, 'connect', positionals[0]);
    for (const { network } of networks) refuseBeforeBeginning(io, network, asOf);
    const anonymise = values.anonymise || values.anonymize;
    const results = await Promise.all(
      networks.map(async ({ network }) => {
        const facts = new AsOfFacts(network, asOf, todayFor(io.env));
        const found = { network, ties: tiesReport(facts.ties, asOf), suggestions: suggestConnections(facts, { limit: Number(values.limit) }) };
        if (!anonymise) return found;
        const anonymiser = await anonymiserFor(network);
        return { network, ties: anonymiser.model(found.ties), suggestions: anonymiser.model(found.suggestions) };
      }),
    );
    if (values.format === 'json') {
      const json = results.map(({ network, ties, suggestions }) => ({ root: network.root, asOf, ties, suggestions: suggestions.map((s) => ({ ...s, evidence: s.evidence.map((e) => ({ ...e, file: relative(network.root, e.file) })) })) }));
      io.stdout(`${JSON.stringify({ tool: 'netgov', version: version(), networks: json }, null, 2)}\n`);
      return 0;
    }
    io.stdout(printableLines(results.map(({ network, ties, suggestions }) => textOf(network.root, io.cwd, ties.definition, suggestions)).join('\n')));
    return 0;
  },
};

function textOf(root: string, cwd: string, definition: string, suggestions: readonly ConnectionSuggestion[]): string {
  const where = relative(cwd, root) || '.';
  if (suggestions.length === 0) return `${where}: no introductions to suggest: members who share work or interests are already tied.\n${definition}\n`;
  const lines = suggestions.map((s, i) => `${String(i + 1).padStart(2)}. ${s.reason}\n    ${s.evidence.map((e) => printable(relative(cwd, e.file))).join(', ')}`);
  return `${where}: ${suggestions.length} introduction${suggestions.length === 1 ? '' : 's'} to consider\n${definition}\n\n${lines.join('\n')}\n`;
}
