import assert from 'node:assert/strict';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { buildCollaborationGraph, collaborationOf } from '../../../../src/core/health/graph';
import { AsOfFacts } from '../../../../src/core/health/facts';
import { bitsetBrandes, graphMetrics, listBrandes } from '../../../../src/core/health/graph-metrics';
import { evidenceOf, measure, networkOf } from '../health-fixtures';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { judgeMeasurement } from '../../../../src/core/health/score';
import { action, meeting, networkWith, role, twoTriangles } from './connectivity-fixtures';

const DAY = '2026-11-27';
/** Before Cat met Dan and before Dan's action: only the Ann-Ben-Cat triangle. */
const SPRING = '2026-04-01';

function close(actual: number | undefined, expected: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= 1e-9, `expected ${expected}, got ${actual}`);
}

const twoMembers = (): Record<string, string> => networkWith({ ann: { name: 'Ann Ash' }, ben: { name: 'Ben Birch' } });

/** Every connectivity indicator is unknown below three members. */
const NAMES = ['graph-density', 'degree-centralisation', 'betweenness-centralisation', 'isolates-share', 'single-brokers', 'leads-in-core', 'degree-gini'];

describe('health indicators: connectivity', () => {
  it('all are unknown with fewer than 3 current members, saying why', async () => {
    for (const name of NAMES) {
      const result = await measure(name, twoMembers(), DAY);
      assert.equal(result.value, undefined, name);
      assert.equal(result.summary, 'The network has only 2 current members: patterns of working ties need at least 3.');
      assert.ok(result.question.length > 0);
    }
  });

  it('all are unknown when the network keeps neither meetings nor actions, the records ties come from', async () => {
    const unrecorded = networkWith({ ann: { name: 'Ann Ash', extra: role('lead', '2025-01-01') }, ben: { name: 'Ben Birch' }, cat: { name: 'Cat Cole' } });
    for (const name of NAMES) {
      const result = await measure(name, unrecorded, DAY);
      assert.equal(result.value, undefined, name);
      assert.equal(result.summary, 'The network does not keep meeting notes or actions, the records of taking part (none on or before the day), so this cannot be measured.', name);
      assert.deepEqual(result.evidence, [], name);
    }
    // One meeting of two is a record: the third member is then isolated, and said to be.
    const isolates = await measure('isolates-share', { ...unrecorded, ...meeting('2026-10-01', ['ann', 'ben']) }, DAY);
    close(isolates.value, 1 / 3);
  });

  describe('graph-density', () => {
    it('in a large network, everyone working with 12 others is as connected as people can be: healthy, not at risk', async () => {
      // 104 members in 8 actions of 13 people: each works with 12 others, density 12/103.
      const ids = Array.from({ length: 104 }, (_, i) => `m${String(i).padStart(3, '0')}`);
      const members = Object.fromEntries(ids.map((id) => [id, { name: `Member ${id}` }]));
      const actions = Array.from({ length: 8 }, (_, k) => action({ id: `2026-0${(k % 9) + 1}-01-work-${k}`, proposed: `2026-0${(k % 9) + 1}-01`, owners: [ids[k * 13]!], contributors: ids.slice(k * 13 + 1, k * 13 + 13) }));
      const result = await measure('graph-density', networkWith(members, ...actions), DAY);
      close(result.value, 12 / 103);
      close(result.achievable, 12 / 103);
      assert.match(result.summary, /In a network this size, 12 working ties each would be 12%\.$/);
      const thresholds = builtInChecklist().items.find((item) => item.id === 'graph-density');
      assert.ok(thresholds?.type === 'indicator');
      assert.equal(judgeMeasurement(result, thresholds.indicator.thresholds), 'healthy');
      assert.equal(judgeMeasurement({ value: result.value }, thresholds.indicator.thresholds), 'watch', 'as written, it would not be healthy');
    });

    it('7 of 21 possible ties; evidence the least connected first', async () => {
      const result = await measure('graph-density', twoTriangles(), DAY);
      close(result.value, 1 / 3);
      assert.equal(result.summary, '7 of 21 possible working ties between 7 members (33%).');
      assert.deepEqual(evidenceOf(result).slice(0, 3), ['members/gus.md: no ties', 'members/ann.md: 2 ties', 'members/ben.md: 2 ties']);
      assert.equal(result.question, '33% of the possible working ties exist, and Gus Oak, Ann Ash and Ben Birch work with the fewest others: which actions or meetings could bring them together with more members?');
    });

    it('as of spring only the first triangle exists: 3 of 21', async () => {
      close((await measure('graph-density', twoTriangles(), SPRING)).value, 1 / 7);
    });
  });

  describe('degree-centralisation', () => {
    it("sum(3 - degree) = 7 over (n-1)(n-2) = 30; names the best connected", async () => {
      const result = await measure('degree-centralisation', twoTriangles(), DAY);
      close(result.value, 7 / 30);
      assert.equal(result.summary, 'Cat Cedar and Dan Elm are each tied to 3 of 6 members; half the members are tied to 2 or fewer. Degree centralisation 0.23 (0 when everyone has as many ties, 1 when all ties run through one person).');
      assert.deepEqual(evidenceOf(result).slice(0, 2), ['members/cat.md: works with 3 of 6 members', 'members/dan.md: works with 3 of 6 members']);
      assert.equal(evidenceOf(result).length, 6, 'Gus, with no ties, is not evidence of centralisation');
    });

    it('as of spring: degrees 2,2,2,0,0,0,0, sum(2 - d) = 8, 8/30', async () => {
      close((await measure('degree-centralisation', twoTriangles(), SPRING)).value, 8 / 30);
    });
  });

  describe('betweenness-centralisation', () => {
    it('Cat and Dan each broker 6 pairs: (5 * 6) / 90 = 1/3', async () => {
      const result = await measure('betweenness-centralisation', twoTriangles(), DAY);
      close(result.value, 1 / 3);
      assert.deepEqual(evidenceOf(result), ['members/cat.md: on the shortest paths between 40% of pairs of other members', 'members/dan.md: on the shortest paths between 40% of pairs of other members']);
      assert.match(result.summary, /^Cat Cedar and Dan Elm each stand between the most pairs of other members: 40% of them\. Betweenness centralisation 0\.33/);
      assert.equal(result.question, 'Much of the contact between members runs through Cat Cedar and Dan Elm: which members or groups could be linked directly?');
    });

    it('as of spring nobody stands between others: 0, no evidence', async () => {
      const result = await measure('betweenness-centralisation', twoTriangles(), SPRING);
      assert.equal(result.value, 0);
      assert.deepEqual(result.evidence, []);
      assert.match(result.summary, /No member stands between others/);
    });
  });

  describe('isolates-share', () => {
    it('Gus alone: 1 of 7', async () => {
      const result = await measure('isolates-share', twoTriangles(), DAY);
      close(result.value, 1 / 7);
      assert.equal(result.summary, '1 of 7 members (14%) has no working ties.');
      assert.deepEqual(evidenceOf(result), ['members/gus.md: joined 2025-01-01; no working tie with another member in the last 12 months']);
      assert.equal(result.evidence[0]!.member, 'gus');
      assert.equal(result.question, 'Gus Oak has not worked with anyone in the network in the last 12 months: who could invite them onto an action or to a meeting?');
    });

    it('as of spring Dan, Eve, Fay and Gus: 4 of 7', async () => {
      const result = await measure('isolates-share', twoTriangles(), SPRING);
      close(result.value, 4 / 7);
      assert.match(result.question, /^Dan Elm, Eve Fir and 2 others have not worked/);
    });
  });

  describe('single-brokers', () => {
    it('Cat and Dan, each the only link for two members', async () => {
      const result = await measure('single-brokers', twoTriangles(), DAY);
      assert.equal(result.value, 2);
      assert.deepEqual(evidenceOf(result), ['members/cat.md: only link for Ann Ash and Ben Birch', 'members/dan.md: only link for Eve Fir and Fay Hazel']);
      assert.equal(result.summary, '2 members are the only link between some members and the rest of the network: Cat Cedar and Dan Elm.');
      assert.equal(result.question, 'Only Cat Cedar links Ann Ash and Ben Birch to the rest of the network: who else could build ties there?');
    });

    it('a second tie into the group removes the broker', async () => {
      const files = { ...twoTriangles(), ...networkWith({}, { 'meetings/2026-08-01-meeting.md': '---\ndate: 2026-08-01\nattendees:\n  - ben\n  - dan\n---\n' }) };
      const result = await measure('single-brokers', files, DAY);
      assert.equal(result.value, 1);
      assert.deepEqual(evidenceOf(result), ['members/dan.md: only link for Eve Fir and Fay Hazel']);
    });

    it('as of spring there are none', async () => {
      const result = await measure('single-brokers', twoTriangles(), SPRING);
      assert.equal(result.value, 0);
      assert.equal(result.summary, 'No member is the only link between other members and the rest of the network.');
    });
  });

  describe('leads-in-core', () => {
    it('Ann in the 2-core, Gus (no ties) outside: 1 of 2, the outsider first', async () => {
      const result = await measure('leads-in-core', twoTriangles(), DAY);
      close(result.value, 0.5);
      assert.deepEqual(evidenceOf(result), ['members/gus.md@roles.0: coordinator outside the core (core level 0; the core starts at 1)', 'members/ann.md@roles.0: lead in the core']);
      assert.equal(result.summary, '1 of 2 leads (50%) is in the core of the network: the 6 members who each belong to a group in which everyone works with at least 1 other in it (half the highest such level, 2).');
      assert.equal(result.question, 'Gus Oak leads work but sits outside the core of the network: how could they be involved in more work across the network?');
    });

    it("as of spring Gus's role has not started: Ann alone, in the core", async () => {
      close((await measure('leads-in-core', twoTriangles(), SPRING)).value, 1);
    });

    it('unknown with no leads, and when nobody has a tie', async () => {
      // One meeting, so that working ties are recorded at all.
      const noLeads = networkWith({ a: { name: 'A' }, b: { name: 'B' }, c: { name: 'C' } }, meeting('2026-10-01', ['a', 'b']));
      assert.equal((await measure('leads-in-core', noLeads, DAY)).summary, 'No current member holds a lead, co-chair or coordinator role.');
      // Before any tie, with a meeting recorded (Gus alone), so that ties are measured and none found.
      const noTies = { ...twoTriangles(), ...meeting('2026-01-15', ['gus']) };
      const early = await measure('leads-in-core', noTies, '2026-02-01');
      assert.equal(early.value, undefined);
      assert.equal(early.summary, 'No member has worked with another yet, so the network has no core.');
    });
  });

  describe('degree-gini', () => {
    it('degrees 0,2,2,2,2,3,3: 2*67/(7*14) - 8/7 = 11/49', async () => {
      const result = await measure('degree-gini', twoTriangles(), DAY);
      close(result.value, 11 / 49);
      // The top fifth (2 members) hold 6 of 14 tie ends.
      assert.equal(result.summary, 'Gini coefficient of ties 0.22 (0 when everyone has as many ties, towards 1 when a few hold them all). The most connected fifth of members (2) hold 43% of all ties.');
      assert.deepEqual(evidenceOf(result), [
        'members/cat.md: most connected: 3 ties',
        'members/dan.md: most connected: 3 ties',
        'members/ann.md: most connected: 2 ties',
        'members/ben.md: most connected: 2 ties',
        'members/eve.md: most connected: 2 ties',
        'members/gus.md: least connected: no ties',
        'members/fay.md: least connected: 2 ties',
      ]);
    });

    it('as of spring: 2,2,2,0,0,0,0 gives 4/7', async () => {
      // sorted 0,0,0,0,2,2,2: sum i*x = 2*(5+6+7) = 36; 2*36/(7*6) - 8/7 = 72/42 - 48/42 = 4/7.
      close((await measure('degree-gini', twoTriangles(), SPRING)).value, 4 / 7);
    });

    it('names as most connected only members with ties', async () => {
      // As of spring only Ann, Ben and Cat have met: Dan and Eve, next in the top five, have no ties and are not "most connected".
      assert.deepEqual(evidenceOf(await measure('degree-gini', twoTriangles(), SPRING)), [
        'members/ann.md: most connected: 2 ties',
        'members/ben.md: most connected: 2 ties',
        'members/cat.md: most connected: 2 ties',
        'members/gus.md: least connected: no ties',
        'members/fay.md: least connected: no ties',
      ]);
    });
  });
});

