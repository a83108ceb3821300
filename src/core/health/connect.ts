/**
 * Suggested introductions between members, from the documents: members who
 * work on the same areas or outcomes, or share an interest, but have no tie;
 * members with no ties and newcomers, each paired with a well-connected member
 * who is not a lead; and groups that reach the rest of the network through one
 * person only, given a second link. Each suggestion says why in plain words.
 *
 * Pure: reads the facts of one day. The ties are working ties (ties.ts) and come from `facts.collaboration`
 * rather than `facts.graph`, whose graphology form takes most of a second to
 * build on a large network (see graph.ts).
 */
import { HONORARY_ROLES } from '../model/charter-leadership';
import type { AsOfFacts, MemberFact } from './facts';
import type { Collaboration } from './graph';
import { brokers } from './graph-metrics';
import { plural, type Evidence } from './indicator';
import { tieWindowWords } from './ties';

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
/** Shared areas, outcomes or interests named in a reason, each; the rest are counted. */
const NAMED = 2;
/** On a tie in strength, the order kinds are listed in: the gaps the connectivity indicators flag first. */
const KIND_ORDER: readonly ConnectionKind[] = ['broker', 'isolate', 'newcomer', 'shared-work', 'shared-interest'];

/** What a member works on and cares about (areas and outcomes as titles); `index` is the member's place in the collaboration. */
interface Profile {
  readonly index: number;
  readonly member: MemberFact;
  readonly areas: ReadonlySet<string>;
  readonly outcomes: ReadonlySet<string>;
  readonly interests: ReadonlySet<string>;
  readonly ties: number;
  readonly lead: boolean;
  /** Holds an honorary role (emeritus) on the day: never suggested. */
  readonly honorary: boolean;
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
  const collaboration = facts.collaboration;
  const profiles = profilesOf(facts, collaboration);
  // Honorary members (emeritus on the day) are thanked, not introduced: never one side of a suggestion.
  const honorary = new Set(profiles.filter((profile) => profile.honorary).map((profile) => profile.index));
  const picker = new Picker(options.limit ?? DEFAULT_LIMIT, tiesOf(collaboration), honorary);
  for (const candidate of structuralCandidates(facts, collaboration, profiles, picker)) picker.add(candidate);
  // With neither meetings nor actions kept, nothing records anyone working together: say that, not that they have not.
  const notTogether = facts.meetings.length === 0 && facts.actions.length === 0 ? 'the network records no meetings or actions to show them working together' : `have not worked together in ${tieWindowWords(facts.ties)}`;
  for (const candidate of sharedCandidates(profiles, picker, notTogether)) {
    if (picker.full()) break;
    picker.add(candidate);
  }
  return picker
    .all()
    .sort((a, b) => strength(b.shared) - strength(a.shared) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.pair[0].index - b.pair[0].index || a.pair[1].index - b.pair[1].index)
    .map(toSuggestion);
}

/** Chooses suggestions in the order offered, keeping to the limit, the spread and one per pair. */
class Picker {
  private readonly chosen: Candidate[] = [];
  private readonly pairs = new Set<number>();
  private readonly uses = new Map<number, number>();

  constructor(
    private readonly limit: number,
    readonly tied: (a: number, b: number) => boolean,
    private readonly excluded: ReadonlySet<number> = new Set(),
  ) {}

  /** True when members a and b may still be introduced: different, untied, not yet paired, both with room. */
  allows(a: number, b: number): boolean {
    return a !== b && !this.excluded.has(a) && !this.excluded.has(b) && this.room(a) && this.room(b) && !this.pairs.has(pairKey(a, b)) && !this.tied(a, b);
  }

  room(index: number): boolean {
    return (this.uses.get(index) ?? 0) < MAX_PER_MEMBER;
  }

  full(): boolean {
    return this.chosen.length >= this.limit;
  }

  add(candidate: Candidate): void {
    const [a, b] = [candidate.pair[0].index, candidate.pair[1].index];
    if (this.full() || !this.allows(a, b)) return;
    this.chosen.push(candidate);
    this.pairs.add(pairKey(a, b));
    for (const index of [a, b]) this.uses.set(index, (this.uses.get(index) ?? 0) + 1);
  }

  all(): Candidate[] {
    return [...this.chosen];
  }
}

