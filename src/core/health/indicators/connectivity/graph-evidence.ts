import type { AsOfFacts, MemberFact } from '../../facts';
import { notKept, unknown, type Evidence, type Measurement } from '../../indicator';

/**
 * What the connectivity indicators share: structural metrics say nothing about
 * fewer than three members (every centralisation is 0 and every share trivial),
 * and their evidence is member pages named by the member's name.
 */

export const MIN_MEMBERS = 3;
export const MAX_EVIDENCE = 50;

/** Unknown when the graph is too small to measure; undefined when it can be measured. */
export function tooFewMembers(facts: AsOfFacts): Measurement | undefined {
  const count = facts.members.length;
  if (count >= MIN_MEMBERS) return undefined;
  return unknown(
    `The network has ${count === 0 ? 'no' : `only ${count}`} current member${count === 1 ? '' : 's'}: patterns of working ties need at least ${MIN_MEMBERS}.`,
    'Who else should be part of the network, and are their member pages written?',
  );
}

/**
 * Unknown when working ties cannot be measured: too few members, or a network
 * that keeps neither meeting notes nor actions, the records ties come from
 * (ties.ts). Its members are not shown as having no ties, nor its graph as
 * evenly spread: nothing is recorded either way, as participation says too.
 */
export function tiesUnmeasurable(facts: AsOfFacts): Measurement | undefined {
  const tooFew = tooFewMembers(facts);
  if (tooFew) return tooFew;
  if (facts.meetings.length > 0 || facts.actions.length > 0) return undefined;
  return notKept('activity', 'Where do members work together? Could meetings and actions be recorded in the network\'s folders?');
}

/** Current members by id, built once per call. */
export function membersById(facts: AsOfFacts): ReadonlyMap<string, MemberFact> {
  return new Map(facts.members.map((member) => [member.id, member]));
}

export function memberEvidence(member: MemberFact, note: string): Evidence {
  return { file: member.document.path, member: member.id, note };
}

/** "Ann", "Ann and Ben", "Ann, Ben and Cat", "Ann, Ben and 3 others". */
export function namesOf(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const others = names.length - shown + 1;
  return `${names.slice(0, shown - 1).join(', ')} and ${others} others`;
}

/** "1 tie", "3 ties". */
export function ties(count: number): string {
  return `${count} tie${count === 1 ? '' : 's'}`;
}

/** Members ranked by a per-member number, highest first, then by id. */
export function rankedBy(facts: AsOfFacts, value: Readonly<Record<string, number>>, direction: 'highest' | 'lowest' = 'highest'): MemberFact[] {
  const sign = direction === 'highest' ? -1 : 1;
  return [...facts.members].sort((a, b) => sign * ((value[a.id] ?? 0) - (value[b.id] ?? 0)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "0.42" for an index between 0 and 1. */
export function index2(value: number): string {
  return value.toFixed(2);
}
