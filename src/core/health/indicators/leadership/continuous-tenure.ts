import { addMonths } from '../../../model/fields';
import { leadSpells, maxContinuousMonths, runsPast, spellOn, wholeMonths, type Spell } from '../../../model/leadership';
import { daysBetween } from '../../../views/dates';
import { describeRole } from '../../../rules/roles';
import type { AsOfFacts, RoleFact } from '../../facts';
import { plural, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { anyLeadRoleRecorded, nameList, nameOf, NO_LEAD_ROLES_QUESTION, termLimited } from './people';

/** One current member's spell of leading running on the day. */
export interface RunningSpell {
  readonly member: string;
  readonly spell: Spell<RoleFact>;
  /** Whole months from the start of the spell to the day. */
  readonly soFar: number;
  /** Whole months from the start of the spell to its agreed end (the latest `until` of its terms, those agreed ahead included). */
  readonly planned: number;
}

/**
 * Every current member's spell of leading running on the day, longest
 * planned first: lead terms joined across renewals and across lead roles by
 * the model's one definition (model/leadership.ts, which the rule
 * role.continuous-tenure also reads), terms agreed ahead included. A term
 * with no end runs to the day. A role the charter holds without a term limit
 * (`leadership.terms: {chair: none}`) is left out, as the rule leaves it out.
 */
export function runningSpells(facts: AsOfFacts): RunningSpell[] {
  const terms = new Map<string, RoleFact[]>();
  const limited = termLimited(facts);
  for (const role of [...facts.roles, ...facts.leadTermsAhead]) {
    if (!role.lead || !facts.isMember(role.member) || !limited(role)) continue;
    const list = terms.get(role.member);
    if (list) list.push(role);
    else terms.set(role.member, [role]);
  }
  const left = new Map(facts.everMembers.map((member) => [member.id, member.left]));
  const running: RunningSpell[] = [];
  for (const [member, list] of terms) {
    const spell = spellOn(leadSpells(list, facts.asOf, left.get(member)), facts.asOf);
    if (spell) running.push({ member, spell, soFar: wholeMonths(spell.from, facts.asOf), planned: wholeMonths(spell.from, spell.until) });
  }
  return running.sort((a, b) => b.planned - a.planned || b.soFar - a.soFar || a.member.localeCompare(b.member));
}

/**
 * A spell's length in months, the days past its last whole month counted as a
 * fraction: over `limit` exactly when runsPast says the spell runs past it,
 * so the value and the names in the summary always agree.
 */
function monthsIn(spell: Spell<RoleFact>): number {
  const whole = wholeMonths(spell.from, spell.until);
  return whole + Math.max(0, daysBetween(addMonths(spell.from, whole), spell.until)) / 31;
}

/**
 * The term that ends the spell: the dated term ending on the spell's last day, or, when none does
 * (an open term runs to the day), the open term; the later start on a tie. An open term is not
 * named as ending on a later term's end date.
 */
function lastTerm(spell: Spell<RoleFact>): RoleFact {
  const dated = spell.terms.filter((term) => term.until === spell.until);
  const ending = dated.length > 0 ? dated : spell.terms.filter((term) => term.until === undefined);
  return ending.reduce((a, b) => (b.from > a.from ? b : a));
}

/**
 * The longest spell of leading now running, to the end of the terms already
 * agreed, as a share of the charter's limit on continuous leading
 * (`leadership.max_continuous_months`, default twice `term_months`).
 */
export const continuousTenure: IndicatorDefinition = {
  name: 'continuous-tenure',
  dimension: 'leadership',
  what: "The longest spell of leading without a break among current members, as a share of the charter's limit on continuous leading (`leadership.max_continuous_months`, or twice `leadership.term_months` when not set): 1 is a spell exactly at the limit. A spell joins a member's lead terms (lead, co-chair, coordinator) across renewals and across lead roles, where one starts within a month of the last ending, as the rule role.continuous-tenure does; it runs from its first term's start to the end of the terms agreed, renewals recorded ahead included when the day is today (a term with no end date runs to the day). A role the charter holds without a term limit (`leadership.terms: {chair: none}`) is left out, as the rule leaves it out. Unknown when no lead role is recorded, nobody leads on the day, every lead role held is without a term limit, or the charter sets neither limit.",
  why: 'Each term can keep within the charter while the same person leads for years by renewing, or by moving from one lead role to the next; then nobody else gets to lead and the network depends on them.',
  source: 'Source4Networks, guidance on leading networks (members lead pieces of work for a limited time, then pass it on).',
  unit: 'share',
  measure({ facts }) {
    if (!anyLeadRoleRecorded(facts)) return unknown(`No lead role is recorded on any member page by ${facts.asOf}.`, NO_LEAD_ROLES_QUESTION);
    const limit = maxContinuousMonths(facts.charter?.data);
    if (limit === undefined) {
      return unknown("The charter sets no limit on leading (neither `leadership.term_months` nor `leadership.max_continuous_months`), so spells of leading cannot be judged.", 'How long should one person lead before handing on? Could the charter say, in `leadership.term_months`?');
    }
    const running = runningSpells(facts);
    const longest = running[0];
    if (!longest && facts.leadRolesHeld.length > 0 && !facts.leadRolesHeld.some(termLimited(facts))) {
      return unknown(
        `Every lead role held on ${facts.asOf} is one the charter holds without a term limit (\`leadership.terms\`), so no spell of leading is judged against a limit.`,
        'Do members still agree that these roles need no term limit, and how does a new lead come forward when one steps down?',
      );
    }
    if (!longest) return unknown(`Nobody held a lead role on ${facts.asOf}.`, "Who leads the network's work now? Could each lead role be recorded on the lead's member page, with its term?");
    const name = nameOf(facts);
    // Past the limit as role.continuous-tenure judges it (runsPast), and so named.
    const over = running.filter((entry) => runsPast(entry.spell.from, entry.spell.until, limit));
    // Past the limit, the evidence is those past it (the finding is theirs, shown on their page); within it, every spell running, longest first.
    const evidence: Evidence[] = (over.length > 0 ? over : running).slice(0, 50).map((entry) => {
      const term = lastTerm(entry.spell);
      const terms = entry.spell.terms.length > 1 ? ` over ${plural(entry.spell.terms.length, 'lead term')}` : '';
      return {
        file: term.document.path,
        at: ['roles', term.index],
        member: entry.member,
        note: `led since ${entry.spell.from}${terms}, ${plural(entry.soFar, 'month')} so far; ${entry.planned} to ${entry.spell.until} with the ${describeRole(term)}`,
      };
    });
    const limitWords = `the charter's limit of ${limit} months in a row`;
    const spellWords = (entry: RunningSpell): string => {
      const terms = entry.spell.terms.length > 1 ? ` over ${plural(entry.spell.terms.length, 'lead term')}` : '';
      return `${name(entry.member)} has led without a break since ${entry.spell.from}${terms}: ${plural(entry.soFar, 'month')} so far, ${entry.planned} to ${entry.spell.until} with the terms agreed`;
    };
    // The longest spell within the limit after those past it: the next handover to plan.
    const next = running.find((entry) => !over.includes(entry) && entry !== longest);
    const nextWords = next ? ` Next longest: ${name(next.member)}, ${next.planned} months to ${next.spell.until}.` : '';
    if (over.length > 0) {
      const names = over.map((entry) => name(entry.member));
      const others = over.length > 1 ? `; ${nameList(names.slice(1))} ${over.length === 2 ? 'is' : 'are'} also past it` : '';
      return {
        value: monthsIn(longest.spell) / limit,
        summary: `${spellWords(longest)}, past ${limitWords}${others}.${nextWords}`,
        evidence,
        question: `${nameList(names)} ${over.length === 1 ? 'has' : 'have'} led for longer than the network agreed: who will take ${over.length === 1 ? 'the role' : 'the roles'} on, and could they shadow or co-lead until the current term ends, rather than another renewal?`,
      };
    }
    return {
      value: monthsIn(longest.spell) / limit,
      summary: `${spellWords(longest)}, within ${limitWords}.${nextWords}`,
      evidence,
      question: `${name(longest.member)}'s spell of leading reaches ${longest.planned} of the ${limit} months the charter allows: who could take over when the term ends on ${longest.spell.until}, and start shadowing now?`,
    };
  },
};

