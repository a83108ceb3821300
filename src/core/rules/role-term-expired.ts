import { date } from '../model/fields';
import type { Network } from '../network';
import type { DocumentRule } from './rule';
import { LEAD_ROLES, describeRole, rolesOf } from './roles';

/** Start dates of every lead term, by role and area, across all members. */
function leadTermStarts(network: Network): Map<string, string[]> {
  const starts = new Map<string, string[]>();
  for (const member of network.ofKind('member').values()) {
    for (const role of rolesOf(member)) {
      if (!LEAD_ROLES.has(role.role) || role.from === undefined) continue;
      const key = `${role.role}|${role.area ?? ''}`;
      starts.set(key, [...(starts.get(key) ?? []), role.from]);
    }
  }
  return starts;
}

export const roleTermExpired: DocumentRule = {
  code: 'role.term-expired',
  defaultSeverity: 'warning',
  summary: 'A lead role\'s term has ended and nobody has taken it on',
  explanation:
    'Members lead pieces of work for a limited time. When a term\'s `until` date has passed and no later term for the same role and area is recorded (for this member or anyone else), the role has either run on unrecorded or been left empty. Agree a new term (add it as a new role entry) or record who leads next. A term that quietly runs on is how leadership stops rotating.',
  example: '```yaml\nroles:\n  - role: lead\n    area: falls-prevention\n    from: 2024-01-01\n    until: 2025-12-31   # today is after this, and nobody leads falls-prevention since\n```',
  kinds: ['member'],
  check(document, context) {
    const left = date(document.data, 'left');
    const starts = context.network.memo('lead-term-starts', ['member'], leadTermStarts);
    for (const role of rolesOf(document)) {
      const until = role.until;
      if (!LEAD_ROLES.has(role.role) || until === undefined || until >= context.today) continue;
      // A role running past its holder's leaving date is member.left-with-role's to report.
      if (left !== undefined && left <= context.today && until > left) continue;
      // Taken on when a term that began after this one has started, even one that began before this
      // one ended (a renewal agreed early overlaps the old term).
      const taken = (starts.get(`${role.role}|${role.area ?? ''}`) ?? []).filter((from) => from > (role.from ?? ''));
      if (taken.some((from) => from <= context.today)) continue;
      const later = taken.filter((from) => from > until).sort();
      const path = ['roles', role.index, 'until'];
      const message = later.length
        ? `This ${describeRole(role)} ended on ${until}, and the next recorded term starts on ${later[0]}: until then nobody holds it.`
        : `This ${describeRole(role)} ended on ${until} and no later term is recorded. Agree a new term or record who leads next.`;
      context.report(document.rangeOf(path), message, { path, until });
    }
  },
};
