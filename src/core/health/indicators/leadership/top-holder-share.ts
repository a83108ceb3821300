import { describeRole } from '../../../rules/roles';
import type { RoleFact } from '../../facts';
import { plural, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { nameList, nameOf } from './people';
import { maxOf } from '../../../arrays';

/**
 * Of all lead roles held on the day (facts.leadRolesHeld), the share held by
 * the member holding the most. Member and other non-lead roles are left out:
 * they do not rotate and holding many is no concentration of power.
 */
export const topHolderShare: IndicatorDefinition = {
  name: 'top-holder-share',
  dimension: 'leadership',
  what: 'Of the lead roles (lead, co-chair, coordinator) held by current members on the day, the share held by the member who holds the most; each role entry counts once. Unknown when nobody holds a lead role on the day.',
  why: 'When one person holds most of the roles, the network depends on them and others have little room to lead.',
  source: 'Source4Networks, guidance on leading networks (leaders at the core rather than the top; power distributed); Provan & Kenis (2008), shared versus lead-organisation governance; CHAOSS, the Contributor Absence Factor metric (work concentrated on few people).',
  unit: 'share',
  adapts: 'Judged against what the lead roles allow: with fewer lead roles than it takes to reach the healthy share (two co-chairs hold half each), one role each is healthy.',
  measure({ facts }) {
    const held = facts.leadRolesHeld;
    if (held.length === 0) return unknown(`Nobody held a lead role on ${facts.asOf}.`, 'Who leads the network\'s work now? Could each lead role be recorded on the lead\'s member page?');
    const name = nameOf(facts);
    const byMember = new Map<string, RoleFact[]>();
    for (const role of held) {
      const list = byMember.get(role.member);
      if (list) list.push(role);
      else byMember.set(role.member, [role]);
    }
    const most = maxOf([...byMember.values()].map((roles) => roles.length));
    const top = [...byMember.keys()].filter((id) => byMember.get(id)?.length === most).sort((a, b) => name(a).localeCompare(name(b)) || a.localeCompare(b));
    const percent = Math.round((most / held.length) * 100);
    // The best the roles allow: one each, so 1 of 2 co-chair roles is 50% and healthy.
    const best = { achievable: 1 / held.length };
    // The top holders' roles, those ending soonest first: they are the easiest to hand on.
    const evidence: Evidence[] = top
      .flatMap((id) => byMember.get(id) ?? [])
      .sort((a, b) => (a.until ?? '9999').localeCompare(b.until ?? '9999') || a.member.localeCompare(b.member) || a.index - b.index)
      .slice(0, 50)
      .map((role) => ({ file: role.document.path, at: ['roles', role.index], member: role.member, note: role.until === undefined ? `${describeRole(role)}, no end date` : `${describeRole(role)} until ${role.until}` }));
    const holders = nameList(top.map(name));
    if (most === 1) {
      return {
        value: most / held.length,
        ...best,
        summary: held.length === 1 ? `${holders} holds the only lead role.` : `Each of the ${held.length} lead roles is held by a different person (${percent}% each).`,
        evidence,
        question: held.length === 1 ? `${holders} holds the only lead role: could others lead pieces of the work alongside?` : 'Every lead role is held by a different person: how are new leads supported when terms end?',
      };
    }
    const hold = top.length === 1 ? 'holds' : 'each hold';
    return {
      value: most / held.length,
      ...best,
      summary: `${holders} ${hold} ${most} of ${plural(held.length, 'lead role')} (${percent}%).`,
      evidence,
      question: `${holders} ${hold} ${most} of ${plural(held.length, 'lead role')}: which could someone else take on?`,
    };
  },
};
