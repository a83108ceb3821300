import { parseArgs } from 'node:util';
import { join, relative, resolve } from 'node:path';
import { oneNetworkFor } from '../../core/usecases/discover-networks';
import { stat } from 'node:fs/promises';
import { CHARTER_FILE, type Layout } from '../../core/config';
import { folderOf } from '../../core/discovery';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../core/document';
import { AreaHistory } from '../../core/model/areas';
import { charterRecord, purposeRecord } from '../../core/model/records';
import { didYouMean, slugify } from '../../core/text/suggest';
import {
  MEETING_TYPES,
  ORGANISATION_NOT_GIVEN,
  TemplateInputError,
  planAction,
  planMeeting,
  planMember,
  planPulse,
  type PlannedFile,
} from '../../core/templates/plan';
import { FilesExistError, idsInFolder, readLayout, todayFor, writePlannedFiles } from '../node-files';
import { UsageError, type CliIO, type Command } from '../io';
import { isIsoDate } from '../../core/views/dates';
import { loadDescription, ownerLoads, type ProposedWork } from '../../core/views/owner-load';
import { loadNetwork } from '../../core/check';
import { printable } from '../../core/text/printable';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { IssueInputError, planActionFromIssue, proposalFromIssueEvent, proposalTargetOf } from '../../core/usecases/action-from-issue';

const HELP = `Usage: netgov new <kind> ... [--dir NETWORK]

Creates a document from its template, with a fresh id, and prints where.
The network is the folder given with --dir (default: the current folder) or
the nearest folder above it holding CHARTER.md. Nothing is ever overwritten.

  netgov new member NAME [--organisation ORG]
      A member's page, joined today, with no roles yet.

  netgov new action TITLE --by MEMBER_ID [--owner ID]... [--outcome ID]... [--area ID]
      A proposed action, dated today, proposed by a member, optionally with
      owners, the purpose outcomes it serves and the charter's area (the
      workstream, whose leads review it). Prints how many open actions
      each owner now owns and how many working ties they have; with no
      owner, the members who share an interest with the work and carry less
      than most, as candidates.

  netgov new action --from-issue EVENT.json
      A proposed action from an issue written with the "Propose an action"
      issue form (netgov init --ci github adds it): EVENT.json is the issue
      event GitHub Actions writes ($GITHUB_EVENT_PATH). The issue's title,
      Proposal and Expected impact, area and outcomes; proposed by the member
      id the form gives (or the member whose handles.github wrote the issue);
      with a line linking the issue.

  netgov new meeting [--date DATE] [--type TYPE] [--title TITLE]
                     [--facilitator ID] [--attendee ID]...
      Notes for a meeting (default: today, a network meeting). TYPE is
      ${MEETING_TYPES.join(', ')}.

  netgov new pulse [--date DATE] [--title TITLE] [--invited N] [--respondents N]
      A temperature check page, for the totals of a survey of members.

Options that name members or outcomes can be given more than once, or as a
comma-separated list: --owner amara-okafor,tom-hughes.

  --dir <folder>  the network's folder (or any folder inside it)

Exit codes: 0 created; 2 usage error, or the file exists already.`;

type Kind = 'member' | 'action' | 'meeting' | 'pulse';
const KINDS: readonly Kind[] = ['member', 'action', 'meeting', 'pulse'];

const OPTIONS = {
  dir: { type: 'string' },
  organisation: { type: 'string' },
  by: { type: 'string' },
  owner: { type: 'string', multiple: true },
  outcome: { type: 'string', multiple: true },
  area: { type: 'string' },
  date: { type: 'string' },
  type: { type: 'string' },
  title: { type: 'string' },
  facilitator: { type: 'string' },
  attendee: { type: 'string', multiple: true },
  invited: { type: 'string' },
  respondents: { type: 'string' },
  'from-issue': { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;

const ALLOWED: Readonly<Record<Kind, readonly OptionName[]>> = {
  member: ['dir', 'organisation'],
  action: ['dir', 'by', 'owner', 'outcome', 'area', 'from-issue'],
  meeting: ['dir', 'date', 'type', 'title', 'facilitator', 'attendee'],
  pulse: ['dir', 'date', 'title', 'invited', 'respondents'],
};

type Values = ReturnType<typeof parse>['values'];

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], allowPositionals: true, strict: true, options: OPTIONS });
}

/** What the command knows about the network it adds to. */
interface Target {
  readonly cwd: string;
  readonly root: string;
  readonly layout: Layout;
  readonly today: string;
}

