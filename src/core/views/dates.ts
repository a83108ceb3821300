/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the views: whole days in
 * UTC, so a date means the same day wherever the editor runs.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function utc(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** The date `days` days after (or, negative, before) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(utc(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** `2027-01-15` -> `15 Jan 2027`, the way people in the UK write a date. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${SHORT_MONTHS[month - 1] ?? '?'} ${year}`;
}

/** A number of days in words: `1 day`, `12 days`. */
export function daysText(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/** How far a date is from today, in words: `today`, `tomorrow`, `in 12 days`, `yesterday`, `3 days ago`. */
export function relativeDays(isoDate: string, today: string): string {
  const days = daysBetween(today, isoDate);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** Today's date where the user is (not in UTC: just after midnight in London is still yesterday in UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = utc(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
