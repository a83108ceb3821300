import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { loadNetwork } from '../../../src/core/check';
import type { Network } from '../../../src/core/network';
import { buildCollaborationGraph } from '../../../src/core/health/graph';
import { AsOfFacts } from '../../../src/core/health/facts';
import { biconnectivity, coreNumbers, gini, graphMetrics } from '../../../src/core/health/graph-metrics';
import { MemoryWorkspace } from '../../helpers/memory-workspace';
import { md } from '../network-builder';

const ROOT = '/ws/net';
const TODAY = '2026-11-27';

function graphOf(edges: readonly (readonly [string | number, string | number])[], nodes: readonly (string | number)[] = []): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.mergeNode(String(node));
  for (const [a, b] of edges) graph.mergeEdge(String(a), String(b));
  return graph;
}

function close(actual: number, expected: number, message?: string): void {
  assert.ok(Math.abs(actual - expected) <= 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
}

/** Zachary's karate club (1977): 34 members, 78 ties, 0-based as in NetworkX's karate_club_graph(). */
const KARATE: readonly (readonly [number, number])[] = [
  [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 10], [0, 11], [0, 12], [0, 13], [0, 17], [0, 19], [0, 21], [0, 31],
  [1, 2], [1, 3], [1, 7], [1, 13], [1, 17], [1, 19], [1, 21], [1, 30],
  [2, 3], [2, 7], [2, 8], [2, 9], [2, 13], [2, 27], [2, 28], [2, 32],
  [3, 7], [3, 12], [3, 13], [4, 6], [4, 10], [5, 6], [5, 10], [5, 16], [6, 16],
  [8, 30], [8, 32], [8, 33], [9, 33], [13, 33], [14, 32], [14, 33], [15, 32], [15, 33], [18, 32], [18, 33], [19, 33],
  [20, 32], [20, 33], [22, 32], [22, 33], [23, 25], [23, 27], [23, 29], [23, 32], [23, 33], [24, 25], [24, 27], [24, 31],
  [25, 31], [26, 29], [26, 33], [27, 33], [28, 31], [28, 33], [29, 32], [29, 33], [30, 32], [30, 33], [31, 32], [31, 33], [32, 33],
];

describe('health: graph metrics', () => {
  it('gives zeros and empty lists, never NaN, for the empty and the one-node graph', () => {
    for (const graph of [graphOf([]), graphOf([], ['solo'])]) {
      const metrics = graphMetrics(graph);
      for (const [key, value] of Object.entries(metrics)) if (typeof value === 'number') assert.ok(Number.isFinite(value), `${key} is ${value}`);
      assert.equal(metrics.density, 0);
      assert.equal(metrics.degreeCentralisation, 0);
      assert.equal(metrics.betweennessCentralisation, 0);
      assert.equal(metrics.degreeGini, 0);
      assert.equal(metrics.maxCore, 0);
      assert.deepEqual(metrics.articulationPoints, []);
      assert.deepEqual(metrics.bridges, []);
      assert.equal(metrics.leadsInMaxCore, undefined);
    }
    const one = graphMetrics(graphOf([], ['solo']));
    assert.deepEqual(one.isolates, ['solo']);
    assert.deepEqual(one.componentSizes, [1]);
    assert.deepEqual(one.largestComponent, ['solo']);
    assert.deepEqual(graphMetrics(graphOf([])).componentSizes, []);
  });

  it('star of 5: fully centralised, the centre the only broker, every tie a bridge', () => {
    const metrics = graphMetrics(graphOf([['c', 'a'], ['c', 'b'], ['c', 'd'], ['c', 'e']]));
    assert.equal(metrics.nodes, 5);
    assert.equal(metrics.edges, 4);
    close(metrics.density, 0.4);
    close(metrics.degreeCentralisation, 1);
    close(metrics.betweennessCentralisation, 1);
    close(metrics.betweenness.c!, 1);
    assert.deepEqual(metrics.articulationPoints, ['c']);
    assert.deepEqual(metrics.bridges, [['a', 'c'], ['b', 'c'], ['c', 'd'], ['c', 'e']]);
    assert.deepEqual(metrics.coreNumber, { a: 1, b: 1, c: 1, d: 1, e: 1 });
    assert.equal(metrics.maxCore, 1);
    // Degrees 4,1,1,1,1 (mean 1.6): sum over ordered pairs |x_i - x_j| = 2 * 4 * 3 = 24; 24 / (2 * 25 * 1.6) = 0.3.
    close(metrics.degreeGini, 0.3);
    assert.deepEqual(metrics.isolates, []);
    assert.deepEqual(metrics.componentSizes, [5]);
  });

  it('complete graph K5: density 1, no centralisation, no brokers or bridges, all in the 4-core', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e'];
    const edges: [string, string][] = [];
    nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => edges.push([a, b])));
    const metrics = graphMetrics(graphOf(edges));
    assert.equal(metrics.edges, 10);
    close(metrics.density, 1);
    close(metrics.degreeCentralisation, 0);
    close(metrics.betweennessCentralisation, 0);
    assert.deepEqual(metrics.articulationPoints, []);
    assert.deepEqual(metrics.bridges, []);
    assert.deepEqual(metrics.coreNumber, { a: 4, b: 4, c: 4, d: 4, e: 4 });
    assert.equal(metrics.maxCore, 4);
    assert.equal(metrics.degreeGini, 0);
  });

  it('path of 5 a-b-c-d-e: hand-computed values', () => {
    // n = 5, m = 4; density = 2*4 / (5*4) = 0.4.
    // Degrees 1,2,2,2,1; max 2; sum(max - deg) = 1+0+0+0+1 = 2; / ((n-1)(n-2) = 12) = 1/6.
    // Pair betweenness: a 0; b {a,c},{a,d},{a,e} = 3; c {a,d},{a,e},{b,d},{b,e} = 4; d 3; e 0.
    // max 4; sum(4 - b) = 4+1+0+1+4 = 10; / ((n-1)^2 (n-2) / 2 = 24) = 5/12.
    // Normalised betweenness b * 2 / 12: b 0.5, c 2/3, d 0.5.
    // Brokers b, c, d; every tie a bridge; everyone in the 1-core.
    // Gini of 1,1,2,2,2 (mean 1.6): 6 unlike pairs, ordered 12, each |diff| 1; 12 / (2 * 25 * 1.6) = 0.15.
    const metrics = graphMetrics(graphOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]));
    close(metrics.density, 0.4);
    close(metrics.degreeCentralisation, 1 / 6);
    close(metrics.betweennessCentralisation, 5 / 12);
    close(metrics.betweenness.a!, 0);
    close(metrics.betweenness.b!, 0.5);
    close(metrics.betweenness.c!, 2 / 3);
    assert.deepEqual(metrics.degree, { a: 1, b: 2, c: 2, d: 2, e: 1 });
    assert.deepEqual(metrics.articulationPoints, ['b', 'c', 'd']);
    assert.deepEqual(metrics.bridges, [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
    assert.deepEqual(metrics.isolates, []);
    assert.deepEqual(metrics.componentSizes, [5]);
    assert.deepEqual(metrics.largestComponent, ['a', 'b', 'c', 'd', 'e']);
    assert.equal(metrics.maxCore, 1);
    assert.deepEqual(metrics.maxCoreNodes, ['a', 'b', 'c', 'd', 'e']);
    close(metrics.degreeGini, 0.15);
  });

  it("Zachary's karate club matches NetworkX 3 (an independent implementation)", () => {
    // Reference values from NetworkX: nx.density, nx.betweenness_centrality (normalised),
    // nx.degree_centrality, nx.core_number, nx.articulation_points, nx.bridges on
    // nx.karate_club_graph(); the centralisations and Gini by this module's formulas over
    // NetworkX's degrees and unnormalised betweenness.
    const metrics = graphMetrics(graphOf(KARATE));
    assert.equal(metrics.nodes, 34);
    assert.equal(metrics.edges, 78);
    close(metrics.density, 0.13903743315508021);
    close(metrics.betweenness['0']!, 0.43763528138528146);
    close(metrics.betweenness['33']!, 0.30407497594997596);
    close(metrics.betweenness['32']!, 0.145247113997114);
    close(metrics.betweenness['2']!, 0.14365680615680618);
    close(metrics.degree['0']! / 33, 0.48484848484848486);
    close(metrics.degree['33']! / 33, 0.5151515151515151);
    assert.equal(metrics.maxCore, 4);
    assert.deepEqual(metrics.maxCoreNodes, ['0', '1', '13', '2', '3', '30', '32', '33', '7', '8']);
    assert.deepEqual(metrics.articulationPoints, ['0']);
    assert.deepEqual(metrics.bridges, [['0', '11']]);
    close(metrics.degreeCentralisation, 0.3996212121212121);
    close(metrics.betweennessCentralisation, 0.40555719532992257);
    close(metrics.degreeGini, 0.38536953242835614);
  });

  it('counts isolates and components, and ignores weights', () => {
    const graph = graphOf([['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e']], ['f']);
    graph.setEdgeAttribute('a', 'b', 'weight', 100);
    const metrics = graphMetrics(graph);
    assert.deepEqual(metrics.isolates, ['f']);
    assert.deepEqual(metrics.componentSizes, [3, 2, 1]);
    assert.deepEqual(metrics.largestComponent, ['a', 'b', 'c']);
    assert.deepEqual(metrics.bridges, [['d', 'e']]);
    assert.deepEqual(metrics.articulationPoints, []);
    assert.deepEqual(metrics.coreNumber, { a: 2, b: 2, c: 2, d: 1, e: 1, f: 0 });
    // With a weight of 100 on a-b, weighted shortest paths would route a-c-b; unweighted, nobody brokers.
    assert.deepEqual(metrics.betweenness, { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 });
  });

  it('says whether the leads are in the max core', () => {
    const graph = graphOf([['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']]);
    graph.setNodeAttribute('a', 'lead', true);
    assert.equal(graphMetrics(graph).leadsInMaxCore, true);
    graph.setNodeAttribute('d', 'lead', true);
    const metrics = graphMetrics(graph);
    assert.deepEqual(metrics.leads, ['a', 'd']);
    assert.equal(metrics.leadsInMaxCore, false);
  });

  it('helpers: the first node searched is a cut point when its removal splits the graph, however few it splits off', () => {
    // Node 0, where the search starts, in the middle of a path of three; at the end of one; at the centre of a star of four.
    assert.deepEqual(biconnectivity([[1, 2], [0], [0]]), { articulation: [0], bridges: [[0, 1], [0, 2]] });
    assert.deepEqual(biconnectivity([[1], [0, 2], [1]]), { articulation: [1], bridges: [[0, 1], [1, 2]] });
    assert.deepEqual(biconnectivity([[1, 2, 3], [0], [0], [0]]).articulation, [0]);
    // In a triangle, nothing.
    assert.deepEqual(biconnectivity([[1, 2], [0, 2], [0, 1]]), { articulation: [], bridges: [] });
  });

  it('helpers: Tarjan on a deep path does not overflow; core numbers and Gini', () => {
    const n = 20000;
    const adjacency = Array.from({ length: n }, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < n));
    const { articulation, bridges } = biconnectivity(adjacency);
    assert.equal(articulation.length, n - 2);
    assert.equal(bridges.length, n - 1);
    assert.deepEqual(coreNumbers([]), []);
    assert.equal(gini([0, 0, 0]), 0);
    close(gini([0, 0, 0, 1]), 0.75);
  });
});

