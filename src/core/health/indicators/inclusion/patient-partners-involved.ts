import type { AsOfFacts, MemberFact } from '../../facts';
import { plural, sizeScaleOf, sizeWords, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { inLastYear, MAX_EVIDENCE } from '../delivery/open-work';
import { listOf } from './organisations';
import { isPartnerText } from '../../../model/organisations';

interface Partner {
  readonly member: MemberFact;
  /** Why they count: the role entry or the field that says so. */
  readonly at: readonly (string | number)[];
  readonly lastActive: string | undefined;
}

/** Current members holding a patient-partner role on the day, or whose page describes them as a patient or public partner. */
function partnersOf(facts: AsOfFacts): Partner[] {
  const roleAt = new Map<string, number>();
  for (const role of facts.roles) {
    if (role.role === 'patient-partner' && (role.until === undefined || role.until >= facts.asOf) && !roleAt.has(role.member)) roleAt.set(role.member, role.index);
  }
  return facts.members.flatMap((member) => {
    const lastActive = facts.lastActive.get(member.id);
    const index = roleAt.get(member.id);
    if (index !== undefined) return [{ member, at: ['roles', index], lastActive }];
    const field = (['sector', 'profession', 'organisation'] as const).find((key) => isPartnerText(member[key]));
    return field === undefined ? [] : [{ member, at: [field], lastActive }];
  });
}

function partnerEvidence(partner: Partner, active: boolean): Evidence {
  const when = partner.lastActive === undefined ? 'has not taken part yet' : active ? `last took part ${partner.lastActive}` : `has not taken part since ${partner.lastActive}`;
  return { file: partner.member.document.path, at: partner.at, member: partner.member.id, note: `patient or public partner, ${when}` };
}

const byLatestActive = (a: Partner, b: Partner): number => ((a.lastActive ?? '') > (b.lastActive ?? '') ? -1 : (a.lastActive ?? '') < (b.lastActive ?? '') ? 1 : 0);

/**
 * Current members who are patient or public partners and took part (attended,
 * facilitated, proposed, owned or contributed) in the last 12 months. Unknown
 * only when the network has no members on the day.
 */
export const patientPartnersInvolved: IndicatorDefinition = {
  name: 'patient-partners-involved',
  dimension: 'inclusion',
  what: "The number of current members who are patient or public partners (holding a 'patient-partner' role on the day, or with a sector, profession or organisation such as 'public/patient', 'patient partner' or 'lay member') and who took part in the 365 days up to the day: attended or facilitated a meeting, or proposed, owned or contributed to an action.",
  why: 'Patients and the public bring experience that professionals cannot, and keep the network focused on what matters to them.',
  source: 'Scottish managed clinical network core principles (patient and public involvement); Health Foundation, report on effective networks for improvement; NSW Agency for Clinical Innovation, network survey domains.',
  unit: 'people',
  adapts: 'Judged for the network\'s size: the thresholds are written for a network of 20 current members (netgov\'s default, to agree at charter review), and scale down in proportion for a smaller one (seven members: 7/20 of each).',
  measure({ facts }) {
    if (facts.members.length === 0) return unknown('The network has no members on the day.', 'Who are the network\'s members, and are patients or the public among them?');
    const partners = partnersOf(facts).sort(byLatestActive);
    const inYear = inLastYear(facts);
    const isActive = (partner: Partner): boolean => partner.lastActive !== undefined && inYear(partner.lastActive);
    const active = partners.filter(isActive);
    const quiet = partners.filter((partner) => !isActive(partner));
    const evidence = [...active.map((p) => partnerEvidence(p, true)), ...quiet.map((p) => partnerEvidence(p, false))].slice(0, MAX_EVIDENCE);
    const names = (list: readonly Partner[]): string => listOf(list.map((p) => p.member.name));
    const quietText = quiet.length === 0 ? '' : `; ${plural(quiet.length, 'other has', 'others have')} not taken part in that time`;
    const summary = `${plural(active.length, 'patient or public partner')} took part in the last 12 months${active.length > 0 ? ` (${names(active)})` : ''}${quietText}.`;
    return { value: active.length, ...sizeScaleOf(facts.members.length), summary: `${summary}${sizeWords(facts.members.length)}`, evidence, question: questionFor(active, quiet, names) };
  },
};

function questionFor(active: readonly Partner[], quiet: readonly Partner[], names: (list: readonly Partner[]) => string): string {
  if (active.length === 0 && quiet.length === 0) return 'No member is recorded as a patient or public partner: how could the network recruit some, and support them to take part as equals?';
  if (quiet.length > 0) return `${names(quiet)} ${quiet.length === 1 ? 'is a patient or public partner but has' : 'are patient or public partners but have'} not taken part in the last 12 months: what would help them take part again?`;
  return `${names(active)} ${active.length === 1 ? 'is the only patient or public partner taking part' : `are the ${active.length} patient or public partners taking part`}: could they own or co-own an action, and who else could join them?`;
}
