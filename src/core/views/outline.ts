import { ACTION_STATUS_TITLES, CLOSED_STATUSES, isActionStatus, type ActionStatus } from '../model/action-status';
import { isMemberOn } from '../model/membership';
import { areaHistory } from '../model/areas';
import { posix } from 'node:path';
import type { Network } from '../network';
import { addMonths } from '../model/fields';
import { actionRecords, charterRecordOf, memberRecords, purposeRecordOf, type MemberRecord } from '../model/records';
import { LEAD_ROLES, type RoleEntry } from '../rules/roles';
import { addDays } from './dates';

/**
 * What the Network view shows, read from a network's documents as of a day:
 * members grouped by the roles they hold, actions by status, and the dates
 * coming up. Pure data; the view turns it into tree items.
 */

/** How far ahead "Coming up" looks, in days. */
export const COMING_UP_DAYS = 60;

// ---------------------------------------------------------------------------
// Members

export interface MemberEntry {
  readonly id: string;
  readonly path: string;
  /** The `name` field, or the id when the page has none. */
  readonly name: string;
  readonly organisation: string | undefined;
  readonly joined: string | undefined;
  readonly left: string | undefined;
  readonly roles: readonly RoleEntry[];
}

export type MemberGroupKey = 'leads' | 'sponsors' | 'patient-partners' | 'members' | 'former';

export interface MemberGroup {
  readonly key: MemberGroupKey;
  readonly title: string;
  readonly members: readonly MemberEntry[];
}

const MEMBER_GROUP_TITLES: Readonly<Record<MemberGroupKey, string>> = {
  leads: 'Leads',
  sponsors: 'Sponsors',
  'patient-partners': 'Patient partners',
  members: 'Members',
  former: 'Former members',
};

/** Lead roles in the order the view lists them. */
export const LEAD_ROLE_ORDER: readonly string[] = ['lead', 'co-chair', 'coordinator'];

/** Every member page of the network, in id order. */
export function membersOf(network: Network): MemberEntry[] {
  return [...memberRecords(network).values()].map(memberEntry).sort((a, b) => compareText(a.id, b.id));
}

function memberEntry(record: MemberRecord): MemberEntry {
  return {
    id: record.id,
    path: record.document.path,
    name: record.name?.trim() || record.id,
    organisation: record.organisation,
    joined: record.joined,
    left: record.left,
    roles: record.roles,
  };
}

/** True when the member has left on or before the day. */
export function hasLeft(member: MemberEntry, day: string): boolean {
  return member.left !== undefined && member.left <= day;
}

/** True when the member belonged to the network on the day: joined by then and not left before it. */
export function memberOn(member: MemberEntry, day: string): boolean {
  return isMemberOn(member.joined, member.left, day);
}

/** True when a role is held on the day: started by then (or no start given) and not yet ended. */
export function roleHeldOn(role: RoleEntry, day: string): boolean {
  return (role.from === undefined || role.from <= day) && (role.until === undefined || role.until >= day);
}

/** The lead roles (lead, co-chair, coordinator) a member holds on the day, in view order. */
export function leadRolesOn(member: MemberEntry, day: string): RoleEntry[] {
  return member.roles
    .filter((role) => LEAD_ROLES.has(role.role) && roleHeldOn(role, day))
    .sort((a, b) => leadRank(a.role) - leadRank(b.role) || compareText(a.area ?? '', b.area ?? ''));
}

function leadRank(role: string): number {
  const rank = LEAD_ROLE_ORDER.indexOf(role);
  return rank < 0 ? LEAD_ROLE_ORDER.length : rank;
}

/**
 * Members by the role they hold on the day, each member once, in the first
 * group that fits: leads (lead, co-chair, coordinator; by role, then name),
 * sponsors, patient partners, everyone else, then those who have left (the
 * most recent first). Empty groups are left out.
 */
