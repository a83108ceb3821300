import { group, number } from '../../../model/fields';
import { describeRole } from '../../../rules/roles';
import type { RoleFact } from '../../facts';
import { plural, shareSummary, shareVerb, unknown, type IndicatorDefinition } from '../../indicator';
import { nameOf, termLimited, termNote } from './people';

/** Share of the lead roles held on the day (facts.leadRolesHeld) that record an `until` date, of those the charter gives a term limit. */
export const leadRolesHaveTerms: IndicatorDefinition = {
  name: 'lead-roles-have-terms',
  dimension: 'leadership',
  what: 'The share of lead roles (lead, co-chair, coordinator) held by current members on the day that have an end date (`until`). A role the charter holds without a term limit (`leadership.terms: {chair: none}`) is not expected to have one and is left out. Unknown when nobody holds a lead role on the day, or every one held is without a term limit.',
  why: 'Leadership in a network is held for a limited time so that others can step up and no one person becomes indispensable.',
  source: 'Source4Networks, guidance on leading networks (members lead pieces of work for a limited time); Provan & Kenis (2008), shared governance.',
  unit: 'share',
  measure({ facts }) {
    if (facts.leadRolesHeld.length === 0) return unknown(`Nobody held a lead role on ${facts.asOf}.`, 'Who leads the network\'s work now? Could each lead role be recorded on the lead\'s member page, with an end date?');
    const held = facts.leadRolesHeld.filter(termLimited(facts));
    if (held.length === 0) {
      return unknown(
        `Every lead role held on ${facts.asOf} is one the charter holds without a term limit (\`leadership.terms\`), so none is expected to have an end date.`,
        'Do members still agree that these roles need no term limit, and how does a new lead come forward when one steps down?',
      );
    }
    const name = nameOf(facts);
    // Held longest without an end first: those are furthest from a handover.
    const open = held.filter((role) => role.until === undefined).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.member.localeCompare(b.member));
    const evidence = open.slice(0, 50).map((role) => ({ file: role.document.path, at: ['roles', role.index], member: role.member, note: termNote(role) }));
    const dated = held.length - open.length;
    const termMonths = number(group(facts.charter?.data, 'leadership'), 'term_months');
    return {
      value: dated / held.length,
      summary: `${shareSummary(dated, held.length, ['lead role', 'lead roles'])} held on ${facts.asOf} ${shareVerb(dated, held.length, 'has', 'have')} an end date.`,
      evidence,
      question: questionFor(open, name, termMonths),
    };
  },
};

function questionFor(open: readonly RoleFact[], name: (id: string) => string, termMonths: number | undefined): string {
  const first = open[0];
  const term = termMonths === undefined ? '' : ` (the charter sets terms of ${plural(termMonths, 'month')})`;
  if (!first) return `Every lead role has an end date${term}: who could take on each role when its term ends?`;
  const others = open.length > 1 ? ` and ${plural(open.length - 1, 'other lead role')}` : '';
  return `${name(first.member)}'s ${describeRole(first)}${others} ${open.length === 1 ? 'has' : 'have'} no end date: when should ${open.length === 1 ? 'the term' : 'each term'} end${term}?`;
}
