/**
 * Personal data in free text: where an email address, a UK phone number or an
 * NHS number appears. Pure; offsets are into the text given. The rules
 * privacy.* (src/core/rules/privacy-*.ts) report what these find.
 */

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function all(text: string, pattern: RegExp, keep: (match: string) => boolean = () => true): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    if (keep(match[0])) found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** Shared mailboxes, which name no person: a network publishes them on purpose. */
export const ROLE_MAILBOXES: ReadonlySet<string> = new Set(['admin', 'contact', 'contactus', 'enquiries', 'hello', 'info', 'network', 'no-reply', 'noreply', 'office', 'support', 'team']);

/** name@domain.tld, not inside a longer word, and not a shared mailbox (ROLE_MAILBOXES). */
export function findEmails(text: string): Found[] {
  return all(text, /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g, (match) => !ROLE_MAILBOXES.has(match.slice(0, match.indexOf('@')).toLowerCase()));
}

/** True for ten digits that pass the NHS number's modulus 11 check. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** NHS numbers: 10 digits, run together or as 3-3-4 with spaces or hyphens, passing the check digit. */
export function findNhsNumbers(text: string): Found[] {
  return all(text, /(?<![\w.-])\d{3}([ -]?)\d{3}\1\d{4}(?![\w-]|\.\d)/g, (match) => isNhsNumber(match.replace(/\D/g, '')));
}

/**
 * UK phone numbers: 0 and ten digits (01, 02, 03, 07, 08) or +44 and ten
 * digits, in the usual groupings with single spaces or hyphens; 0800 and 0345
 * numbers of nine digits after the 0 too. Not a date, not a longer run of digits.
 */
export function findPhones(text: string): Found[] {
  const nhs = findNhsNumbers(text);
  return all(text, /(?<![\w+.-])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0)[1-37-9](?:\)?[ -]?\d){8,9}(?![\w-]|\.\d)/g).filter((found) => {
    const digits = found.text.replace(/\D/g, '');
    const national = digits.startsWith('44') && found.text.startsWith('+') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
    if (national.length !== 11 && !(national.length === 10 && /^0(?:8|3|1)/.test(national))) return false;
    return !nhs.some((n) => n.start === found.start);
  });
}

/** Full UK postcodes (outward and inward code: NE1 4LP, SW1A 1AA), capitals as written on post; not an outward code alone. */
export function findPostcodes(text: string): Found[] {
  return all(text, /(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])/g);
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A full date: 3 March 1961, 3rd of March 1961, March 3, 1961, 03/03/1961, 3.3.61, 1961-03-03. */
const FULL_DATE = [
  `\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}`,
  `(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  '\\d{1,2}([/.-])\\d{1,2}\\1(?:\\d{4}|\\d{2})',
  '\\d{4}-\\d{1,2}-\\d{1,2}',
].map((form) => `(?:${form})`).join('|');
/** What says the date that follows is a birth date: "born (on)", "DOB", "D.O.B.", "date of birth", "birth date", "birthday", with ":", "-", "is" or "was". */
const BIRTH_CUE = '(?:born(?:\\s+on)?|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s*date|birthday)(?:\\s*[:\\u2013-]|\\s+(?:is|was|on))?';

/**
 * Dates of birth: a full date (day, month and year) straight after "born",
 * "DOB", "date of birth", "birth date" or "birthday". A date with no such cue
 * (joined, met, a meeting) is not one, nor "born in Leeds" or a year alone.
 * The place found runs from the cue to the end of the date.
 */
export function findDatesOfBirth(text: string): Found[] {
  return all(text, new RegExp(`(?<![\\p{L}\\p{N}_])${BIRTH_CUE}\\s*(?:${FULL_DATE})(?![\\p{L}\\p{N}_]|[/.-]\\d)`, 'giu'));
}
