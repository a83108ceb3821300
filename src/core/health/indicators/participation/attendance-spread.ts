import { addMonths } from '../../../model/fields';
import { formatDate } from '../../../views/dates';
import type { MemberFact } from '../../facts';
import { numberParam, plural, shareSummary, unknown, type IndicatorDefinition } from '../../indicator';

/**
 * Share of current members who attended (or facilitated) at least one meeting
 * in the last `months` months.
 *
 * Why this and not an inequality measure such as 1 - Gini of attendance
 * counts: leads and coordinators rightly attend far more meetings than other
 * members, so a Gini over a large network reads as unhealthy even when most
 * members do come; and "how many of us came to at least one meeting" is a
 * number members can check and act on. The concentration the checklist worries
 * about (the same few at every meeting) shows in the question, which names the
 * most frequent attenders.
 */
export const attendanceSpread: IndicatorDefinition = {
  name: 'attendance-spread',
  dimension: 'participation',
  what: 'The share of current members who attended or facilitated at least one meeting in the last `months` months (12 by default).',
  why: 'When the same few people attend every meeting, the network hears from only part of its membership.',
  source: 'Source4Networks, guidance on leading networks (open, inclusive convening); NSW Agency for Clinical Innovation, network survey domains (engagement).',
  unit: 'share',
  params: { months: 12 },
  measure(context) {
    const { facts } = context;
    const months = numberParam(context, 'months', 12);
    const since = addMonths(facts.asOf, -months);
    const meetings = facts.meetings.filter((meeting) => meeting.date > since);
    if (facts.members.length === 0) return unknown('There are no current members.', 'Who belongs to the network? Could each member add a page in the members folder?');
    if (meetings.length === 0) return unknown(`No meetings were held in the ${months} months to ${formatDate(facts.asOf)}.`, 'When will the network next meet, and how will members hear about it?');
    const attended = new Map<string, number>();
    for (const meeting of meetings) {
      for (const id of new Set([...meeting.attendees, ...(meeting.facilitator ? [meeting.facilitator] : [])])) attended.set(id, (attended.get(id) ?? 0) + 1);
    }
    const absent = facts.members.filter((member) => !attended.has(member.id)).sort((a, b) => a.joined.localeCompare(b.joined) || a.id.localeCompare(b.id));
    const attenders = facts.members.length - absent.length;
    const evidence = absent.slice(0, 50).map((member) => ({ file: member.document.path, member: member.id, note: `no meeting in the last ${months} months` }));
    const summary = `${shareSummary(attenders, facts.members.length, 'current members')} attended at least one of the ${plural(meetings.length, 'meeting')} in the ${months} months to ${formatDate(facts.asOf)}.`;
    return { value: attenders / facts.members.length, summary, evidence, question: questionFor(facts.members, attended, absent.length, meetings.length) };
  },
};

function questionFor(members: readonly MemberFact[], attended: ReadonlyMap<string, number>, absentCount: number, meetingCount: number): string {
  const count = (member: MemberFact): number => attended.get(member.id) ?? 0;
  const top = members.reduce<MemberFact | undefined>((best, member) => (count(member) > (best ? count(best) : 0) ? member : best), undefined);
  if (!top) return `No current member attended any of the ${plural(meetingCount, 'meeting')}: who is taking part, and how could members be drawn in?`;
  const mostOften = `${top.name} attended ${count(top)} of the ${plural(meetingCount, 'meeting')}`;
  if (absentCount === 0) return `Every member attended at least once, and ${mostOften}: could those who come less often take a bigger part?`;
  return `${mostOften}, while ${plural(absentCount, 'member')} attended none: what times, places or ways of taking part would suit those who do not come?`;
}
