import { plural, notKept, unknown, type IndicatorDefinition } from '../../indicator';
import { daysBetween } from '../../../views/dates';
import { MIN_COUNT } from '../../../pulse/suppression';
import { validPulses } from '../../survey';

/**
 * Days since the latest temperature check on or before the day that had
 * enough respondents to show anything (the network's minimum, facts.minCount, or more): a check of three
 * people shows members nothing, so it does not reset the count. A network
 * that keeps no temperature checks at all is unknown, not at risk.
 */
export const daysSinceTemperatureCheck: IndicatorDefinition = {
  name: 'days-since-temperature-check',
  dimension: 'communication',
  what: `Days from the latest temperature check (pulse) on or before the day with at least the network's minimum of respondents (${MIN_COUNT}, or netgov.yml \`privacy.min_count\` when higher) to the day. Smaller checks do not count: nothing from them can be shown. Unknown when the network keeps no temperature checks, or none had enough respondents.`,
  why: 'Regular temperature checks hold up a mirror so that members can review together how the network is doing.',
  source: 'Source4Networks network diagnostics (testing the temperature; a health survey repeated over time); Network Impact, Network Health Scorecard.',
  unit: 'days',
  measure({ facts }) {
    const valid = validPulses(facts);
    const latest = valid[valid.length - 1];
    const smaller = facts.pulses.filter((pulse) => !valid.includes(pulse) && (latest === undefined || pulse.date > latest.date));
    const smallNote = smaller.length === 0 ? '' : ` ${plural(smaller.length, 'later check')} (${smaller.map((pulse) => pulse.date).join(', ')}) had fewer than ${facts.minCount} respondents and ${smaller.length === 1 ? 'does' : 'do'} not count.`;
    if (latest) {
      const days = daysBetween(latest.date, facts.asOf);
      const answered = latest.respondents === undefined ? '' : ` (${plural(latest.respondents, 'respondent')}${latest.invited === undefined ? '' : ` of ${latest.invited} invited`})`;
      return {
        value: days,
        summary: `The latest temperature check with enough respondents was on ${latest.date}, ${plural(days, 'day')} before the day${answered}.${smallNote}`,
        evidence: [{ file: latest.document.path, at: ['date'], note: `temperature check of ${latest.date}` }, ...smaller.map((pulse) => ({ file: pulse.document.path, at: ['respondents'], note: `temperature check of ${pulse.date}: fewer than ${facts.minCount} respondents` }))],
        question: `The last temperature check with enough answers was ${plural(days, 'day')} ago (${latest.date}): when will the network next hold up the mirror, and what did it change after the last one?`,
      };
    }
    if (facts.pulses.length === 0) return notKept('pulses', 'When could the network run its first short temperature check and discuss the results together?');
    return unknown(`No temperature check up to the day had ${facts.minCount} or more respondents (${facts.pulses.map((pulse) => pulse.date).join(', ')}), so none can be shown.`, 'How could more members take part in the next temperature check?');
  },
};
