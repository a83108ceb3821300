/**
 * Working ties (network-model.md, "Collaboration graph"): which shared
 * occasions tie two members on a day, and the one sentence every output prints
 * to say so. The one home of the rule: the collaboration graph (graph.ts), its
 * metrics, the connectivity indicators, introductions (connect.ts) and the
 * panel's drawing all read the ties built from `tieOccasions`.
 *
 * Two members are tied when, within the window (`months` months up to and
 * including the day), they
 * - own or contribute to the same action whose latest date so far (proposed,
 *   decided or completed) falls in the window, or which is agreed work still
 *   open on the day (agreed, in progress or blocked), however old: people
 *   carrying a piece of work together are working together; or
 * - attend or facilitate the same meeting of at most `meetingSize` people
 *   (attendees and facilitator, each counted once, members or not): a plenary
 *   where 30 people listen to each other is not 435 working ties.
 * A tie's weight counts those occasions.
 *
 * Pure: reads only the facts of the day.
 */
import type { TieSettings } from '../config';
import { addMonths } from '../model/fields';
import { formatDate } from '../views/dates';
import type { ActionFact, AsOfFacts, MeetingFact } from './facts';
import { openWork } from './indicators/delivery/open-work';

/** The first day of the window: the same date `months` months before the day (kept in the window). */
export function tieWindowStart(asOf: string, settings: TieSettings): string {
  return addMonths(asOf, -settings.months);
}

/** "the last 12 months", "the last month". */
export function tieWindowWords(settings: TieSettings): string {
  return settings.months === 1 ? 'the last month' : `the last ${settings.months} months`;
}

/**
 * The tie definition in one line, as every output states it: `netgov health`
 * in each format, the panel's graph, `netgov connect`.
 */
export function tieDefinition(settings: TieSettings, asOf: string): string {
  const months = settings.months === 1 ? 'month' : `${settings.months} months`;
  return `Working ties: two members are tied when they own or contribute to the same action, or sit in the same meeting of at most ${settings.meetingSize} people, in the ${months} to ${formatDate(asOf)} (agreed work still open counts however old).`;
}

/** Where a tie comes from: shared work (an action) or a meeting. The panel's graph can show either alone. */
export type TieKind = 'work' | 'meeting';

/** An action or meeting that ties the people in it. */
export interface TieOccasion {
  readonly kind: TieKind;
  /** Ids as written; repeats and non-members are the caller's to drop. */
  readonly people: readonly string[];
}

/** Each action and meeting that ties members on the day: the actions first, then the meetings. */
export function tieOccasions(facts: AsOfFacts): TieOccasion[] {
  const from = tieWindowStart(facts.asOf, facts.ties);
  const open = new Set(openWork(facts));
  const occasions: TieOccasion[] = [];
  for (const action of facts.actions) {
    if (open.has(action) || latestDateOf(action) >= from) occasions.push({ kind: 'work', people: [...action.owners, ...action.contributors] });
  }
  for (const meeting of facts.meetings) {
    if (meeting.date < from) continue;
    const people = peopleAt(meeting);
    if (people.length <= facts.ties.meetingSize) occasions.push({ kind: 'meeting', people });
  }
  return occasions;
}

/** The action's latest date on the day: completed, decided or proposed (facts keep only dates on or before the day). */
function latestDateOf(action: ActionFact): string {
  let latest = action.proposed;
  for (const day of [action.decision?.date, action.completed]) if (day !== undefined && day > latest) latest = day;
  return latest;
}

/** Everyone in the room, each once: the attendees and the facilitator. */
function peopleAt(meeting: MeetingFact): string[] {
  return [...new Set(meeting.facilitator === undefined ? meeting.attendees : [...meeting.attendees, meeting.facilitator])];
}
