import { addMonths } from '../model/fields';
import { areaHistory } from '../model/areas';
import { termEndOf, termLimitFor } from '../model/charter-leadership';
import { defineDocumentRule } from './rule';
import { LEAD_ROLES, describeRole, rolesOf } from './roles';

export const roleTermLimit = defineDocumentRule({
  code: 'role.term-limit',
  defaultSeverity: 'warning',
  summary: 'A lead role runs longer than the charter\'s term limit',
  explanation:
    'The charter\'s `leadership.term_months` (or, for one role, `leadership.terms`) is the longest a member holds a lead role before it rotates. A term set longer than that, or one with no end that has already run past it, goes against what the network agreed. End the term at the limit and use the time left to hand over: ask who could take the role on, and let them co-lead or shadow until then. Renewing is not the easy way out: renewals, and moving from one lead role to another, count towards continuous tenure (`leadership.max_continuous_months`, see role.continuous-tenure). If the network has openly agreed an exception, record the decision and a new term starting from it. A role in an area the charter has retired (`retired:` on the area) is taken to end on that day, if not before.',
  example: '```yaml\n# CHARTER.md: leadership: {term_months: 24}\nroles:\n  - role: co-chair\n    from: 2024-01-01\n    until: 2027-06-30   # 42 months\n```',
  kinds: ['member'],
  check(document, context) {
    const areas = areaHistory(context.network);
    for (const role of rolesOf(document)) {
      if (!LEAD_ROLES.has(role.role) || role.from === undefined) continue;
      const limit = termLimitFor(context.network.charter?.data, role.role);
      if (typeof limit !== 'number') continue;
      const latestEnd = addMonths(role.from, limit);
      // A role ends when its area retired, if not before: retired within the limit, it kept to it.
      // With no `until`, the end the charter's `term_ends_on` implies, else today.
      const implied = role.until === undefined ? termEndOf(context.network.charter?.data, role) : undefined;
      const end = areas.endOf(role.area, role.until ?? implied ?? context.today) ?? context.today;
      if (end <= latestEnd) continue;
      const path = role.until !== undefined ? ['roles', role.index, 'until'] : ['roles', role.index, 'role'];
      const message =
        role.until !== undefined
          ? `This ${describeRole(role)} runs from ${role.from} to ${role.until}, longer than the charter's ${limit}-month term; it should end by ${latestEnd}.`
          : implied !== undefined
            ? `This ${describeRole(role)} began on ${role.from} with no end date; the charter's \`term_ends_on\` ends it on ${implied}, past the charter's ${limit}-month term (${latestEnd}). Give it an \`until\`.`
            : `This ${describeRole(role)} began on ${role.from} with no end date and has passed the charter's ${limit}-month term (${latestEnd}).`;
      context.report(document.rangeOf(path), message, { path, latestEnd });
    }
  },
});