export const newCommand: Command = {
  name: 'new',
  summary: 'add a member, action, meeting or temperature check from its template',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse(args);
    const [kindArg, ...words] = positionals;
    if (kindArg === undefined) throw new UsageError(`say what to create: netgov new ${KINDS.join('|')} ...`);
    if (!(KINDS as readonly string[]).includes(kindArg)) {
      const guess = didYouMean(kindArg, KINDS);
      throw new UsageError(`cannot create a '${kindArg}': use ${KINDS.join(', ')}` + (guess ? ` (did you mean '${guess}'?)` : ''));
    }
    const kind = kindArg as Kind;
    const misplaced = (Object.keys(values) as OptionName[]).filter((option) => values[option] !== undefined && !ALLOWED[kind].includes(option));
    if (misplaced.length > 0) throw new UsageError(`--${misplaced[0]} is not an option of 'netgov new ${kind}' (it takes ${ALLOWED[kind].map((o) => `--${o}`).join(', ')})`);

    const target = await findTarget(io, values.dir);
    const planned = await plan(kind, words, values, target);

    let written: string[];
    try {
      written = await writePlannedFiles(planned.files, undefined, target.root);
    } catch (error) {
      if (!(error instanceof FilesExistError)) throw error;
      io.stderr(`netgov new: ${error.paths.map((p) => shown(io.cwd, p)).join(', ')} exists already; nothing was written.\n`);
      return 2;
    }
    const path = written[0]!;
    const id = path.slice(path.lastIndexOf('/') + 1, -3);
    io.stdout(`Created ${shown(io.cwd, path)} (id: ${id})\n${planned.next}\n`);
    if (kind === 'action' && values['from-issue'] === undefined) io.stdout(await loadLines(target, { title: words.join(' '), area: values.area, outcomes: listOption(values.outcome) }, listOption(values.owner)));
    return 0;
  },
};

/** How many candidates are named when an action has no owner yet. */
const CANDIDATES = 3;

/**
 * The load of the new action's owners (this action counted), or, with none,
 * the members to ask first (core/views/owner-load.ts): so that an owner is
 * chosen knowing who already carries the work.
 */
async function loadLines(target: Target, work: ProposedWork, owners: readonly string[]): Promise<string> {
  const { network } = await loadNetwork(new NodeWorkspace(), toCorePath(target.root));
  const loads = ownerLoads(network, target.today, work);
  if (owners.length > 0) {
    const byId = new Map(loads.map((load) => [load.id, load]));
    return owners.map((id) => {
      const load = byId.get(id);
      if (!load) return `Owner: ${id}\n`;
      const actions = `${load.openOwnerships} open ${load.openOwnerships === 1 ? 'action' : 'actions'}`;
      return `Owner: ${printable(load.name)} (${id}) now owns ${actions}, this one included, and has ${load.ties} working ${load.ties === 1 ? 'tie' : 'ties'}.\n`;
    }).join('');
  }
  const candidates = loads.filter((load) => load.suggested).slice(0, CANDIDATES);
  if (candidates.length === 0) return 'No owner yet. Add one under owners:, choosing with the load in view (netgov connect shows who works with whom).\n';
  return `No owner yet. Members who share an interest with it and carry less than most:\n${candidates.map((load) => `  ${printable(`${load.name} (${load.id}): ${loadDescription(load)}`)}\n`).join('')}`;
}

async function findTarget(io: CliIO, dirOption: string | undefined): Promise<Target> {
  const start = resolve(io.cwd, dirOption ?? '.');
  if (dirOption !== undefined) {
    const info = await stat(start).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`--dir ${dirOption} is not a folder`);
  }
  const found = await oneNetworkFor(new NodeWorkspace(), toCorePath(start));
  if ('several' in found) {
    throw new UsageError(`${found.several.length} networks under ${dirOption ?? 'this folder'} (${printable(found.several.map((root) => relative(io.cwd, root) || '.').join(', '))}): say which with --dir`);
  }
  if ('none' in found) {
    const where = dirOption ?? 'this folder';
    throw new UsageError(`no network found in ${where}, any folder under it or any folder above it: a network is a folder holding CHARTER.md (netgov init creates one; --dir points at one)`);
  }
  const { root } = found;
  return { cwd: io.cwd, root, layout: await readLayout(root), today: todayFor(io.env) };
}

