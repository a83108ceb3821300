import { daysBetween, daysText, formatDate } from '../../../views/dates';
import { notKept, numberParam, plural, shareSummary, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';

/**
 * Share of current members who took part (facts.lastActive: attended or
 * facilitated a meeting, proposed, owned or contributed to an action) within
 * the `days` days up to and including the day.
 */
export const activeShare90Days: IndicatorDefinition = {
  name: 'active-share-90-days',
  dimension: 'participation',
  what: 'The share of current members who took part in the network in the last `days` days (90 by default; when the charter gives `meetings.cadence`, at least one meeting cycle and a month, so that the day before a meeting reads like the day after), counting the day itself: attended or facilitated a meeting, or proposed, owned or contributed to an action.',
  why: 'A network is its active members; a falling share of active members is an early sign of drift.',
  source: 'Source4Networks, guidance on leading networks (sustaining engagement); Network Impact, Network Health Scorecard (participation); CHAOSS, contributor metrics (who is active).',
  unit: 'share',
  params: { days: 90 },
  measure(context) {
    const { facts } = context;
    const days = facts.activityWindow(numberParam(context, 'days', 90));
    if (facts.members.length === 0) return unknown('There are no current members.', 'Who belongs to the network? Could each member add a page in the members folder?');
    if (facts.meetings.length === 0 && facts.actions.length === 0) return notKept('activity', 'Where do members take part? Could meetings and actions be recorded in the network\'s folders?');
    // A member is active when their latest day of taking part is within the window: after the day `days` days before.
    const since = facts.daysBefore(days);
    const inactive = facts.members
      .map((member) => ({ member, last: facts.lastActive.get(member.id) }))
      .filter(({ last }) => last === undefined || last <= since)
      // Longest silent first; those who never took part before those who did.
      .sort((a, b) => (a.last ?? '').localeCompare(b.last ?? '') || a.member.joined.localeCompare(b.member.joined) || a.member.id.localeCompare(b.member.id));
    const active = facts.members.length - inactive.length;
    const evidence: Evidence[] = inactive.slice(0, 50).map(({ member, last }) => ({
      file: member.document.path,
      member: member.id,
      note: last === undefined ? `no part taken since joining on ${member.joined}` : `last took part ${last}, ${daysText(daysBetween(last, facts.asOf))} ago`,
    }));
    const summary = `${shareSummary(active, facts.members.length, ['current member', 'current members'])} took part in the ${facts.windowWords(numberParam(context, 'days', 90))} to ${formatDate(facts.asOf)}.`;
    return { value: active / facts.members.length, summary, evidence, question: questionFor(inactive.map(({ member }) => member.name), days) };
  },
};

function questionFor(inactiveNames: readonly string[], days: number): string {
  if (inactiveNames.length === 0) return `Every member took part in the last ${days} days: what has kept them involved, and how can the network keep it that way?`;
  const named = inactiveNames.slice(0, 3).join(', ');
  const others = inactiveNames.length > 3 ? ` and ${plural(inactiveNames.length - 3, 'other')}` : '';
  return `${plural(inactiveNames.length, 'member has', 'members have')} not taken part in the last ${days} days (${named}${others}): who could get in touch to ask what would make it worth their while?`;
}
