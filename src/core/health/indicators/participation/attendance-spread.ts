import { addMonths } from '../../../model/fields';
import { formatDate } from '../../../views/dates';
import type { MeetingFact, MemberFact } from '../../facts';
import { notKept, numberParam, plural, shareSummary, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';

/** Attending at least this share of the meetings a member could have come to counts as coming regularly. */
const REGULAR_SHARE = 0.25;

/**
 * How evenly attendance is spread: of the current members who could have
 * come to at least one whole-network meeting in the last `months` months
 * (held while they were a member), the share who came to at least a quarter of
 * those meetings. Whole-network meetings are those with no `area`: a
 * workstream's meetings are for its own members.
 *
 * Why this and not "came at least once in the year" (reach): one visit in
 * twelve months hides a network where the same few attend every meeting.
 * Why not a Gini of attendance rates: leads rightly attend nearly everything,
 * and "how many of us come to at least one meeting in four" is a number a lead
 * can check and act on. The most frequent attenders are named in the question.
 */
export const attendanceSpread: IndicatorDefinition = {
  name: 'attendance-spread',
  dimension: 'participation',
  what: 'Of the current members who could have come to at least one whole-network meeting (a meeting with no `area`) in the last `months` months (12 by default) while they were members, the share who attended or facilitated at least a quarter of the meetings they could have come to. Unknown when the network keeps no meeting notes, or held no such meeting in the window.',
  why: 'When the same few people come to every meeting, the network hears from only part of its membership; attendance spread across members keeps more voices in the room.',
  source: 'Source4Networks, guidance on leading networks (open, inclusive convening); NSW Agency for Clinical Innovation, network survey domains (engagement).',
  unit: 'share',
  params: { months: 12 },
  measure(context) {
    const { facts } = context;
    const months = numberParam(context, 'months', 12);
    if (facts.members.length === 0) return unknown('There are no current members.', 'Who belongs to the network? Could each member add a page in the members folder?');
    if (facts.meetings.length === 0) return notKept('meetings', 'Does the network meet? If so, could the notes of its meetings go in the meetings folder, with who came?');
    const since = addMonths(facts.asOf, -months);
    const meetings = facts.meetings.filter((meeting) => meeting.date > since && meeting.area === undefined);
    if (meetings.length === 0) return unknown(`No whole-network meeting (one with no area) was held in the ${months} months to ${formatDate(facts.asOf)}.`, 'When will the whole network next meet, and how will members hear about it?');
    const rates = facts.members.flatMap((member) => {
      const possible = meetings.filter((meeting) => member.joined <= meeting.date);
      if (possible.length === 0) return [];
      const came = possible.filter((meeting) => present(meeting).has(member.id)).length;
      return [{ member, came, possible: possible.length }];
    });
    if (rates.length === 0) return unknown(`Every current member joined after the last whole-network meeting in the ${months} months to ${formatDate(facts.asOf)}.`, 'How will new members hear about the next meeting?');
    const regular = rates.filter((rate) => rate.came / rate.possible >= REGULAR_SHARE);
    const seldom = rates.filter((rate) => rate.came / rate.possible < REGULAR_SHARE).sort((a, b) => a.came / a.possible - b.came / b.possible || a.member.joined.localeCompare(b.member.joined) || a.member.id.localeCompare(b.member.id));
    const evidence: Evidence[] = seldom.slice(0, 50).map(({ member, came, possible }) => ({ file: member.document.path, member: member.id, note: `came to ${came} of the ${plural(possible, 'whole-network meeting')} since ${formatDate(since)} while a member` }));
    const summary = `${shareSummary(regular.length, rates.length, ['current member', 'current members'])} came to at least a quarter of the ${plural(meetings.length, 'whole-network meeting')} they could have attended in the ${months} months to ${formatDate(facts.asOf)}.`;
    return { value: regular.length / rates.length, summary, evidence, question: questionFor(rates, seldom.length) };
  },
};

function present(meeting: MeetingFact): ReadonlySet<string> {
  return new Set([...meeting.attendees, ...(meeting.facilitator ? [meeting.facilitator] : [])]);
}

function questionFor(rates: readonly { member: MemberFact; came: number; possible: number }[], seldomCount: number): string {
  const top = [...rates].sort((a, b) => b.came - a.came || a.member.id.localeCompare(b.member.id))[0];
  if (!top || top.came === 0) return 'No current member came to any of the whole-network meetings: who is taking part, and how could members be drawn in?';
  const mostOften = `${top.member.name} came to ${top.came} of ${top.possible}`;
  if (seldomCount === 0) return `Every member came to at least a quarter of the meetings, and ${mostOften}: could those who come less often take a bigger part?`;
  return `${mostOften}, while ${plural(seldomCount, 'member')} came to fewer than a quarter of the meetings they could have: what times, places or ways of taking part would suit them?`;
}