async function plan(kind: Kind, words: readonly string[], values: Values, target: Target): Promise<{ files: PlannedFile[]; next: string }> {
  const { root, layout, today } = target;
  const coreRoot = toCorePath(root);
  const existingIds = await idsInFolder(join(root, folderOf(kind, layout)));
  const joined = words.join(' ');
  try {
    switch (kind) {
      case 'member': {
        if (joined.trim() === '') throw new UsageError('give the new member\'s name: netgov new member "Amara Okafor"');
        const files = planMember(coreRoot, layout, { name: joined, organisation: values.organisation, today, existingIds });
        const next =
          values.organisation === undefined
            ? `Next: their organisation is written as "${ORGANISATION_NOT_GIVEN}"; put in the real one, then fill in the page.`
            : 'Next: fill in the page, and add any roles they take on with the date each starts.';
        return { files, next };
      }
      case 'action': {
        if (values['from-issue'] !== undefined) return await actionFromIssue(values['from-issue'], words, values, target, existingIds);
        if (joined.trim() === '') throw new UsageError('give the action\'s title: netgov new action "Agree a shared referral form" --by MEMBER_ID');
        if (values.by === undefined) throw new UsageError('say who proposes the action with --by MEMBER_ID');
        const members = await memberIds(target);
        const [by] = checkMembers('--by', [values.by], members, layout);
        const owners = checkMembers('--owner', listOption(values.owner), members, layout);
        const outcomes = checkOutcomes(listOption(values.outcome), await outcomeIds(target), layout);
        const area = values.area === undefined ? undefined : checkArea(values.area, await charterAreas(target), today);
        const files = planAction(coreRoot, layout, { title: joined, proposedBy: by!, owners, outcomes, area, today, existingIds });
        return { files, next: 'Next: write the Proposal and the Expected impact, then share it for a decision (a pull request, or the next meeting).' };
      }
      case 'meeting': {
        noWords(kind, words);
        const date = dateOption(values.date, today);
        const members = await memberIds(target);
        const facilitator = values.facilitator === undefined ? undefined : checkMembers('--facilitator', [values.facilitator], members, layout)[0];
        const attendees = checkMembers('--attendee', listOption(values.attendee), members, layout);
        const files = planMeeting(coreRoot, layout, { date, type: values.type, title: values.title, facilitator, attendees, existingIds });
        return { files, next: 'Next: add the agenda; after the meeting, the notes, who came, what was decided and minutes_published.' };
      }
      case 'pulse': {
        noWords(kind, words);
        const date = dateOption(values.date, today);
        const invited = countOption('--invited', values.invited);
        const respondents = countOption('--respondents', values.respondents);
        const files = planPulse(coreRoot, layout, { date, title: values.title, invited, respondents, existingIds });
        return { files, next: 'Next: add the totals for each question (never individual answers) and what the network will do.' };
      }
    }
  } catch (error) {
    if (error instanceof TemplateInputError) throw new UsageError(error.message);
    throw error;
  }
}

/** `new action --from-issue EVENT.json`: the issue's form, checked against the network (core/usecases/action-from-issue.ts). */
async function actionFromIssue(eventFile: string, words: readonly string[], values: Values, target: Target, existingIds: readonly string[]): Promise<{ files: PlannedFile[]; next: string }> {
  if (words.length > 0) throw new UsageError(`--from-issue takes the title from the issue; unexpected ${printable(words.join(' '))}`);
  const other = (['by', 'owner', 'outcome', 'area'] as const).find((option) => values[option] !== undefined);
  if (other !== undefined) throw new UsageError(`--from-issue takes --${other} from the issue's form; leave --${other} out`);
  const path = resolve(target.cwd, eventFile);
  let source: string;
  try {
    source = new TextDecoder('utf-8').decode(await new NodeWorkspace().readFile(toCorePath(path), DEFAULT_LIMITS.maxFileBytes));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${printable(eventFile)}: cannot be read (${code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const issue = proposalFromIssueEvent(source, printable(eventFile));
    const { network } = await loadNetwork(new NodeWorkspace(), toCorePath(target.root));
    const file = planActionFromIssue(toCorePath(target.root), target.layout, issue, proposalTargetOf(network), target.today, existingIds);
    return { files: [file], next: `From issue #${issue.number}. Next: a pull request, where the leads review it (the proposals workflow opens it).` };
  } catch (error) {
    if (error instanceof IssueInputError) throw new UsageError(error.message);
    throw error;
  }
}

function noWords(kind: Kind, words: readonly string[]): void {
  if (words.length > 0) throw new UsageError(`'netgov new ${kind}' takes no ${words.length === 1 ? 'word' : 'words'} after '${kind}' (${words.join(' ')}); give a title with --title`);
}

/** `--owner a --owner b,c` -> [a, b, c]. */
function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
}

function dateOption(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (!isIsoDate(value)) throw new UsageError(`--date needs a date written YYYY-MM-DD, not '${value}'`);
  return value;
}

function countOption(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,7}$/.test(value)) throw new UsageError(`${option} needs a whole number, not '${value}'`);
  return Number(value);
}

