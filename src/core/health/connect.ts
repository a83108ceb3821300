/**
 * Suggested introductions between members, from the documents: members who
 * work on the same areas or outcomes, or share an interest, but have no tie;
 * members with no ties and newcomers, each paired with a well-connected member
 * who is not a lead; and groups that reach the rest of the network through one
 * person only, given a second link. Each suggestion says why in plain words.
 *
 * Pure: reads the facts of one day. The ties come from `collaborationOf`
 * rather than `facts.graph`, whose graphology form takes most of a second to
 * build on a large network (see graph.ts).
 */
import { groupList, text } from '../model/fields';
import type { AsOfFacts, MemberFact } from './facts';
import { collaborationOf, type Collaboration } from './graph';
import { graphMetrics } from './graph-metrics';
import type { Evidence } from './indicator';

export type ConnectionKind = 'shared-work' | 'shared-interest' | 'newcomer' | 'isolate' | 'broker';

export interface ConnectionSuggestion {
  readonly kind: ConnectionKind;
  /** The two members' ids: the one the suggestion is for first (newcomer, isolate, cut-off member), else in id order. */
  readonly members: readonly [string, string];
  /** Why, in plain words naming both people and what they share. */
  readonly reason: string;
  /** The two member pages, each with what it shows. */
  readonly evidence: readonly Evidence[];
}

export interface ConnectionOptions {
  /** At most this many suggestions (default 20). */
  readonly limit?: number;
}

const DEFAULT_LIMIT = 20;
/** No member appears in more suggestions than this, so that introductions spread across the network. */
const MAX_PER_MEMBER = 3;
/** Members who joined within this many days are newcomers. */
const NEWCOMER_DAYS = 90;
/** On a tie in strength, the order kinds are listed in: the gaps the connectivity indicators flag first. */
const KIND_ORDER: readonly ConnectionKind[] = ['broker', 'isolate', 'newcomer', 'shared-work', 'shared-interest'];

/** What a member works on and cares about, as titles to show. */
interface Profile {
  readonly member: MemberFact;
  readonly areas: ReadonlySet<string>;
  readonly outcomes: ReadonlySet<string>;
  readonly interests: ReadonlySet<string>;
  readonly ties: number;
  readonly lead: boolean;
}

interface Shared {
  readonly areas: readonly string[];
  readonly outcomes: readonly string[];
  readonly interests: readonly string[];
}

interface Candidate {
  readonly kind: ConnectionKind;
  readonly pair: readonly [Profile, Profile];
  readonly shared: Shared;
  readonly reason: string;
}

export function suggestConnections(facts: AsOfFacts, options: ConnectionOptions = {}): ConnectionSuggestion[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const collaboration = collaborationOf(facts.network, facts.asOf);
  const profiles = profilesOf(facts, collaboration);
  const tied = tiesOf(collaboration);
  const picked = new Picker(limit, tied);
  for (const candidate of structuralCandidates(facts, collaboration, profiles, picked)) picked.add(candidate);
  for (const candidate of sharedCandidates(profiles, tied)) picked.add(candidate);
  return picked
    .all()
    .sort((a, b) => strength(b.shared) - strength(a.shared) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compare(a.pair[0].member.id, b.pair[0].member.id) || compare(a.pair[1].member.id, b.pair[1].member.id))
    .map(toSuggestion);
}

/** Chooses suggestions in the order offered, keeping to the limit, the spread and one per pair. */
class Picker {
  private readonly chosen: Candidate[] = [];
  private readonly pairs = new Set<string>();
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly tied: (a: string, b: string) => boolean,
  ) {}

  /** True when a and b may still be introduced: different, untied, not yet paired, both with room. */
  allows(a: string, b: string): boolean {
    return a !== b && !this.tied(a, b) && !this.pairs.has(pairKey(a, b)) && this.room(a) && this.room(b);
  }

  room(id: string): boolean {
    return (this.uses.get(id) ?? 0) < MAX_PER_MEMBER;
  }

  full(): boolean {
    return this.chosen.length >= this.limit;
  }

  add(candidate: Candidate): void {
    const [a, b] = candidate.pair.map((profile) => profile.member.id) as [string, string];
    if (this.full() || !this.allows(a, b)) return;
    this.chosen.push(candidate);
    this.pairs.add(pairKey(a, b));
    for (const id of [a, b]) this.uses.set(id, (this.uses.get(id) ?? 0) + 1);
  }

  all(): Candidate[] {
    return [...this.chosen];
  }
}

