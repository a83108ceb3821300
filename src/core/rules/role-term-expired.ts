import { declaredSeats } from '../model/charter-leadership';
import { date } from '../model/fields';
import type { Network } from '../network';
import type { DocumentRule } from './rule';
import { LEAD_ROLES, describeRole, rolesOf } from './roles';

/** One recorded lead term: whose it is, which entry, and its dates (the end cut at the holder's leaving day). */
export interface HeldTerm {
  readonly member: string;
  readonly index: number;
  readonly from: string;
  readonly until: string | undefined;
}

/** Every dated lead term, by role and area (`role|area`), across all members. */
export function leadTerms(network: Network): Map<string, HeldTerm[]> {
  const terms = new Map<string, HeldTerm[]>();
  for (const member of network.ofKind('member').values()) {
    const left = date(member.data, 'left');
    for (const role of rolesOf(member)) {
      if (!LEAD_ROLES.has(role.role) || role.from === undefined) continue;
      const key = `${role.role}|${role.area ?? ''}`;
      const until = left !== undefined && (role.until === undefined || left < role.until) ? left : role.until;
      terms.set(key, [...(terms.get(key) ?? []), { member: member.id, index: role.index, from: role.from, until }]);
    }
  }
  return terms;
}

/** The terms running on a day (begun by it, not ended before it). */
export function heldOn(terms: readonly HeldTerm[], day: string): HeldTerm[] {
  return terms.filter((term) => term.from <= day && (term.until === undefined || term.until >= day));
}

export const roleTermExpired: DocumentRule = {
  code: 'role.term-expired',
  defaultSeverity: 'warning',
  summary: 'A lead role\'s term has ended and nobody has taken it on',
  explanation:
    'Members lead pieces of work for a limited time. When a term\'s `until` date has passed and no later term for the same role and area is recorded (for this member or anyone else), the role has either run on unrecorded or been left empty. Agree a new term (add it as a new role entry) or record who leads next. A term that quietly runs on is how leadership stops rotating. Several people may hold one role at once (co-leads): a term that ends while others still hold the role is not reported, and where the charter counts the seats (`seats: {lead: 3}` on an area, or on the charter for network-wide roles) an empty seat is reported once, on the charter, by role.seat-vacant, not on the one who left.',
  example: '```yaml\nroles:\n  - role: lead\n    area: falls-prevention\n    from: 2024-01-01\n    until: 2025-12-31   # today is after this, and nobody leads falls-prevention since\n```',
  kinds: ['member'],
  check(document, context) {
    const left = date(document.data, 'left');
    const all = context.network.memo('lead-terms', ['member'], leadTerms);
    for (const role of rolesOf(document)) {
      const until = role.until;
      if (!LEAD_ROLES.has(role.role) || until === undefined || until >= context.today) continue;
      // A role running past its holder's leaving date is member.left-with-role's to report.
      if (left !== undefined && left <= context.today && until > left) continue;
      const terms = all.get(`${role.role}|${role.area ?? ''}`) ?? [];
      // Judged per seat: while others still hold the role, or the charter counts its seats, an empty
      // seat is role.seat-vacant's to report; this rule speaks when a one-seat role is left empty.
      const others = heldOn(terms, context.today).filter((term) => !(term.member === document.id && term.index === role.index));
      if (others.length > 0 || declaredSeats(context.network.charter?.data, role.role, role.area) !== undefined) continue;
      // Taken on when a term that began after this one has started, even one that began before this
      // one ended (a renewal agreed early overlaps the old term).
      const taken = terms.map((term) => term.from).filter((from) => from > (role.from ?? ''));
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
