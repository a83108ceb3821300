import { AsOfFacts } from '../health/facts';
import { groupList, text } from '../model/fields';
import type { Network } from '../network';
import { memberDescription } from './authoring';
import { CLOSED_STATUSES } from '../model/action-status';
import { median } from '../arrays';
import type { MemberEntry } from './outline';

/**
 * Choosing owners with the load in view (issue 19, item 5): for each current
 * member, how many open actions they own and how many working ties they have
 * (the collaboration graph `netgov connect` uses), which of their interests
 * the new action's words touch, and whether to suggest them: a member who
 * shares an interest with the work and carries less than most. Pure; the
 * editor's owner picker and `netgov new action` only show it.
 */

export interface OwnerLoad {
  readonly id: string;
  /** The `name` field, or the id. */
  readonly name: string;
  /** Actions open on the day (not done or dropped) that name them in `owners`. */
  readonly openOwnerships: number;
  /** Working ties on the day (ties.ts). */
  readonly ties: number;
  /** Their interests that the action's title, area or outcomes touch, as written (lower case). */
  readonly matches: readonly string[];
  /** Shares an interest with the work, and owns and is tied no more than the median member. */
  readonly suggested: boolean;
}

/** What is known of the action being proposed. */
export interface ProposedWork {
  readonly title?: string;
  /** An area id from the charter. */
  readonly area?: string;
  /** Outcome ids from the purpose. */
  readonly outcomes?: readonly string[];
}

/** Words too common to match an interest on. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'our', 'their']);

/**
 * Each current member's load, suggested members first (most shared
 * interests, then fewest open ownerships, then fewest ties), then everyone
 * else by open ownerships and ties, fewest first; ties broken by name and id.
 */
export function ownerLoads(network: Network, today: string, work: ProposedWork = {}): OwnerLoad[] {
  const facts = new AsOfFacts(network, today, today);
  const open = new Map<string, number>();
  for (const action of facts.actions) {
    if (CLOSED_STATUSES.has(action.status)) continue;
    for (const owner of new Set(action.owners)) open.set(owner, (open.get(owner) ?? 0) + 1);
  }
  const collaboration = facts.collaboration;
  const ties = new Map(collaboration.ids.map((id, index) => [id, collaboration.neighbours[index]!.length]));
  const words = wordsOf(workText(network, work));
  const loads = facts.members.map((member) => ({
    id: member.id,
    name: member.name,
    openOwnerships: open.get(member.id) ?? 0,
    ties: ties.get(member.id) ?? 0,
    matches: member.interests.filter((interest) => touches(words, interest)),
  }));
  const medianOpen = median(loads.map((load) => load.openOwnerships)) ?? 0;
  const medianTies = median(loads.map((load) => load.ties)) ?? 0;
  return loads
    .map((load) => ({ ...load, suggested: load.matches.length > 0 && load.openOwnerships <= medianOpen && load.ties <= medianTies }))
    .sort(
      (a, b) =>
        Number(b.suggested) - Number(a.suggested) ||
        (a.suggested ? b.matches.length - a.matches.length : 0) ||
        a.openOwnerships - b.openOwnerships ||
        a.ties - b.ties ||
        compare(a.name, b.name) ||
        compare(a.id, b.id),
    );
}

/** `3 open actions · 12 ties · shares falls prevention`: how a member's load is described beside their name. */
export function loadDescription(load: OwnerLoad): string {
  const parts = [`${load.openOwnerships} open ${load.openOwnerships === 1 ? 'action' : 'actions'}`, `${load.ties} ${load.ties === 1 ? 'tie' : 'ties'}`];
  if (load.matches.length > 0) parts.push(`shares ${load.matches.join(', ')}`);
  return parts.join(' · ');
}

/** One member as the owner picker offers them. */
export interface OwnerChoice {
  readonly value: string;
  readonly label: string;
  readonly description: string;
  readonly detail?: string;
}

/**
 * The members a picker offers as owners, in the order of `ownerLoads`
 * (suggested first), each described with their load; members the load does
 * not know (no `joined` date yet) come last, as they are.
 */
export function ownerChoices(members: readonly MemberEntry[], loads: readonly OwnerLoad[]): OwnerChoice[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const known = loads.flatMap((load) => {
    const member = byId.get(load.id);
    if (!member) return [];
    return [{ value: member.id, label: member.name, description: `${memberDescription(member)} · ${loadDescription(load)}`, ...(load.suggested ? { detail: 'Suggested: shares an interest with this work and carries less than most' } : {}) }];
  });
  const listed = new Set(loads.map((load) => load.id));
  return [...known, ...members.filter((member) => !listed.has(member.id)).map((member) => ({ value: member.id, label: member.name, description: memberDescription(member) }))];
}

/** The title with the area's and outcomes' titles (and ids), as one text to match interests against. */
function workText(network: Network, work: ProposedWork): string {
  const titleOf = (list: ReturnType<typeof groupList>, id: string): string => {
    const entry = list.find(({ value }) => text(value, 'id') === id);
    return `${id} ${text(entry?.value, 'title') ?? ''}`;
  };
  const areas = groupList(network.charter?.data, 'areas');
  const outcomes = groupList(network.purpose?.data, 'outcomes');
  return [work.title ?? '', work.area ? titleOf(areas, work.area) : '', ...(work.outcomes ?? []).map((id) => titleOf(outcomes, id))].join(' ');
}

function wordsOf(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/** An interest touches the work when each of its words is one of the work's words, give or take an ending (fall, falls; nurse, nurses; but not care, carers). */
function touches(work: readonly string[], interest: string): boolean {
  const wanted = wordsOf(interest);
  return wanted.length > 0 && wanted.every((word) => work.some((other) => same(word, other)));
}

/** Endings that leave a word's meaning: plurals and the commonest verb forms. */
const ENDINGS = ['s', 'es', 'ed', 'ing'];

function same(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.startsWith(shorter) && ENDINGS.includes(longer.slice(shorter.length));
}


function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
