/**
 * Structural metrics of a collaboration graph (the Connectivity dimension of
 * network-model.md), computed on the UNWEIGHTED undirected graph: edge weights
 * are ignored throughout. Every result is a plain number, id or array, and no
 * result is NaN: empty and one-node graphs give zeros and empty lists.
 *
 * Everything runs on index arrays (see `Collaboration` in graph.ts): health
 * trends compute these metrics for many dates on graphs of over 100,000 ties,
 * where merely reading a graphology graph's neighbour lists costs about a tenth
 * of a second a date. Sources of the algorithms:
 * - betweenness: Brandes (2001), "A faster algorithm for betweenness
 *   centrality", written here rather than taken from graphology-metrics, which
 *   takes over a second on such a graph; dense graphs use bitsets (see
 *   `bitsetBrandes`), sparse ones neighbour lists;
 * - connected components: breadth-first search;
 * - articulation points and bridges: an iterative Tarjan DFS (graphology's
 *   standard library has no biconnectivity);
 * - k-cores: the Batagelj-Zaversnik O(m) bin sort (graphology-metrics has none).
 */
import type Graph from 'graphology-types';
import type { Collaboration } from './graph';
import { maxOf } from '../arrays';

export interface GraphMetrics {
  readonly nodes: number;
  readonly edges: number;
  /** 2m / (n(n-1)); 0 for n < 2. */
  readonly density: number;
  /** Freeman: sum(max deg - deg_i) / ((n-1)(n-2)); 0 for n < 3. */
  readonly degreeCentralisation: number;
  /** Freeman: sum(max b - b_i) / ((n-1)^2 (n-2) / 2), b unnormalised pair-count betweenness; 0 for n < 3. */
  readonly betweennessCentralisation: number;
  /** Degree of each node. */
  readonly degree: Readonly<Record<string, number>>;
  /** Betweenness of each node, normalised as NetworkX does for undirected graphs: b_i * 2 / ((n-1)(n-2)). */
  readonly betweenness: Readonly<Record<string, number>>;
  /** Nodes with no tie. */
  readonly isolates: readonly string[];
  /** Sizes of the connected components, largest first. */
  readonly componentSizes: readonly number[];
  /** Nodes of the largest component (the first found of that size, by node order), sorted. */
  readonly largestComponent: readonly string[];
  /** Nodes whose removal disconnects their component (single brokers), sorted. */
  readonly articulationPoints: readonly string[];
  /**
   * Each articulation point with the nodes that depend on it: those cut off from the largest
   * remaining part of its component when it is removed (on a tie, the part holding the lowest
   * node by node order stays), sorted. Most dependants first, then by id.
   */
  readonly brokers: readonly Broker[];
  /** Ties whose removal disconnects their component, each as a sorted pair, sorted. */
  readonly bridges: readonly (readonly [string, string])[];
  /** k-core number of each node. */
  readonly coreNumber: Readonly<Record<string, number>>;
  /** The largest core number (0 for an empty graph or one without ties). */
  readonly maxCore: number;
  /** Nodes in the max core, sorted. */
  readonly maxCoreNodes: readonly string[];
  /** Nodes with a true `lead` attribute, sorted. */
  readonly leads: readonly string[];
  /** Whether every lead is in the max core; undefined when there are no leads (unknown). */
  readonly leadsInMaxCore: boolean | undefined;
  /** Gini coefficient of the degrees: 0 when all are equal (or all zero). */
  readonly degreeGini: number;
}

