import assert from 'node:assert/strict';
import { UndirectedGraph } from 'graphology';
import { graphMetrics } from '../../../src/core/health/graph-metrics';

/** A graph with its nodes added in the order given, then its ties. */
function graphOf(nodes: readonly string[], edges: readonly (readonly [string, string])[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node);
  for (const [a, b] of edges) graph.addEdge(a, b);
  return graph;
}

describe('health: graph metrics list ids sorted, whatever the node order', () => {
  it('isolates added last-first come out sorted', () => {
    const metrics = graphMetrics(graphOf(['zed', 'yan', 'a', 'b', 'xia'], [['a', 'b']]));
    assert.deepEqual(metrics.isolates, ['xia', 'yan', 'zed']);
  });

  it("a star's bridges, all from the centre, come out sorted by their other end", () => {
    // The leaves are added last-first, so the search meets them in reverse order.
    const metrics = graphMetrics(graphOf(['a', 'e', 'd', 'c', 'b'], [['a', 'e'], ['a', 'd'], ['a', 'c'], ['a', 'b']]));
    assert.deepEqual(metrics.bridges, [['a', 'b'], ['a', 'c'], ['a', 'd'], ['a', 'e']]);
    assert.deepEqual(metrics.articulationPoints, ['a']);
    // A path added from its far end: bridges a-b and b-c share b, b-c and c-d share c.
    const path = graphMetrics(graphOf(['d', 'c', 'b', 'a'], [['d', 'c'], ['c', 'b'], ['b', 'a']]));
    assert.deepEqual(path.bridges, [['a', 'b'], ['b', 'c'], ['c', 'd']]);
  });
});
