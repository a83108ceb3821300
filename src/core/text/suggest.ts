import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to what was typed, if it is close enough to be a
 * plausible typo ("did you mean"): at most a third of the word may differ.
 * Ties go to the first candidate in code-unit order, not in the order given:
 * the editor's index and the CLI list ids in different orders (files created
 * in a burst, a directory listing), and both must suggest the same id.
 */
export function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || typed === '') return undefined;
  const lower = typed.toLowerCase();
  let best = candidates[0]!;
  let bestDistance = distance(lower, best);
  for (const candidate of candidates) {
    const d = distance(lower, candidate);
    if (d < bestDistance || (d === bestDistance && candidate < best)) [best, bestDistance] = [candidate, d];
  }
  const allowed = Math.max(1, Math.floor(Math.max(lower.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Latin letters that are not a plain letter with an accent, so NFKD leaves them whole: `Łukasz` would lose its first letter. */
const LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** `J Smith` -> `j-smith`, `Łukasz Wróbel` -> `lukasz-wrobel`: the id a person most likely meant. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđðħıßæœþ]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Reads the date formats people actually type (27/11/2026, 2026-1-5,
 * 27 November 2026, 27 Nov 2026) and returns the ISO form, or undefined when it
 * is not a real date. Day-first, as in the UK.
 */
export function isoDateFrom(text: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t))) {
    const month = MONTHS.findIndex((name) => name.startsWith(match![2]!.toLowerCase()) && match![2]!.length >= 3);
    if (month < 0) return undefined;
    [d, m, y] = [Number(match[1]), month + 1, Number(match[3])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "a" or "an", for messages such as "an action document". */
export function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}