export interface Broker {
  readonly id: string;
  readonly dependants: readonly string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Metrics of a graphology graph or of a collaboration's index arrays (the faster). */
export function graphMetrics(graph: Graph | Collaboration): GraphMetrics {
  const { ids, adjacency, lead } = isCollaboration(graph) ? { ids: graph.ids, adjacency: graph.neighbours, lead: graph.nodes.map((node) => node.lead) } : simpleGraph(graph);
  const n = ids.length;
  const degrees = adjacency.map((list) => list.length);
  const m = degrees.reduce((sum, d) => sum + d, 0) / 2;

  const density = n < 2 ? 0 : (2 * m) / (n * (n - 1));

  const maxDegree = n === 0 ? 0 : maxOf(degrees);
  const degreeCentralisation = n < 3 ? 0 : degrees.reduce((sum, d) => sum + (maxDegree - d), 0) / ((n - 1) * (n - 2));

  // Unnormalised betweenness of an undirected graph counts each unordered pair {s, t} once:
  // b_i = sum over s < t, s, t != i of sigma_st(i) / sigma_st. Its largest possible value, at the
  // centre of a star, is (n-1)(n-2)/2, and the star maximises sum(max b - b_i) at
  // (n-1) * (n-1)(n-2)/2 = (n-1)^2 (n-2) / 2, the denominator of Freeman's centralisation.
  const pairBetweenness = betweennessOf(adjacency);
  const maxBetweenness = n === 0 ? 0 : maxOf(pairBetweenness);
  const betweennessCentralisation = n < 3 ? 0 : pairBetweenness.reduce((sum, b) => sum + (maxBetweenness - b), 0) / (((n - 1) ** 2 * (n - 2)) / 2);

  const degree: Record<string, number> = {};
  const betweenness: Record<string, number> = {};
  ids.forEach((id, i) => {
    degree[id] = degrees[i]!;
    betweenness[id] = n < 3 ? 0 : (pairBetweenness[i]! * 2) / ((n - 1) * (n - 2));
  });

  const isolates = ids.filter((_, i) => degrees[i] === 0).sort(compare);

  const components = connectedComponents(adjacency);
  const componentSizes = components.map((component) => component.length).sort((a, b) => b - a);
  let largest: number[] = [];
  for (const component of components) if (component.length > largest.length) largest = component;

  const search = depthFirst(adjacency);
  const { articulation, bridges } = cutsOf(search);
  const cores = coreNumbers(adjacency);
  const maxCore = n === 0 ? 0 : maxOf(cores);
  const coreNumber: Record<string, number> = {};
  ids.forEach((id, i) => (coreNumber[id] = cores[i]!));
  const maxCoreNodes = ids.filter((_, i) => cores[i] === maxCore).sort(compare);
  const inMaxCore = new Set(maxCoreNodes);
  const leads = ids.filter((_, i) => lead[i]).sort(compare);
  const toIds = (list: readonly number[]): string[] => list.map((i) => ids[i]!).sort(compare);

  return {
    nodes: n,
    edges: m,
    density,
    degreeCentralisation,
    betweennessCentralisation,
    degree,
    betweenness,
    isolates,
    componentSizes,
    largestComponent: toIds(largest),
    articulationPoints: toIds(articulation),
    brokers: brokersOf(ids, search, articulation),
    bridges: bridges
      .map(([a, b]) => [ids[a]!, ids[b]!].sort(compare) as [string, string])
      .sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1])),
    coreNumber,
    maxCore,
    maxCoreNodes,
    leads,
    leadsInMaxCore: leads.length === 0 ? undefined : leads.every((id) => inMaxCore.has(id)),
    degreeGini: gini(degrees),
  };
}

function isCollaboration(graph: Graph | Collaboration): graph is Collaboration {
  return Array.isArray((graph as Collaboration).ids);
}

/** Index lists of a graphology graph as a simple graph: each neighbour once, no self-loops, whatever the graph's type. */
function simpleGraph(graph: Graph): { ids: string[]; adjacency: number[][]; lead: boolean[] } {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sets = ids.map(() => new Set<number>());
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    if (a === b) return;
    sets[a]!.add(b);
    sets[b]!.add(a);
  });
  return { ids, adjacency: sets.map((set) => [...set]), lead: ids.map((id) => graph.getNodeAttribute(id, 'lead') === true) };
}

type Adjacency = readonly ArrayLike<number>[];

/** Connected components by breadth-first search from each unseen node in node order. */
function connectedComponents(adjacency: Adjacency): number[][] {
  const seen = new Uint8Array(adjacency.length);
  const components: number[][] = [];
  for (let root = 0; root < adjacency.length; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    const component = [root];
    for (let head = 0; head < component.length; head++) {
      const list = adjacency[component[head]!]!;
      for (let k = 0; k < list.length; k++) {
        const v = list[k]!;
        if (!seen[v]) {
          seen[v] = 1;
          component.push(v);
        }
      }
    }
    components.push(component);
  }
  return components;
}

/**
 * Unnormalised pair betweenness of each node of a simple undirected graph by Brandes' algorithm
 * (each unordered pair once). Both methods give the same values; they differ in how they walk ties.
 */