async function memberIds(target: Target): Promise<Set<string>> {
  return new Set(await idsInFolder(join(target.root, folderOf('member', target.layout))));
}

/** The outcome ids in the network's purpose, or undefined when it has no readable purpose document. */
async function outcomeIds(target: Target): Promise<Set<string> | undefined> {
  const path = join(target.root, target.layout.purpose);
  const bytes = await new NodeWorkspace().readFile(toCorePath(path), DEFAULT_LIMITS.maxFileBytes).catch(() => undefined);
  if (!bytes) return undefined;
  const { document } = parseNetworkDocument(toCorePath(path), 'purpose', 'purpose', bytes, DEFAULT_LIMITS);
  if (!document.data) return undefined;
  return new Set(purposeRecord(document).outcomes.map(({ id }) => id));
}

/** The ids, each of which must have a member page; otherwise one line naming the first that does not. */
function checkMembers(option: string, ids: readonly string[], members: ReadonlySet<string>, layout: Layout): string[] {
  for (const id of ids) {
    if (members.has(id)) continue;
    const folder = folderOf('member', layout);
    const guess = closest(id, members);
    throw new UsageError(
      `${option}: '${id}' is not a member of this network (there is no ${folder}/${id}.md)` +
        (guess ? `; did you mean '${guess}'?` : '; add them first with netgov new member'),
    );
  }
  return [...ids];
}

function checkOutcomes(ids: readonly string[], outcomes: ReadonlySet<string> | undefined, layout: Layout): string[] {
  for (const id of ids) {
    if (outcomes?.has(id)) continue;
    if (outcomes === undefined) throw new UsageError(`--outcome: '${id}' cannot be checked: ${layout.purpose} is missing or cannot be read`);
    const guess = closest(id, outcomes);
    throw new UsageError(`--outcome: '${id}' is not an outcome in ${layout.purpose}` + (guess ? `; did you mean '${guess}'?` : ` (its outcomes: ${[...outcomes].join(', ') || 'none'})`));
  }
  return [...ids];
}

/** The area ids in the network's charter and their history (renamed, retired), or undefined when it cannot be read. */
async function charterAreas(target: Target): Promise<{ readonly ids: ReadonlySet<string>; readonly history: AreaHistory } | undefined> {
  const path = join(target.root, CHARTER_FILE);
  const bytes = await new NodeWorkspace().readFile(toCorePath(path), DEFAULT_LIMITS.maxFileBytes).catch(() => undefined);
  if (!bytes) return undefined;
  const { document } = parseNetworkDocument(toCorePath(path), 'charter', 'charter', bytes, DEFAULT_LIMITS);
  return { ids: new Set(charterRecord(document).areas.map(({ id }) => id)), history: new AreaHistory(document.data) };
}

/** The area, when the charter lists it and it is open today: a renamed one names the area it goes on as, a retired one when it ended. */
function checkArea(id: string, charter: { readonly ids: ReadonlySet<string>; readonly history: AreaHistory } | undefined, today: string): string {
  if (charter === undefined) throw new UsageError(`--area: '${printable(id)}' cannot be checked: ${CHARTER_FILE} cannot be read`);
  const open = new Set([...charter.ids].filter((area) => charter.history.isOpen(area, today)));
  const closed = charter.ids.has(id) ? charter.history.closed(id, today) : undefined;
  if (closed) {
    throw new UsageError(
      `--area: ${closed.reason}` +
        (closed.instead !== undefined
          ? `; give --area ${closed.instead}`
          : `, so no new action goes under it; ${open.size > 0 ? `give one of the open areas (${[...open].join(', ')}) or none` : 'leave --area out'}`),
    );
  }
  if (charter.ids.has(id)) return id;
  const guess = closest(id, open);
  throw new UsageError(`--area: '${printable(id)}' is not an area in ${CHARTER_FILE}` + (guess ? `; did you mean '${guess}'?` : ` (its open areas: ${[...open].join(', ') || 'none'})`));
}

/** The id someone most likely meant: the slug of what they typed ("Amara Okafor"), or a near spelling. */
function closest(typed: string, ids: ReadonlySet<string>): string | undefined {
  const slug = slugify(typed);
  if (ids.has(slug)) return slug;
  return didYouMean(typed, [...ids]);
}

/** A path as the user would type it from where they are. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') || rel === '' ? path : rel).replace(/\\/g, '/');
}
