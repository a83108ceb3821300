import assert from 'node:assert/strict';
import { layoutPositions } from '../../../src/core/health/graph-layout';

describe('health: graph layout positions', () => {
  it('lays out a small graph exactly as before: seeded starts spread over a square 100 wide, then the force layout', () => {
    // A triangle with a tail of two. Keys used by no other test, so the layout is worked out here, not taken from the last one kept.
    const keys = ['pinned-ann', 'pinned-bob', 'pinned-cat', 'pinned-dan', 'pinned-eve'];
    const edges = [
      { source: 0, target: 1, weight: 1 },
      { source: 1, target: 2, weight: 1 },
      { source: 2, target: 0, weight: 1 },
      { source: 2, target: 3, weight: 1 },
      { source: 3, target: 4, weight: 1 },
    ];
    const { x, y } = layoutPositions(keys, edges);
    const rounded = (values: readonly number[]): number[] => values.map((v) => Math.round(v * 1000) / 1000);
    assert.deepEqual([rounded(x), rounded(y)], [
      [0.53, 0.706, 0.521, 0.404, 0.339],
      [0.158, 0.234, 0.425, 0.74, 0.942],
    ]);
  });
});
