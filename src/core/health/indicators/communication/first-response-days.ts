import type { ActionFact, AsOfFacts } from '../../facts';
import { plural, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { daysBetween } from '../../../views/dates';
import { inLastYear, MAX_EVIDENCE, memberNames } from '../delivery/open-work';
import { daysText, median } from './median';

interface Wait {
  readonly action: ActionFact;
  readonly days: number;
  /** How the proposal was first answered; undefined while it waits. */
  readonly response: string | undefined;
}

/** For each action, the dates of the meetings on or before the day that list it, oldest first. */
function meetingDates(facts: AsOfFacts): ReadonlyMap<string, string[]> {
  const dates = new Map<string, string[]>();
  for (const meeting of facts.meetings) {
    for (const id of meeting.decisions) {
      const list = dates.get(id);
      if (list) list.push(meeting.date);
      else dates.set(id, [meeting.date]);
    }
  }
  return dates;
}

/**
 * The first response is the earliest of the recorded decision, the first
 * meeting on or after the proposal that lists the action, and the date it
 * was acknowledged (`acknowledged`). A proposal with
 * neither waits still: it counts with its age so far, so that silence is not
 * left out of the median.
 */
function waitOf(action: ActionFact, meetings: ReadonlyMap<string, string[]>, asOf: string): Wait {
  const meeting = meetings.get(action.id)?.find((day) => day >= action.proposed);
  const decided = action.decision?.date !== undefined && action.decision.date >= action.proposed ? action.decision.date : undefined;
  const acknowledged = action.acknowledged !== undefined && action.acknowledged >= action.proposed ? action.acknowledged : undefined;
  const first = [decided, meeting, acknowledged].filter((day): day is string => day !== undefined).sort()[0];
  if (first === undefined) return { action, days: daysBetween(action.proposed, asOf), response: undefined };
  return { action, days: daysBetween(action.proposed, first), response: first === decided ? `decided ${first}` : first === meeting ? `listed at the meeting of ${first}` : `acknowledged ${first}` };
}

function waitEvidence(wait: Wait, names: ReadonlyMap<string, string>): Evidence {
  const by = wait.action.proposedBy;
  const note = wait.response === undefined ? `proposed ${wait.action.proposed}, no response after ${plural(wait.days, 'day')}` : `first response after ${plural(wait.days, 'day')} (${wait.response})`;
  return { file: wait.action.document.path, at: ['proposed'], ...(by === undefined ? {} : { member: by }), note: by === undefined ? note : `${note}, from ${names.get(by) ?? by}` };
}

/** Waiting proposals first, oldest first; then answered ones, slowest first. */
function byMostTelling(a: Wait, b: Wait): number {
  if ((a.response === undefined) !== (b.response === undefined)) return a.response === undefined ? -1 : 1;
  return b.days - a.days;
}

export const firstResponseDays: IndicatorDefinition = {
  name: 'first-response-days',
  dimension: 'communication',
  what: 'The median number of days from a proposal (an action proposed in the 365 days up to the day) to its first response: the earliest of its decision date, the date it was acknowledged (`acknowledged`) and the first meeting on or after the proposal that lists it among its decisions. Proposals with no response yet count with the days they have waited so far.',
  why: 'A proposal with no response tells the member who made it that their idea is not wanted, and they stop proposing.',
  source: 'CHAOSS, the Time to First Response metric; Source4Networks, guidance on leading networks (reciprocal relationships; members able to shape the agenda).',
  unit: 'days',
  measure({ facts }) {
    const meetings = meetingDates(facts);
    const inYear = inLastYear(facts);
    const waits = facts.actions
      .filter((action) => inYear(action.proposed))
      .map((action) => waitOf(action, meetings, facts.asOf))
      .sort(byMostTelling);
    const value = median(waits.map((wait) => wait.days));
    if (value === undefined) {
      return unknown('No action was proposed in the last 12 months, so there is no response to time.', 'What stops members proposing work, and how could the network invite their ideas?');
    }
    const waiting = waits.filter((wait) => wait.response === undefined);
    const unanswered = waiting.length === 0 ? '' : `; ${plural(waiting.length, 'is', 'are')} still waiting, counted by ${waiting.length === 1 ? 'its' : 'their'} age so far`;
    const names = memberNames(facts);
    const oldest = waiting[0];
    const from = oldest?.action.proposedBy === undefined ? '' : ` from ${names.get(oldest.action.proposedBy) ?? oldest.action.proposedBy}`;
    return {
      value,
      summary: `Proposals waited a median of ${daysText(value)} for a first response (${plural(waits.length, 'proposal')} in the last 12 months${unanswered}).`,
      evidence: waits.slice(0, MAX_EVIDENCE).map((wait) => waitEvidence(wait, names)),
      question: oldest
        ? `${plural(waiting.length, 'proposal has', 'proposals have')} had no response yet, the oldest '${oldest.action.title}'${from} after ${plural(oldest.days, 'day')}: who will acknowledge ${waiting.length === 1 ? 'it' : 'them'} this week?`
        : `Proposals wait a median of ${daysText(value)} for a first response: how could members hear sooner that their idea has been seen?`,
    };
  },
};