/** One profile per current member, in the collaboration's order (by id). */
function profilesOf(facts: AsOfFacts, collaboration: Collaboration): Profile[] {
  const areaTitles = titles(facts.charterRecord?.areas ?? []);
  const outcomeTitles = titles(facts.purposeRecord?.outcomes ?? []);
  const members = new Map(facts.members.map((member) => [member.id, member]));
  const work = new Map(collaboration.ids.map((id) => [id, { areas: new Set<string>(), outcomes: new Set<string>() }]));
  for (const action of facts.actions) {
    for (const id of new Set([...action.owners, ...action.contributors])) {
      const entry = work.get(id);
      if (!entry) continue;
      if (action.area) entry.areas.add(areaTitles.get(action.area) ?? action.area);
      for (const outcome of action.outcomes) entry.outcomes.add(outcomeTitles.get(outcome) ?? outcome);
    }
  }
  const honorary = new Set<string>();
  for (const role of facts.roles) {
    if (role.until !== undefined && role.until < facts.asOf) continue;
    if (HONORARY_ROLES.has(role.role)) honorary.add(role.member);
    else if (role.area) work.get(role.member)?.areas.add(areaTitles.get(role.area) ?? role.area);
  }
  return collaboration.ids.map((id, index) => {
    const member = members.get(id)!;
    return { index, member, ...work.get(id)!, interests: new Set(member.interests), ties: collaboration.neighbours[index]!.length, lead: facts.leads.has(id), honorary: honorary.has(id) };
  });
}

function titles(entries: readonly { readonly id: string; readonly title: string | undefined }[]): Map<string, string> {
  return new Map(entries.map(({ id, title }) => [id, title ?? id] as const));
}

/** Whether two members are tied, by binary search in the sorted neighbour lists. */
function tiesOf(collaboration: Collaboration): (a: number, b: number) => boolean {
  return (a, b) => {
    const list = collaboration.neighbours[a]!;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (list[middle] === b) return true;
      if (list[middle]! < b) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };
}

/**
 * One suggestion for each group that hangs on one broker, each member with no
 * ties and each newcomer, in that order, choosing partners as the picker allows.
 */
function* structuralCandidates(facts: AsOfFacts, collaboration: Collaboration, profiles: readonly Profile[], picker: Picker): Generator<Candidate> {
  const newcomerSince = facts.daysBefore(NEWCOMER_DAYS);
  const isNewcomer = (profile: Profile): boolean => profile.member.joined > newcomerSince;
  const byId = new Map(profiles.map((profile) => [profile.member.id, profile]));
  // Well connected: has ties; not a lead (leads are busy, and the point is to spread ties); not new.
  const connectors = profiles.filter((profile) => profile.ties > 0 && !profile.lead && !isNewcomer(profile));
  /** The partner sharing most, then with the most ties, then first by id. */
  const best = (from: Profile, among: readonly Profile[]): Profile | undefined => {
    let chosen: Profile | undefined;
    let chosenShared = -1;
    for (const other of among) {
      if (!picker.allows(from.index, other.index)) continue;
      const shared = sharedCount(from, other);
      if (shared > chosenShared || (shared === chosenShared && other.ties > chosen!.ties)) [chosen, chosenShared] = [other, shared];
    }
    return chosen;
  };

  for (const broker of brokers(collaboration.ids, collaboration.neighbours)) {
    const via = byId.get(broker.id)!;
    const dependants = new Set(broker.dependants);
    // The cut-off member with the most ties reaches most of their group; the partner is one of the broker's other ties.
    const from = broker.dependants.map((id) => byId.get(id)!).sort((a, b) => b.ties - a.ties || a.index - b.index)[0]!;
    const partner = best(from, [...collaboration.neighbours[via.index]!].map((i) => profiles[i]!).filter((profile) => !dependants.has(profile.member.id)));
    if (!partner) continue;
    const group = broker.dependants.length === 1 ? from.member.name : `${from.member.name} and ${plural(broker.dependants.length - 1, 'other')}`;
    yield candidate('broker', from, partner, `Only ${via.member.name} links ${group} to the rest of the network; ${from.member.name} and ${partner.member.name}, who also works with ${via.member.name}, could make a second link`);
  }
  for (const profile of profiles.filter((p) => p.ties === 0 && !isNewcomer(p))) {
    const partner = best(profile, connectors);
    if (partner) yield candidate('isolate', profile, partner, `${profile.member.name} has not worked with anyone in the network in ${tieWindowWords(facts.ties)}; ${partner.member.name} works with ${partner.ties} members and could bring them in`);
  }
  for (const profile of profiles.filter(isNewcomer).sort((a, b) => compare(b.member.joined, a.member.joined) || a.index - b.index)) {
    const partner = best(profile, connectors);
    if (partner) yield candidate('newcomer', profile, partner, `${profile.member.name} joined on ${profile.member.joined}; ${partner.member.name} works with ${partner.ties} members and could introduce them`);
  }
}