function member(name: string, organisation: string, joined: string, extra: readonly string[] = []): string {
  return md([`name: ${name}`, `organisation: ${organisation}`, `joined: ${joined}`, ...extra]);
}

async function networkOf(files: Readonly<Record<string, string>>): Promise<Network> {
  const workspace = new MemoryWorkspace();
  for (const [relative, content] of Object.entries(files)) workspace.write(posix.join(ROOT, relative), content);
  return (await loadNetwork(workspace, ROOT)).network;
}

const list = (key: string, ids: readonly string[]): string[] => [`${key}:`, ...ids.map((id) => `  - ${id}`)];

function collaborationFiles(): Record<string, string> {
  return {
    'CHARTER.md': md(['name: Test Network', 'phase: ongoing', 'established: 2025-01-01']),
    'members/ann.md': member('Ann', 'Org A', '2025-01-01', ['roles:', '  - role: lead', '    from: 2025-01-01', '    until: 2027-01-01']),
    'members/ben.md': member('Ben', 'Org B', '2025-01-01', ['roles:', '  - role: co-chair', '    from: 2025-01-01', '    until: 2026-01-31']),
    'members/cat.md': member('Cat', 'Org A', '2025-01-01', ['roles:', '  - role: sponsor', '    from: 2025-01-01']),
    'members/dan.md': member('Dan', 'Org C', '2025-01-01', ['left: 2026-06-30']),
    'members/eve.md': member('Eve', 'Org B', '2026-10-01'),
    'members/fay.md': member('Fay', 'Org C', '2025-01-01'),
    // Ann owns; Ben and Dan contribute; "ghost" is no member and is ignored.
    'actions/2026-01-10-a1.md': md(['title: A1', 'status: in-progress', 'proposed_by: ann', 'proposed: 2026-01-10', ...list('owners', ['ann']), ...list('contributors', ['ben', 'dan', 'ghost'])]),
    // Proposed after today: not counted.
    'actions/2026-12-01-a2.md': md(['title: A2', 'status: proposed', 'proposed_by: ann', 'proposed: 2026-12-01', ...list('owners', ['ann', 'cat'])]),
    'meetings/2026-02-01-m1.md': md(['date: 2026-02-01', 'type: core', 'facilitator: ann', ...list('attendees', ['ann', 'ben', 'cat'])]),
    // Ben facilitates without being listed as an attendee: he still counts.
    'meetings/2026-11-01-m2.md': md(['date: 2026-11-01', 'type: core', 'facilitator: ben', ...list('attendees', ['ann', 'eve'])]),
    // After today: not counted.
    'meetings/2026-12-05-m3.md': md(['date: 2026-12-05', 'type: core', ...list('attendees', ['cat', 'fay'])]),
  };
}

