import { addMonths, group, number, type Data } from './fields';
import { addDays, daysBetween } from '../views/dates';

/**
 * Continuous tenure: how long one member has led without a break, joined
 * across renewals and across lead roles. A term of co-chair followed by a
 * term of lead (or the same role renewed) is one spell of leading, unless
 * there is a real gap between them. The one home for spells of leadership:
 * the rule role.continuous-tenure and the health indicator continuous-tenure
 * both read it.
 */

/** A gap of this many days or fewer between two lead terms does not break a spell (a renewal recorded a few weeks late). */
export const SPELL_GAP_DAYS = 31;

/** The charter's `leadership.max_continuous_months` when absent: twice `term_months` (one renewal, then hand over). */
export const CONTINUOUS_TERMS = 2;

export interface LeadTerm {
  readonly from: string | undefined;
  readonly until: string | undefined;
}

export interface Spell<T extends LeadTerm> {
  readonly from: string;
  /** The last day of the spell: the latest `until`, or `openEnd` for a term with no end date. */
  readonly until: string;
  /** True when some term in it has no end date. */
  readonly open: boolean;
  /** The terms it joins, earliest start first. */
  readonly terms: readonly (T & { readonly from: string })[];
}

/**
 * One member's lead terms joined into spells. A term with no end date runs
 * to `openEnd` (today, or the day the member left if sooner); so does every
 * term when the member left before it ended.
 */
export function leadSpells<T extends LeadTerm>(terms: readonly T[], openEnd: string, left?: string): Spell<T>[] {
  const dated = terms.filter((term): term is T & { readonly from: string } => term.from !== undefined).sort((a, b) => a.from.localeCompare(b.from));
  const spells: { from: string; until: string; open: boolean; terms: (T & { readonly from: string })[] }[] = [];
  for (const term of dated) {
    let until = term.until ?? openEnd;
    if (left !== undefined && left < until) until = left;
    if (until < term.from) continue;
    const last = spells[spells.length - 1];
    if (last && daysBetween(last.until, term.from) <= SPELL_GAP_DAYS + 1) {
      last.terms.push(term);
      if (until > last.until) last.until = until;
      last.open ||= term.until === undefined;
    } else {
      spells.push({ from: term.from, until, open: term.until === undefined, terms: [term] });
    }
  }
  return spells;
}

/** The spell running on the day (started by it and not ended before it), if any. */
export function spellOn<T extends LeadTerm>(spells: readonly Spell<T>[], day: string): Spell<T> | undefined {
  return spells.find((spell) => spell.from <= day && spell.until >= day);
}

/** Whole months from one date to another (31 Jan to 28 Feb is a month less a few days: 0). */
export function wholeMonths(from: string, to: string): number {
  let months = 0;
  while (addMonths(from, months + 1) <= addDays(to, 1)) months++;
  return months;
}

/** True when a spell from `from` to `until` runs past `limit` months: the same test role.term-limit applies to one term. */
export function runsPast(from: string, until: string, limit: number): boolean {
  return until > addMonths(from, limit);
}

/** The charter's limit on continuous leading, in months: `leadership.max_continuous_months`, else twice `term_months`; undefined with neither. */
export function maxContinuousMonths(charter: Data): number | undefined {
  const leadership = group(charter, 'leadership');
  const max = number(leadership, 'max_continuous_months');
  if (max !== undefined && max > 0) return max;
  const term = number(leadership, 'term_months');
  return term !== undefined && term > 0 ? term * CONTINUOUS_TERMS : undefined;
}
