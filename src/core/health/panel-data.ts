import { posix } from 'node:path';
import type { NetworkDocument } from '../document';
import type { Network } from '../network';
import { addDays, daysBetween } from '../views/dates';
import type { Checklist } from './checklist';
import type { AsOfFacts, RoleFact } from './facts';
import { ACTION_STATUSES, AGREED_OPEN_STATUSES, type ActionStatus } from '../model/action-status';
import { graphPicture, type PictureOptions } from './graph-layout';
import { biconnectivity } from './graph-metrics';
import { reportOf, type HealthReport, type HealthReportOptions } from './report';
import { evaluateHealth } from './evaluate';
import { networkStart } from '../model/beginning';
import { tieDefinition } from './ties';
import type { GraphPicture, SourceRef } from './graph-picture';

export type { GraphEdge, GraphNode, GraphPicture, SourceRef } from './graph-picture';

/**
 * Everything the health panel and the exported HTML report draw, computed in
 * the core (so the CLI's `--format html` and the editor's panel show the same
 * thing) and handed to the renderers in src/webview/render. Plain data: no
 * documents, no functions, safe to serialise.
 */
export interface PanelData {
  /** Scores, statuses, findings with located evidence, the monthly trend, temperature checks. */
  readonly report: HealthReport;
  readonly graph: GraphPicture;
  readonly leadership: LeadershipTimeline;
  readonly funnel: ActionFunnel;
  /** One point per month end of the trend, oldest first. */
  readonly participation: readonly ParticipationPoint[];
}

/** Who led which area when: one row per area (or role without an area), terms oldest first. */
export interface LeadershipTimeline {
  /** The span drawn: from the earliest term start (or the network's start) to a year after the day. */
  readonly from: string;
  readonly to: string;
  readonly rows: readonly { readonly area: string; readonly label: string; readonly terms: readonly LeadTerm[] }[];
}

export interface LeadTerm {
  readonly member: string;
  readonly name: string;
  readonly role: string;
  readonly from: string;
  /** Undefined: no end date recorded. */
  readonly until: string | undefined;
  /** The term's end has passed with nobody after it (role.term-expired), or it ends within 90 days of the day. */
  readonly state: 'past' | 'current' | 'ending-soon' | 'expired' | 'open-ended';
  readonly source: SourceRef;
}

export interface ActionFunnel {
  /** Actions by status on the day, in funnel order: proposed, agreed, in-progress, blocked, done, dropped. */
  readonly counts: readonly { readonly status: ActionStatus; readonly count: number }[];
  /** Open agreed work past its due date, most overdue first: the first OVERDUE_SHOWN of `overdueTotal`. */
  readonly overdueTotal: number;
  readonly overdue: readonly { readonly id: string; readonly title: string; readonly due: string; readonly daysOverdue: number; readonly owners: readonly string[]; readonly source: SourceRef }[];
}

export interface ParticipationPoint {
  /** The month end (or the report's day for the last point). */
  readonly date: string;
  readonly members: number;
  /** Members who took part (attended, facilitated, proposed, owned, contributed) in the 90 days to the date. */
  readonly active: number;
  /** Meetings held in the month. */
  readonly meetings: number;
  /** Mean attendance at those meetings; undefined with none. */
  readonly meanAttendance: number | undefined;
}

/** Overdue actions listed (with their place in the file); the rest are counted in `overdueTotal`. */
export const OVERDUE_SHOWN = 50;
/** A term ending within this many days of the day is ending soon. */
export const ENDING_SOON_DAYS = 90;
/** A member is active in the days to a date (as the participation checks count). */
const ACTIVE_DAYS = 90;

export interface PanelDataOptions extends HealthReportOptions {
  /** How the collaboration graph is drawn (limits; the defaults suit the panel). */
  readonly graph?: PictureOptions;
}

/**
 * The panel's data for a network on a day: the health report (exactly as
 * `buildHealthReport` makes it) and the pictures drawn beside it, read from
 * the same documents as of the same day.
 */
