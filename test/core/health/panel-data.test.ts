import assert from 'node:assert/strict';
import type { Checklist } from '../../../src/core/health/checklist';
import { AsOfFacts } from '../../../src/core/health/facts';
import type { Collaboration } from '../../../src/core/health/graph';
import { graphPicture, layoutPositions, strongestEdges, type People } from '../../../src/core/health/graph-layout';
import { buildPanelData } from '../../../src/core/health/panel-data';
import { buildHealthReport } from '../../../src/core/health/report';
import { md } from '../network-builder';
import { MIN_COUNT } from '../../../src/core/pulse/suppression';
import { ROOT, charterWith, memberPage, networkOf } from './health-fixtures';

const DAY = '2026-11-27';

const CHECKLIST: Checklist = {
  id: 'test',
  items: [{ id: 'purpose', dimension: 'purpose', title: 'Purpose', why: 'Why.', improve: 'How.', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator: { name: 'purpose-exists', params: {}, thresholds: { direction: 'higher-is-better', healthy: 1, watch: 0.5 } } }],
};

function role(name: string, area: string | undefined, from: string, until?: string): string[] {
  return [`  - role: ${name}`, ...(area === undefined ? [] : [`    area: ${area}`]), `    from: ${from}`, ...(until === undefined ? [] : [`    until: ${until}`])];
}

function action(fields: readonly string[]): string {
  return md(['title: Work', ...fields]);
}

function meeting(date: string, facilitator: string, attendees: readonly string[]): string {
  return md([`date: ${date}`, `facilitator: ${facilitator}`, `attendees: [${attendees.join(', ')}]`]);
}

/**
 * Five members on the day (Dan left in March, Fay joins next year): Ann, Ben
 * and Cat work together (a triangle of ties), Eve has only proposed, Gus
 * works alone.
 */
const FILES: Readonly<Record<string, string>> = {
  'CHARTER.md': charterWith(),
  'PURPOSE.md': md(['statement: Well at home.']),
  'members/ann.md': memberPage('Ann', '2024-01-01', ['organisation: North Trust', 'roles:', ...role('lead', 'falls', '2024-01-01', '2024-12-31'), ...role('lead', 'falls', '2025-01-01', '2026-12-31')]),
  'members/ben.md': memberPage('Ben', '2024-01-01', ['organisation: North Trust', 'roles:', ...role('co-chair', undefined, '2024-06-01')]),
  'members/cat.md': memberPage('Cat', '2024-01-01', ['organisation: South Care', 'roles:', ...role('lead', 'frailty', '2024-01-01', '2026-06-30'), ...role('lead', 'diabetes', '2026-01-01', '2028-01-01')]),
  'members/dan.md': memberPage('Dan', '2024-01-01', ['organisation: South Care', 'left: 2026-03-01', 'roles:', ...role('lead', 'housing', '2024-01-01', '2025-12-31')]),
  'members/eve.md': memberPage('Eve', '2026-10-15'),
  'members/fay.md': memberPage('Fay', '2027-01-01'),
  'members/gus.md': memberPage('Gus'),
  'actions/a1.md': action(['status: agreed', 'proposed: 2026-01-10', 'proposed_by: ann', 'owners: [ann]', 'contributors: [ben]', 'due: 2026-11-01']),
  'actions/a2.md': action(['status: in-progress', 'proposed: 2026-02-01', 'proposed_by: cat', 'owners: [cat]', 'due: 2026-06-30']),
  'actions/a3.md': action(['status: blocked', 'proposed: 2026-09-01', 'proposed_by: ann', 'owners: [ann]', 'due: 2027-01-01']),
  'actions/a4.md': action(['status: done', 'proposed: 2025-05-01', 'proposed_by: ben', 'owners: [ben]', 'completed: 2025-09-01']),
  'actions/a5.md': action(['status: proposed', 'proposed: 2026-11-20', 'proposed_by: eve']),
  'actions/a6.md': action(['status: dropped', 'proposed: 2025-03-01', 'proposed_by: dan', 'owners: [dan]']),
  // Gus owns work decided in May and completed in September: active in the autumn through the completion alone.
  'actions/a8.md': action(['status: done', 'proposed: 2026-04-01', 'proposed_by: ann', 'owners: [gus]', 'decision:', '  date: 2026-05-01', '  via: pull-request', '  result: agreed', 'completed: 2026-09-10']),
  'actions/a7.md': action(['status: proposed', 'proposed: 2027-01-01', 'proposed_by: ann']),
  'meetings/m1.md': meeting('2026-09-15', 'ann', ['ann', 'ben', 'cat']),
  'meetings/m2.md': meeting('2026-10-05', 'ben', ['ben', 'cat']),
  'meetings/m3.md': meeting('2026-10-20', 'ann', ['ann', 'ben', 'cat', 'dan']),
  'meetings/m4.md': meeting('2026-11-10', 'cat', ['cat']),
};