/** The collaboration graph of working ties on a day. */
function graphOn(network: Network, day: string): ReturnType<typeof buildCollaborationGraph> {
  return buildCollaborationGraph(new AsOfFacts(network, day));
}

function edgeList(graph: ReturnType<typeof buildCollaborationGraph>): string[] {
  return graph.mapEdges((_edge, attributes, source, target) => `${[source, target].sort().join('-')} ${attributes.weight}`).sort();
}

describe('health: collaboration graph', () => {
  it('as of today: current members only, ties weighted by shared actions and meetings', async () => {
    const graph = graphOn(await networkOf(collaborationFiles()), TODAY);
    assert.deepEqual(graph.nodes().sort(), ['ann', 'ben', 'cat', 'eve', 'fay']);
    // ann-ben: a1, m1, m2; dan (left) and ghost (no member) ignored; a2 and m3 are after today.
    assert.deepEqual(edgeList(graph), ['ann-ben 3', 'ann-cat 1', 'ann-eve 1', 'ben-cat 1', 'ben-eve 1']);
    assert.deepEqual(graph.getNodeAttributes('ann'), { organisation: 'Org A', lead: true });
    assert.deepEqual(graph.getNodeAttributes('ben'), { organisation: 'Org B', lead: false });
    assert.equal(graph.getNodeAttribute('cat', 'lead'), false);
    const metrics = graphMetrics(graph);
    assert.deepEqual(metrics.isolates, ['fay']);
    assert.deepEqual(metrics.leads, ['ann']);
    assert.equal(metrics.leadsInMaxCore, true);
  });

  it('respects the as-of date for members, roles, actions and meetings', async () => {
    const network = await networkOf(collaborationFiles());
    const march = graphOn(network, '2026-03-01');
    // Eve has not joined; Dan has not left yet; Ben's co-chair term ended on 31 Jan.
    assert.deepEqual(march.nodes().sort(), ['ann', 'ben', 'cat', 'dan', 'fay']);
    assert.deepEqual(edgeList(march), ['ann-ben 2', 'ann-cat 1', 'ann-dan 1', 'ben-cat 1', 'ben-dan 1']);
    assert.equal(march.getNodeAttribute('ben', 'lead'), false);

    const early = graphOn(network, '2025-06-01');
    assert.equal(early.size, 0);
    assert.equal(early.getNodeAttribute('ben', 'lead'), true);

    // On the day Dan leaves he is no longer a member; the day before he is.
    assert.equal(graphOn(network, '2026-06-30').hasNode('dan'), false);
    assert.equal(graphOn(network, '2026-06-29').hasNode('dan'), true);

    const later = graphOn(network, '2026-12-31');
    assert.deepEqual(edgeList(later), ['ann-ben 3', 'ann-cat 2', 'ann-eve 1', 'ben-cat 1', 'ben-eve 1', 'cat-fay 1']);
    assert.equal(later.getNodeAttribute('ann', 'lead'), true);
  });
});

describe('health: collaboration graph organisations', () => {
  it('reads an organisation written with spaces round it as the same organisation, and a placeholder as none', async () => {
    const files = collaborationFiles();
    files['members/cat.md'] = member('Cat', '"  Org A  "', '2025-01-01');
    files['members/fay.md'] = member('Fay', 'Not recorded', '2025-01-01');
    const graph = graphOn(await networkOf(files), TODAY);
    assert.deepEqual(graph.getNodeAttributes('cat'), { organisation: 'Org A', lead: false });
    assert.equal(graph.getNodeAttribute('fay', 'organisation'), undefined);
  });
});