function profilesOf(facts: AsOfFacts, collaboration: Collaboration): Map<string, Profile> {
  const areaTitles = titles(groupList(facts.charter?.data, 'areas'));
  const outcomeTitles = titles(groupList(facts.purpose?.data, 'outcomes'));
  const work = new Map(facts.members.map((member) => [member.id, { areas: new Set<string>(), outcomes: new Set<string>() }]));
  for (const action of facts.actions) {
    for (const id of new Set([...action.owners, ...action.contributors])) {
      const entry = work.get(id);
      if (!entry) continue;
      if (action.area) entry.areas.add(areaTitles.get(action.area) ?? action.area);
      for (const outcome of action.outcomes) entry.outcomes.add(outcomeTitles.get(outcome) ?? outcome);
    }
  }
  for (const role of facts.roles) {
    if (role.area && (role.until === undefined || role.until >= facts.asOf)) work.get(role.member)?.areas.add(areaTitles.get(role.area) ?? role.area);
  }
  const ties = new Map(collaboration.ids.map((id, i) => [id, collaboration.neighbours[i]!.length]));
  return new Map(
    facts.members.map((member) => [
      member.id,
      { member, ...work.get(member.id)!, interests: new Set(member.interests), ties: ties.get(member.id) ?? 0, lead: facts.leads.has(member.id) },
    ]),
  );
}

function titles(entries: readonly { value: Readonly<Record<string, unknown>> }[]): Map<string, string> {
  return new Map(entries.flatMap(({ value }) => {
    const id = text(value, 'id');
    return id === undefined ? [] : [[id, text(value, 'title') ?? id] as const];
  }));
}

/** Whether two members are tied, by binary search in the sorted neighbour lists. */
function tiesOf(collaboration: Collaboration): (a: string, b: string) => boolean {
  const index = new Map(collaboration.ids.map((id, i) => [id, i]));
  return (a, b) => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) return false;
    const list = collaboration.neighbours[i]!;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (list[middle] === j) return true;
      if (list[middle]! < j) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };
}

/**
 * One suggestion for each group that hangs on one broker, each member with no
 * ties and each newcomer, in that order, choosing partners as the picker allows.
 */
function* structuralCandidates(facts: AsOfFacts, collaboration: Collaboration, profiles: ReadonlyMap<string, Profile>, picker: Picker): Generator<Candidate> {
  const newcomerSince = facts.daysBefore(NEWCOMER_DAYS);
  const isNewcomer = (profile: Profile): boolean => profile.member.joined > newcomerSince;
  const all = [...profiles.values()];
  // Well connected: has ties; not a lead (leads are busy, and the point is to spread ties); not new.
  const connectors = all.filter((profile) => profile.ties > 0 && !profile.lead && !isNewcomer(profile));
  const idOrder = new Map([...profiles.keys()].sort(compare).map((id, i) => [id, i]));
  // Most shared first, then the most ties, then by id.
  const better = (from: Profile, x: Profile, y: Profile): boolean =>
    (strength(sharedBy(from, x)) - strength(sharedBy(from, y)) || x.ties - y.ties || idOrder.get(y.member.id)! - idOrder.get(x.member.id)!) > 0;
  const best = (from: Profile, among: readonly Profile[]): Profile | undefined => {
    let chosen: Profile | undefined;
    for (const other of among) if (picker.allows(from.member.id, other.member.id) && (!chosen || better(from, other, chosen))) chosen = other;
    return chosen;
  };
  const index = new Map(collaboration.ids.map((id, i) => [id, i]));

  if (collaboration.ids.length >= 3) {
    for (const broker of graphMetrics(collaboration).brokers) {
      const via = profiles.get(broker.id)!;
      const dependants = new Set(broker.dependants);
      // The cut-off member with the most ties reaches most of their group.
      const from = broker.dependants.map((id) => profiles.get(id)!).sort((a, b) => b.ties - a.ties || compare(a.member.id, b.member.id))[0];
      const beyond = collaboration.neighbours[index.get(broker.id)!]!;
      const partner = from && best(from, [...beyond].map((i) => profiles.get(collaboration.ids[i]!)!).filter((profile) => !dependants.has(profile.member.id)));
      if (!from || !partner) continue;
      const group = broker.dependants.length === 1 ? from.member.name : `${from.member.name}'s group of ${broker.dependants.length}`;
      yield candidate('broker', from, partner, `Only ${via.member.name} links ${group} to the rest of the network; ${from.member.name} and ${partner.member.name}, who also works with ${via.member.name}, could make a second link`);
    }
  }
  for (const profile of all.filter((p) => p.ties === 0 && !isNewcomer(p))) {
    const partner = best(profile, connectors);
    if (partner) yield candidate('isolate', profile, partner, `${profile.member.name} has not yet worked with anyone in the network; ${partner.member.name} works with ${partner.ties} members and could bring them in`);
  }
  for (const profile of all.filter(isNewcomer).sort((a, b) => compare(b.member.joined, a.member.joined) || compare(a.member.id, b.member.id))) {
    const partner = best(profile, connectors);
    if (partner) yield candidate('newcomer', profile, partner, `${profile.member.name} joined on ${profile.member.joined}; ${partner.member.name} works with ${partner.ties} members and could introduce them`);
  }
}