export function betweennessOf(adjacency: Adjacency): Float64Array {
  const n = adjacency.length;
  let twiceM = 0;
  for (const list of adjacency) twiceM += list.length;
  // A bitset walk costs about n / 32 word operations per node and source, a list walk about
  // 2m / n per node and source (twice: forward and back): bitsets win once the mean degree passes n / 64.
  const dense = n >= 64 && twiceM / n > n / 64;
  return dense ? bitsetBrandes(adjacency) : listBrandes(adjacency);
}

/** Brandes over neighbour lists; dependencies accumulated as delta(v) = sigma(v) * sum over successors w of (1 + delta(w)) / sigma(w). */
export function listBrandes(adjacency: Adjacency): Float64Array {
  const n = adjacency.length;
  const result = new Float64Array(n);
  const order = new Int32Array(n);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = order[head]!;
      const list = adjacency[v]!;
      for (let k = 0; k < list.length; k++) {
        const w = list[k]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      const list = adjacency[w]!;
      for (let k = 0; k < list.length; k++) {
        const v = list[k]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * share;
      }
      result[w]! += delta[w]!;
    }
  }
  // Every unordered pair was counted from both ends.
  for (let i = 0; i < n; i++) result[i]! /= 2;
  return result;
}

/**
 * Brandes with each node's ties and each BFS level held as bitsets (32 nodes a word). Collaboration
 * graphs are dense (everyone at a meeting is tied to everyone else there), so a BFS from any member
 * reaches almost everyone in two or three levels. A level is then found and its path counts taken
 * word by word: from the rows of the level above when it is small, otherwise by testing each
 * unvisited node's row against the level above (Beamer's direction-optimising BFS). A path count is a
 * popcount when the level above has equal counts (always so for level 2). Accumulating, each level
 * pulls from the one below, or the smaller level below pushes up, so that only ties between
 * consecutive levels are walked one by one. Exact: the same sums as `listBrandes` in another order, so
 * equal up to rounding in the last bits.
 */
