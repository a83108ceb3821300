import type { ActionFact } from '../../facts';
import { notKept, plural, shareSummary, shareVerb, unknown, type IndicatorDefinition } from '../../indicator';
import { relativeDays } from '../../../views/dates';
import { describeAction, MAX_EVIDENCE, memberNames, openWork } from './open-work';

/**
 * Open agreed work whose due date is before the day, as a share of all open
 * agreed work (with or without a due date). Unknown when nothing agreed is open, and when the network gives no action a due date (it does not keep them).
 */
export const overdueShare: IndicatorDefinition = {
  name: 'overdue-share',
  dimension: 'delivery',
  what: 'The share of open agreed work (actions agreed, in progress or blocked on the day) whose due date is before the day.',
  why: 'Many overdue actions suggest the network has taken on more than it can do, or that plans are no longer real.',
  source: 'Plastrik & Taylor, Net Gains (production); Network Impact, Network Health Scorecard (performance).',
  unit: 'share',
  measure({ facts }) {
    const open = openWork(facts);
    if (open.length === 0) {
      return unknown('No agreed action is open on the day, so none can be overdue.', 'Which proposals could the network agree next, and by when could they be done?');
    }
    if (!facts.actions.some((action) => action.due !== undefined)) return notKept('dueDates', 'Would due dates help members plan their work? If so, could agreed actions give one?');
    // Due dates sort as strings; the most overdue (earliest due) comes first.
    const overdue = open.filter((action): action is ActionFact & { due: string } => action.due !== undefined && action.due < facts.asOf).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const summary = `${shareSummary(overdue.length, open.length, ['open agreed action', 'open agreed actions'])} ${shareVerb(overdue.length, open.length, 'is past its', 'are past their')} due date.`;
    const first = overdue[0];
    if (!first) {
      return { value: 0, summary, evidence: [], question: open.length === 1 ? 'The one open action is not overdue: is it at risk of slipping?' : `None of the ${open.length} open actions is overdue: which is most at risk of slipping?` };
    }
    const names = memberNames(facts);
    return {
      value: overdue.length / open.length,
      summary,
      evidence: overdue.slice(0, MAX_EVIDENCE).map((action) => ({ file: action.document.path, at: ['due'], note: `due ${action.due}, ${relativeDays(action.due, facts.asOf)}` })),
      question: `${plural(overdue.length, 'open action is', 'open actions are')} overdue, the longest ${describeAction(first, names)}, due ${relativeDays(first.due, facts.asOf)}: should each get a new date, more help, or be dropped openly?`,
    };
  },
};
