/**
 * The collaboration graph of a network as of a date (docs: network-model.md,
 * "Collaboration graph"): nodes are the members current on the day; two members
 * are tied by working ties (ties.ts: shared actions, and meetings small enough
 * to work in, within a recency window); a tie's `weight` counts those occasions.
 *
 * Two forms of the same graph. `collaborationOf` gives compact index arrays:
 * health trends build the graph for many dates, and graphology takes several
 * times longer to build (it allocates an object and a string key per tie).
 * `buildCollaborationGraph` gives the graphology graph for callers that want
 * its API; it is made from the arrays, so the two always agree.
 *
 * Pure: reads only the facts of the day, never the file system or VS Code.
 */
import { UndirectedGraph } from 'graphology';
import type { AsOfFacts } from './facts';
import { tieOccasions, type TieOccasion } from './ties';
import { isOrganisationMissing } from '../model/organisations';

export interface MemberNodeAttributes {
  /** The member's organisation, when the member page records one: not a placeholder such as "Not recorded" (isOrganisationMissing). */
  organisation: string | undefined;
  /** True when the member holds a lead, co-chair or coordinator role on the day. */
  lead: boolean;
}

export interface CollaborationEdgeAttributes {
  /** Actions and meetings the two members shared that count as working ties on the day (ties.ts). */
  weight: number;
  /** Of those, the actions (shared work); the rest are meetings. */
  work: number;
}

export type CollaborationGraph = UndirectedGraph<MemberNodeAttributes, CollaborationEdgeAttributes>;

/** The collaboration graph as index arrays: member i is `ids[i]`. */
export interface Collaboration {
  /** Ids of the current members, sorted. */
  readonly ids: readonly string[];
  readonly nodes: readonly MemberNodeAttributes[];
  /** Each member's ties, as indices of the other members, ascending. */
  readonly neighbours: readonly Int32Array[];
  /** The weight of each tie, parallel to `neighbours`: the actions and meetings the two shared (ties.ts). */
  readonly weights: readonly Int32Array[];
  /** How much of each weight is shared work (actions), parallel to `neighbours`; the rest is meetings. */
  readonly work: readonly Int32Array[];
}

export function collaborationOf(facts: AsOfFacts): Collaboration {
  // facts.members are the current members, sorted by id.
  const ids = facts.members.map((member) => member.id);
  const nodes = facts.members.map((member): MemberNodeAttributes => ({ organisation: isOrganisationMissing(member.organisation) ? undefined : member.organisation?.trim(), lead: facts.leads.has(member.id) }));
  const index = new Map(ids.map((id, i) => [id, i]));
  const occasions = tieOccasions(facts);
  // Shared work and meetings counted apart (the panel shows either alone), then merged into one graph.
  const work = countPairs(ids.length, index, occasions.filter((occasion) => occasion.kind === 'work'));
  const meetings = countPairs(ids.length, index, occasions.filter((occasion) => occasion.kind === 'meeting'));
  return { ids, nodes, ...mergeAdjacency(work, meetings) };
}

type Adjacency = { neighbours: Int32Array[]; weights: Int32Array[] };

/** How many of the occasions each pair of members shared, as adjacency lists. */
function countPairs(n: number, index: ReadonlyMap<string, number>, occasions: readonly TieOccasion[]): Adjacency {
  const counter = new PairCounter(n);
  const present = new Int32Array(n);
  let stamp = 0;
  for (const { people } of occasions) {
    // Each pair once per occasion, however often a member is listed; ids that are not current members are ignored.
    stamp++;
    let count = 0;
    for (const id of people) {
      const i = index.get(id);
      if (i !== undefined && present[i] !== stamp) {
        present[i] = stamp;
        counter.people[count++] = i;
      }
    }
    counter.addAllPairs(count);
  }
  return counter.adjacency();
}

/** One graph from the ties of shared work and of meetings: a tie's weight is the sum, `work` its share from shared work. */
function mergeAdjacency(work: Adjacency, meetings: Adjacency): { neighbours: Int32Array[]; weights: Int32Array[]; work: Int32Array[] } {
  const neighbours: Int32Array[] = [];
  const weights: Int32Array[] = [];
  const shares: Int32Array[] = [];
  work.neighbours.forEach((a, i) => {
    const b = meetings.neighbours[i]!;
    const aw = work.weights[i]!;
    const bw = meetings.weights[i]!;
    if (b.length === 0 || a.length === 0) {
      // One kind only (the common case in a small network's rows): no merge needed.
      neighbours.push(a.length === 0 ? b : a);
      weights.push(a.length === 0 ? bw : aw);
      shares.push(a.length === 0 ? new Int32Array(b.length) : aw.slice());
      return;
    }
    // Both lists ascend: count the union, then merge into it.
    let size = 0;
    for (let x = 0, y = 0; x < a.length || y < b.length; size++) {
      const next = Math.min(x < a.length ? a[x]! : Infinity, y < b.length ? b[y]! : Infinity);
      if (x < a.length && a[x] === next) x++;
      if (y < b.length && b[y] === next) y++;
    }
    const list = new Int32Array(size);
    const weight = new Int32Array(size);
    const share = new Int32Array(size);
    for (let x = 0, y = 0, k = 0; k < size; k++) {
      const next = Math.min(x < a.length ? a[x]! : Infinity, y < b.length ? b[y]! : Infinity);
      const fromWork = x < a.length && a[x] === next ? aw[x++]! : 0;
      const fromMeetings = y < b.length && b[y] === next ? bw[y++]! : 0;
      list[k] = next;
      weight[k] = fromWork + fromMeetings;
      share[k] = fromWork;
    }
    neighbours.push(list);
    weights.push(weight);
    shares.push(share);
  });
  return { neighbours, weights, work: shares };
}

