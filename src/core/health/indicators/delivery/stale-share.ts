import type { ActionFact, AsOfFacts } from '../../facts';
import { allOf, numberParam, plural, shareSummary, shareVerb, unknown, type IndicatorDefinition } from '../../indicator';
import { daysBetween, daysText } from '../../../views/dates';
import { describeAction, MAX_EVIDENCE, memberNames, openWork } from './open-work';
import { latestProgressNote } from './progress-notes';

interface Sign {
  readonly action: ActionFact;
  /** The latest day the documents show the action alive. */
  readonly day: string;
  readonly what: string;
}

/** The latest meeting on or before the day that lists each action among its decisions. */
function latestMeetingMentions(facts: AsOfFacts): ReadonlyMap<string, string> {
  const latest = new Map<string, string>();
  // Meetings come oldest first, so the last write for an action is its latest mention.
  for (const meeting of facts.meetings) for (const id of meeting.decisions) latest.set(id, meeting.date);
  return latest;
}

/**
 * The latest of the proposal, the decision, any meeting that lists the action
 * and any dated progress note. Undated edits leave no trace in the documents
 * (when a file last changed is git's knowledge, not the core's), so they
 * cannot count.
 */
function lastSign(action: ActionFact, mentions: ReadonlyMap<string, string>, asOf: string): Sign {
  let sign: Sign = { action, day: action.proposed, what: 'proposed' };
  if (action.decision && action.decision.date > sign.day) sign = { action, day: action.decision.date, what: 'decided' };
  const mentioned = mentions.get(action.id);
  if (mentioned !== undefined && mentioned > sign.day) sign = { action, day: mentioned, what: 'listed at a meeting' };
  const noted = latestProgressNote(action.document, asOf);
  if (noted !== undefined && noted > sign.day) sign = { action, day: noted, what: 'progress note' };
  return sign;
}

/**
 * Open agreed work with no sign of life in the last `days` days (default 90),
 * as a share of all open agreed work. Unknown when nothing agreed is open.
 */
export const staleShare: IndicatorDefinition = {
  name: 'stale-share',
  dimension: 'delivery',
  what: "The share of open agreed work (actions agreed, in progress or blocked on the day) with no sign of life in the last `days` days (90 by default; with the charter's `meetings.cadence`, at least one meeting cycle and a month). An action's last sign of life is the latest of the day it was proposed, the day it was decided, the day of any meeting on or before the day that lists it among its decisions, and the date of any note under its Progress heading that starts with a date ('- 2026-12-03: draft shared') and is on or before the day.",
  why: 'Actions nobody has touched for months are often quietly abandoned, and still look like commitments.',
  source: 'Plastrik & Taylor, Net Gains (production); CHAOSS, the Issue Age metric (work left open a long time).',
  unit: 'share',
  params: { days: 90 },
  measure(context) {
    const { facts } = context;
    // Sized to the network's meeting rhythm (charter `meetings.cadence`), so a quarterly network's actions do not go stale between meetings.
    const days = context.facts.activityWindow(numberParam(context, 'days', 90));
    const open = openWork(facts);
    if (open.length === 0) {
      return unknown('No agreed action is open on the day, so none can be stale.', 'Which proposals could the network agree next, and who would keep them moving?');
    }
    const mentions = latestMeetingMentions(facts);
    const since = facts.daysBefore(days);
    const stale = open
      .map((action) => lastSign(action, mentions, facts.asOf))
      .filter((sign) => sign.day < since)
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const summary = `${shareSummary(stale.length, open.length, ['open agreed action', 'open agreed actions'])} ${shareVerb(stale.length, open.length, 'shows', 'show')} no sign of life in the last ${days} days (proposed, decided, listed at a meeting or a dated progress note).`;
    const first = stale[0];
    if (!first) {
      return { value: 0, summary, evidence: [], question: `${allOf(open.length, ['open action', 'open actions'], ['has', 'have'])} moved in the last ${days} days: how do members hear about their progress?` };
    }
    const names = memberNames(facts);
    return {
      value: stale.length / open.length,
      summary,
      evidence: stale.slice(0, MAX_EVIDENCE).map((sign) => ({ file: sign.action.document.path, at: ['status'], note: `last ${sign.what} ${sign.day}, ${daysText(daysBetween(sign.day, facts.asOf))} ago` })),
      question: `${plural(stale.length, 'open action has', 'open actions have')} shown no sign of life for over ${days} days, the longest ${describeAction(first.action, names)} since ${first.day}: is each still going (add a dated progress note), blocked, or time to drop?`,
    };
  },
};
