import { posix } from 'node:path';
import type { Layout } from '../config';
import { folderOf } from '../discovery';
import { AGREED_OPEN_STATUSES } from '../model/action-status';
import { addMonths } from '../model/fields';
import type { YamlPath } from '../parse/yaml-source';
import { TemplateInputError, uniqueId, type PlannedFile } from '../templates/plan';
import { renderTemplate } from '../templates/render';
import { addDays, daysBetween, daysText, formatDate, isIsoDate, relativeDays } from '../views/dates';
import meetingTemplate from '../../../templates/meeting.md';
import { DIMENSION_TITLES, type Dimension } from './checklist';
import type { HealthSnapshot, ItemResult } from './evaluate';
import { untilOrRole, type ActionFact, type RoleFact } from './facts';
import { plural } from './indicator';

/**
 * A draft agenda for the network's next meeting, from a health snapshot: the
 * proposals waiting for a decision, the findings at risk, lead roles coming to
 * the end of their term, a temperature check that is due and overdue work.
 * Leaders convene the conversation; the draft only gathers what the documents
 * say so that nothing waiting is forgotten. The lead edits it, and nothing in
 * it is decided. Pure: the CLI and the editor write the planned file.
 */

export interface AgendaOptions {
  /** ISO date of the meeting. */
  readonly date: string;
  /** Lead roles ending within this many days of the snapshot's day are listed; default 90. */
  readonly soonDays?: number;
}

export const DEFAULT_SOON_DAYS = 90;
/** A temperature check is due when the last one is older than this. */
export const TEMPERATURE_CHECK_MONTHS = 12;
/** Overdue actions are a reminder, not the meeting: the rest are counted. */
export const MAX_OVERDUE_LISTED = 10;

/** A document the agenda points at: its absolute path and, when known, the field. */
export interface AgendaSource {
  readonly file: string;
  readonly at?: YamlPath;
}

export interface MemberRef {
  readonly id: string;
  /** The name on their page; the id when there is no page. */
  readonly name: string;
}

export interface ProposalEntry extends AgendaSource {
  readonly id: string;
  readonly title: string;
  readonly proposedBy: MemberRef | undefined;
  readonly proposed: string;
  /** Days from the proposal to the snapshot's day. */
  readonly waitingDays: number;
}

export interface FindingEntry {
  readonly dimension: Dimension;
  readonly itemId: string;
  readonly title: string;
  readonly summary: string;
  readonly question: string;
}

export interface FindingsSection {
  /** 'at-risk' when any item is at risk; 'watch' when none is and some are on watch; 'none' otherwise. */
  readonly level: 'at-risk' | 'watch' | 'none';
  /** The items at that level, by dimension in the model's order, then in checklist order. */
  readonly items: readonly FindingEntry[];
}

export interface RoleEntryDue extends AgendaSource {
  readonly member: MemberRef;
  readonly role: string;
  readonly area: string | undefined;
  /** The area's title from the charter, when it has one. */
  readonly areaTitle: string | undefined;
  readonly until: string;
  /** True when the term has ended and no one holds the role now. */
  readonly expired: boolean;
}

export interface TemperatureCheckEntry {
  readonly due: boolean;
  /** The latest temperature check on or before the snapshot's day. */
  readonly last: (AgendaSource & { readonly id: string; readonly date: string }) | undefined;
}

export interface OverdueEntry extends AgendaSource {
  readonly id: string;
  readonly title: string;
  readonly due: string;
  readonly owners: readonly MemberRef[];
}

export interface AgendaDraft {
  /** The meeting's date. */
  readonly date: string;
  /** The day the documents were read as of (the snapshot's day). */
  readonly asOf: string;
  readonly soonDays: number;
  readonly proposals: readonly ProposalEntry[];
  readonly findings: FindingsSection;
  readonly roles: readonly RoleEntryDue[];
  readonly temperatureCheck: TemperatureCheckEntry;
  /** Every overdue agreed action, most overdue first; the rendering lists the first MAX_OVERDUE_LISTED. */
  readonly overdue: readonly OverdueEntry[];
}