export function bitsetBrandes(adjacency: Adjacency): Float64Array {
  const n = adjacency.length;
  const words = (n + 31) >>> 5;
  const rows = new Int32Array(n * words);
  adjacency.forEach((list, v) => {
    for (let k = 0; k < list.length; k++) rows[v * words + (list[k]! >>> 5)]! |= 1 << (list[k]! & 31);
  });
  const result = new Float64Array(n);
  const levelBits = new Int32Array((n + 1) * words);
  const unvisited = new Int32Array(words);
  const candidates = new Int32Array(words);
  const order = new Int32Array(n);
  const levelStart = new Int32Array(n + 2);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const share = new Float64Array(n);
  // The paths from s to a node w two ties away are their common ties, the same from w to s: kept
  // from the lower of the two (0 until counted, as it stays for a pair with none).
  const common = n <= COMMON_TIES_LIMIT ? new Uint16Array(n * n) : undefined;
  const commonTies = (s: number, w: number): number => {
    if (common && w < s) return common[w * n + s]!;
    const count = popcountAnd(rows, w * words, rows, s * words, words);
    if (common) common[s * n + w] = count;
    return count;
  };
  const all = new Int32Array(words).fill(-1);
  if (n & 31) all[words - 1] = (1 << (n & 31)) - 1;

  for (let s = 0; s < n; s++) {
    unvisited.set(all);
    unvisited[s >>> 5]! ^= 1 << (s & 31);
    levelBits.fill(0, 0, words);
    levelBits[s >>> 5] = 1 << (s & 31);
    order[0] = s;
    sigma[s] = 1;
    levelStart[1] = 1;
    let levels = 1;
    for (;;) {
      const from = levelStart[levels - 1]!;
      const to = levelStart[levels]!;
      const above = (levels - 1) * words;
      const here = levels * words;
      if ((to - from) * 4 < n - to) {
        candidates.fill(0);
        for (let i = from; i < to; i++) {
          const row = order[i]! * words;
          for (let j = 0; j < words; j++) candidates[j]! |= rows[row + j]!;
        }
        for (let j = 0; j < words; j++) candidates[j]! &= unvisited[j]!;
      } else {
        candidates.set(unvisited);
      }
      levelBits.fill(0, here, here + words);
      const uniform = uniformValue(sigma, order, from, to);
      let tail = to;
      for (let j = 0; j < words; j++) {
        let word = candidates[j]!;
        while (word !== 0) {
          const low = word & -word;
          word ^= low;
          const w = (j << 5) + 31 - Math.clz32(low);
          const paths = levels === 1 ? (rows[w * words + (s >>> 5)]! & (1 << (s & 31)) ? 1 : 0) : levels === 2 ? commonTies(s, w) : uniform === undefined ? weightedSum(rows, w * words, levelBits, above, words, sigma) : uniform * popcountAnd(rows, w * words, levelBits, above, words);
          if (paths === 0) continue;
          sigma[w] = paths;
          order[tail++] = w;
          levelBits[here + j]! |= low;
        }
      }
      if (tail === to) break;
      for (let j = 0; j < words; j++) unvisited[j]! &= ~levelBits[here + j]!;
      levelStart[++levels] = tail;
    }
    for (let i = levelStart[levels - 1]!; i < levelStart[levels]!; i++) delta[order[i]!] = 0;
    for (let level = levels - 2; level >= 2; level--) accumulate(level);
    if (levels > 2) accumulateFirstLevel(s);
  }
  for (let i = 0; i < n; i++) result[i]! /= 2;
  return result;

  /** delta(v) = sigma(v) * sum of share(w) = (1 + delta(w)) / sigma(w) over v's ties w in the level below. */
  function accumulate(level: number): void {
    const from = levelStart[level]!;
    const to = levelStart[level + 1]!;
    const end = levelStart[level + 2]!;
    for (let i = to; i < end; i++) share[order[i]!] = (1 + delta[order[i]!]!) / sigma[order[i]!]!;
    if (end - to < to - from) {
      for (let i = from; i < to; i++) delta[order[i]!] = 0;
      for (let i = to; i < end; i++) addToTies(rows, order[i]! * words, levelBits, level * words, words, delta, share[order[i]!]!);
      for (let i = from; i < to; i++) delta[order[i]!]! *= sigma[order[i]!]!;
    } else {
      const uniform = uniformValue(share, order, to, end);
      for (let i = from; i < to; i++) {
        const v = order[i]!;
        delta[v] = sigma[v]! * (uniform === undefined ? weightedSum(rows, v * words, levelBits, (level + 1) * words, words, share) : uniform * popcountAnd(rows, v * words, levelBits, (level + 1) * words, words));
      }
    }
    for (let i = from; i < to; i++) result[order[i]!]! += delta[order[i]!]!;
  }

  /**
   * Level 1, where most of the work is: sigma is 1 there, so delta(v) is the sum of 1 / sigma(w) over
   * v's ties w in level 2, plus delta(w) / sigma(w). The first part, for the pair {s, w} at distance
   * 2, is the same from s as from w (1 / their common ties): it is counted once, from the lower of
   * the two, twice over. The second part is non-zero only for the few w with ties further out.
   */
  function accumulateFirstLevel(s: number): void {
    const to = levelStart[2]!;
    const end = levelStart[3]!;
    const level2 = 2 * words;
    // Keep only the w above s in level 2's bits, which nothing reads after this.
    levelBits.fill(0, level2, level2 + (s >>> 5));
    levelBits[level2 + (s >>> 5)]! &= ~((2 << (s & 31)) - 1);
    for (let i = to; i < end; i++) share[order[i]!] = 2 / sigma[order[i]!]!;
    for (let i = 1; i < to; i++) delta[order[i]!] = weightedSum(rows, order[i]! * words, levelBits, level2, words, share, s >>> 5);
    for (let i = to; i < end; i++) {
      const w = order[i]!;
      if (delta[w] !== 0) addToTies(rows, w * words, levelBits, words, words, delta, delta[w]! / sigma[w]!);
    }
    for (let i = 1; i < to; i++) result[order[i]!]! += delta[order[i]!]!;
  }
}

/** Members up to which common-tie counts are kept in a square table (8 MiB at the limit). */
const COMMON_TIES_LIMIT = 2048;

/** The value all of order[from..to) share in `values`, or undefined when they differ. */
function uniformValue(values: Float64Array, order: Int32Array, from: number, to: number): number | undefined {
  const first = values[order[from]!]!;
  for (let i = from + 1; i < to; i++) if (values[order[i]!] !== first) return undefined;
  return first;
}

/** Bits set in each 16-bit number: two look-ups count a word, about twice as fast as bit arithmetic here. */
const BITS = new Uint8Array(1 << 16);
for (let i = 1; i < BITS.length; i++) BITS[i] = BITS[i >>> 1]! + (i & 1);

