import assert from 'node:assert/strict';
import { builtInChecklist } from '../../../src/core/health/checklist';
import { centreOf, graphStory, median, type StoryMember } from '../../../src/core/health/graph-story';
import { overlaps, placeLabels, textWidth, type LabelRequest } from '../../../src/core/health/graph-labels';
import { buildPanelData } from '../../../src/core/health/panel-data';
import { MIN_COUNT } from '../../../src/core/pulse/suppression';
import { scenarioNetwork, scenarioWorkspace } from './scenarios/scenario';

const DAY = '2026-11-27';

async function storyOf(scenario: string): Promise<{ centre: string[]; edge: number; sentence: string; labelled: string[] }> {
  const network = await scenarioNetwork(scenarioWorkspace(scenario));
  const { graph } = buildPanelData(network, builtInChecklist(), { asOf: DAY, present: DAY, trendMonths: 0 });
  const name = new Map(graph.nodes.map((node) => [node.id, node.label]));
  return { centre: graph.story.centre.map((id) => name.get(id) ?? id), edge: graph.story.edge.length, sentence: graph.story.sentence, labelled: graph.story.labelled.map((id) => name.get(id) ?? id) };
}

/** Members named m0, m1, ... with the given numbers of ties; `leads` by index. */
function members(ties: readonly number[], leads: readonly number[] = []): StoryMember[] {
  return ties.map((count, i) => ({ id: `m${i}`, name: `M${i}`, ties: count, lead: leads.includes(i) }));
}

describe('health: graph story', () => {
  it('hub and spoke: names the coordinator as the centre and the other 19 at the edge', async () => {
    const story = await storyOf('hub-and-spoke');
    assert.deepEqual(story.centre, ['Rosa Fairweather']);
    assert.equal(story.edge, 19);
    assert.equal(story.sentence, 'Most ties run through Rosa Fairweather (at least twice the median of 1 tie); 19 members have one tie or none.');
    assert.equal(story.labelled[0], 'Rosa Fairweather');
  });

  it('mixed groups and the small co-chaired network are flat: no centre, said honestly; the co-chairs are still labelled as leads', async () => {
    const mixed = await storyOf('mixed-groups');
    assert.deepEqual(mixed.centre, []);
    assert.equal(mixed.sentence, 'No one stands out at the centre: nobody has twice the median of 12 ties, so ties are spread across the network; every member has at least two ties.');
    const chairs = await storyOf('co-chairs');
    assert.deepEqual(chairs.centre, []);
    assert.equal(chairs.edge, 0);
    assert.equal(chairs.labelled.length, 5);
  });

  it('a network run through two co-chairs names both, most ties first', () => {
    // Two hubs tied to each other and to four members each; the spokes have one tie.
    const story = graphStory(members([1, 1, 1, 1, 5, 1, 1, 1, 1, 5], [4, 9]), MIN_COUNT);
    assert.deepEqual(story.centre, ['m4', 'm9']);
    assert.deepEqual(story.edge, ['m0', 'm1', 'm2', 'm3', 'm5', 'm6', 'm7', 'm8']);
    assert.equal(story.sentence, 'Most ties run through M4 and M9 (at least twice the median of 1 tie); 8 members have one tie or none.');
  });

  it('orders two centre members of the same name and ties by id, whatever order they come in', () => {
    const namesake = (id: string): StoryMember => ({ id, name: 'Sam Lee', ties: 6, lead: false });
    const spokes = ['s1', 's2', 's3', 's4'].map((id): StoryMember => ({ id, name: id, ties: 1, lead: false }));
    assert.deepEqual(centreOf([namesake('sam-lee-2'), namesake('sam-lee'), ...spokes], MIN_COUNT).map((m) => m.id), ['sam-lee', 'sam-lee-2']);
    assert.deepEqual(centreOf([namesake('sam-lee'), namesake('sam-lee-2'), ...spokes], MIN_COUNT).map((m) => m.id), ['sam-lee', 'sam-lee-2']);
  });

  it('one tie more than everyone else is no centre: it takes twice the median', () => {
    assert.deepEqual(centreOf(members([3, 2, 2, 2, 2, 2]), MIN_COUNT), []);
    assert.deepEqual(centreOf(members([4, 2, 2, 2, 2, 2]), MIN_COUNT).map((m) => m.id), ['m0']);
  });

  it('a flat network (a ring) has no centre', () => {
    assert.deepEqual(centreOf(members([2, 2, 2, 2, 2, 2]), MIN_COUNT), []);
    assert.match(graphStory(members([2, 2, 2, 2, 2, 2]), MIN_COUNT).sentence, /^No one stands out at the centre/);
  });

  it('names at most three, cutting where the ties drop; none when four or more share the top', () => {
    assert.deepEqual(centreOf(members([9, 8, 7, 7, 1, 1, 1, 1, 1, 1, 1]), MIN_COUNT).map((m) => m.id), ['m0', 'm1']);
    assert.deepEqual(centreOf(members([9, 8, 7, 6, 1, 1, 1, 1, 1, 1, 1]), MIN_COUNT).map((m) => m.id), ['m0', 'm1', 'm2']);
    assert.deepEqual(centreOf(members([7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1]), MIN_COUNT), []);
  });

  it('needs two ties and twice the median: one tie among isolates is no centre', () => {
    assert.deepEqual(centreOf(members([1, 1, 0, 0, 0, 0]), MIN_COUNT), []);
    assert.equal(median([3, 1, 2, 10]), 2.5);
    assert.equal(median([]), 0);
  });

  it('says nothing about the centre of fewer than five members', () => {
    const story = graphStory(members([3, 1, 1, 1]), MIN_COUNT);
    assert.deepEqual(story.centre, []);
    assert.equal(story.sentence, 'With fewer than 5 current members, the graph is too small to say who is at its centre.');
  });

  it("holds the story to the network's raised minimum: six members name a centre under 5, none under 8", () => {
    const six = members([4, 2, 2, 2, 2, 2]);
    assert.deepEqual(graphStory(six, MIN_COUNT).centre, ['m0']);
    const raised = graphStory(six, 8);
    assert.deepEqual(raised.centre, []);
    assert.equal(raised.sentence, 'With fewer than 8 current members, the graph is too small to say who is at its centre.');
  });

  it('labels the centre, then leads, then the five most connected, at most fifteen', () => {
    const story = graphStory(members([20, 1, 1, 3, 4, 5, 6, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 2]), MIN_COUNT);
    assert.deepEqual(story.centre, ['m0', 'm7', 'm6']);
    assert.deepEqual(story.labelled, ['m0', 'm7', 'm6', 'm1', 'm2', 'm5', 'm4']);
    const many = graphStory(members(Array.from({ length: 40 }, () => 3), Array.from({ length: 20 }, (_, i) => i)), MIN_COUNT);
    assert.equal(many.labelled.length, 15);
  });
});