/** The agenda for a meeting on `options.date`, from what the snapshot knows on its day. */
export function draftAgenda(snapshot: HealthSnapshot, options: AgendaOptions): AgendaDraft {
  if (!isIsoDate(options.date)) throw new TemplateInputError(`The meeting date '${options.date}' is not a date written YYYY-MM-DD.`);
  const soonDays = options.soonDays ?? DEFAULT_SOON_DAYS;
  if (!Number.isInteger(soonDays) || soonDays < 0 || soonDays > 3650) throw new TemplateInputError(`The number of days ahead for roles must be a whole number from 0 to 3650, not ${soonDays}.`);
  const { facts } = snapshot;
  const names = new Map(facts.everMembers.map((member) => [member.id, member.name]));
  const memberRef = (id: string): MemberRef => ({ id, name: names.get(id) ?? id });

  return {
    date: options.date,
    asOf: snapshot.asOf,
    soonDays,
    proposals: proposalsOf(facts.actions, snapshot.asOf, memberRef),
    findings: findingsOf(snapshot),
    roles: rolesDue(snapshot, soonDays, memberRef),
    temperatureCheck: temperatureCheckOf(snapshot),
    overdue: overdueOf(facts.actions, snapshot.asOf, memberRef),
  };
}

function proposalsOf(actions: readonly ActionFact[], asOf: string, memberRef: (id: string) => MemberRef): ProposalEntry[] {
  return actions
    .filter((action) => action.status === 'proposed' && !action.inRetiredArea)
    .sort((a, b) => compare(a.proposed, b.proposed) || compare(a.id, b.id))
    .map((action) => ({
      id: action.id,
      title: action.title,
      file: action.document.path,
      proposedBy: action.proposedBy === undefined ? undefined : memberRef(action.proposedBy),
      proposed: action.proposed,
      waitingDays: daysBetween(action.proposed, asOf),
    }));
}

function findingsOf(snapshot: HealthSnapshot): FindingsSection {
  const results = snapshot.dimensions.flatMap((dimension) => dimension.items);
  const entry = (result: ItemResult): FindingEntry => ({
    dimension: result.item.dimension,
    itemId: result.item.id,
    title: result.item.title,
    summary: result.measurement.summary,
    question: result.measurement.question,
  });
  const atRisk = results.filter((result) => result.status === 'at-risk');
  if (atRisk.length > 0) return { level: 'at-risk', items: atRisk.map(entry) };
  const watch = results.filter((result) => result.status === 'watch');
  return watch.length > 0 ? { level: 'watch', items: watch.map(entry) } : { level: 'none', items: [] };
}

/**
 * Lead roles held on the day whose term ends within `soonDays`, and lead roles
 * whose term has ended while their holder is still a member and no one holds
 * the same role for the same area now: someone may still be doing the work
 * without a term, or no one is. Only the latest ended term of a role counts.
 */
function rolesDue(snapshot: HealthSnapshot, soonDays: number, memberRef: (id: string) => MemberRef): RoleEntryDue[] {
  const { facts, asOf } = snapshot;
  const areaTitles = new Map((facts.charterRecord?.areas ?? []).flatMap(({ id, title }) => (title !== undefined ? [[id, title] as const] : [])));
  const key = (role: { readonly role: string; readonly area: string | undefined }): string => `${role.role}\u0000${role.area ?? ''}`;
  const held = facts.leadRolesHeld;
  const heldKeys = new Set(held.map(key));
  const horizon = addDays(asOf, soonDays);

  const withEnd = (role: RoleFact): { role: RoleFact; until: string }[] => (role.until === undefined ? [] : [{ role, until: role.until }]);
  // A role whose area retires by then ends with it: there is nobody to hand it to.
  const ending = held.flatMap(withEnd).filter(({ role, until }) => until <= horizon && !(role.areaRetired !== undefined && role.areaRetired <= horizon));
  const latestEnded = new Map<string, { role: RoleFact; until: string }>();
  for (const ended of facts.roles.flatMap(withEnd)) {
    const { role, until } = ended;
    // A role in an area retired by the day has nobody to hand over to: its work ended.
    if (!role.lead || until >= asOf || heldKeys.has(key(role)) || !facts.isMember(role.member) || (role.areaRetired !== undefined && role.areaRetired <= asOf)) continue;
    const previous = latestEnded.get(key(role));
    if (!previous || until > previous.until) latestEnded.set(key(role), ended);
  }
  return [...ending, ...latestEnded.values()]
    .map(({ role, until }) => ({
      file: role.document.path,
      at: untilOrRole(role),
      member: memberRef(role.member),
      role: role.role,
      area: role.area,
      areaTitle: role.area === undefined ? undefined : areaTitles.get(role.area),
      until,
      expired: until < asOf,
    }))
    .sort((a, b) => compare(a.until, b.until) || compare(a.member.id, b.member.id) || compare(a.role, b.role));
}