/**
 * Untied pairs sharing areas, outcomes or interests, most shared first, then by ids. Shares are
 * counted from each member's items' holders, so unrelated members are never compared; only
 * the suggestions taken are described, as the caller stops once it has enough.
 */
function* sharedCandidates(profiles: readonly Profile[], picker: Picker, notTogether: string): Generator<Candidate> {
  const itemsOf = profiles.map((profile) => [...[...profile.areas].map((item) => `a:${item}`), ...[...profile.outcomes].map((item) => `o:${item}`), ...[...profile.interests].map((item) => `i:${item}`)]);
  const holders = new Map<string, number[]>();
  itemsOf.forEach((items, i) => items.forEach((item) => (holders.get(item) ?? holders.set(item, []).get(item)!).push(i)));
  const n = profiles.length;
  const counts = new Int32Array(n);
  const found: { a: number; b: number; shared: number }[] = [];
  for (let a = 0; a < n; a++) {
    const partners: number[] = [];
    for (const item of itemsOf[a]!) {
      for (const b of holders.get(item)!) {
        if (b <= a) continue;
        if (counts[b] === 0) partners.push(b);
        counts[b]! += 1;
      }
    }
    for (const b of partners) {
      if (!picker.tied(a, b)) found.push({ a, b, shared: counts[b]! });
      counts[b] = 0;
    }
  }
  found.sort((x, y) => y.shared - x.shared || x.a - y.a || x.b - y.b);
  for (const { a, b } of found) {
    if (!picker.allows(a, b)) continue;
    const [first, second] = [profiles[a]!, profiles[b]!];
    const shared = sharedBy(first, second);
    yield candidate(shared.areas.length + shared.outcomes.length > 0 ? 'shared-work' : 'shared-interest', first, second, `${first.member.name} and ${second.member.name} ${describe(shared)}, but ${notTogether}`);
  }
}

function candidate(kind: ConnectionKind, a: Profile, b: Profile, why: string): Candidate {
  const shared = sharedBy(a, b);
  const also = kind === 'shared-work' || kind === 'shared-interest' || strength(shared) === 0 ? '' : ` (${describe(shared)})`;
  return { kind, pair: [a, b], shared, reason: `${why}${also}.` };
}

function sharedCount(a: Profile, b: Profile): number {
  let count = 0;
  for (const [x, y] of [[a.areas, b.areas], [a.outcomes, b.outcomes], [a.interests, b.interests]] as const) for (const item of x) if (y.has(item)) count++;
  return count;
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
  const work = [...(shared.areas.length > 0 ? [`on ${list(shared.areas, 'area')}`] : []), ...(shared.outcomes.length > 0 ? [`towards ${list(shared.outcomes, 'outcome')}`] : [])];
  const clauses = [...(work.length > 0 ? [`work ${work.join(' and ')}`] : []), ...(shared.interests.length > 0 ? [`care about ${list(shared.interests, 'interest')}`] : [])];
  return `both ${clauses.join(', and both ')}`;
}

/** "A", "A and B", "A, B and 2 other areas". */
function list(items: readonly string[], noun: string): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length <= NAMED) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const rest = items.length - NAMED;
  return `${items.slice(0, NAMED).join(', ')} and ${rest} other ${noun}${rest === 1 ? '' : 's'}`;
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
    ...(profile.areas.size > 0 ? [`on ${list([...profile.areas].sort(compare), 'area')}`] : []),
    ...(profile.outcomes.size > 0 ? [`towards ${list([...profile.outcomes].sort(compare), 'outcome')}`] : []),
    ...(profile.interests.size > 0 ? [`interested in ${list([...profile.interests].sort(compare), 'interest')}`] : []),
  ].join('; ');
}

/** Member indices stay far below 2^20, so the code is unique and exact. */
function pairKey(a: number, b: number): number {
  return a < b ? a * 0x100000 + b : b * 0x100000 + a;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