export function memberGroups(network: Network, today: string): MemberGroup[] {
  const buckets = new Map<MemberGroupKey, MemberEntry[]>((Object.keys(MEMBER_GROUP_TITLES) as MemberGroupKey[]).map((key) => [key, []]));
  for (const member of membersOf(network)) buckets.get(memberGroupOf(member, today))!.push(member);
  const byName = (a: MemberEntry, b: MemberEntry): number => compareText(a.name, b.name) || compareText(a.id, b.id);
  const firstLeadRank = (member: MemberEntry): number => leadRank(leadRolesOn(member, today)[0]?.role ?? '');
  buckets.get('leads')!.sort((a, b) => firstLeadRank(a) - firstLeadRank(b) || byName(a, b));
  for (const key of ['sponsors', 'patient-partners', 'members'] as const) buckets.get(key)!.sort(byName);
  buckets.get('former')!.sort((a, b) => compareText(b.left ?? '', a.left ?? '') || byName(a, b));
  return [...buckets].filter(([, members]) => members.length > 0).map(([key, members]) => ({ key, title: MEMBER_GROUP_TITLES[key], members }));
}

export function memberGroupOf(member: MemberEntry, today: string): MemberGroupKey {
  if (hasLeft(member, today)) return 'former';
  const held = new Set(member.roles.filter((role) => roleHeldOn(role, today)).map((role) => role.role));
  if ([...held].some((role) => LEAD_ROLES.has(role))) return 'leads';
  if (held.has('sponsor')) return 'sponsors';
  if (held.has('patient-partner')) return 'patient-partners';
  return 'members';
}

// ---------------------------------------------------------------------------
// Actions


/** Statuses after which an action is no longer waiting on anyone. */

export interface ActionEntry {
  readonly id: string;
  readonly path: string;
  /** The `title` field, or the id when the action has none. */
  readonly title: string;
  readonly status: string | undefined;
  readonly proposed: string | undefined;
  readonly due: string | undefined;
  readonly completed: string | undefined;
  readonly owners: readonly string[];
  readonly outcomes: readonly string[];
  /** Due before today and neither done nor dropped. */
  readonly overdue: boolean;
}

/** A status group; `other` holds actions whose status is missing or not one of the six. */
export interface ActionGroup {
  readonly status: ActionStatus | 'other';
  readonly title: string;
  readonly actions: readonly ActionEntry[];
}

const ACTION_GROUP_TITLES: Readonly<Record<ActionStatus | 'other', string>> = { ...ACTION_STATUS_TITLES, other: 'No valid status' };

export function actionsOf(network: Network, today: string): ActionEntry[] {
  return [...actionRecords(network).values()]
    .map((record): ActionEntry => {
      const { status, due } = record;
      return {
        id: record.id,
        path: record.document.path,
        title: record.title?.trim() || record.id,
        status,
        proposed: record.proposed,
        due,
        completed: record.completed,
        owners: record.owners,
        outcomes: record.outcomes,
        overdue: due !== undefined && due < today && !CLOSED_STATUSES.has(status ?? ''),
      };
    })
    .sort((a, b) => compareText(a.id, b.id));
}

/**
 * Actions by status, in the order proposed, agreed, in progress, blocked, done,
 * dropped, then any with no valid status. Open actions are sorted by due date
 * (soonest first, undated last); done and dropped ones newest first. Empty
 * groups are left out.
 */
export function actionGroups(network: Network, today: string): ActionGroup[] {
  const buckets = new Map<ActionStatus | 'other', ActionEntry[]>((Object.keys(ACTION_GROUP_TITLES) as (ActionStatus | 'other')[]).map((key) => [key, []]));
  for (const action of actionsOf(network, today)) {
    const key = isActionStatus(action.status) ? action.status : 'other';
    buckets.get(key)!.push(action);
  }
  for (const [status, actions] of buckets) {
    if (CLOSED_STATUSES.has(status)) actions.sort((a, b) => compareText(b.completed ?? b.id, a.completed ?? a.id) || compareText(b.id, a.id));
    else actions.sort((a, b) => compareText(a.due ?? '\uffff', b.due ?? '\uffff') || compareText(a.id, b.id));
  }
  return [...buckets].filter(([, actions]) => actions.length > 0).map(([status, actions]) => ({ status, title: ACTION_GROUP_TITLES[status], actions }));
}

// ---------------------------------------------------------------------------
// Coming up

interface ComingUpBase {
  readonly date: string;
  /** The document to open. */
  readonly path: string;
  /** The date has passed (an overdue action or charter review). */
  readonly overdue: boolean;
}

