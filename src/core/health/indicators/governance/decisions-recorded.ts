import { date, group, text } from '../../../model/fields';
import type { YamlPath } from '../../../parse/yaml-source';
import type { ActionFact } from '../../facts';
import { allOf, shareSummary, shareVerb, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';

/**
 * Share of the actions past the proposal stage on the day whose decision
 * records its date (on or before the day), route (`via`) and result. An action
 * dropped with no decision at all was withdrawn, not decided, so it is left
 * out.
 */
export const decisionsRecorded: IndicatorDefinition = {
  name: 'decisions-recorded',
  dimension: 'governance',
  what: "Of the actions the network has decided on (any status other than 'proposed'; dropped actions only when a decision is recorded), the share whose 'decision' gives its date, where it was made (a meeting or a pull request) and its result.",
  why: 'A decision nobody can find cannot be relied on or challenged.',
  source: 'Scottish managed clinical network core principles (clear, accountable governance); Provan & Kenis (2008), modes of network governance and their legitimacy; Source4Networks network diagnostics (how decisions are made).',
  unit: 'share',
  measure({ facts }) {
    const decided = facts.actions.filter((action) => action.status !== 'proposed' && !(action.status === 'dropped' && group(action.document.data, 'decision') === undefined));
    if (decided.length === 0) return unknown('No action has been decided on yet.', 'When the network next agrees a proposal, how will it record the date, the meeting or pull request, and the result?');
    const gaps = decided.flatMap((action) => {
      const gap = gapIn(action, facts.asOf);
      return gap ? [{ action, ...gap }] : [];
    });
    // Actions with no decision at all first: they are the least traceable.
    gaps.sort((a, b) => Number(b.none) - Number(a.none) || a.action.id.localeCompare(b.action.id));
    const evidence: Evidence[] = gaps.slice(0, 50).map(({ action, at, note }) => ({ file: action.document.path, at, note }));
    const recorded = decided.length - gaps.length;
    const summary = `${shareSummary(recorded, decided.length, ['decided action', 'decided actions'])} ${shareVerb(recorded, decided.length, 'records', 'record')} the decision's date, route and result.`;
    return { value: recorded / decided.length, summary, evidence, question: questionFor(gaps.map(({ action }) => action), decided.length) };
  },
};

/** What the action's decision record lacks, or undefined when it is complete. */
function gapIn(action: ActionFact, asOf: string): { none: boolean; at: YamlPath; note: string } | undefined {
  if (action.decision?.via !== undefined && action.decision.result !== undefined) return undefined;
  const written = group(action.document.data, 'decision');
  if (!written) return { none: true, at: ['status'], note: `${action.status}, but no decision recorded` };
  const writtenDate = date(written, 'date');
  const missing = [writtenDate === undefined ? 'date' : undefined, text(written, 'via') === undefined ? 'route (via)' : undefined, text(written, 'result') === undefined ? 'result' : undefined].filter((part) => part !== undefined);
  if (missing.length === 0) return { none: false, at: ['decision', 'date'], note: `decision dated ${writtenDate ?? ''}, after ${asOf}` };
  const field = writtenDate === undefined ? 'date' : text(written, 'via') === undefined ? 'via' : 'result';
  return { none: false, at: ['decision', field], note: `decision has no ${missing.join(', ')}` };
}

function questionFor(gaps: readonly ActionFact[], total: number): string {
  const first = gaps[0];
  if (!first) return `${allOf(total, ['decision', 'decisions'], ['is', 'are'])} recorded with date, route and result: do members know where to find them?`;
  const which = gaps.length === 1 ? `'${first.title}'` : `${gaps.length} of ${total} decided actions, including '${first.title}',`;
  return `${which} ${gaps.length === 1 ? 'does' : 'do'} not fully record ${gaps.length === 1 ? 'its' : 'their'} decision: who could add when, where and what was decided?`;
}
