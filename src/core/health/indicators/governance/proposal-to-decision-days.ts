import { median } from '../../../arrays';
import { addMonths } from '../../../model/fields';
import { daysBetween, formatDate } from '../../../views/dates';
import { numberParam, plural, unknown, type IndicatorDefinition } from '../../indicator';

/**
 * Median days from `proposed` to `decision.date` over the decisions taken in
 * the last `months` months. A deferral is not a decision: it is left out. A
 * decision dated before its proposal is a slip in one of the dates, which says
 * nothing of how long the decision took: it is left out too, and named (as 0
 * days it would tell a lead decisions are instant; as a negative wait, worse).
 */
export const proposalToDecisionDays: IndicatorDefinition = {
  name: 'proposal-to-decision-days',
  dimension: 'governance',
  what: "The median number of days from an action's proposal to its decision, over the decisions (agreed or rejected, not deferred) taken in the last `months` months (12 by default). A decision dated before its proposal (a slip in one of the dates) is left out and named; unknown when every decision is such a slip.",
  why: 'Proposals that wait months for a decision discourage members from proposing.',
  source: 'Source4Networks (NHS England Sustainable Improvement Team), guidance on leading networks (keeping momentum); CHAOSS, the Change Request Duration metric; Network Impact, Network Health Scorecard (operations).',
  unit: 'days',
  params: { months: 12 },
  measure(context) {
    const { facts } = context;
    const months = numberParam(context, 'months', 12);
    const since = addMonths(facts.asOf, -months);
    const decided = facts.actions
      .flatMap((action) => (action.decision && action.decision.date > since && action.decision.result !== 'deferred' ? [{ action, decided: action.decision.date, days: daysBetween(action.proposed, action.decision.date) }] : []))
      .sort((a, b) => b.days - a.days || a.action.id.localeCompare(b.action.id));
    const waits = decided.filter(({ days }) => days >= 0);
    const slips = decided.filter(({ days }) => days < 0);
    const slipEvidence = slips.map(({ action, decided: on }) => ({ file: action.document.path, at: ['decision', 'date'], note: `proposed ${action.proposed}, decided ${on}: decided before it was proposed, left out` }));
    const slipNote = slips.length === 0 ? '' : ` ${plural(slips.length, 'decision')} dated before ${slips.length === 1 ? 'its proposal is' : 'their proposals are'} left out: one of the two dates is a slip.`;
    if (waits.length === 0 && slips.length > 0) {
      return { ...unknown(`Every decision in the ${months} months to ${formatDate(facts.asOf)} is dated before its proposal (${plural(slips.length, 'decision')}), so how long decisions take cannot be told.`, 'Which of the two dates is wrong on each of these actions?'), evidence: slipEvidence.slice(0, 50) };
    }
    if (waits.length === 0) return unknown(`No proposals were decided in the ${months} months to ${formatDate(facts.asOf)}.`, 'Are proposals waiting for a decision? When will the network next decide on them?');
    const value = median(waits.map(({ days }) => days)) ?? 0;
    const evidence = [...waits.map(({ action, decided: on, days }) => ({ file: action.document.path, at: ['decision', 'date'], note: `proposed ${action.proposed}, decided ${on}: ${plural(days, 'day')}` })), ...slipEvidence].slice(0, 50);
    const summary = `The median wait from proposal to decision was ${plural(value, 'day')}, over ${plural(waits.length, 'decision')} in the ${months} months to ${formatDate(facts.asOf)}.${slipNote}`;
    const slowest = waits[0];
    const question = slowest && slowest.days > value ? `'${slowest.action.title}' waited ${plural(slowest.days, 'day')} for a decision, against a median of ${value}: what held it up, and could decisions be made between meetings?` : `Decisions take a median of ${plural(value, 'day')}: is that quick enough for members who propose?`;
    return { value, summary, evidence, question };
  },
};