describe('health: fast graph metrics', () => {
  /** A seeded random graph: each pair tied with probability p. */
  function randomAdjacency(n: number, p: number, seed: number): number[][] {
    let state = seed;
    const random = (): number => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const adjacency: number[][] = Array.from({ length: n }, () => []);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (random() < p) {
          adjacency[i]!.push(j);
          adjacency[j]!.push(i);
        }
      }
    }
    return adjacency;
  }

  function graphologyBetweenness(adjacency: number[][]): number[] {
    const graph = new UndirectedGraph();
    adjacency.forEach((_, i) => graph.addNode(String(i)));
    adjacency.forEach((list, i) => list.forEach((j) => j > i && graph.addEdge(String(i), String(j))));
    const values = betweennessCentrality(graph, { normalized: false, getEdgeWeight: null });
    return adjacency.map((_, i) => values[String(i)]!);
  }

  it('bitset and list Brandes agree with graphology-metrics on sparse, dense, disconnected and deep graphs', () => {
    const graphs = [
      randomAdjacency(70, 0.05, 1),
      randomAdjacency(100, 0.3, 2),
      randomAdjacency(130, 0.6, 3),
      randomAdjacency(33, 0.1, 4),
      // A path: many levels, each of one node.
      Array.from({ length: 40 }, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < 40)),
      // Two dense clusters and isolates.
      [...randomAdjacency(40, 0.7, 5), [], []],
    ];
    for (const adjacency of graphs) {
      const expected = graphologyBetweenness(adjacency);
      for (const method of [bitsetBrandes, listBrandes]) {
        const actual = method(adjacency);
        expected.forEach((value, i) => assert.ok(Math.abs(actual[i]! - value) <= 1e-9 * Math.max(1, value), `${method.name} node ${i}: ${actual[i]} vs ${value}`));
      }
    }
  });

  it('collaborationOf gives the same graph and metrics as the graphology graph', async () => {
    const network = await networkOf(twoTriangles());
    const collaboration = collaborationOf(new AsOfFacts(network, DAY));
    assert.deepEqual(collaboration.ids, ['ann', 'ben', 'cat', 'dan', 'eve', 'fay', 'gus']);
    assert.deepEqual(
      collaboration.neighbours.map((list) => [...list]),
      [[1, 2], [0, 2], [0, 1, 3], [2, 4, 5], [3, 5], [3, 4], []],
    );
    const graph = buildCollaborationGraph(new AsOfFacts(network, DAY));
    assert.deepEqual(graphMetrics(collaboration), graphMetrics(graph));
  });

  it('beyond 2,048 members counts pairs by sorting, with the same result', async () => {
    const members = Object.fromEntries(Array.from({ length: 2100 }, (_, i) => [`m${String(i).padStart(4, '0')}`, { name: `M${i}` }]));
    const files = networkWith(members, meeting('2026-01-01', ['m0000', 'm0001', 'm2099']), meeting('2026-02-01', ['m2099', 'm0001', 'm2099']), action({ id: '2026-03-01-a', proposed: '2026-03-01', owners: ['m0005'], contributors: ['m0001'] }));
    const collaboration = collaborationOf(new AsOfFacts(await networkOf(files), DAY));
    assert.equal(collaboration.ids.length, 2100);
    assert.deepEqual([...collaboration.neighbours[1]!], [0, 5, 2099]);
    assert.deepEqual([...collaboration.weights[1]!], [1, 1, 2]);
    assert.deepEqual([...collaboration.neighbours[2099]!], [0, 1]);
    assert.deepEqual([...collaboration.weights[2099]!], [1, 2]);
    assert.equal(collaboration.neighbours.reduce((sum, list) => sum + list.length, 0), 8);
  });

  it('counts shared occasions as weights', async () => {
    const files = { ...twoTriangles(), ...networkWith({}, { 'meetings/2026-08-01-meeting.md': '---\ndate: 2026-08-01\nattendees:\n  - ann\n  - ben\n  - ann\n---\n' }) };
    const collaboration = collaborationOf(new AsOfFacts(await networkOf(files), DAY));
    assert.deepEqual([...collaboration.weights[0]!], [2, 1]);
  });

  it('brokers: each articulation point with the members cut off from the larger part', () => {
    const path = new UndirectedGraph();
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']] as const) path.mergeEdge(a, b);
    // Removing c leaves {a, b} and {d, e}: on a tie the part holding the first node (a) stays.
    assert.deepEqual(graphMetrics(path).brokers, [
      { id: 'c', dependants: ['d', 'e'] },
      { id: 'b', dependants: ['a'] },
      { id: 'd', dependants: ['e'] },
    ]);
    const star = new UndirectedGraph();
    for (const leaf of ['a', 'b', 'd']) star.mergeEdge('c', leaf);
    star.mergeEdge('d', 'e');
    // Removing c leaves {a}, {b}, {d, e}; removing d leaves {e}.
    assert.deepEqual(graphMetrics(star).brokers, [
      { id: 'c', dependants: ['a', 'b'] },
      { id: 'd', dependants: ['e'] },
    ]);
  });
});