/** Number of bits set in both the row of `a` at `rowA` and the row of `b` at `rowB`. */
function popcountAnd(a: Int32Array, rowA: number, b: Int32Array, rowB: number, words: number): number {
  let count = 0;
  for (let j = 0; j < words; j++) {
    const x = a[rowA + j]! & b[rowB + j]!;
    if (x !== 0) count += BITS[x & 0xffff]! + BITS[x >>> 16]!;
  }
  return count;
}

/** Sum of values[i] over the nodes i set in both rows (from word `first` on). */
function weightedSum(a: Int32Array, rowA: number, b: Int32Array, rowB: number, words: number, values: Float64Array, first = 0): number {
  let sum = 0;
  for (let j = first; j < words; j++) {
    let word = a[rowA + j]! & b[rowB + j]!;
    while (word !== 0) {
      const low = word & -word;
      sum += values[(j << 5) + 31 - Math.clz32(low)]!;
      word ^= low;
    }
  }
  return sum;
}

/** Adds `amount` to target[i] for the nodes i set in both rows. */
function addToTies(a: Int32Array, rowA: number, b: Int32Array, rowB: number, words: number, target: Float64Array, amount: number): void {
  for (let j = 0; j < words; j++) {
    let word = a[rowA + j]! & b[rowB + j]!;
    while (word !== 0) {
      const low = word & -word;
      target[(j << 5) + 31 - Math.clz32(low)]! += amount;
      word ^= low;
    }
  }
}

/**
 * Gini coefficient of non-negative values: sum_i sum_j |x_i - x_j| / (2 n^2 mean), computed from
 * the sorted values as 2 sum_i i x_(i) / (n sum x) - (n + 1) / n (i from 1). 0 when n = 0 or all are 0.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((sum, x) => sum + x, 0);
  if (n === 0 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, x, i) => sum + (i + 1) * x, 0);
  const g = (2 * weighted) / (n * total) - (n + 1) / n;
  return Math.abs(g) < 1e-12 ? 0 : g;
}

/** Single brokers alone (see GraphMetrics.brokers), without the cost of the other metrics. */
export function brokers(ids: readonly string[], adjacency: Adjacency): Broker[] {
  const search = depthFirst(adjacency);
  return brokersOf(ids, search, cutsOf(search).articulation);
}

function brokersOf(ids: readonly string[], search: Search, articulation: readonly number[]): Broker[] {
  return articulation
    .map((point) => ({ id: ids[point]!, dependants: dependantsOf(search, point).map((i) => ids[i]!).sort(compare) }))
    .sort((a, b) => b.dependants.length - a.dependants.length || compare(a.id, b.id));
}

/**
 * Articulation points and bridges of a simple undirected graph by Tarjan's DFS (discovery
 * time and low-link). A root is an articulation point when it has two or more DFS children;
 * another node u is one when some child v has low[v] >= disc[u]; the tree edge (u, v) is a
 * bridge when low[v] > disc[u].
 */
export function biconnectivity(adjacency: Adjacency): { articulation: number[]; bridges: [number, number][] } {
  return cutsOf(depthFirst(adjacency));
}

/** A depth-first search forest with Tarjan's low-links; `order` lists nodes by discovery time, so a subtree is a run of it. */
interface Search {
  readonly disc: Int32Array;
  readonly low: Int32Array;
  readonly parent: Int32Array;
  /** Nodes in the subtree of each node, itself included. */
  readonly size: Int32Array;
  readonly order: Int32Array;
  /** The root of each node's tree. */
  readonly root: Int32Array;
}

/** Written iteratively so that deep graphs do not overflow the stack. */
function depthFirst(adjacency: Adjacency): Search {
  const n = adjacency.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n).fill(1);
  const order = new Int32Array(n);
  const root = new Int32Array(n);
  const next = new Int32Array(n);
  let time = 0;
  for (let start = 0; start < n; start++) {
    if (disc[start] !== -1) continue;
    const visit = (v: number): void => {
      disc[v] = low[v] = time;
      order[time++] = v;
      root[v] = start;
    };
    visit(start);
    const stack = [start];
    while (stack.length > 0) {
      const u = stack[stack.length - 1]!;
      const neighbours = adjacency[u]!;
      if (next[u]! < neighbours.length) {
        const v = neighbours[next[u]!]!;
        next[u]! += 1;
        if (disc[v] === -1) {
          parent[v] = u;
          visit(v);
          stack.push(v);
        } else if (v !== parent[u]) {
          low[u] = Math.min(low[u]!, disc[v]!);
        }
      } else {
        stack.pop();
        const p = parent[u]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[u]!);
          size[p]! += size[u]!;
        }
      }
    }
  }
  return { disc, low, parent, size, order, root };
}

