import assert from 'node:assert/strict';
import { placeLabels } from '../../../src/core/health/graph-labels';

const bounds = { left: 0, top: 0, right: 1000, bottom: 1000 };
const metrics = { fontSize: 20, gap: 5, bounds };

describe('health: graph labels beside and near other nodes', () => {
  it('labels two nodes side by side, far enough apart, both above', () => {
    // 'Ann' is 40 units wide: boxes 480-520 and 580-620 at the same height do not overlap.
    const placed = placeLabels(
      [
        { id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 },
        { id: 'b', text: 'Ann', x: 600, y: 500, radius: 10 },
      ],
      metrics,
    );
    assert.deepEqual(
      placed.map((label) => `${label.id} ${label.anchor} ${label.box.left}-${label.box.right} ${label.box.top}-${label.box.bottom}`),
      ['a middle 480-520 461-485', 'b middle 580-620 461-485'],
    );
  });

  it('lets two labels touch edge to edge: only an overlap moves one', () => {
    // Boxes 480-520 and 520-560 share an edge; at 519 the second overlaps the first and goes below its node.
    const pair = (x: number) =>
      placeLabels(
        [
          { id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 },
          { id: 'b', text: 'Ann', x, y: 500, radius: 10 },
        ],
        metrics,
      ).map((label) => `${label.id} ${label.box.left}-${label.box.right} ${label.box.top}-${label.box.bottom}`);
    assert.deepEqual(pair(540), ['a 480-520 461-485', 'b 520-560 461-485']);
    assert.deepEqual(pair(539), ['a 480-520 461-485', 'b 519-559 515-539']);
  });

  it('moves a label off a node whose edge it would cover, though the node is centred outside the box', () => {
    // The box above runs from y 461 to 485; a node at y 455 with radius 8 reaches down to 463.
    const [label] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 }], { ...metrics, obstacles: [{ x: 500, y: 455, radius: 8 }] });
    assert.deepEqual(label!.box, { left: 480, top: 515, right: 520, bottom: 539 });
    // With radius 5 it stops at 460, clear of the box: the label stays above.
    const [clear] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 }], { ...metrics, obstacles: [{ x: 500, y: 455, radius: 5 }] });
    assert.equal(clear!.box.top, 461);
  });

  it('places a label whose box starts exactly at the top edge of the bounds above its node', () => {
    // The box above runs from y 39 - 10 - 5 - 24 = 0 to 24: just inside.
    const [label] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 39, radius: 10 }], metrics);
    assert.deepEqual([label!.anchor, label!.box.top], ['middle', 0]);
  });

  it('sets the baseline of a label to the right of its node a quarter of the font size above the bottom of its box', () => {
    // Bounds 24 high round the node: no room above or below, so the label goes to the right.
    const [label] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 }], { ...metrics, bounds: { left: 0, top: 488, right: 1000, bottom: 512 } });
    assert.deepEqual([label!.anchor, label!.x, label!.y, label!.box.bottom], ['start', 515, 507, 512]);
  });
});
