import { addMonths, group, groupList, number, text, type Data } from './fields';
import { addDays } from '../views/dates';

/**
 * How the charter says leadership is held: for how long each role is held
 * (`leadership.term_months`, overridden per role by `leadership.terms`, where
 * `none` means the role has no term limit) and how many people hold a role at
 * once (`seats`, on an area or, for network-wide roles, on the charter), and
 * the day of the year lead terms end on, if they all end on one
 * (`leadership.term_ends_on`). The
 * one home for reading these: the role rules, lifecycle's handover and the
 * quick fix that renews a term all read them here.
 */

/** A role's term limit: a number of months, `none` (no limit, open-ended terms are expected), or undefined when the charter says nothing. */
export type TermLimit = number | 'none' | undefined;

/** Roles that are honorary: never a lead, never held for a term, never expire. */
export const HONORARY_ROLES: ReadonlySet<string> = new Set(['emeritus']);

/** The term limit for a role: `leadership.terms[role]` if given, else `leadership.term_months`. */
export function termLimitFor(charter: Data, role: string): TermLimit {
  const leadership = group(charter, 'leadership');
  const terms = group(leadership, 'terms');
  const own = terms?.[role];
  if (own === 'none') return 'none';
  if (typeof own === 'number' && Number.isInteger(own) && own > 0) return own;
  const months = number(leadership, 'term_months');
  return months !== undefined && Number.isInteger(months) && months > 0 ? months : undefined;
}

/** The months of a role's term when it has a numeric limit (for writing a new term's end), else undefined. */
export function termMonthsFor(charter: Data, role: string): number | undefined {
  const limit = termLimitFor(charter, role);
  return typeof limit === 'number' ? limit : undefined;
}

/** The `seats` mapping that applies to a role in an area (the area's), or to a network-wide role (the charter's own). */
function seatsData(charter: Data, area: string | undefined): Data {
  if (area === undefined) return group(charter, 'seats');
  return group(groupList(charter, 'areas').find(({ value }) => text(value, 'id') === area)?.value, 'seats');
}

/** How many people hold a role at once, when the charter says (`seats: {co-chair: 2}`); undefined when it does not. */
export function declaredSeats(charter: Data, role: string, area: string | undefined): number | undefined {
  const seats = number(seatsData(charter, area), role);
  return seats !== undefined && Number.isInteger(seats) && seats > 0 ? seats : undefined;
}

/** Every seat declaration in the charter, with the path to it, for the rule role.seat-vacant. */
export function seatDeclarations(charter: Data): { role: string; area: string | undefined; seats: number; path: (string | number)[] }[] {
  const found: { role: string; area: string | undefined; seats: number; path: (string | number)[] }[] = [];
  const add = (seats: Data, area: string | undefined, path: (string | number)[]): void => {
    for (const role of Object.keys(seats ?? {})) {
      const count = number(seats, role);
      if (count !== undefined && Number.isInteger(count) && count > 0) found.push({ role, area, seats: count, path: [...path, role] });
    }
  };
  add(group(charter, 'seats'), undefined, ['seats']);
  for (const { value, index } of groupList(charter, 'areas')) {
    const id = text(value, 'id');
    if (id !== undefined) add(group(value, 'seats'), id, ['areas', index, 'seats']);
  }
  return found;
}

/** `leadership.term_ends_on` as written: `MM-DD`, a day of the year ("03-31" is every 31 March). */
const TERM_END_DAY = /^(\d\d)-(\d\d)$/;

/** The day of the year every lead term ends on (`leadership.term_ends_on: "03-31"`), as month and day; undefined when not set or not a day of the year. */
export function termEndDay(charter: Data): { readonly month: number; readonly day: number } | undefined {
  const match = TERM_END_DAY.exec(text(group(charter, 'leadership'), 'term_ends_on') ?? '');
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // A day the month can have in some year: 02-29 is allowed (28 February in other years), 04-31 is not.
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate() ? { month, day } : undefined;
}

/** The term-end day in a year, as an ISO date (29 February becomes the 28th in a year without it). */
function endDayIn(year: number, end: { readonly month: number; readonly day: number }): string {
  const last = new Date(Date.UTC(year, end.month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(end.month).padStart(2, '0')}-${String(Math.min(end.day, last)).padStart(2, '0')}`;
}

/**
 * The day a lead term with no `until` is judged to end, when the charter ends
 * terms on a fixed day of the year (`leadership.term_ends_on`): the last such
 * day after `from` that keeps within the role's term limit (`term_months`, or
 * `leadership.terms`), so two-year terms ending on 31 March end on the second
 * 31 March (or the first, for a term begun after 31 March); when no such day
 * falls within the limit, or there is no numeric limit, the first such day
 * after `from`. Undefined without `term_ends_on`, without `from`, or for a role
 * held without a term limit (`none`).
 */
export function impliedTermEnd(charter: Data, role: string, from: string | undefined): string | undefined {
  const end = termEndDay(charter);
  const limit = termLimitFor(charter, role);
  if (end === undefined || from === undefined || limit === 'none') return undefined;
  let year = Number(from.slice(0, 4));
  while (endDayIn(year, end) <= from) year++;
  const first = endDayIn(year, end);
  if (limit === undefined) return first;
  const latest = addMonths(from, limit);
  let last = first;
  while (endDayIn(year + 1, end) <= latest) last = endDayIn(++year, end);
  return first <= latest ? last : first;
}

/** A lead term's end as the charter judges it: its `until`, else the end implied by `term_ends_on` (impliedTermEnd). */
export function termEndOf(charter: Data, role: { readonly role: string; readonly from: string | undefined; readonly until: string | undefined }): string | undefined {
  return role.until ?? impliedTermEnd(charter, role.role, role.from);
}

/**
 * The `until` of a new term of a role starting on `from` (the renew quick fix,
 * netgov handover): the end `term_ends_on` implies, else the day before the
 * same date the role's term limit in months on; undefined when the charter sets neither.
 */
export function newTermEnd(charter: Data, role: string, from: string): string | undefined {
  const implied = impliedTermEnd(charter, role, from);
  if (implied !== undefined) return implied;
  const months = termMonthsFor(charter, role);
  return months !== undefined ? addDays(addMonths(from, months), -1) : undefined;
}