const OPTIONS = { asOf: DAY, present: DAY, trendMonths: 2 };

describe('health: panel data', () => {
  it('carries the health report exactly as buildHealthReport makes it', async () => {
    const network = await networkOf(FILES);
    assert.deepEqual(buildPanelData(network, CHECKLIST, OPTIONS).report, buildHealthReport(network, CHECKLIST, OPTIONS));
  });

  it('counts actions in funnel order and lists open work past its due date, most overdue first, at its due line', async () => {
    const { funnel } = buildPanelData(await networkOf(FILES), CHECKLIST, OPTIONS);
    assert.deepEqual(funnel.counts.map((c) => [c.status, c.count]), [['proposed', 1], ['agreed', 1], ['in-progress', 1], ['blocked', 1], ['done', 2], ['dropped', 1]]);
    assert.equal(funnel.overdueTotal, 2);
    assert.deepEqual(funnel.overdue.map((a) => [a.id, a.due, a.daysOverdue, a.owners, a.source.relative, a.source.line]), [
      ['a2', '2026-06-30', 150, ['Cat'], 'actions/a2.md', 6],
      ['a1', '2026-11-01', 26, ['Ann'], 'actions/a1.md', 7],
    ]);
    assert.equal(funnel.overdue[0]!.source.file, `${ROOT}/actions/a2.md`);
  });

  it('counts work due today as not yet overdue, and work due yesterday as one day overdue', async () => {
    const network = await networkOf({
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann'),
      'actions/today.md': action(['status: agreed', 'proposed: 2026-10-01', 'proposed_by: ann', 'owners: [ann]', `due: ${DAY}`]),
      'actions/yesterday.md': action(['status: in-progress', 'proposed: 2026-10-01', 'proposed_by: ann', 'owners: [ann]', 'due: 2026-11-26']),
    });
    const { funnel } = buildPanelData(network, CHECKLIST, OPTIONS);
    assert.equal(funnel.overdueTotal, 1);
    assert.deepEqual(funnel.overdue.map((a) => [a.id, a.daysOverdue]), [['yesterday', 1]]);
  });

  it('draws each area\'s lead terms, oldest first, with their state on the day and the line of the role', async () => {
    const { leadership } = buildPanelData(await networkOf(FILES), CHECKLIST, OPTIONS);
    assert.equal(leadership.from, '2024-01-01');
    assert.equal(leadership.to, '2027-11-27');
    assert.deepEqual(
      leadership.rows.map((row) => [row.label, row.terms.map((t) => [t.name, t.role, t.from, t.until ?? '-', t.state, `${t.source.relative}:${t.source.line}`])]),
      [
        ['co-chair (no area)', [['Ben', 'co-chair', '2024-06-01', '-', 'open-ended', 'members/ben.md:5']]],
        ['diabetes', [['Cat', 'lead', '2026-01-01', '2028-01-01', 'current', 'members/cat.md:9']]],
        // Renewed before it ended: past. The renewal ends within 90 days: ending soon.
        ['falls', [['Ann', 'lead', '2024-01-01', '2024-12-31', 'past', 'members/ann.md:5'], ['Ann', 'lead', '2025-01-01', '2026-12-31', 'ending-soon', 'members/ann.md:9']]],
        // Ended with nobody after it, held by a current member: expired, as role.term-expired says.
        ['frailty', [['Cat', 'lead', '2024-01-01', '2026-06-30', 'expired', 'members/cat.md:5']]],
        // Dan has left: his term is history, not a gap.
        ['housing', [['Dan', 'lead', '2024-01-01', '2025-12-31', 'past', 'members/dan.md:6']]],
      ],
    );
  });

  it('counts a member who has since left as a member, and active, on the dates before they left', async () => {
    const network = await networkOf({
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann'),
      'members/hal.md': memberPage('Hal', '2024-01-01', ['left: 2026-10-15']),
      'meetings/m1.md': meeting('2026-09-15', 'ann', ['ann', 'hal']),
    });
    assert.deepEqual(buildPanelData(network, CHECKLIST, OPTIONS).participation, [
      { date: '2026-09-30', members: 2, active: 2, meetings: 1, meanAttendance: 2 },
      { date: '2026-10-31', members: 1, active: 1, meetings: 0, meanAttendance: undefined },
      { date: '2026-11-27', members: 1, active: 1, meetings: 0, meanAttendance: undefined },
    ]);
  });

  it('counts members, active members, meetings and attendance at each trend date, as the facts for that date would', async () => {
    const network = await networkOf(FILES);
    const { participation } = buildPanelData(network, CHECKLIST, OPTIONS);
    assert.deepEqual(participation, [
      { date: '2026-09-30', members: 4, active: 4, meetings: 1, meanAttendance: 3 },
      // Dan attended in October but had left: he is not counted.
      { date: '2026-10-31', members: 5, active: 4, meetings: 2, meanAttendance: 3 },
      // Eve proposed an action: active, though she has no tie.
      { date: '2026-11-27', members: 5, active: 5, meetings: 1, meanAttendance: 1 },
    ]);
    for (const point of participation) {
      const facts = new AsOfFacts(network, point.date, DAY);
      const since = facts.daysBefore(90);
      assert.equal(point.members, facts.members.length, point.date);
      assert.equal(point.active, facts.members.filter((m) => (facts.lastActive.get(m.id) ?? '') > since).length, point.date);
    }
  });

  it('draws the members with their organisations, roles on the day, isolates and sources', async () => {
    const { graph } = buildPanelData(await networkOf(FILES), CHECKLIST, OPTIONS);
    assert.equal(graph.mode, 'members');
    assert.deepEqual(graph.organisations, ['North Trust', 'South Care']);
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    assert.deepEqual([...byId.keys()], ['ann', 'ben', 'cat', 'eve', 'gus']);
    assert.deepEqual(byId.get('ann')!.roles, ['lead for falls until 2026-12-31']);
    assert.deepEqual(byId.get('ben')!.roles, ['co-chair since 2024-06-01, no end date recorded']);
    assert.deepEqual(byId.get('cat')!.roles, ['lead for diabetes until 2028-01-01']);
    assert.deepEqual([...byId.values()].map((n) => [n.id, n.organisation, n.lead, n.isolate, n.broker, n.degree]), [
      ['ann', 0, true, false, false, 2],
      ['ben', 0, true, false, false, 2],
      ['cat', 1, true, false, false, 2],
      ['eve', -1, false, true, false, 0],
      ['gus', -1, false, true, false, 0],
    ]);
    assert.deepEqual(byId.get('eve')!.source, { file: `${ROOT}/members/eve.md`, relative: 'members/eve.md', line: 0 });
    assert.deepEqual(graph.edges.map((e) => [e.source, e.target, e.weight]), [['ann', 'ben', 3], ['ben', 'cat', 3], ['ann', 'cat', 2]]);
    // Ann and Ben share action a1 and meetings m1 and m3; Ben and Cat three meetings; Ann and Cat two.
    assert.deepEqual(graph.edges.map((e) => [e.work, e.meetings]), [[1, 2], [0, 3], [0, 2]]);
    assert.deepEqual([...byId.values()].map((n) => [n.id, n.ties.work, n.ties.meetings]), [
      ['ann', 1, 2],
      ['ben', 1, 2],
      ['cat', 0, 2],
      ['eve', 0, 0],
      ['gus', 0, 0],
    ]);
    assert.equal(graph.hiddenEdges, 0);
    assert.match(graph.summary, /^5 current members with 3 ties between them .* 3 members hold a lead role; 2 members have no tie to anyone; 0 members are single brokers/);
  });
});

