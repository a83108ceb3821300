import { formatDate } from '../../../views/dates';
import { notKept, numberParam, plural, shareSummary, shareVerb, unknown, type IndicatorDefinition } from '../../indicator';

/**
 * Share of current members who joined at least `days` days before the day and
 * have never taken part (no entry in facts.lastActive). Newer members are left
 * out: they have not yet had a fair chance to take part.
 */
export const neverActiveShare: IndicatorDefinition = {
  name: 'never-active-share',
  dimension: 'participation',
  what: 'Of the current members who joined at least `days` days ago (90 by default; with the charter `meetings.cadence`, at least one meeting cycle and a month), the share who have never taken part: never attended or facilitated a meeting, proposed, owned or contributed to an action. Newer members are not counted.',
  why: 'Members who joined but never took part may not know how to, or may not see what is in it for them.',
  source: 'Source4Networks, guidance on leading networks (welcoming and engaging members); Network Impact, Network Health Scorecard (participation); CHAOSS, the Inactive Contributors metric.',
  unit: 'share',
  params: { days: 90 },
  measure(context) {
    const { facts } = context;
    // A newcomer needs one meeting cycle to have had a fair chance (charter `meetings.cadence`).
    const days = facts.activityWindow(numberParam(context, 'days', 90));
    const settledBy = facts.daysBefore(days);
    const settled = facts.members.filter((member) => member.joined <= settledBy);
    const newcomers = facts.members.length - settled.length;
    const newcomerNote = newcomers > 0 ? ` ${plural(newcomers, 'member')} who joined in the last ${days} days ${newcomers === 1 ? 'is' : 'are'} not counted.` : '';
    if (settled.length === 0) {
      return unknown(facts.members.length === 0 ? 'There are no current members.' : `Every member joined in the last ${days} days, too recently to judge.`, 'How will the network welcome its members and offer each of them a first way to take part?');
    }
    if (facts.meetings.length === 0 && facts.actions.length === 0) return notKept('activity', 'Where do members take part? Could meetings and actions be recorded in the network\'s folders?');
    // Longest-standing first: they have gone longest without taking part.
    const never = settled.filter((member) => !facts.lastActive.has(member.id)).sort((a, b) => a.joined.localeCompare(b.joined) || a.id.localeCompare(b.id));
    const evidence = never.slice(0, 50).map((member) => ({ file: member.document.path, at: ['joined'], member: member.id, note: `joined ${member.joined}, never taken part` }));
    const summary = `${shareSummary(never.length, settled.length, ['member', 'members'])} who joined at least ${days} days before ${formatDate(facts.asOf)} ${shareVerb(never.length, settled.length, 'has', 'have')} never taken part.${newcomerNote}`;
    return { value: never.length / settled.length, summary, evidence, question: questionFor(never.map((member) => member.name)) };
  },
};

function questionFor(names: readonly string[]): string {
  if (names.length === 0) return 'Every established member has taken part at least once: what helped them start, and how can new members be helped the same way?';
  const named = names.slice(0, 3).join(', ');
  const others = names.length > 3 ? ` and ${plural(names.length - 3, 'other')}` : '';
  return `${plural(names.length, 'member has', 'members have')} never taken part (${named}${others}): what small first piece of work could someone invite them to?`;
}
