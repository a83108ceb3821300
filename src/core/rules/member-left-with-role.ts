import { memberRecord } from '../model/records';
import { defineDocumentRule } from './rule';
import { describeRole } from './roles';

export const memberLeftWithRole = defineDocumentRule({
  code: 'member.left-with-role',
  defaultSeverity: 'error',
  summary: 'A member who has left still holds a role',
  explanation: 'When a member leaves the network, their roles end too, so that others can see the role is open. End each role on or before the date they left (`until`).',
  example: '```yaml\nleft: 2026-06-30\nroles:\n  - role: lead\n    area: care-homes\n    from: 2025-07-01\n    until: 2027-06-30\n```',
  kinds: ['member'],
  check(document, context) {
    const { left, roles } = memberRecord(document);
    if (left === undefined || left > context.today) return;
    for (const role of roles) {
      if (role.until !== undefined && role.until <= left) continue;
      const path = role.until !== undefined ? ['roles', role.index, 'until'] : ['roles', role.index, 'role'];
      context.report(document.rangeOf(path), `This member left on ${left}, but their ${describeRole(role)} ${role.until ? `runs until ${role.until}` : 'has no end date'}.`, { path, left });
    }
  },
});