/** A collaboration from ties [a, b, weight, work (default: none)]; organisations and leads by index. */
function collaboration(n: number, ties: readonly (readonly [number, number, number, number?])[], organisations: readonly (string | undefined)[] = [], leads: readonly number[] = []): Collaboration {
  const lists = Array.from({ length: n }, () => [] as [number, number, number][]);
  for (const [a, b, w, work = 0] of ties) {
    lists[a]!.push([b, w, work]);
    lists[b]!.push([a, w, work]);
  }
  const sorted = lists.map((list) => list.sort((x, y) => x[0] - y[0]));
  return {
    ids: Array.from({ length: n }, (_, i) => `m${String(i).padStart(3, '0')}`),
    nodes: Array.from({ length: n }, (_, i) => ({ organisation: organisations[i], lead: leads.includes(i) })),
    neighbours: sorted.map((list) => Int32Array.from(list, ([j]) => j)),
    weights: sorted.map((list) => Int32Array.from(list, ([, w]) => w)),
    work: sorted.map((list) => Int32Array.from(list, ([, , work]) => work)),
  };
}

const PEOPLE: People = { name: (id) => `Name ${id}`, roles: () => [], source: () => undefined, brokers: new Set() };

/** Two cliques of 8 joined through member 8 (a single broker), and 5 isolates. */
function twoCliques(): Collaboration {
  const ties: [number, number, number][] = [];
  for (let a = 0; a < 8; a++) for (let b = a + 1; b < 8; b++) ties.push([a, b, 1 + ((a + b) % 3)]);
  for (let a = 9; a < 17; a++) for (let b = a + 1; b < 17; b++) ties.push([a, b, 1]);
  ties.push([7, 8, 1], [8, 9, 1]);
  return collaboration(22, ties, Array.from({ length: 22 }, (_, i) => (i < 9 ? 'North' : i < 17 ? 'South' : undefined)), [0, 9]);
}

