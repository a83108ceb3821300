import { notKept, plural, unknown, type IndicatorDefinition } from '../../indicator';
import { daysBetween } from '../../../views/dates';
import { inLastYear, MAX_EVIDENCE } from '../delivery/open-work';
import { daysText, median } from './median';

/**
 * The median days from a meeting to its published minutes, over meetings
 * held in the 12 months up to the day whose minutes were out by the day.
 * Unknown when none were.
 */
export const minutesDelayDays: IndicatorDefinition = {
  name: 'minutes-delay-days',
  dimension: 'communication',
  what: "The median number of days from a meeting to its 'minutes_published' date, over the meetings held in the 365 days up to the day whose minutes were published by the day. Minutes dated before their meeting count as 0 days.",
  why: 'Minutes that arrive weeks later come too late for members to act on or to correct.',
  source: 'Source4Networks, guidance on leading networks (keeping information flowing openly); Health Foundation, report on effective networks for improvement.',
  unit: 'days',
  measure({ facts }) {
    const inYear = inLastYear(facts);
    if (facts.meetings.length === 0) return notKept('meetings', 'Does the network meet? If so, could the notes of its meetings go in the meetings folder?');
    const published = facts.meetings
      .filter((meeting) => inYear(meeting.date) && meeting.minutesPublished !== undefined)
      .map((meeting) => ({ meeting, delay: Math.max(0, daysBetween(meeting.date, meeting.minutesPublished ?? meeting.date)) }))
      .sort((a, b) => b.delay - a.delay);
    const value = median(published.map((item) => item.delay));
    const slowest = published[0];
    if (value === undefined || !slowest) {
      return unknown('No meeting in the last 12 months has published minutes, so there is no delay to measure.', "Who will write up the next meeting's minutes, and record the day in 'minutes_published'?");
    }
    return {
      value,
      summary: `Minutes took a median of ${daysText(value)} to be published, over ${plural(published.length, 'meeting')} in the last 12 months.`,
      evidence: published.slice(0, MAX_EVIDENCE).map(({ meeting, delay }) => ({ file: meeting.document.path, at: ['minutes_published'], note: `minutes ${plural(delay, 'day')} after the meeting of ${meeting.date}` })),
      question: `Minutes take a median of ${daysText(value)}; the slowest, for the meeting of ${slowest.meeting.date}, took ${plural(slowest.delay, 'day')}: could they go out within a week, and who covers when the usual person is away?`,
    };
  },
};
