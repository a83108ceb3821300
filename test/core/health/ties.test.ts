import assert from 'node:assert/strict';
import { AsOfFacts } from '../../../src/core/health/facts';
import { buildCollaborationGraph, collaborationOf } from '../../../src/core/health/graph';
import { DEFAULT_TIES } from '../../../src/core/config';
import { tieDefinition } from '../../../src/core/health/ties';
import { md } from '../network-builder';
import { networkOf } from './health-fixtures';
import { networkWith, type MemberSpec } from './indicators/connectivity-fixtures';

/**
 * Working ties (ties.ts): shared actions, and meetings small enough to work
 * in, within a recency window. Each test names who is tied to whom.
 */
const DAY = '2026-11-27';

const list = (key: string, ids: readonly string[]): string[] => [`${key}:`, ...ids.map((id) => `  - ${id}`)];

function people(count: number): Record<string, MemberSpec> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${String(i).padStart(2, '0')}`, { name: `Person ${i}` }]));
}

function meetingFile(date: string, attendees: readonly string[], facilitator?: string): Record<string, string> {
  return { [`meetings/${date}-meeting.md`]: md([`date: ${date}`, 'type: network', ...(facilitator ? [`facilitator: ${facilitator}`] : []), ...list('attendees', attendees)]) };
}

function actionFile(id: string, fields: readonly string[], owners: readonly string[]): Record<string, string> {
  return { [`actions/${id}.md`]: md([`title: ${id}`, ...fields, ...list('owners', owners)]) };
}

/** "a-b weight" for every tie, sorted. */
async function tiesOf(files: Record<string, string>, day = DAY): Promise<string[]> {
  const graph = buildCollaborationGraph(new AsOfFacts(await networkOf(files), day));
  return graph.mapEdges((_edge, attributes, source, target) => `${[source, target].sort().join('-')} ${attributes.weight}`).sort();
}

describe('health: working ties', () => {
  it('a plenary of 30 makes no ties; a meeting of 12, facilitator included, does; 13 does not', async () => {
    const ids = Object.keys(people(30));
    const plenary = await tiesOf(networkWith(people(30), meetingFile('2026-10-01', ids)));
    assert.deepEqual(plenary, []);

    // 11 attendees and a facilitator: 12 people, 66 ties.
    const twelve = await tiesOf(networkWith(people(30), meetingFile('2026-10-01', ids.slice(0, 11), ids[11])));
    assert.equal(twelve.length, 66);
    assert.ok(twelve.includes('p00-p11 1'), 'the facilitator is tied to those present');
    // A facilitator also listed as an attendee counts once: still 12.
    assert.equal((await tiesOf(networkWith(people(30), meetingFile('2026-10-01', ids.slice(0, 12), ids[0])))).length, 66);
    assert.deepEqual(await tiesOf(networkWith(people(30), meetingFile('2026-10-01', ids.slice(0, 12), ids[12]))), []);
  });

  it('a meeting older than the window makes no tie; one on its first day does', async () => {
    const members = people(3);
    assert.deepEqual(await tiesOf(networkWith(members, meetingFile('2025-11-26', ['p00', 'p01']))), []);
    assert.deepEqual(await tiesOf(networkWith(members, meetingFile('2025-11-27', ['p00', 'p01']))), ['p00-p01 1']);
    // A year on, the same meeting no longer ties them.
    assert.deepEqual(await tiesOf(networkWith(members, meetingFile('2025-11-27', ['p00', 'p01'])), '2026-11-28'), []);
  });

  it('actions tie by their latest date in the window, and agreed work still open ties however old', async () => {
    const files = networkWith(
      people(8),
      // Done long ago: no tie.
      actionFile('2024-01-10-old-done', ['status: done', 'proposed: 2024-01-10', 'completed: 2024-06-01'], ['p00', 'p01']),
      // Proposed long ago, completed in the window: a tie.
      actionFile('2024-02-10-finished-lately', ['status: done', 'proposed: 2024-02-10', 'completed: 2026-03-01'], ['p02', 'p03']),
      // Agreed long ago and still in progress: a tie.
      actionFile('2024-03-10-still-open', ['status: in-progress', 'proposed: 2024-03-10', 'decision:', '  date: 2024-04-01', '  via: pull-request', '  result: agreed'], ['p04', 'p05']),
      // A proposal nobody decided, two years old: no tie.
      actionFile('2024-05-10-old-proposal', ['status: proposed', 'proposed: 2024-05-10'], ['p06', 'p07']),
    );
    assert.deepEqual(await tiesOf(files), ['p02-p03 1', 'p04-p05 1']);
  });

  it('weights count the occasions in the window; netgov.yml changes the size and the window', async () => {
    const files = networkWith(people(14), meetingFile('2026-09-01', ['p00', 'p01']), meetingFile('2026-10-01', ['p00', 'p01', 'p02']), meetingFile('2025-06-01', ['p00', 'p01']));
    assert.deepEqual(await tiesOf(files), ['p00-p01 2', 'p00-p02 1', 'p01-p02 1']);
    const longer = { ...files, 'netgov.yml': 'health:\n  ties:\n    months: 24\n    meeting_size: 2\n' };
    // 24 months take in the 2025 meeting; at most 2 people leave out the meeting of 3.
    assert.deepEqual(await tiesOf(longer), ['p00-p01 2']);
    const facts = new AsOfFacts(await networkOf(longer), DAY);
    assert.deepEqual(facts.ties, { meetingSize: 2, months: 24 });
  });

  it('the index arrays and the graphology graph agree', async () => {
    const files = networkWith(people(5), meetingFile('2026-09-01', ['p00', 'p01', 'p02']), actionFile('2026-10-01-a', ['status: proposed', 'proposed: 2026-10-01'], ['p01', 'p03']));
    const facts = new AsOfFacts(await networkOf(files), DAY);
    const { ids, neighbours, weights } = collaborationOf(facts);
    const fromArrays = ids.flatMap((id, i) => [...neighbours[i]!].flatMap((j, k) => (j > i ? [`${id}-${ids[j]!} ${weights[i]![k]!}`] : []))).sort();
    assert.deepEqual(fromArrays, await tiesOf(files));
    assert.deepEqual(fromArrays, ['p00-p01 1', 'p00-p02 1', 'p01-p02 1', 'p01-p03 1']);
    assert.equal(facts.graph.size, 4);
  });

  it('counts shared work and meetings apart: a tie\'s weight is their sum, its work share the actions', async () => {
    const files = networkWith(
      people(5),
      meetingFile('2026-09-01', ['p00', 'p01', 'p02']),
      meetingFile('2026-10-01', ['p00', 'p01']),
      actionFile('2026-10-01-a', ['status: proposed', 'proposed: 2026-10-01'], ['p01', 'p03']),
      actionFile('2026-10-02-b', ['status: proposed', 'proposed: 2026-10-02'], ['p00', 'p01']),
    );
    const facts = new AsOfFacts(await networkOf(files), DAY);
    const { ids, neighbours, weights, work } = collaborationOf(facts);
    const split = ids.flatMap((id, i) => [...neighbours[i]!].flatMap((j, k) => (j > i ? [`${id}-${ids[j]!} ${weights[i]![k]!} work ${work[i]![k]!}`] : []))).sort();
    assert.deepEqual(split, ['p00-p01 3 work 1', 'p00-p02 1 work 0', 'p01-p02 1 work 0', 'p01-p03 1 work 1']);
    // Each member's lists agree from both ends of a tie.
    const p01 = ids.indexOf('p01');
    assert.deepEqual([[...neighbours[p01]!], [...weights[p01]!], [...work[p01]!]], [[0, 2, 3], [3, 1, 1], [1, 0, 1]]);
    assert.deepEqual(facts.graph.getEdgeAttributes('p00', 'p01'), { weight: 3, work: 1 });
  });

  it('states the definition in one line, with the settings in use', () => {
    assert.equal(
      tieDefinition(DEFAULT_TIES, DAY),
      'Working ties: two members are tied when they own or contribute to the same action, or sit in the same meeting of at most 12 people, in the 12 months to 27 Nov 2026 (agreed work still open counts however old).',
    );
    assert.match(tieDefinition({ meetingSize: 8, months: 1 }, DAY), /meeting of at most 8 people, in the month to 27 Nov 2026/);
    assert.ok(!tieDefinition(DEFAULT_TIES, DAY).includes('\n'));
  });
});
