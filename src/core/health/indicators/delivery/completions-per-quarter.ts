import type { AsOfFacts } from '../../facts';
import { notYetDue, notKept, plural, sizeScaleOf, sizeWords, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { daysBetween, daysText } from '../../../views/dates';
import { completedInLastYear, latestCompletedFirst, MAX_EVIDENCE, openWork } from './open-work';

const QUARTER_DAYS = 365 / 4;
const MIN_AGE_DAYS = 90;

interface Start {
  readonly day: string;
  readonly evidence: Evidence;
}

/** When the network began: the charter's `established`, or else its earliest dated document. */
function networkStart(facts: AsOfFacts): Start | undefined {
  const charter = facts.charter;
  const established = facts.charterRecord?.established;
  if (charter && established !== undefined) return { day: established, evidence: { file: charter.path, at: ['established'], note: `established ${established}` } };
  const dated = [
    ...facts.everMembers.map((member) => ({ day: member.joined, file: member.document.path, at: ['joined'] })),
    ...facts.actions.map((action) => ({ day: action.proposed, file: action.document.path, at: ['proposed'] })),
    ...[...facts.meetings.slice(0, 1), ...facts.pulses.slice(0, 1)].map((item) => ({ day: item.date, file: item.document.path, at: ['date'] })),
  ];
  const first = dated.reduce<(typeof dated)[number] | undefined>((min, item) => (min === undefined || item.day < min.day ? item : min), undefined);
  return first && { day: first.day, evidence: { file: first.file, at: first.at, note: `earliest dated document, ${first.day}` } };
}

function rounded(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * Actions completed in the 12 months up to the day, per quarter. A network
 * younger than a year is judged on the quarters it has existed, not on four;
 * younger than 90 days it is unknown, as one quarter is too little to judge.
 */
export const completionsPerQuarter: IndicatorDefinition = {
  name: 'completions-per-quarter',
  dimension: 'delivery',
  what: "Actions completed in the 365 days up to the day, divided by 4 (by the quarters since the network began when it is younger than a year). The network began on the charter's `established` date, or else on its earliest dated document. Not yet due (unknown) when the network is younger than 90 days; unknown when it keeps no actions.",
  why: 'Finishing work regularly shows members, and those who fund their time, that the network delivers.',
  source: 'Plastrik & Taylor, Net Gains (production); Network Impact / Center for Evaluation Innovation, network evaluation (results); CHAOSS, the Issues Closed metric (work finished over time).',
  unit: 'per-quarter',
  adapts: 'Judged for the network\'s size: the thresholds are written for a network of 20 current members (netgov\'s default, to agree at charter review), and scale down in proportion for a smaller one (seven members: 7/20 of each).',
  measure({ facts }) {
    const start = networkStart(facts);
    if (!start) return unknown('The charter has no established date and no document is dated, so the network has no age to measure against.', "When was the network established? Adding it to the charter's 'established' would let netgov follow its delivery.");
    if (facts.actions.length === 0) return notKept('actions', 'What first piece of work could members propose as an action?');
    const age = daysBetween(start.day, facts.asOf);
    if (age < MIN_AGE_DAYS) {
      const when = age < 0 ? 'after the day' : `${plural(age, 'day')} before the day`;
      return notYetDue(`the network began ${start.day}, ${when}: too soon to judge how much it completes each quarter.`, 'Which first actions could the network finish in its first quarter?');
    }
    const done = completedInLastYear(facts).sort(latestCompletedFirst);
    const quarters = Math.min(age, 365) / QUARTER_DAYS;
    const value = done.length / quarters;
    const period = age >= 365 ? 'the last 12 months' : `the ${daysText(age)} since the network began (${start.day})`;
    const summary = `${plural(done.length, 'action')} completed in ${period}: ${rounded(value)} a quarter.`;
    const open = openWork(facts).length;
    return {
      value,
      ...sizeScaleOf(facts.members.length),
      summary: `${summary}${sizeWords(facts.members.length)}`,
      evidence: [...done.slice(0, MAX_EVIDENCE - 1).map((action) => ({ file: action.document.path, at: ['completed'], note: `completed ${action.completed}` })), ...(age < 365 ? [start.evidence] : [])],
      question:
        open > 0
          ? `The network finished ${plural(done.length, 'action')} in ${period}, about ${rounded(value)} a quarter, and has ${plural(open, 'open action')}: which could be finished this quarter, perhaps by splitting it into smaller pieces?`
          : `The network finished ${plural(done.length, 'action')} in ${period} and has no open agreed work: what should it take on next?`,
    };
  },
};