export interface RoleEndItem extends ComingUpBase {
  readonly kind: 'role-end';
  readonly member: MemberEntry;
  readonly role: RoleEntry;
}

export interface ActionDueItem extends ComingUpBase {
  readonly kind: 'action-due';
  readonly action: ActionEntry;
}

export interface CharterReviewItem extends ComingUpBase {
  readonly kind: 'charter-review';
  /** The date the cadence counts from: the last review, or the date the network was established. */
  readonly since: string;
  readonly reviewedBefore: boolean;
  readonly cadence: number;
}

export type ComingUpItem = RoleEndItem | ActionDueItem | CharterReviewItem;

const KIND_ORDER: Readonly<Record<ComingUpItem['kind'], number>> = { 'charter-review': 0, 'role-end': 1, 'action-due': 2 };

/**
 * What is due, by date: role terms of current members ending within the next
 * `days` days, open actions due within them (and any overdue), and the next
 * charter review (`review.last_reviewed`, or `established` if it was never
 * reviewed, plus `review.cadence` months), however far off it is.
 */
export function comingUp(network: Network, today: string, days = COMING_UP_DAYS): ComingUpItem[] {
  const horizon = addDays(today, days);
  const items: ComingUpItem[] = [];
  for (const member of membersOf(network)) {
    if (hasLeft(member, today)) continue;
    for (const role of member.roles) {
      if (role.until === undefined || role.until < today || role.until > horizon) continue;
      if (role.from !== undefined && role.from > role.until) continue;
      items.push({ kind: 'role-end', date: role.until, path: member.path, overdue: false, member, role });
    }
  }
  for (const action of actionsOf(network, today)) {
    if (action.due === undefined || action.due > horizon || CLOSED_STATUSES.has(action.status ?? '')) continue;
    items.push({ kind: 'action-due', date: action.due, path: action.path, overdue: action.overdue, action });
  }
  const review = charterReview(network, today);
  if (review) items.push(review);
  const label = (item: ComingUpItem): string => (item.kind === 'role-end' ? item.member.name : item.kind === 'action-due' ? item.action.title : '');
  return items.sort((a, b) => compareText(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(label(a), label(b)) || compareText(a.path, b.path));
}

/** The next charter review, or undefined when the charter gives no cadence or no date to count from. */
export function charterReview(network: Network, today: string): CharterReviewItem | undefined {
  const charter = charterRecordOf(network);
  if (!charter) return undefined;
  const { reviewCadence: cadence, lastReviewed } = charter;
  const since = lastReviewed ?? charter.established;
  if (cadence === undefined || since === undefined) return undefined;
  const due = addMonths(since, cadence);
  return { kind: 'charter-review', date: due, path: charter.document.path, overdue: due < today, since, reviewedBefore: lastReviewed !== undefined, cadence };
}

// ---------------------------------------------------------------------------
// Names

/** The network's name: the charter's `name`, else its folder's name in title case. */
export function networkName(network: Network): string {
  return charterRecordOf(network)?.name?.trim() || titleFromId(posix.basename(network.root)) || 'Network';
}

/** `amara-okafor` -> `Amara Okafor`: a readable name from an id or folder name. */
export function titleFromId(id: string): string {
  return id
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Outcomes declared in the purpose, with their titles, in the order written. */
export function outcomesOf(network: Network): { id: string; title: string }[] {
  const seen = new Set<string>();
  return (purposeRecordOf(network)?.outcomes ?? []).flatMap(({ id, title }) => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ id, title: title?.trim() || id }];
  });
}

/**
 * The charter's areas (workstreams), each once, in the charter's order; the title is the id when it has none.
 * Given `openOn`, only the areas open for new work that day: not retired by it, not renamed (model/areas.ts).
 */
export function areasOf(network: Network, openOn?: string): { id: string; title: string }[] {
  const seen = new Set<string>();
  const history = areaHistory(network);
  return (charterRecordOf(network)?.areas ?? []).flatMap(({ id, title }) => {
    if (seen.has(id) || (openOn !== undefined && !history.isOpen(id, openOn))) return [];
    seen.add(id);
    return [{ id, title: title?.trim() || id }];
  });
}

/** Plain code-point comparison: the same order on every machine and locale. */
function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