/** The graphology form of the same graph. */
export function buildCollaborationGraph(facts: AsOfFacts): CollaborationGraph {
  return graphOfCollaboration(collaborationOf(facts));
}

/** The graphology form of index arrays: the same nodes, ties and weights. */
export function graphOfCollaboration({ ids, nodes, neighbours, weights, work }: Collaboration): CollaborationGraph {
  const graph: CollaborationGraph = new UndirectedGraph<MemberNodeAttributes, CollaborationEdgeAttributes>();
  ids.forEach((id, i) => graph.addNode(id, { ...nodes[i]! }));
  ids.forEach((id, i) => neighbours[i]!.forEach((j, k) => j > i && graph.addUndirectedEdge(id, ids[j]!, { weight: weights[i]![k]!, work: work[i]![k]! })));
  return graph;
}

/**
 * Counts how many occasions each pair of members shared. Up to DENSE_LIMIT members a square
 * table of counts is fastest (16 MiB at the limit); beyond, pair codes are listed and sorted.
 */
class PairCounter {
  private static readonly DENSE_LIMIT = 2048;
  /** Scratch for the caller: the members of the current occasion, by index. */
  readonly people: Int32Array;
  private readonly table: Int32Array | undefined;
  private readonly codes: PairList | undefined;

  constructor(private readonly n: number) {
    this.people = new Int32Array(n);
    if (n <= PairCounter.DENSE_LIMIT) this.table = new Int32Array(n * n);
    else this.codes = new PairList();
  }

  /** Counts every pair among people[0..count). */
  addAllPairs(count: number): void {
    const { n, people, table, codes } = this;
    for (let x = 0; x < count; x++) {
      for (let y = x + 1; y < count; y++) {
        const i = Math.min(people[x]!, people[y]!);
        const j = Math.max(people[x]!, people[y]!);
        if (table) table[i * n + j]! += 1;
        else codes!.add(i * n + j);
      }
    }
  }

  adjacency(): { neighbours: Int32Array[]; weights: Int32Array[] } {
    return this.table ? tableAdjacency(this.table, this.n) : adjacencyOf(this.codes!.sorted(), this.n);
  }
}

/** Neighbour and weight lists from the upper triangle of a square table of counts. */
function tableAdjacency(table: Int32Array, n: number): { neighbours: Int32Array[]; weights: Int32Array[] } {
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (table[i * n + j]! > 0) {
        degree[i]! += 1;
        degree[j]! += 1;
      }
    }
  }
  const neighbours = Array.from(degree, (d) => new Int32Array(d));
  const weights = Array.from(degree, (d) => new Int32Array(d));
  const filled = new Int32Array(n);
  // Row by row, so each list fills in ascending order: lower neighbours (as j) before higher ones (as i).
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const weight = table[i * n + j]!;
      if (weight === 0) continue;
      neighbours[i]![filled[i]!] = j;
      weights[i]![filled[i]!] = weight;
      filled[i]! += 1;
      neighbours[j]![filled[j]!] = i;
      weights[j]![filled[j]!] = weight;
      filled[j]! += 1;
    }
  }
  return { neighbours, weights };
}

/** A growable list of pair codes (i * n + j, exact in a double for any realistic n). */
class PairList {
  private codes = new Float64Array(1024);
  private length = 0;

  add(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  sorted(): Float64Array {
    return this.codes.subarray(0, this.length).sort();
  }
}

/** Neighbour and weight lists from sorted pair codes: equal codes are one tie, their count its weight. */
function adjacencyOf(codes: Float64Array, n: number): { neighbours: Int32Array[]; weights: Int32Array[] } {
  const degree = new Int32Array(n);
  for (let k = 0; k < codes.length; k++) {
    if (k > 0 && codes[k] === codes[k - 1]) continue;
    degree[Math.floor(codes[k]! / n)]! += 1;
    degree[codes[k]! % n]! += 1;
  }
  const neighbours = Array.from(degree, (d) => new Int32Array(d));
  const weights = Array.from(degree, (d) => new Int32Array(d));
  const filled = new Int32Array(n);
  // Codes ascend by (i, j), so each list fills in ascending order: lower neighbours (as j) before higher ones (as i).
  for (let k = 0; k < codes.length; ) {
    let end = k + 1;
    while (end < codes.length && codes[end] === codes[k]) end++;
    const i = Math.floor(codes[k]! / n);
    const j = codes[k]! % n;
    neighbours[i]![filled[i]!] = j;
    weights[i]![filled[i]!] = end - k;
    filled[i]! += 1;
    neighbours[j]![filled[j]!] = i;
    weights[j]![filled[j]!] = end - k;
    filled[j]! += 1;
    k = end;
  }
  return { neighbours, weights };
}
