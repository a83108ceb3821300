import { date, groupList, text, type Data } from './fields';
import type { Network } from '../network';
import { printable } from '../text/printable';

/**
 * Areas that end (issue 15): a charter area may say `retired: <date>` (its
 * work stopped on that day) and `renamed_to: <area id>` (it goes on under
 * another id). The one home for reading these: the role rules, the incremental
 * checker's keys, health's facts, completion and hover all read them here.
 *
 * - A renamed area carries its history over: a role or action naming the old
 *   id counts for the area it was renamed to (followed through a chain of
 *   renames; a `renamed_to` naming an area the charter does not list is not
 *   followed, and is ref.unknown-area's to report).
 * - An area is retired on a day when the area its id leads to has a `retired`
 *   date on or before that day. Its roles and open actions are not expected to
 *   continue after it: a lead term is taken to end when its area retired, if
 *   it had not ended before. An old id's own `retired` (the day of a rename)
 *   does not end its roles: the work went on under the new id.
 */
export class AreaHistory {
  private readonly listed = new Map<string, { readonly retired: string | undefined; readonly renamedTo: string | undefined }>();

  constructor(charter: Data) {
    for (const { value } of groupList(charter, 'areas')) {
      const id = text(value, 'id');
      if (id !== undefined && !this.listed.has(id)) this.listed.set(id, { retired: date(value, 'retired'), renamedTo: text(value, 'renamed_to') });
    }
  }

  /** The id an area is known by now: `renamed_to` followed while it names a listed area (a loop stops where it would repeat). */
  current(id: string): string {
    const seen = new Set([id]);
    let now = id;
    for (;;) {
      const next = this.listed.get(now)?.renamedTo;
      if (next === undefined || !this.listed.has(next) || seen.has(next)) return now;
      seen.add(next);
      now = next;
    }
  }

  /** The `current` id, or undefined for undefined (a network-wide role or action). */
  currentOf(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.current(id);
  }

  /** True when the area was renamed to another listed area: its id lives on as an alias. */
  isRenamed(id: string): boolean {
    return this.current(id) !== id;
  }

  /** The day the area's work ended: the `retired` date of the area its id leads to; undefined while it goes on (or for no area). */
  retiredOn(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.listed.get(this.current(id))?.retired;
  }

  /** True when the area had been retired by the day (its `retired` date on or before it). */
  isRetired(id: string | undefined, day: string): boolean {
    const retired = this.retiredOn(id);
    return retired !== undefined && retired <= day;
  }

  /** A term's end with its area's retirement taken in: the earlier of `until` and the day the area retired. */
  endOf(area: string | undefined, until: string | undefined): string | undefined {
    const retired = this.retiredOn(area);
    return retired !== undefined && (until === undefined || retired < until) ? retired : until;
  }

  /** Every listed id that leads to the same area as this one (itself included), sorted: the ids whose records count for it. */
  aliases(id: string): string[] {
    const target = this.current(id);
    const ids = [...this.listed.keys()].filter((other) => other !== id && this.current(other) === target);
    return [id, ...ids].sort();
  }

  /**
   * Why a new action (or role) cannot take the listed area on the day, and the
   * area to give instead when it was renamed to one still open; undefined when
   * it is open, or not listed. `netgov new action --area` and the issue form
   * refuse with it; the editor offers only open areas (isOpen).
   */
  closed(id: string, day: string): { readonly reason: string; readonly instead?: string } | undefined {
    if (!this.listed.has(id)) return undefined;
    const now = this.current(id);
    const retired = this.retiredOn(id);
    const ended = retired !== undefined && retired <= day;
    if (now !== id) {
      return ended
        ? { reason: `the area '${printable(id)}' was renamed to '${printable(now)}', which was retired on ${retired}` }
        : { reason: `the area '${printable(id)}' was renamed to '${printable(now)}'`, instead: now };
    }
    return ended ? { reason: `the area '${printable(id)}' was retired on ${retired}` } : undefined;
  }

  /** True when the area is one to offer for new roles and actions on the day: not renamed, not retired by the day. */
  isOpen(id: string, day: string): boolean {
    return !this.isRenamed(id) && !this.isRetired(id, day);
  }
}

/** The network charter's area history, read once until the charter changes. */
export function areaHistory(network: Network): AreaHistory {
  return network.memo('area-history', ['charter'], (n) => new AreaHistory(n.charter?.data));
}
