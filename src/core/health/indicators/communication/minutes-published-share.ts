import type { MeetingFact } from '../../facts';
import { allOf, notKept, shareSummary, shareVerb, unknown, type IndicatorDefinition } from '../../indicator';
import { atField, MAX_EVIDENCE, memberNames } from '../delivery/open-work';

/** Minutes of the last fortnight's meetings may still be on their way, so those meetings are not judged yet. */
const GRACE_DAYS = 14;

function describeMeeting(meeting: MeetingFact, names: ReadonlyMap<string, string>): string {
  const facilitator = meeting.facilitator === undefined ? '' : `, facilitated by ${names.get(meeting.facilitator) ?? meeting.facilitator}`;
  return `the ${meeting.type === undefined ? '' : `${meeting.type} `}meeting on ${meeting.date}${facilitator}`;
}

/**
 * Meetings held in the 12 months up to the day, and at least 14 days before
 * it, whose minutes were published on or before the day, as a share of those
 * meetings. Unknown when there were none.
 */
export const minutesPublishedShare: IndicatorDefinition = {
  name: 'minutes-published-share',
  dimension: 'communication',
  what: "The share of meetings held in the 365 days up to the day, and at least 14 days before it, whose 'minutes_published' date is on or before the day.",
  why: 'Minutes let members who could not attend follow the work and shape it; without them, only those in the room know.',
  source: 'Source4Networks, guidance on leading networks (keeping information flowing openly); Scottish managed clinical network core principles (open, accountable working).',
  unit: 'share',
  measure({ facts }) {
    if (facts.meetings.length === 0) return notKept('meetings', 'Does the network meet? If so, could the notes of its meetings go in the meetings folder?');
    const from = facts.daysBefore(365);
    const until = facts.daysBefore(GRACE_DAYS);
    const held = facts.meetings.filter((meeting) => meeting.date > from && meeting.date <= until);
    if (held.length === 0) {
      return unknown(`No meeting was held in the last 12 months (leaving out the last ${GRACE_DAYS} days), so there are no minutes to look for.`, 'When does the network next meet, and who will write up the minutes?');
    }
    // The most recent gaps first: they are the ones still worth writing up.
    const missing = held.filter((meeting) => meeting.minutesPublished === undefined).reverse();
    const summary = `${shareSummary(held.length - missing.length, held.length, ['meeting held in the last 12 months', 'meetings held in the last 12 months'])} ${shareVerb(held.length - missing.length, held.length, 'has', 'have')} published minutes (meetings in the last ${GRACE_DAYS} days are not counted yet).`;
    const first = missing[0];
    if (!first) {
      return { value: 1, summary, evidence: [], question: `${allOf(held.length, ['meeting of the last year', 'meetings of the last year'], ['has', 'have'])} minutes: do members who were not there read them and act on them?` };
    }
    const names = memberNames(facts);
    return {
      value: (held.length - missing.length) / held.length,
      summary,
      evidence: missing.slice(0, MAX_EVIDENCE).map((meeting) => ({ file: meeting.document.path, ...atField(meeting.document, ['minutes_published']), note: `held ${meeting.date}, no minutes published` })),
      question: `${missing.length === 1 ? `One meeting of the last year has no published minutes, ${describeMeeting(first, names)}` : `${missing.length} meetings of the last year have no published minutes, the latest ${describeMeeting(first, names)}`}: who could write them up, and who writes them when the usual person is away?`,
    };
  },
};