/** Untied pairs sharing areas, outcomes or interests, most shared first, then by ids. */
function sharedCandidates(profiles: ReadonlyMap<string, Profile>, tied: (a: string, b: string) => boolean): Candidate[] {
  // Pairs come from the members of each area, outcome and interest, so unrelated members are never compared.
  const holders = new Map<string, string[]>();
  for (const profile of profiles.values()) {
    for (const [kind, items] of [['a', profile.areas], ['o', profile.outcomes], ['i', profile.interests]] as const) {
      for (const item of items) {
        const key = `${kind}:${item}`;
        const list = holders.get(key);
        if (list) list.push(profile.member.id);
        else holders.set(key, [profile.member.id]);
      }
    }
  }
  const pairs = new Map<string, [Profile, Profile]>();
  for (const ids of holders.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!].sort(compare) as [string, string];
        const key = pairKey(a, b);
        if (!pairs.has(key) && !tied(a, b)) pairs.set(key, [profiles.get(a)!, profiles.get(b)!]);
      }
    }
  }
  return [...pairs.values()]
    .map(([a, b]) => {
      const shared = sharedBy(a, b);
      const work = shared.areas.length + shared.outcomes.length > 0;
      return candidate(work ? 'shared-work' : 'shared-interest', a, b, `${a.member.name} and ${b.member.name} ${describe(shared)}, but have not yet worked together`);
    })
    .sort((x, y) => strength(y.shared) - strength(x.shared) || compare(x.pair[0].member.id, y.pair[0].member.id) || compare(x.pair[1].member.id, y.pair[1].member.id));
}

function candidate(kind: ConnectionKind, a: Profile, b: Profile, why: string): Candidate {
  const shared = sharedBy(a, b);
  const also = kind === 'shared-work' || kind === 'shared-interest' || strength(shared) === 0 ? '' : ` (${describe(shared)})`;
  return { kind, pair: [a, b], shared, reason: `${why}${also}.` };
}

function sharedBy(a: Profile, b: Profile): Shared {
  const common = (x: ReadonlySet<string>, y: ReadonlySet<string>): string[] => [...x].filter((item) => y.has(item)).sort(compare);
  return { areas: common(a.areas, b.areas), outcomes: common(a.outcomes, b.outcomes), interests: common(a.interests, b.interests) };
}

function strength(shared: Shared): number {
  return shared.areas.length + shared.outcomes.length + shared.interests.length;
}

/** "both work on Frailty and towards Fewer falls, and both care about music". */
function describe(shared: Shared): string {
  const work = [...(shared.areas.length > 0 ? [`on ${list(shared.areas)}`] : []), ...(shared.outcomes.length > 0 ? [`towards ${list(shared.outcomes)}`] : [])];
  const clauses = [...(work.length > 0 ? [`work ${work.join(' and ')}`] : []), ...(shared.interests.length > 0 ? [`care about ${list(shared.interests)}`] : [])];
  return `both ${clauses.join(', and both ')}`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function toSuggestion(candidate: Candidate): ConnectionSuggestion {
  const [a, b] = candidate.pair;
  return {
    kind: candidate.kind,
    members: [a.member.id, b.member.id],
    reason: candidate.reason,
    evidence: [a, b].map((profile) => ({ file: profile.member.document.path, member: profile.member.id, note: noteOf(profile) })),
  };
}

/** "works with 4 members; on Frailty; towards Fewer falls; interested in music". */
function noteOf(profile: Profile): string {
  return [
    profile.ties === 0 ? 'no working ties yet' : `works with ${profile.ties} member${profile.ties === 1 ? '' : 's'}`,
    ...(profile.areas.size > 0 ? [`on ${list([...profile.areas].sort(compare))}`] : []),
    ...(profile.outcomes.size > 0 ? [`towards ${list([...profile.outcomes].sort(compare))}`] : []),
    ...(profile.interests.size > 0 ? [`interested in ${list([...profile.interests].sort(compare))}`] : []),
  ].join('; ');
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