function temperatureCheckOf(snapshot: HealthSnapshot): TemperatureCheckEntry {
  const pulse = snapshot.facts.pulses.at(-1);
  if (!pulse) return { due: true, last: undefined };
  return { due: pulse.date < addMonths(snapshot.asOf, -TEMPERATURE_CHECK_MONTHS), last: { id: pulse.id, date: pulse.date, file: pulse.document.path } };
}

/** Agreed work (agreed, in progress or blocked) whose due date has passed, outside areas the charter has retired. */
function overdueOf(actions: readonly ActionFact[], asOf: string, memberRef: (id: string) => MemberRef): OverdueEntry[] {
  return actions
    .flatMap((action) => (AGREED_OPEN_STATUSES.has(action.status) && !action.inRetiredArea && action.due !== undefined && action.due < asOf ? [{ action, due: action.due }] : []))
    .sort((a, b) => compare(a.due, b.due) || compare(a.action.id, b.action.id))
    .map(({ action, due }) => ({ id: action.id, title: action.title, file: action.document.path, at: ['due'], due, owners: action.owners.map(memberRef) }));
}

// ---------------------------------------------------------------------------
// The meeting document

/** The id a draft for `date` takes when no meeting has it yet. */
/** What the draft holds, in one sentence: what `netgov agenda` and "Prepare next meeting" say when they write it. */
export function agendaSummary(draft: AgendaDraft): string {
  const findings = draft.findings.level === 'none' ? 'no findings at risk or on watch' : `${plural(draft.findings.items.length, 'finding')} ${draft.findings.level === 'at-risk' ? 'at risk' : 'on watch'}`;
  const parts = [
    `${plural(draft.proposals.length, 'proposal')} waiting`,
    findings,
    `${plural(draft.roles.length, 'lead role')} ending or ended`,
    draft.temperatureCheck.due ? 'a temperature check due' : 'no temperature check due',
    plural(draft.overdue.length, 'overdue action'),
  ];
  return `The agenda has ${parts.join(', ')}.`;
}

export function agendaBaseId(date: string): string {
  return `${date}-network-meeting`;
}

/**
 * The draft as a new meeting document, id `<date>-network-meeting` made unique
 * against `existingIds`. Links to actions and temperature checks are relative
 * to the meeting's folder in `layout`, so they work wherever the network is.
 */
export function planAgenda(root: string, layout: Layout, draft: AgendaDraft, existingIds: Iterable<string>): PlannedFile[] {
  const id = uniqueId(draft.date, 'network-meeting', existingIds);
  const folder = posix.join(root, folderOf('meeting', layout));
  return [{ path: posix.join(folder, `${id}.md`), content: renderAgenda(draft, folder) }];
}

/**
 * The meeting's notes, as `netgov new meeting` writes them, with the agenda
 * filled in. The facilitator is left out (an empty slot leaves out its line,
 * as in the meeting template) and no one is listed as attending yet: the lead
 * fills those in. `meetingFolder` is the absolute folder the file goes in.
 */
export function renderAgenda(draft: AgendaDraft, meetingFolder: string): string {
  const notesStart = meetingTemplate.indexOf('## Notes');
  if (notesStart < 0) throw new Error('Template meeting.md: no "## Notes" section to follow the agenda.');
  const template = [
    '---',
    'kind: meeting',
    'title: {{title}}',
    'date: {{date}}',
    'type: {{type}}',
    'facilitator: {{facilitator}}',
    'attendees: {{attendees}}',
    'decisions: {{decisions}}',
    '---',
    '',
    '## Agenda',
    '',
    '{{agenda}}',
    '',
    meetingTemplate.slice(notesStart).replace(/\r\n?/g, '\n'),
  ].join('\n');
  const slots = { title: 'Network meeting', date: draft.date, type: 'network', facilitator: null, attendees: [], decisions: [], agenda: agendaMarkdown(draft, meetingFolder) };
  return renderTemplate(template, slots, 'agenda');
}

