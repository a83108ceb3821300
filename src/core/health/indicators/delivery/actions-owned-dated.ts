import type { ActionFact } from '../../facts';
import { allOf, plural, shareSummary, shareVerb, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { atField, describeAction, MAX_EVIDENCE, memberNames, openWork } from './open-work';

interface Gap {
  readonly action: ActionFact;
  readonly noOwner: boolean;
  readonly noDue: boolean;
}

function gapOf(action: ActionFact, keepsDueDates: boolean): Gap | undefined {
  const noOwner = action.owners.length === 0;
  const noDue = keepsDueDates && action.due === undefined;
  return noOwner || noDue ? { action, noOwner, noDue } : undefined;
}

/** Missing both first (least likely to happen), then the oldest proposals. */
function byWorstThenOldest(a: Gap, b: Gap): number {
  const missing = Number(b.noOwner) + Number(b.noDue) - (Number(a.noOwner) + Number(a.noDue));
  if (missing !== 0) return missing;
  return a.action.proposed < b.action.proposed ? -1 : a.action.proposed > b.action.proposed ? 1 : 0;
}

function gapEvidence({ action, noOwner, noDue }: Gap): Evidence {
  const note = noOwner && noDue ? 'no owner and no due date' : noOwner ? 'no owner' : 'no due date';
  return { file: action.document.path, ...atField(action.document, [noOwner ? 'owners' : 'due']), note: `${note} (${action.status})` };
}

/**
 * Open agreed work (agreed, in progress or blocked on the day) with at least
 * one owner and a due date, as a share of all open agreed work. Unknown when
 * nothing agreed is open.
 */
export const actionsOwnedDated: IndicatorDefinition = {
  name: 'actions-owned-dated',
  dimension: 'delivery',
  what: 'The share of open agreed work (actions agreed, in progress or blocked on the day) that names at least one owner and a due date. When no action on or before the day gives a due date (the network does not keep them), only owners are counted.',
  why: 'Work without an owner or a date tends not to happen, however much members agreed it mattered.',
  source: 'Plastrik & Taylor, Net Gains (production: the joint work a network organises); Source4Networks (NHS England Sustainable Improvement Team), network diagnostics (delivery).',
  unit: 'share',
  measure({ facts }) {
    const open = openWork(facts);
    if (open.length === 0) {
      return unknown('No agreed action is open on the day, so there is nothing to check for owners and due dates.', 'Which proposals could the network agree next, and who would own them?');
    }
    // A network that gives no action a due date does not keep them: only owners are checked, and the summary says so.
    const keepsDueDates = facts.actions.some((action) => action.due !== undefined);
    const gaps = open.flatMap((action) => gapOf(action, keepsDueDates) ?? []).sort(byWorstThenOldest);
    const summary = keepsDueDates
      ? `${shareSummary(open.length - gaps.length, open.length, ['open agreed action', 'open agreed actions'])} ${shareVerb(open.length - gaps.length, open.length, 'has', 'have')} an owner and a due date.`
      : `${shareSummary(open.length - gaps.length, open.length, ['open agreed action', 'open agreed actions'])} ${shareVerb(open.length - gaps.length, open.length, 'has', 'have')} an owner. The network gives no action a due date, so due dates are not counted.`;
    if (gaps.length === 0) {
      const all = allOf(open.length, ['open action', 'open actions'], ['has', 'have']);
      // Without due dates kept, the question must not claim that the work has them.
      return { value: 1, summary, evidence: [], question: keepsDueDates ? `${all} an owner and a due date: are the dates still realistic?` : `${all} an owner: would a due date help ${open.length === 1 ? 'its owner' : 'their owners'} plan?` };
    }
    const names = memberNames(facts);
    const examples = gaps.slice(0, 2).map((gap) => describeAction(gap.action, names));
    return {
      value: (open.length - gaps.length) / open.length,
      summary,
      evidence: gaps.slice(0, MAX_EVIDENCE).map(gapEvidence),
      question: `${plural(gaps.length, 'open action')} ${gaps.length === 1 ? 'lacks' : 'lack'} ${keepsDueDates ? 'an owner or a due date' : 'an owner'}, such as ${examples.join(' and ')}: who will take ${gaps.length === 1 ? 'it' : 'them'} on, and by when?`,
    };
  },
};