describe('health: graph labels', () => {
  const bounds = { left: 0, top: 0, right: 1000, bottom: 1000 };

  it('places labels above their node when there is room', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 }], { fontSize: 20, gap: 5, bounds });
    // 'Ann' is 0.74 + 0.63 + 0.63 = 2 ems wide, 40 units; the line 1.2 ems tall, the baseline 0.25 em above its bottom.
    assert.deepEqual(label, { id: 'a', text: 'Ann', x: 500, y: 480, anchor: 'middle', box: { left: 480, top: 461, right: 520, bottom: 485 } });
  });

  it('measures names by their letters, bold a tenth wider, so a name of wide letters gets a wide box', () => {
    assert.equal(textWidth('ill', 10), 10.2);
    assert.ok(Math.abs(textWidth('WMm', 10) - 28.5) < 1e-9);
    assert.equal(Math.round(textWidth('Rebecca Thornton', 26, true) * 100) / 100, Math.round(textWidth('Rebecca Thornton', 26) * 1.1 * 100) / 100);
    // Wider than the old flat 0.55 em a letter, which let bold names run into their neighbours in the browser.
    assert.ok(textWidth('Rebecca Thornton', 26, true) > 'Rebecca Thornton'.length * 26 * 0.55 * 1.2);
  });

  it('keeps a name off other nodes when a spot is free, and covers one only when it must', () => {
    // A node just above: the label goes below instead.
    const above = { x: 500, y: 470, radius: 6 };
    const [below] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 }], { fontSize: 20, gap: 5, bounds, obstacles: [above] });
    assert.equal(below!.box.top, 515);
    // Nodes on every side: the first spot, above, as before.
    const round = [above, { x: 500, y: 530, radius: 6 }, { x: 540, y: 500, radius: 6 }, { x: 460, y: 500, radius: 6 }];
    const [covering] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 500, radius: 10 }], { fontSize: 20, gap: 5, bounds, obstacles: round });
    assert.equal(covering!.box.bottom, 485);
    assert.equal(covering!.anchor, 'middle');
  });

  it('moves a label that would overlap another, and never lets two overlap', () => {
    const requests: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, text: `Member number ${i}`, x: 400 + (i % 5) * 30, y: 400 + Math.floor(i / 5) * 25, radius: 6 }));
    const placed = placeLabels(requests, { fontSize: 20, bounds });
    assert.ok(placed.length >= 4 && placed.length < 40, `placed ${placed.length}`);
    for (const a of placed) for (const b of placed) if (a !== b) assert.ok(!overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`);
    // The second node, just right of the first, cannot go above it too.
    assert.equal(placed[0]!.anchor, 'middle');
    assert.ok(placed.slice(1).every((label) => label.y !== placed[0]!.y || label.anchor !== 'middle'));
  });

  it('keeps labels inside the drawing: a node at the top edge is labelled below', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Ann', x: 500, y: 5, radius: 5 }], { fontSize: 20, gap: 5, bounds });
    assert.equal(label!.box.top, 15);
    assert.deepEqual(placeLabels([{ id: 'w', text: 'x'.repeat(200), x: 500, y: 500, radius: 5 }], { fontSize: 20, bounds }), []);
  });
});