describe('health: graph layout', () => {
  it('is deterministic: the same graph gives the same positions', () => {
    const a = graphPicture(twoCliques(), PEOPLE, MIN_COUNT);
    // Another layout in between, so the second is worked out afresh rather than taken from the last one kept.
    const small = layoutPositions(['x', 'y', 'z'], [{ source: 0, target: 1, weight: 1 }]);
    const b = graphPicture(twoCliques(), PEOPLE, MIN_COUNT);
    assert.deepEqual(a, b);
    assert.deepEqual(small, layoutPositions(['x', 'y', 'z'], [{ source: 0, target: 1, weight: 1 }]));
  });

  it('keeps every position in [0, 1], and puts isolates on a ring clear of the others', () => {
    const picture = graphPicture(twoCliques(), { ...PEOPLE, brokers: new Set(['m008']) }, MIN_COUNT);
    for (const node of picture.nodes) {
      assert.ok(node.x >= 0 && node.x <= 1 && node.y >= 0 && node.y <= 1, `${node.id} at ${node.x}, ${node.y}`);
    }
    const isolates = picture.nodes.filter((node) => node.isolate);
    assert.deepEqual(isolates.map((node) => node.id), ['m017', 'm018', 'm019', 'm020', 'm021']);
    for (const isolate of isolates) {
      assert.ok(Math.abs(Math.hypot(isolate.x - 0.5, isolate.y - 0.5) - 0.47) < 1e-3, `${isolate.id} on the ring`);
      for (const other of picture.nodes) {
        if (other !== isolate) assert.ok(Math.hypot(isolate.x - other.x, isolate.y - other.y) >= 0.02, `${isolate.id} clear of ${other.id}`);
      }
    }
    // The connected nodes are spread out, not collapsed onto a point.
    const connected = picture.nodes.filter((node) => !node.isolate);
    assert.ok(Math.max(...connected.map((n) => n.x)) - Math.min(...connected.map((n) => n.x)) > 0.3);
    assert.equal(picture.nodes.find((node) => node.id === 'm008')!.broker, true);
    assert.match(picture.summary, /1 member is a single broker/);
  });

  it('lays out a graph of isolates alone, and an empty one', () => {
    const lonely = graphPicture(collaboration(3, []), PEOPLE, MIN_COUNT);
    assert.ok(lonely.nodes.every((node) => node.isolate && node.x >= 0 && node.x <= 1));
    assert.equal(new Set(lonely.nodes.map((node) => `${node.x},${node.y}`)).size, 3);
    const empty = graphPicture(collaboration(0, []), PEOPLE, MIN_COUNT);
    assert.deepEqual([empty.nodes, empty.edges], [[], []]);
    assert.match(empty.summary, /no current members/);
  });

  it('draws each node\'s strongest tie, then the strongest others up to the limit, and counts the rest', () => {
    const { edges, total } = strongestEdges(twoCliques().neighbours, twoCliques().weights, 20);
    assert.equal(total, 58);
    assert.equal(edges.length, 20);
    const touched = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    for (let i = 0; i < 17; i++) assert.ok(touched.has(i), `node ${i} keeps a tie`);
    const picture = graphPicture(twoCliques(), PEOPLE, MIN_COUNT, { maxEdges: 20 });
    assert.equal(picture.edges.length, 20);
    assert.equal(picture.hiddenEdges, 38);
  });

  it('draws one node per organisation above the member limit, ties weighted by the member ties between them', () => {
    const picture = graphPicture(twoCliques(), { ...PEOPLE, brokers: new Set(['m008']), roles: (id) => (id === 'm000' ? ['lead for falls until 2027-01-01'] : []) }, MIN_COUNT, { memberLimit: 10 });
    assert.equal(picture.mode, 'organisations');
    assert.deepEqual(picture.nodes.map((n) => [n.id, n.organisation, n.degree, n.lead, n.broker, n.isolate]), [
      ['North', 0, 9, true, true, false],
      ['South', 1, 8, true, false, false],
      ['No organisation stated', -1, 5, false, false, true],
    ]);
    assert.deepEqual(picture.nodes.map((n) => n.label), ['North', 'South', 'No organisation stated']);
    assert.deepEqual(picture.edges, [{ source: 'North', target: 'South', weight: 1, work: 0, meetings: 1 }]);
    assert.deepEqual(picture.nodes.map((n) => n.ties), [{ work: 0, meetings: 1 }, { work: 0, meetings: 1 }, { work: 0, meetings: 0 }]);
    assert.deepEqual(picture.nodes[0]!.roles, ['9 members, 1 single broker', 'Name m000: lead for falls until 2027-01-01']);
    assert.match(picture.summary, /Drawn as one circle per organisation, as there are more than 10 members/);
  });
});

describe('health: panel data lead terms', () => {
  it('orders an area\'s terms by start, not by member or place in the file', async () => {
    const network = await networkOf({
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann', '2024-01-01', ['roles:', ...role('lead', 'falls', '2025-01-01', '2026-12-31')]),
      'members/bob.md': memberPage('Bob', '2024-01-01', ['roles:', ...role('lead', 'falls', '2024-01-01', '2024-12-31')]),
    });
    const { leadership } = buildPanelData(network, CHECKLIST, OPTIONS);
    assert.deepEqual(
      leadership.rows.map((row) => [row.label, row.terms.map((t) => `${t.name} ${t.from}`)]),
      [['falls', ['Bob 2024-01-01', 'Ann 2025-01-01']]],
    );
  });
});
