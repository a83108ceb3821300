import type { Network } from '../network';
import { isoDateFrom } from '../text/suggest';
import { isIsoDate } from './dates';
import { hasLeft, memberOn, membersOf, type MemberEntry } from './outline';

/**
 * Pure helpers for the editor's authoring commands (new member, propose
 * action, record meeting): who can be picked, and what is wrong with what was typed.
 */

/** Members who have not left by the day, by name. */
export function currentMembers(network: Network, today: string): MemberEntry[] {
  return byName(membersOf(network).filter((member) => !hasLeft(member, today)));
}

/** Members who had joined by the day and had not left before it (who could attend a meeting that day), by name. */
export function membersOnDate(network: Network, day: string): MemberEntry[] {
  return byName(membersOf(network).filter((member) => memberOn(member, day)));
}

/** Why a typed meeting date is not usable, or undefined when it is a real date written YYYY-MM-DD. */
export function dateProblem(value: string): string | undefined {
  const typed = value.trim();
  if (typed === '') return 'Give the date, written YYYY-MM-DD.';
  if (isIsoDate(typed)) return undefined;
  const meant = isoDateFrom(typed);
  return meant ? `Write the date as YYYY-MM-DD: ${meant}.` : `'${typed}' is not a date written YYYY-MM-DD, such as 2026-11-27.`;
}

/** `ama-mensah · Southside Primary Care Network`: how a member is described in a pick list. */
export function memberDescription(member: MemberEntry): string {
  return member.organisation ? `${member.id} · ${member.organisation}` : member.id;
}

/** The ids (file stems) among directory entries: `.md` files other than README.md. */
export function idsFromFileNames(names: Iterable<string>): string[] {
  return [...names].filter((name) => /\.md$/i.test(name) && !/^readme\.md$/i.test(name)).map((name) => name.slice(0, -3));
}

function byName(members: MemberEntry[]): MemberEntry[] {
  return members.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