/** The lines under "## Agenda". */
export function agendaMarkdown(draft: AgendaDraft, meetingFolder: string): string {
  const link = (id: string, file: string): string => `[${inline(id)}](${relativeLink(meetingFolder, file)})`;
  const sections: string[][] = [
    [
      `Drafted by netgov from the network's documents as of ${formatDate(draft.asOf)}, for the lead to edit: add, reorder or remove items. Nothing here has been decided.`,
    ],
    section('Proposals waiting for a decision', draft.proposals.length === 0 ? ['No proposals are waiting for a decision.'] : draft.proposals.map((proposal) => {
      const by = proposal.proposedBy ? `proposed by ${inline(proposal.proposedBy.name)}` : 'proposed (by whom is not recorded)';
      const waiting = proposal.waitingDays <= 0 ? 'waiting since today' : `waiting ${age(proposal.proposed, draft.asOf)}`;
      return `- ${inline(proposal.title)} (${link(proposal.id, proposal.file)}): ${by} on ${formatDate(proposal.proposed)}, ${waiting}.`;
    })),
    section('Findings at risk', findingLines(draft.findings)),
    section(
      'Lead roles ending soon',
      draft.roles.length === 0
        ? [`No lead role ends in the next ${draft.soonDays} days, and every ended term has been handed on.`]
        : draft.roles.map((role) => {
            const what = `${inline(role.member.name)}, ${inline(role.role)}${role.area === undefined ? '' : ` for ${inline(role.areaTitle ?? role.area)}`}`;
            const when = `${formatDate(role.until)}, ${relativeDays(role.until, draft.asOf)}`;
            return role.expired ? `- ${what}: the term ended on ${when}, and no one has taken the role on since.` : `- ${what}: the term ends on ${when}.`;
          }),
    ),
    section('Temperature check', [temperatureLine(draft, link)]),
    section('Overdue actions', overdueLines(draft, link)),
  ];
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

function section(heading: string, lines: readonly string[]): string[] {
  return [`### ${heading}`, '', ...lines];
}

function findingLines(findings: FindingsSection): string[] {
  if (findings.level === 'none') return ['No findings are at risk or worth watching.'];
  const lines = findings.level === 'watch' ? ['Nothing is at risk. These findings are worth watching:'] : [];
  let dimension: Dimension | undefined;
  for (const finding of findings.items) {
    if (finding.dimension !== dimension) {
      dimension = finding.dimension;
      if (lines.length > 0) lines.push('');
      lines.push(`#### ${DIMENSION_TITLES[dimension]}`, '');
    }
    const question = finding.question.trim() === '' ? '' : ` To discuss: ${inline(finding.question)}`;
    lines.push(`- ${inline(finding.title)}: ${inline(finding.summary)}${question}`);
  }
  return lines;
}

function temperatureLine(draft: AgendaDraft, link: (id: string, file: string) => string): string {
  const { due, last } = draft.temperatureCheck;
  if (!last) return '- A temperature check is due: the network has not had one yet. Agree when to ask members how the network is doing.';
  const when = `${formatDate(last.date)} (${link(last.id, last.file)})`;
  return due
    ? `- A temperature check is due: the last was on ${when}, ${age(last.date, draft.asOf)} ago. Agree when to ask members how the network is doing.`
    : `No temperature check is due: the last was on ${when}.`;
}

function overdueLines(draft: AgendaDraft, link: (id: string, file: string) => string): string[] {
  if (draft.overdue.length === 0) return ['No agreed actions are overdue.'];
  const lines = draft.overdue.slice(0, MAX_OVERDUE_LISTED).map((action) => {
    const owners = action.owners.length === 0 ? 'no owner' : `owned by ${action.owners.map((owner) => inline(owner.name)).join(', ')}`;
    return `- ${inline(action.title)} (${link(action.id, action.file)}): due ${formatDate(action.due)}, ${relativeDays(action.due, draft.asOf)}; ${owners}.`;
  });
  const more = draft.overdue.length - MAX_OVERDUE_LISTED;
  if (more > 0) lines.push(`- And ${more} more overdue ${more === 1 ? 'action' : 'actions'}.`);
  return lines;
}

/**
 * Text members wrote (titles, names) as inert markdown on one line: every
 * character markdown or HTML could read as markup is escaped, and what would
 * start a block (a list, a heading) is escaped at the start, since the text
 * opens a list item. Read back, it shows the text as written, with line
 * breaks as spaces. Unlike escapeMarkdown (core/text/markdown.ts), for
 * reports, it uses backslashes rather than HTML entities and leaves a plain
 * `&` alone: the lead edits this draft by hand, so it should read as typed.
 */
export function inline(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^([-+#=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A relative link from the meeting's folder to a file in the network, each segment encoded. */
function relativeLink(fromFolder: string, file: string): string {
  return posix.relative(fromFolder, file).split('/').map((segment) => (segment === '..' ? segment : encodeURIComponent(segment))).join('/');
}

/** How long from one date to a later one, in plain words: days up to two months, whole months after. */
function age(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days < 60) return daysText(days);
  const months = monthsBetween(from, to);
  return months === 1 ? '1 month' : `${months} months`;
}

/** Whole calendar months from one date to a later one. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
