import { areaHistory } from '../model/areas';
import { impliedTermEnd, termLimitFor } from '../model/charter-leadership';
import { defineDocumentRule } from './rule';
import { LEAD_ROLES, describeRole, rolesOf } from './roles';

export const roleNoEnd = defineDocumentRule({
  code: 'role.no-end',
  defaultSeverity: 'warning',
  summary: 'A lead role has no end date',
  explanation: 'Leadership in a network is time-limited: every lead, co-chair or coordinator role says when its term ends (`until`), so that the network knows when to ask who leads next. A role the charter holds without a term limit (`leadership.terms: {chair: none}`) is not asked for one, nor, when the charter ends every term on a fixed day (`leadership.term_ends_on`), a role whose end that day implies, nor a role in an area the charter has retired (`retired:` on the area, on or before today): it ended with its area.',
  example: '```yaml\nroles:\n  - role: lead\n    area: care-homes\n    from: 2026-01-01\n    # until: 2027-12-31\n```',
  kinds: ['member'],
  check(document, context) {
    const areas = areaHistory(context.network);
    for (const role of rolesOf(document)) {
      if (areas.isRetired(role.area, context.today) || impliedTermEnd(context.network.charter?.data, role.role, role.from) !== undefined) continue;
      if (LEAD_ROLES.has(role.role) && termLimitFor(context.network.charter?.data, role.role) !== 'none' && role.until === undefined && !document.has(['roles', role.index, 'until'])) {
        context.report(document.rangeOf(['roles', role.index, 'role']), `This ${describeRole(role)} has no \`until\` date; lead roles are held for a limited term.`, { path: ['roles', role.index] });
      }
    }
  },
});
