import { parseArgs } from 'node:util';
import { anonymiserFor } from '../../core/privacy/anonymise';
import { join, relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { loadNetwork } from '../../core/check';
import { folderOf } from '../../core/discovery';
import { agendaBaseId, agendaSummary, draftAgenda, planAgenda, type AgendaDraft } from '../../core/health/agenda';
import { evaluateHealth } from '../../core/health/evaluate';
import { TemplateInputError, type PlannedFile } from '../../core/templates/plan';
import { isIsoDate } from '../../core/views/dates';
import { isId } from '../../core/model/kinds';
import { FilesExistError, findNetworkRoot, idsInFolder, todayFor, writePlannedFiles } from '../node-files';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { refuseBeforeBeginning } from '../measured-networks';
import { UsageError, type CliIO, type Command } from '../io';

const HELP = `Usage: netgov agenda [dir] [--date DATE] [--as-of DATE] [--soon DAYS] [--print] [--id ID]

Drafts the notes for the network's next meeting, with an agenda gathered from
the documents: proposals waiting for a decision, health findings at risk, lead
roles whose terms end soon, a temperature check that is due, and overdue
actions. The draft is for the lead to edit; nothing in it is decided. The
facilitator and attendees are left for the lead to fill in.

The findings are the ones netgov health reports: the built-in checklist, with
the network's own checklist laid over it when netgov.yml names one.

The network is dir (default: the current folder) or the nearest folder above
it holding CHARTER.md. The draft is written to the meetings folder as
<date>-network-meeting.md (-2, -3... when that is taken); nothing is ever
overwritten.

Options:
  --date <date>   the meeting's date (default: today)
  --as-of <date>  read the documents as of this date (default: today)
  --soon <days>   list lead roles whose term ends within this many days (default: 90)
  --print         print the draft instead of writing it
  --id <id>       the meeting's id (file name without .md) instead of <date>-network-meeting
  --anonymise     members as stable pseudonyms ("Member 7") and small organisations
                  as "another organisation", no member-page paths (alias --anonymize)

Exit codes: 0 drafted; 2 usage error, or the file exists already.`;

const OPTIONS = {
  date: { type: 'string' },
  'as-of': { type: 'string' },
  soon: { type: 'string' },
  print: { type: 'boolean', default: false },
  id: { type: 'string' },
  anonymise: { type: 'boolean', default: false },
  anonymize: { type: 'boolean', default: false },
} as const;

export const agendaCommand: Command = {
  name: 'agenda',
  summary: 'draft the next meeting\'s notes with an agenda from the documents',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: OPTIONS });
    if (positionals.length > 1) throw new UsageError(`agenda takes one folder, not ${positionals.length}: ${positionals.join(' ')}`);
    const today = todayFor(io.env);
    const date = dateOption('--date', values.date, today);
    const asOf = dateOption('--as-of', values['as-of'], today);
    if (values.soon !== undefined && !/^\d{1,4}$/.test(values.soon)) throw new UsageError(`--soon needs a whole number of days, not '${values.soon}'`);
    const soonDays = values.soon === undefined ? undefined : Number(values.soon);
    if (values.id !== undefined && !isId(values.id)) {
      throw new UsageError(`--id '${values.id}' is not an id: lower-case words joined by hyphens, such as ${agendaBaseId(date)}`);
    }

    const root = await networkRoot(io, positionals[0]);
    const workspace = new NodeWorkspace();
    const { network, checklist: { checklist, diagnostics } } = await loadNetwork(workspace, toCorePath(root));
    refuseBeforeBeginning(io, network, asOf);
    const layout = network.config.layout;
    // The same checks as `netgov health`, so the findings on the agenda are the ones its report shows.
    for (const d of diagnostics) io.stderr(`${shown(io.cwd, d.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
    let draft: AgendaDraft;
    try {
      draft = draftAgenda(evaluateHealth(network, checklist, { asOf, present: today }), { date, ...(soonDays === undefined ? {} : { soonDays }) });
      if (values.anonymise || values.anonymize) draft = (await anonymiserFor(network)).model(draft);
    } catch (error) {
      if (error instanceof TemplateInputError) throw new UsageError(error.message);
      throw error;
    }
    // An explicit id is written as given, so that an existing file is refused rather than renamed.
    const existingIds = values.id === undefined ? await idsInFolder(join(root, folderOf('meeting', layout))) : [];
    const [planned] = planAgenda(toCorePath(root), layout, draft, existingIds) as [PlannedFile];
    const file = values.id === undefined ? planned : { ...planned, path: `${planned.path.slice(0, planned.path.lastIndexOf('/') + 1)}${values.id}.md` };

    if (values.print) {
      io.stdout(file.content);
      return 0;
    }
    try {
      await writePlannedFiles([file], undefined, root);
    } catch (error) {
      if (!(error instanceof FilesExistError)) throw error;
      io.stderr(`netgov agenda: ${shown(io.cwd, file.path)} exists already; nothing was written.\n`);
      return 2;
    }
    const id = file.path.slice(file.path.lastIndexOf('/') + 1, -3);
    const note = values.id === undefined && id !== agendaBaseId(date) ? `A meeting ${agendaBaseId(date)} exists already, so this draft is ${id}; if they are the same meeting, merge them.\n` : '';
    io.stdout(`Created ${shown(io.cwd, file.path)} (id: ${id})\n${note}${agendaSummary(draft)}\nNext: edit the agenda, add the facilitator and who is invited, and share it before the meeting.\n`);
    return 0;
  },
};

async function networkRoot(io: CliIO, dir: string | undefined): Promise<string> {
  const start = resolve(io.cwd, dir ?? '.');
  const info = await stat(start).catch(() => undefined);
  if (!info) throw new UsageError(`${dir ?? start} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`${dir ?? start} is a file; give the network's folder (the one holding CHARTER.md)`);
  const root = await findNetworkRoot(start);
  if (root === undefined) throw new UsageError(`no network found in ${dir ?? 'this folder'} or any folder above it: a network is a folder holding CHARTER.md (netgov init creates one)`);
  return root;
}

function dateOption(option: string, value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (!isIsoDate(value)) throw new UsageError(`${option} needs a date written YYYY-MM-DD, not '${value}'`);
  return value;
}

/** A path as the user would type it from where they are. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') || rel === '' ? path : rel).replace(/\\/g, '/');
}
