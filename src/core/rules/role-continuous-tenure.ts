import { areaHistory } from '../model/areas';
import { termEndOf, termLimitFor } from '../model/charter-leadership';
import { leadSpells, maxContinuousMonths, runsPast, spellOn, wholeMonths } from '../model/leadership';
import { memberRecord } from '../model/records';
import { defineDocumentRule } from './rule';
import { LEAD_ROLES, describeRole } from './roles';

export const roleContinuousTenure = defineDocumentRule({
  code: 'role.continuous-tenure',
  defaultSeverity: 'warning',
  summary: 'A member leads without a break for longer than the charter allows',
  explanation:
    'Each term can keep within `leadership.term_months` while the same person leads for years: renewals back to back, or one lead role after another, are one continuous spell of leading. The charter\'s `leadership.max_continuous_months` (twice `term_months` when not set) is the longest spell the network has agreed; a gap of a month or less does not break a spell, and a term in an area the charter has retired ends on the day it retired. When a spell now running, including the terms already agreed, goes past it, plan the handover: name who will take the role on, ask them to shadow or co-lead until the current term ends, and record their term. Renewing again is not a way round it; if the network has openly agreed an exception, record that decision and raise the limit in the charter.',
  example: '```yaml\n# CHARTER.md: leadership: {term_months: 24}   (so 48 months in a row at most)\nroles:\n  - role: lead\n    area: falls-prevention\n    from: 2023-01-01\n    until: 2024-12-31\n  - role: lead            # renewed: the spell runs on\n    area: falls-prevention\n    from: 2025-01-01\n    until: 2026-12-31\n  - role: co-chair        # another lead role straight after: still the same spell\n    from: 2027-01-01\n    until: 2028-12-31\n```',
  kinds: ['member'],
  check(document, context) {
    const limit = maxContinuousMonths(context.network.charter?.data);
    if (limit === undefined) return;
    // A role the charter holds without a term limit (`leadership.terms: {chair: none}`) is not counted.
    // A term in an area the charter has retired ends on that day, if not before.
    const areas = areaHistory(context.network);
    const member = memberRecord(document);
    const lead = member.roles
      .filter((role) => LEAD_ROLES.has(role.role) && termLimitFor(context.network.charter?.data, role.role) !== 'none')
      .map((role) => ({ ...role, until: areas.endOf(role.area, termEndOf(context.network.charter?.data, role)) }));
    // Terms agreed ahead count: a spell is judged to its planned end, as role.term-limit judges a term.
    // A term with no end date runs to today (role.no-end and role.term-limit speak about those).
    const spell = spellOn(leadSpells(lead, context.today, member.left), context.today);
    if (!spell || !runsPast(spell.from, spell.until, limit)) return;
    const last = spell.terms.reduce((a, b) => ((b.until ?? '') > (a.until ?? '') || ((b.until ?? '') === (a.until ?? '') && b.from > a.from) ? b : a));
    const path = ['roles', last.index, 'role'];
    const months = wholeMonths(spell.from, spell.until);
    const renewals = spell.terms.length > 1 ? `, over ${spell.terms.length} lead terms,` : '';
    const message = `This member has led since ${spell.from}${renewals} and, with this ${describeRole(last)} to ${spell.until}, will have led for ${months} months in a row: longer than the charter's limit of ${limit} months of continuous leading. Plan a handover rather than another renewal.`;
    context.report(document.rangeOf(path), message, { path, from: spell.from, until: spell.until, months, limit });
  },
});
