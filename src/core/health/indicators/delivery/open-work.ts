import type { NetworkDocument } from '../../../document';
import type { YamlPath } from '../../../parse/yaml-source';
import type { ActionFact, AsOfFacts } from '../../facts';
import { AGREED_OPEN_STATUSES } from '../../../model/action-status';

/** Evidence lists are capped so that a large network's report stays readable. */
export const MAX_EVIDENCE = 50;

const OPEN = AGREED_OPEN_STATUSES;

/**
 * Agreed work not yet finished on the day. Proposals still wait for a
 * decision, so they are not yet the network's work to deliver; work in an
 * area the charter had retired by the day is not expected to go on.
 */
export function openWork(facts: AsOfFacts): ActionFact[] {
  return facts.actions.filter((action) => OPEN.has(action.status) && !action.inRetiredArea);
}

/** A test for days within the 12 months (365 days) up to and including the day measured; the window is worked out once. */
export function inLastYear(facts: AsOfFacts): (day: string) => boolean {
  const after = facts.daysBefore(365);
  return (day) => day > after && day <= facts.asOf;
}

/** Actions done on the day whose completion falls in the last 12 months. */
export function completedInLastYear(facts: AsOfFacts): ActionFact[] {
  const inYear = inLastYear(facts);
  return facts.actions.filter((action) => action.status === 'done' && action.completed !== undefined && inYear(action.completed));
}

/** Orders completed actions most recent first. */
export function latestCompletedFirst(a: ActionFact, b: ActionFact): number {
  const x = a.completed ?? '';
  const y = b.completed ?? '';
  return x > y ? -1 : x < y ? 1 : 0;
}

/** A field path only when the field is written: a missing field has no place to point at, so the whole frontmatter is meant. */
export function atField(document: NetworkDocument, path: YamlPath): { at?: YamlPath } {
  const key = path[0];
  return typeof key === 'string' && document.data?.[key] !== undefined ? { at: path } : {};
}

/** Member names by id, including members who have left, for naming owners in questions. */
export function memberNames(facts: AsOfFacts): ReadonlyMap<string, string> {
  return new Map(facts.everMembers.map((member) => [member.id, member.name]));
}

/** "'Shared referral form' (Amara Okafor)": an action's title and, when it has any, its owners. */
export function describeAction(action: ActionFact, names: ReadonlyMap<string, string>): string {
  const owners = [...new Set(action.owners)].map((id) => names.get(id) ?? id);
  return owners.length > 0 ? `'${action.title}' (${owners.join(', ')})` : `'${action.title}'`;
}
