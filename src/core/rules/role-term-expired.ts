import { areaHistory } from '../model/areas';
import { declaredSeats, termEndOf } from '../model/charter-leadership';
import { date } from '../model/fields';
import type { Network } from '../network';
import { defineDocumentRule } from './rule';
import { LEAD_ROLES, describeRole, rolesOf } from './roles';

/** One recorded lead term: whose it is, which entry, and its dates (the end cut at the holder's leaving day). */
export interface HeldTerm {
  readonly member: string;
  readonly index: number;
  readonly from: string;
  readonly until: string | undefined;
}

/** The key lead terms are kept under: the role and the area it counts for now (a renamed area's old id counts for the new one). */
export function termKey(network: Network, role: string, area: string | undefined): string {
  return `${role}|${areaHistory(network).currentOf(area) ?? ''}`;
}

/**
 * Every dated lead term, by role and current area (`termKey`), across all members. A term with no
 * `until` ends when the charter's `term_ends_on` says; any term ends when its area retired, if not before.
 */
export function leadTerms(network: Network): Map<string, HeldTerm[]> {
  const terms = new Map<string, HeldTerm[]>();
  const areas = areaHistory(network);
  for (const member of network.ofKind('member').values()) {
    const left = date(member.data, 'left');
    for (const role of rolesOf(member)) {
      if (!LEAD_ROLES.has(role.role) || role.from === undefined) continue;
      const key = termKey(network, role.role, role.area);
      const end = areas.endOf(role.area, termEndOf(network.charter?.data, role));
      const until = left !== undefined && (end === undefined || left < end) ? left : end;
      terms.set(key, [...(terms.get(key) ?? []), { member: member.id, index: role.index, from: role.from, until }]);
    }
  }
  return terms;
}

/** `leadTerms`, read once until a member page or the charter (its areas) changes: role.term-expired and role.seat-vacant share it. */
export function leadTermsOf(network: Network): Map<string, HeldTerm[]> {
  return network.memo('lead-terms', ['member', 'charter'], leadTerms);
}

/** The terms running on a day (begun by it, not ended before it). */
export function heldOn(terms: readonly HeldTerm[], day: string): HeldTerm[] {
  return terms.filter((term) => term.from <= day && (term.until === undefined || term.until >= day));
}

export const roleTermExpired = defineDocumentRule({
  code: 'role.term-expired',
  defaultSeverity: 'warning',
  summary: 'A lead role\'s term has ended and nobody has taken it on',
  explanation:
    'Members lead pieces of work for a limited time. When a term\'s `until` date has passed and no later term for the same role and area is recorded (for this member or anyone else), the role has either run on unrecorded or been left empty. Agree a new term (add it as a new role entry) or record who leads next. A term that quietly runs on is how leadership stops rotating. Several people may hold one role at once (co-leads): a term that ends while others still hold the role is not reported, and where the charter counts the seats (`seats: {lead: 3}` on an area, or on the charter for network-wide roles) an empty seat is reported once, on the charter, by role.seat-vacant, not on the one who left. A role in an area the charter has retired (`retired:` on the area, on or before today) is not expected to continue and is not reported; a role in an area renamed (`renamed_to:`) counts for the area it was renamed to, so a term taken on under the new id is a successor. Where the charter ends every term on a fixed day of the year (`leadership.term_ends_on: "03-31"`), a term with no `until` is judged to end on the day that implies (see docs/format.md), and is reported at its `role` when that day has passed.',
  example: '```yaml\nroles:\n  - role: lead\n    area: falls-prevention\n    from: 2024-01-01\n    until: 2025-12-31   # today is after this, and nobody leads falls-prevention since\n```',
  kinds: ['member'],
  check(document, context) {
    const left = date(document.data, 'left');
    const all = leadTermsOf(context.network);
    const areas = areaHistory(context.network);
    for (const role of rolesOf(document)) {
      // With no `until`, the end the charter's `term_ends_on` implies.
      const until = LEAD_ROLES.has(role.role) ? termEndOf(context.network.charter?.data, role) : undefined;
      if (until === undefined || until >= context.today) continue;
      // A role in an area retired by today is not expected to continue: nobody need take it on.
      if (areas.isRetired(role.area, context.today)) continue;
      // A role running past its holder's leaving date is member.left-with-role's to report.
      if (left !== undefined && left <= context.today && until > left) continue;
      const terms = all.get(termKey(context.network, role.role, role.area)) ?? [];
      // Judged per seat: while others still hold the role, or the charter counts its seats, an empty
      // seat is role.seat-vacant's to report; this rule speaks when a one-seat role is left empty.
      const others = heldOn(terms, context.today).filter((term) => !(term.member === document.id && term.index === role.index));
      if (others.length > 0 || declaredSeats(context.network.charter?.data, role.role, areas.currentOf(role.area)) !== undefined) continue;
      // Taken on when a term that began after this one has started, even one that began before this
      // one ended (a renewal agreed early overlaps the old term).
      const taken = terms.map((term) => term.from).filter((from) => from > (role.from ?? ''));
      if (taken.some((from) => from <= context.today)) continue;
      const later = taken.filter((from) => from > until).sort();
      const implied = role.until === undefined;
      const path = implied ? ['roles', role.index, 'role'] : ['roles', role.index, 'until'];
      const ended = implied ? `ended on ${until} (the charter's \`term_ends_on\`; it has no \`until\`)` : `ended on ${until}`;
      const message = later.length
        ? `This ${describeRole(role)} ${ended}, and the next recorded term starts on ${later[0]}: until then nobody holds it.`
        : `This ${describeRole(role)} ${ended} and no later term is recorded. Agree a new term or record who leads next.`;
      context.report(document.rangeOf(path), message, { path, until });
    }
  },
});
