import { parseArgs } from 'node:util';
import { join, relative, resolve } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { folderOf } from '../../core/discovery';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../core/document';
import { CHARTER_FILE, DEFAULT_LAYOUT } from '../../core/config';
import { notYetBegun } from '../../core/model/beginning';
import { charterRecord, memberRecord } from '../../core/model/records';
import { isId } from '../../core/model/kinds';
import { isSmall, minCountOf } from '../../core/pulse/suppression';
import { TemplateInputError, planPulse } from '../../core/templates/plan';
import { isIsoDate } from '../../core/views/dates';
import {
  PulseInputError,
  aggregateSurvey,
  answered,
  currentMemberCount,
  parseMapping,
  withTotals,
  type ColumnMapping,
} from '../../core/pulse/aggregate';
import { FilesExistError, findNetworkRoot, idsInFolder, readNetworkConfig, todayFor, writePlannedFiles } from '../node-files';
import { toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';

const HELP = `Usage: netgov pulse import SURVEY.csv [--date DATE] [--invited N] [--map MAPPING.yml]
                           [--checklist ID] [--id ID] [--dir NETWORK]

Reads a survey export (one row per respondent, one column per question, as
MS Forms or Google Forms write it) and writes a temperature check holding only
the totals: how many gave each answer to each question. The CSV itself is never
copied into the network, and nothing is ever overwritten.

Question columns are found by their header: the question id ('purpose-clear'),
'purpose-clear: Our purpose is clear' or '[purpose-clear] Our purpose is clear',
or through a mapping file:

  columns:
    "Our purpose is clear and agreed": purpose-clear

Other columns (Timestamp, ID, Email, Name...) are left out. Answers are 1 to 5
or Strongly disagree, Disagree, Neither agree nor disagree (or Neutral), Agree,
Strongly agree; blanks are counted as skipped.

  --date <date>       the date the survey closed (default: today)
  --invited <n>       how many were asked (default: the network's current members on that date)
  --map <file>        a mapping of column headers to question ids
  --checklist <id>    the set of questions asked (default: netgov-core)
  --id <id>           the page's id (default: the year and quarter, 2026-q4)
  --dir <folder>      the network's folder (or any folder inside it)

Exit codes: 0 written; 2 usage error, a survey that cannot be read, or the file exists already.`;

const OPTIONS = {
  dir: { type: 'string' },
  date: { type: 'string' },
  invited: { type: 'string' },
  map: { type: 'string' },
  checklist: { type: 'string' },
  id: { type: 'string' },
} as const;

export const pulseCommand: Command = {
  name: 'pulse',
  summary: 'import a survey export as a temperature check (totals only)',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: OPTIONS });
    const [sub, survey, ...extra] = positionals;
    if (sub !== 'import') throw new UsageError(sub === undefined ? 'say what to do: netgov pulse import SURVEY.csv' : `unknown subcommand '${sub}': use netgov pulse import SURVEY.csv`);
    if (survey === undefined) throw new UsageError('give the survey export: netgov pulse import SURVEY.csv');
    if (extra.length > 0) throw new UsageError(`one survey at a time; unexpected ${extra.join(' ')}`);

    const start = resolve(io.cwd, values.dir ?? '.');
    if (values.dir !== undefined) {
      const info = await stat(start).catch(() => undefined);
      if (!info?.isDirectory()) throw new UsageError(`--dir ${values.dir} is not a folder`);
    }
    const root = await findNetworkRoot(start);
    if (root === undefined) {
      throw new UsageError(`no network found in ${values.dir ?? 'this folder'} or any folder above it: a network is a folder holding CHARTER.md (--dir points at one)`);
    }
    const config = await readNetworkConfig(root);
    const layout = config?.layout ?? DEFAULT_LAYOUT;
    const minCount = minCountOf(config?.minCount);
    const date = values.date ?? todayFor(io.env);
    if (!isIsoDate(date)) throw new UsageError(`--date needs a date written YYYY-MM-DD, not '${date}'`);
    if (values.invited !== undefined && !/^\d{1,7}$/.test(values.invited)) throw new UsageError(`--invited needs a whole number, not '${values.invited}'`);
    if (values.id !== undefined && !isId(values.id)) throw new UsageError(`--id '${values.id}' is not an id: lower-case words joined by hyphens, such as 2026-q4`);
    const checklist = values.checklist ?? 'netgov-core';
    if (!isId(checklist)) throw new UsageError(`--checklist '${checklist}' is not an id: lower-case words joined by hyphens, such as netgov-core`);

    const surveyPath = resolve(io.cwd, survey);
    const mapping: ColumnMapping | undefined = values.map === undefined ? undefined : parseMapping(await readText(resolve(io.cwd, values.map), values.map), values.map);
    let totals;
    try {
      totals = aggregateSurvey(await readText(surveyPath, survey), survey, mapping);
    } catch (error) {
      if (error instanceof PulseInputError) throw new UsageError(error.message);
      throw error;
    }

    let invited: number;
    let invitedNote = '';
    if (values.invited !== undefined) invited = Number(values.invited);
    else {
      const members = await memberDates(root, folderOf('member', layout));
      const notYet = notYetBegun({ established: await charterEstablished(root), joined: members.map((member) => member.joined) }, date);
      if (notYet) {
        throw new UsageError(`${notYet.because}, so nobody was there to ask: check the survey's date (--date) and ${notYet.check}, or give the number asked with --invited; nothing was written`);
      }
      invited = currentMemberCount(members, date);
      if (invited === 0) {
        throw new UsageError(`the network had no current members on ${date} to count as invited (${members.length === 0 ? 'it has no member pages' : 'every member had left by then'}): give the number asked with --invited; nothing was written`);
      }
      invitedNote = ` (the network's current members on ${date}; give --invited if a different number were asked)`;
    }

    const pulses = join(root, folderOf('pulse', layout));
    let files;
    try {
      files = planPulse(toCorePath(root), layout, { date, invited, respondents: totals.respondents, existingIds: [] });
    } catch (error) {
      if (error instanceof TemplateInputError) {
        throw new UsageError(error.message + (values.invited === undefined ? ' Give the number asked with --invited.' : ''));
      }
      throw error;
    }
    const planned = files.map((file) => {
      const path = values.id === undefined ? file.path : `${file.path.slice(0, file.path.lastIndexOf('/') + 1)}${values.id}.md`;
      return { path, content: withTotals(file.content, checklist, totals.questions, minCount) };
    });

    const insideNetwork = !relative(root, surveyPath).startsWith('..');
    if (insideNetwork) {
      io.stderr(`netgov pulse: warning: ${shown(io.cwd, surveyPath)} is inside the network and holds individual responses; do not commit it (move it out, or add it to .gitignore).\n`);
    }

    let written: string[];
    try {
      written = await writePlannedFiles(planned, undefined, root);
    } catch (error) {
      if (!(error instanceof FilesExistError)) throw error;
      const existing = await idsInFolder(pulses);
      io.stderr(
        `netgov pulse: ${error.paths.map((p) => shown(io.cwd, p)).join(', ')} exists already; nothing was written. Give another id with --id` +
          (existing.length > 0 ? ` (taken: ${existing.sort().join(', ')}).\n` : '.\n'),
      );
      return 2;
    }

    const path = written[0]!;
    const id = path.slice(path.lastIndexOf('/') + 1, -3);
    const lines = [`Wrote ${shown(io.cwd, path)} (id: ${id}): totals only; the survey file was not copied.`];
    lines.push(`${totals.respondents} respondents of ${invited} invited${invitedNote}.`);
    lines.push(`${totals.questions.length} ${totals.questions.length === 1 ? 'question' : 'questions'}:`);
    for (const q of totals.questions) {
      const n = answered(q);
      lines.push(
        isSmall(n, minCount)
          ? `  ${q.id}: ${n} answered, fewer than ${minCount}: suppressed, its counts were not written`
          : `  ${q.id}: ${n} answered [${q.counts.join(', ')}], ${q.blank} blank`,
      );
    }
    if (totals.ignoredColumns.length > 0) lines.push(`Left out (not questions): ${totals.ignoredColumns.map((c) => JSON.stringify(c)).join(', ')}.`);
    lines.push('Next: write what you heard and what the network will do.');
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

async function readText(path: string, shownAs: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${shownAs}: cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error)})`);
  }
}

/** The join and leave dates on each member page. */
async function memberDates(root: string, folder: string): Promise<{ joined: string | undefined; left: string | undefined }[]> {
  const dir = join(root, folder);
  const members: { joined: string | undefined; left: string | undefined }[] = [];
  for (const id of await idsInFolder(dir)) {
    const path = join(dir, `${id}.md`);
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) continue;
    const { document } = parseNetworkDocument(toCorePath(path), 'member', id, bytes, DEFAULT_LIMITS);
    const { joined, left } = memberRecord(document);
    members.push({ joined, left });
  }
  return members;
}

/** The charter's `established`, when it can be read. */
async function charterEstablished(root: string): Promise<string | undefined> {
  const path = join(root, CHARTER_FILE);
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) return undefined;
  return charterRecord(parseNetworkDocument(toCorePath(path), 'charter', 'charter', bytes, DEFAULT_LIMITS).document).established;
}

/** A path as the user would type it from where they are. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') || rel === '' ? path : rel).replace(/\\/g, '/');
}
