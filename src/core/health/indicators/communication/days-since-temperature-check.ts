import { date } from '../../../model/fields';
import { plural, unknown, type IndicatorDefinition } from '../../indicator';
import { daysBetween } from '../../../views/dates';

/**
 * Days since the latest temperature check on or before the day. With none yet,
 * days since the charter's `established` date (the network has gone that long
 * without one); unknown only when neither exists.
 */
export const daysSinceTemperatureCheck: IndicatorDefinition = {
  name: 'days-since-temperature-check',
  dimension: 'communication',
  what: "Days from the latest temperature check (pulse) on or before the day to the day. When the network has had none, days since the charter's 'established' date. Unknown when there is neither.",
  why: 'Regular temperature checks hold up a mirror so that members can review together how the network is doing.',
  source: 'Source4Networks network diagnostics (testing the temperature; a health survey repeated over time); Network Impact, Network Health Scorecard.',
  unit: 'days',
  measure({ facts }) {
    const latest = facts.pulses[facts.pulses.length - 1];
    if (latest) {
      const days = daysBetween(latest.date, facts.asOf);
      const answered = latest.respondents === undefined ? '' : ` (${plural(latest.respondents, 'respondent')}${latest.invited === undefined ? '' : ` of ${latest.invited} invited`})`;
      return {
        value: days,
        summary: `The latest temperature check was on ${latest.date}, ${plural(days, 'day')} before the day${answered}.`,
        evidence: [{ file: latest.document.path, at: ['date'], note: `temperature check of ${latest.date}` }],
        question: `The last temperature check was ${plural(days, 'day')} ago (${latest.date}): when will the network next hold up the mirror, and what did it change after the last one?`,
      };
    }
    const charter = facts.charter;
    const established = date(charter?.data, 'established');
    if (!charter || established === undefined || established > facts.asOf) {
      const charterSays = established === undefined ? 'the charter gives no established date' : `the network was established only on ${established}`;
      return unknown(`There is no temperature check yet and ${charterSays}, so there is nothing to count from.`, 'When could the network run its first temperature check?');
    }
    const days = daysBetween(established, facts.asOf);
    return {
      value: days,
      summary: `There has been no temperature check yet; the network was established on ${established}, ${plural(days, 'day')} before the day.`,
      evidence: [{ file: charter.path, at: ['established'], note: `established ${established}, no temperature check since` }],
      question: `In ${plural(days, 'day')} since it was established the network has not taken its temperature: when could members run a first short check and discuss the results together?`,
    };
  },
};