export function buildPanelData(network: Network, checklist: Checklist, options: PanelDataOptions): PanelData {
  const snapshot = evaluateHealth(network, checklist, options);
  const report = reportOf(network, checklist, snapshot, options);
  const facts = snapshot.facts;
  const names = new Map(facts.everMembers.map((member) => [member.id, member.name]));
  const name = (id: string): string => names.get(id) ?? id;
  const source = (document: NetworkDocument, line: number): SourceRef => ({ file: document.path, relative: posix.relative(network.root, document.path), line });
  return {
    report,
    graph: graphOf(facts, name, source, options.graph),
    leadership: leadershipOf(facts, name, source),
    funnel: funnelOf(facts, name, source),
    participation: participationOf(facts, report.trend.length > 0 ? report.trend.map((point) => point.date) : [facts.asOf]),
  };
}

type SourceOf = (document: NetworkDocument, line: number) => SourceRef;

function graphOf(facts: AsOfFacts, name: (id: string) => string, source: SourceOf, options: PictureOptions | undefined): GraphPicture {
  // The index arrays rather than facts.graph: building a graphology graph of 100,000 ties takes a second.
  const collaboration = facts.collaboration;
  const brokers = new Set(biconnectivity(collaboration.neighbours).articulation.map((i) => collaboration.ids[i]!));
  const roles = new Map<string, string[]>();
  for (const role of facts.leadRolesHeld) roles.set(role.member, [...(roles.get(role.member) ?? []), roleInWords(role)]);
  const documents = new Map(facts.members.map((member) => [member.id, member.document]));
  const picture = graphPicture(
    collaboration,
    {
      name,
      roles: (id) => roles.get(id) ?? [],
      source: (id) => {
        const document = documents.get(id);
        return document ? source(document, 0) : undefined;
      },
      brokers,
    },
    facts.minCount,
    options,
  );
  return { ...picture, definition: tieDefinition(facts.ties, facts.asOf) };
}

/** "lead for falls-prevention until 2027-03-31", "co-chair since 2025-01-01, no end date recorded". */
function roleInWords(role: RoleFact): string {
  const what = role.area === undefined ? role.role : `${role.role} for ${role.area}`;
  return role.until === undefined ? `${what} since ${role.from ?? 'an unknown date'}, no end date recorded` : `${what} until ${role.until}`;
}

function leadershipOf(facts: AsOfFacts, name: (id: string) => string, source: SourceOf): LeadershipTimeline {
  const leadRoles = facts.roles.filter((role) => role.lead);
  // A term is taken on once a later-starting term for the same role and area has begun (as role.term-expired reads it).
  const latestStart = new Map<string, string>();
  for (const role of leadRoles) if ((latestStart.get(termKey(role)) ?? '') < (role.from ?? '')) latestStart.set(termKey(role), role.from ?? '');
  const soon = addDays(facts.asOf, ENDING_SOON_DAYS);
  const stateOf = (role: RoleFact): LeadTerm['state'] => {
    const current = facts.isMember(role.member);
    if (role.until === undefined) return current ? 'open-ended' : 'past';
    if (role.until < facts.asOf) return current && (latestStart.get(termKey(role)) ?? '') <= (role.from ?? '') ? 'expired' : 'past';
    if (!current) return 'past';
    return role.until <= soon ? 'ending-soon' : 'current';
  };
  const rows = new Map<string, { area: string; label: string; terms: LeadTerm[] }>();
  for (const role of [...leadRoles].sort((a, b) => compare(a.from ?? '', b.from ?? '') || compare(a.member, b.member) || a.index - b.index)) {
    const key = role.area === undefined ? `role:${role.role}` : `area:${role.area}`;
    const row = rows.get(key) ?? { area: role.area ?? role.role, label: role.area ?? `${role.role} (no area)`, terms: [] };
    rows.set(key, row);
    row.terms.push({ member: role.member, name: name(role.member), role: role.role, from: role.from ?? facts.asOf, until: role.until, state: stateOf(role), source: source(role.document, role.document.rangeOf(['roles', role.index]).start.line) });
  }
  const starts = leadRoles.flatMap((role) => (role.from === undefined ? [] : [role.from])).sort();
  return {
    from: starts[0] ?? networkStart(facts.network) ?? facts.asOf,
    to: addDays(facts.asOf, 365),
    rows: [...rows.values()].sort((a, b) => compare(a.label, b.label)),
  };
}

