import { group, groupList, number, text, type Data } from './fields';

/**
 * How the charter says leadership is held: for how long each role is held
 * (`leadership.term_months`, overridden per role by `leadership.terms`, where
 * `none` means the role has no term limit) and how many people hold a role at
 * once (`seats`, on an area or, for network-wide roles, on the charter). The
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
