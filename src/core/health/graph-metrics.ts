/**
 * Structural metrics of a collaboration graph (the Connectivity dimension of
 * network-model.md), computed on the UNWEIGHTED undirected graph: edge weights
 * are ignored throughout. Every result is a plain number, id or array, and no
 * result is NaN: empty and one-node graphs give zeros and empty lists.
 *
 * Sources of the algorithms:
 * - betweenness: graphology-metrics (Brandes), unweighted;
 * - connected components: graphology-components;
 * - articulation points and bridges: graphology's standard library has no
 *   biconnectivity (graphology-components offers connected and strongly
 *   connected components only), so a small iterative Tarjan DFS is written here;
 * - k-cores: graphology-metrics has no core decomposition, so the
 *   Batagelj-Zaversnik O(m) bin sort is written here.
 */
import type Graph from 'graphology-types';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { connectedComponents } from 'graphology-components';

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

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function graphMetrics(graph: Graph): GraphMetrics {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  // Adjacency as index lists, each neighbour once and no self-loops: the simple unweighted graph.
  const adjacency: number[][] = ids.map((id) => [...new Set(graph.neighbors(id))].filter((other) => other !== id).map((other) => index.get(other)!));
  const degrees = adjacency.map((list) => list.length);
  const m = degrees.reduce((sum, d) => sum + d, 0) / 2;

  const density = n < 2 ? 0 : (2 * m) / (n * (n - 1));

  const maxDegree = n === 0 ? 0 : Math.max(...degrees);
  const degreeCentralisation = n < 3 ? 0 : degrees.reduce((sum, d) => sum + (maxDegree - d), 0) / ((n - 1) * (n - 2));

  // Unnormalised betweenness of an undirected graph counts each unordered pair {s, t} once:
  // b_i = sum over s < t, s, t != i of sigma_st(i) / sigma_st. Its largest possible value, at the
  // centre of a star, is (n-1)(n-2)/2, and the star maximises sum(max b - b_i) at
  // (n-1) * (n-1)(n-2)/2 = (n-1)^2 (n-2) / 2, the denominator of Freeman's centralisation.
  // getEdgeWeight: null makes graphology-metrics ignore `weight` (BFS, not Dijkstra).
  const raw: Record<string, number> = n === 0 ? {} : betweennessCentrality(graph, { normalized: false, getEdgeWeight: null });
  const pairBetweenness = ids.map((id) => raw[id] ?? 0);
  const maxBetweenness = n === 0 ? 0 : Math.max(...pairBetweenness);
  const betweennessCentralisation = n < 3 ? 0 : pairBetweenness.reduce((sum, b) => sum + (maxBetweenness - b), 0) / (((n - 1) ** 2 * (n - 2)) / 2);

  const degree: Record<string, number> = {};
  const betweenness: Record<string, number> = {};
  ids.forEach((id, i) => {
    degree[id] = degrees[i]!;
    betweenness[id] = n < 3 ? 0 : (pairBetweenness[i]! * 2) / ((n - 1) * (n - 2));
  });

  const isolates = ids.filter((_, i) => degrees[i] === 0).sort(compare);

  const components = n === 0 ? [] : connectedComponents(graph);
  const componentSizes = components.map((component) => component.length).sort((a, b) => b - a);
  let largest: string[] = [];
  for (const component of components) if (component.length > largest.length) largest = component;

  const { articulation, bridges } = biconnectivity(adjacency);
  const cores = coreNumbers(adjacency);
  const maxCore = n === 0 ? 0 : Math.max(...cores);
  const coreNumber: Record<string, number> = {};
  ids.forEach((id, i) => (coreNumber[id] = cores[i]!));
  const maxCoreNodes = ids.filter((_, i) => cores[i] === maxCore).sort(compare);
  const inMaxCore = new Set(maxCoreNodes);
  const leads = ids.filter((id) => graph.getNodeAttribute(id, 'lead') === true).sort(compare);

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
    largestComponent: [...largest].sort(compare),
    articulationPoints: articulation.map((i) => ids[i]!).sort(compare),
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

/**
 * Articulation points and bridges of a simple undirected graph by Tarjan's DFS (discovery
 * time and low-link), written iteratively so deep graphs do not overflow the stack.
 * A root is an articulation point when it has two or more DFS children; another node u is
 * one when some child v has low[v] >= disc[u]; the tree edge (u, v) is a bridge when low[v] > disc[u].
 */
export function biconnectivity(adjacency: readonly (readonly number[])[]): { articulation: number[]; bridges: [number, number][] } {
  const n = adjacency.length;
  const disc = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const parent = new Array<number>(n).fill(-1);
  const next = new Array<number>(n).fill(0);
  const isArticulation = new Array<boolean>(n).fill(false);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    disc[root] = low[root] = time++;
    const stack = [root];
    while (stack.length > 0) {
      const u = stack[stack.length - 1]!;
      const neighbours = adjacency[u]!;
      if (next[u]! < neighbours.length) {
        const v = neighbours[next[u]!++]!;
        if (disc[v] === -1) {
          parent[v] = u;
          disc[v] = low[v] = time++;
          if (u === root) rootChildren++;
          stack.push(v);
        } else if (v !== parent[u]) {
          low[u] = Math.min(low[u]!, disc[v]!);
        }
      } else {
        stack.pop();
        const p = parent[u]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[u]!);
          if (low[u]! > disc[p]!) bridges.push([p, u]);
          if (p !== root && low[u]! >= disc[p]!) isArticulation[p] = true;
        }
      }
    }
    if (rootChildren >= 2) isArticulation[root] = true;
  }
  const articulation: number[] = [];
  isArticulation.forEach((flag, i) => flag && articulation.push(i));
  return { articulation, bridges };
}

/**
 * Core number of each node of a simple undirected graph, by Batagelj and Zaversnik's O(m)
 * algorithm ("An O(m) algorithm for cores decomposition of networks", 2003): nodes bucket-sorted
 * by degree, taken in increasing order, each lowering its not-yet-taken neighbours by one.
 */
export function coreNumbers(adjacency: readonly (readonly number[])[]): number[] {
  const n = adjacency.length;
  const deg = adjacency.map((list) => list.length);
  const maxDeg = n === 0 ? 0 : Math.max(...deg);
  const bin = new Array<number>(maxDeg + 1).fill(0);
  for (const d of deg) bin[d]!++;
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
    bin[deg[v]!]!++;
  }
  for (let d = maxDeg; d >= 1; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (const u of adjacency[v]!) {
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
        bin[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return deg;
}
