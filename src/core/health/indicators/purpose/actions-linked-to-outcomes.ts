import { formatDate } from '../../../views/dates';
import type { ActionFact } from '../../facts';
import { plural, shareSummary, shareVerb, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';

/**
 * Share of the actions on the day that name at least one purpose outcome.
 * Dropped actions are left out: work the network has stopped cannot serve
 * an outcome, and counting it would punish networks that drop work openly.
 */
export const actionsLinkedToOutcomes: IndicatorDefinition = {
  name: 'actions-linked-to-outcomes',
  dimension: 'purpose',
  what: 'The share of actions proposed on or before the day, not counting those dropped by then, whose `outcomes` field names at least one purpose outcome. Unknown when there are no such actions.',
  why: 'Work that is not linked to an outcome may be worthwhile, but it is hard to show how it serves the shared purpose.',
  source: 'Plastrik & Taylor, Net Gains (alignment and production); Network Impact / Center for Evaluation Innovation, network evaluation (results); Source4Networks, on focusing a network on its shared purpose and impact.',
  unit: 'share',
  measure({ facts }) {
    const counted = facts.actions.filter((action) => action.status !== 'dropped');
    const dropped = facts.actions.length - counted.length;
    if (counted.length === 0) {
      const by = formatDate(facts.asOf);
      const why = dropped === 0 ? `No actions had been proposed by ${by}.` : dropped === 1 ? `The only action proposed by ${by} was dropped.` : `All ${dropped} actions proposed by ${by} were dropped.`;
      return unknown(why, 'Which piece of work would move the network closest to its outcomes?');
    }
    const unlinked = counted.filter((action) => action.outcomes.length === 0).sort(mostTellingFirst);
    const linked = counted.length - unlinked.length;
    const evidence: Evidence[] = unlinked.slice(0, 50).map((action) => ({
      file: action.document.path,
      ...(action.document.has(['outcomes']) ? { at: ['outcomes'] } : {}),
      note: `no outcome named (${action.status}, proposed ${action.proposed})`,
    }));
    const droppedNote = dropped > 0 ? ` ${plural(dropped, 'dropped action is', 'dropped actions are')} not counted.` : '';
    return {
      value: linked / counted.length,
      summary: `${shareSummary(linked, counted.length, ['action', 'actions'])} ${shareVerb(linked, counted.length, 'names', 'name')} at least one outcome.${droppedNote}`,
      evidence,
      question: questionFor(unlinked, counted.length),
    };
  },
};

/** Work still under way before finished work, newest first: it is the easiest to link now. */
function mostTellingFirst(a: ActionFact, b: ActionFact): number {
  return Number(a.status === 'done') - Number(b.status === 'done') || b.proposed.localeCompare(a.proposed) || a.id.localeCompare(b.id);
}

function questionFor(unlinked: readonly ActionFact[], total: number): string {
  const first = unlinked[0];
  if (!first) return `Every action names an outcome: do the outcomes still reflect what the network most wants to achieve?`;
  return `${unlinked.length} of ${total} actions name no outcome: which outcome does “${first.title}” serve?`;
}
