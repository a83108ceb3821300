import { addMonths } from '../../../model/fields';
import { formatDate } from '../../../views/dates';
import type { MeetingFact } from '../../facts';
import { notKept, numberParam, plural, shareSummary, unknown, type IndicatorDefinition } from '../../indicator';

/**
 * Share of the meetings in the last `months` months that took decisions and
 * were quorate: at least the charter's decisions.quorum people attended
 * (attendees and facilitator, each counted once).
 */
export const quorumMet: IndicatorDefinition = {
  name: 'quorum-met',
  dimension: 'governance',
  what: "Of the meetings in the last `months` months (12 by default) that recorded decisions, the share attended by at least the charter's quorum ('decisions.quorum'), counting the attendees and the facilitator once each.",
  why: 'Decisions taken without a quorum may not carry the network with them.',
  source: 'Provan & Kenis (2008), legitimacy in network governance; Scottish managed clinical network core principles (accountable governance).',
  unit: 'share',
  params: { months: 12 },
  measure(context) {
    const { facts } = context;
    const months = numberParam(context, 'months', 12);
    const quorum = facts.charterRecord?.quorum;
    if (quorum === undefined || quorum < 1) return unknown('The charter states no quorum.', "How many members should take part for a decision to count? Could the network agree a quorum and write it in the charter's 'decisions.quorum'?");
    if (facts.meetings.length === 0) return notKept('meetings', 'Does the network meet to decide? If so, could the notes of its meetings go in the meetings folder?');
    const since = addMonths(facts.asOf, -months);
    const deciding = facts.meetings.filter((meeting) => meeting.date > since && meeting.decisions.length > 0);
    if (deciding.length === 0) return unknown(`No meeting recorded decisions in the ${months} months to ${formatDate(facts.asOf)}.`, 'Where is the network making its decisions, and are they recorded in the meeting notes?');
    const short = deciding
      .map((meeting) => ({ meeting, present: presentAt(meeting) }))
      .filter(({ present }) => present < quorum)
      .sort((a, b) => a.present - b.present || b.meeting.decisions.length - a.meeting.decisions.length || a.meeting.id.localeCompare(b.meeting.id));
    const evidence = short.slice(0, 50).map(({ meeting, present }) => ({ file: meeting.document.path, at: ['attendees'], note: `${present} present, quorum ${quorum}; ${plural(meeting.decisions.length, 'decision')}` }));
    const met = deciding.length - short.length;
    const summary = `${shareSummary(met, deciding.length, ['meeting that took decisions', 'meetings that took decisions'])} in the ${months} months to ${formatDate(facts.asOf)} had the quorum of ${quorum}.`;
    return { value: met / deciding.length, summary, evidence, question: questionFor(short, quorum) };
  },
};

function presentAt(meeting: MeetingFact): number {
  return new Set([...meeting.attendees, ...(meeting.facilitator ? [meeting.facilitator] : [])]).size;
}

function questionFor(short: readonly { meeting: MeetingFact; present: number }[], quorum: number): string {
  const first = short[0];
  if (!first) return `Every meeting that took decisions had a quorum of ${quorum}: is the quorum still right for the network's size?`;
  const worst = `${first.meeting.id} took ${plural(first.meeting.decisions.length, 'decision')} with ${first.present} present`;
  const lead = short.length === 1 ? worst : `${short.length} meetings took decisions without a quorum; ${worst}`;
  return `${lead}, below the quorum of ${quorum}: should those decisions be confirmed at a quorate meeting?`;
}