/** A child v separates from its parent u when no back edge from v's subtree climbs above u. */
function separates(search: Search, v: number): boolean {
  const u = search.parent[v]!;
  return u !== -1 && search.low[v]! >= search.disc[u]!;
}

function cutsOf(search: Search): { articulation: number[]; bridges: [number, number][] } {
  const { disc, low, parent, root } = search;
  const n = disc.length;
  const rootChildren = new Int32Array(n);
  const isArticulation = new Uint8Array(n);
  const bridges: [number, number][] = [];
  for (let v = 0; v < n; v++) {
    const p = parent[v]!;
    if (p === -1) continue;
    if (low[v]! > disc[p]!) bridges.push([p, v]);
    if (p === root[p]) rootChildren[p]! += 1;
    else if (separates(search, v)) isArticulation[p] = 1;
  }
  const articulation: number[] = [];
  for (let v = 0; v < n; v++) if (isArticulation[v] || rootChildren[v]! >= 2) articulation.push(v);
  return { articulation, bridges };
}

/**
 * The nodes cut off when an articulation point is removed: its component falls into the
 * subtrees of its separating children and, unless it is the root, the part holding its parent.
 * The largest part stays; on a tie, the one holding the lowest node index (the parent's part
 * holds the root, the lowest node of the component, as roots are taken in index order).
 */
function dependantsOf(search: Search, point: number): number[] {
  const { disc, parent, size, order, root } = search;
  const start = disc[root[point]!]!;
  const end = start + size[root[point]!]!;
  // Child parts are runs of `order`; the parent's part (from -1) is the rest of the component.
  const pieces: { from: number; size: number; lowest: number }[] = [];
  for (let i = disc[point]! + 1; i < disc[point]! + size[point]!; i += size[order[i]!]!) {
    if (separates(search, order[i]!)) pieces.push({ from: i, size: size[order[i]!]!, lowest: order.subarray(i, i + size[order[i]!]!).reduce((a, b) => Math.min(a, b)) });
  }
  const inChild = (i: number): boolean => pieces.some((piece) => piece.from >= 0 && piece.from <= i && i < piece.from + piece.size);
  const childNodes = pieces.reduce((sum, piece) => sum + piece.size, 0);
  if (parent[point] !== -1) pieces.push({ from: -1, size: end - start - 1 - childNodes, lowest: root[point]! });
  const kept = pieces.reduce((best, piece) => (piece.size > best.size || (piece.size === best.size && piece.lowest < best.lowest) ? piece : best));
  const result: number[] = [];
  for (const piece of pieces) {
    if (piece === kept) continue;
    if (piece.from >= 0) for (let i = piece.from; i < piece.from + piece.size; i++) result.push(order[i]!);
    else for (let i = start; i < end; i++) if (order[i] !== point && !inChild(i)) result.push(order[i]!);
  }
  return result;
}

/**
 * Core number of each node of a simple undirected graph, by Batagelj and Zaversnik's O(m)
 * algorithm ("An O(m) algorithm for cores decomposition of networks", 2003): nodes bucket-sorted
 * by degree, taken in increasing order, each lowering its not-yet-taken neighbours by one.
 */
export function coreNumbers(adjacency: Adjacency): number[] {
  const n = adjacency.length;
  const deg = adjacency.map((list) => list.length);
  const maxDeg = n === 0 ? 0 : maxOf(deg);
  const bin = new Array<number>(maxDeg + 1).fill(0);
  for (const d of deg) bin[d]! += 1;
  let start = 0;
  for (let d = 0; d <= maxDeg; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const vert = new Array<number>(n).fill(0);
  const pos = new Array<number>(n).fill(0);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]!]!;
    vert[pos[v]!] = v;
    bin[deg[v]!]! += 1;
  }
  for (let d = maxDeg; d >= 1; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    const list = adjacency[v]!;
    for (let k = 0; k < list.length; k++) {
      const u = list[k]!;
      if (deg[u]! > deg[v]!) {
        const du = deg[u]!;
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]! += 1;
        deg[u] = du - 1;
      }
    }
  }
  return deg;
}
