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

/**
 * A date the way the reader writes it: `2027-01-15` -> `15 Jan 2027` (the
 * default, as people in the UK write it: the command line and the exported
 * report), or in the given locale (a BCP 47 tag such as VS Code's
 * `vscode.env.language`): `Jan 15, 2027` in `en-US`, `15. Jan. 2027` in `de`.
 * The one place a date is written for people; a locale the runtime does not
 * know falls back to the default.
 */
export function formatDate(isoDate: string, locale?: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (locale !== undefined) {
    const format = formatterFor(locale);
    if (format) return format.format(new Date(Date.UTC(year, month - 1, day)));
  }
  return `${day} ${SHORT_MONTHS[month - 1] ?? '?'} ${year}`;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterFor(locale: string): Intl.DateTimeFormat | undefined {
  if (!FORMATTERS.has(locale)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    } catch {
      format = undefined; // not a locale tag (RangeError): the default format
    }
    FORMATTERS.set(locale, format);
  }
  return FORMATTERS.get(locale);
}

/**
 * Every date standing alone in a sentence, written as `formatDate` writes it
 * for `locale`: findings, evidence and reasons are worded once for every
 * output (ISO dates, or `27 Nov 2026` where the core used formatDate), and
 * the panel shows their dates the way it shows its own. Dates inside names
 * (`actions/2026-02-05-falls.md`) are left as they are.
 */
export function formatDatesIn(text: string, locale?: string): string {
  const iso = text.replace(/(?<![\w./-])(\d{4}-\d{2}-\d{2})(?![\w-]|\.\w)/g, (date: string) => (isIsoDate(date) ? formatDate(date, locale) : date));
  if (locale === undefined) return iso;
  return iso.replace(WRITTEN_DATE, (words: string, day: string, month: string, year: string) => {
    const date = `${year}-${String(SHORT_MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isIsoDate(date) ? formatDate(date, locale) : words;
  });
}

/** A date as formatDate writes it by default: `27 Nov 2026`. */
const WRITTEN_DATE = new RegExp(`(?<![\\w.-])(\\d{1,2}) (${SHORT_MONTHS.join('|')}) (\\d{4})(?![\\w-])`, 'g');

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