function termKey(role: RoleFact): string {
  return `${role.role}|${role.area ?? ''}`;
}


const OPEN = AGREED_OPEN_STATUSES;

function funnelOf(facts: AsOfFacts, name: (id: string) => string, source: SourceOf): ActionFunnel {
  const counts = new Map<ActionStatus, number>();
  for (const action of facts.actions) counts.set(action.status, (counts.get(action.status) ?? 0) + 1);
  const overdue = facts.actions
    .filter((action): action is typeof action & { due: string } => OPEN.has(action.status) && !action.inRetiredArea && action.due !== undefined && action.due < facts.asOf)
    .sort((a, b) => compare(a.due, b.due) || compare(a.id, b.id));
  return {
    counts: ACTION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    overdueTotal: overdue.length,
    // Only the actions listed are located: finding a field's line reads the document's YAML tree.
    overdue: overdue.slice(0, OVERDUE_SHOWN).map((action) => ({
      id: action.id,
      title: action.title,
      due: action.due,
      daysOverdue: daysBetween(action.due, facts.asOf),
      owners: action.owners.map(name),
      source: source(action.document, action.document.rangeOf(['due']).start.line),
    })),
  };
}

/**
 * Participation at each date, in one pass over the day's facts: the facts for
 * the last date hold every meeting and action of the earlier ones, so each
 * date's window is a slice of the same sorted events (the active-share check
 * counts the same way: a part taken in the 90 days up to and including the date).
 */
function participationOf(facts: AsOfFacts, dates: readonly string[]): ParticipationPoint[] {
  const events: { day: string; id: string }[] = [];
  for (const meeting of facts.meetings) {
    for (const id of meeting.attendees) events.push({ day: meeting.date, id });
    if (meeting.facilitator !== undefined) events.push({ day: meeting.date, id: meeting.facilitator });
  }
  for (const action of facts.actions) {
    if (action.proposedBy !== undefined) events.push({ day: action.proposed, id: action.proposedBy });
    // Owners and contributors take part at the proposal, the decision and the completion (as facts.lastActive counts them).
    const days = [action.proposed, action.decision?.date, action.completed].filter((day): day is string => day !== undefined);
    for (const id of [...action.owners, ...action.contributors]) for (const day of days) events.push({ day, id });
  }
  events.sort((a, b) => compare(a.day, b.day));
  const joined = new Map(facts.everMembers.map((member) => [member.id, member]));
  const currentOn = (id: string, day: string): boolean => {
    const member = joined.get(id);
    return member !== undefined && member.joined <= day && (member.left === undefined || member.left > day);
  };
  return dates.map((day) => {
    const since = addDays(day, -ACTIVE_DAYS);
    const active = new Set<string>();
    for (let k = firstAfter(events, since); k < events.length && events[k]!.day <= day; k++) if (currentOn(events[k]!.id, day)) active.add(events[k]!.id);
    const monthStart = `${day.slice(0, 8)}01`;
    const meetings = facts.meetings.filter((meeting) => meeting.date >= monthStart && meeting.date <= day);
    const attendance = meetings.reduce((sum, meeting) => sum + new Set(meeting.attendees).size, 0);
    return {
      date: day,
      members: facts.everMembers.filter((member) => currentOn(member.id, day)).length,
      active: active.size,
      meetings: meetings.length,
      meanAttendance: meetings.length === 0 ? undefined : Math.round((attendance / meetings.length) * 10) / 10,
    };
  });
}

/** The index of the first event after `day` (binary search over events sorted by day). */
function firstAfter(events: readonly { day: string }[], day: string): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (events[mid]!.day <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
