/** Connectivity and purpose edges a focused mutation run found unguarded: the exact words and verdicts a network lead reads. */
import assert from 'node:assert/strict';
import type { AsOfFacts } from '../../../../src/core/health/facts';
import { indicatorNamed } from '../../../../src/core/health/indicators';
import { namesOf, rankedBy } from '../../../../src/core/health/indicators/connectivity/graph-evidence';
import { md } from '../../network-builder';
import { charterWith, evidenceOf, factsOf, measure, trackedOutcome } from '../health-fixtures';
import { meeting, networkWith, role, twoTriangles, type MemberSpec } from './connectivity-fixtures';
import { actionPage } from './leadership-fixtures';

const DAY = '2026-11-27';
const HOST = ['governance:', '  model: lead-organisation', '  host: North Trust'];
const FROM_HOST = ['organisation: North Trust'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `count` members m00, m01... joined in 2025, with the given extra frontmatter each. */
function numbered(count: number, extra: (i: number) => readonly string[] = () => []): Record<string, MemberSpec> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`m${pad(i)}`, { name: `Member ${pad(i)}`, extra: extra(i) }]));
}

/** A meeting of the given attendees on 2026-10-01, under its own file name. */
function meetingOf(key: string, attendees: readonly string[]): Record<string, string> {
  return { [`meetings/2026-10-01-${key}.md`]: md(['date: 2026-10-01', 'type: workstream', 'attendees:', ...attendees.map((id) => `  - ${id}`)]) };
}

/** A lead-organisation network hosted by North Trust. */
function hosted(members: Readonly<Record<string, MemberSpec>>, ...files: readonly Record<string, string>[]): Record<string, string> {
  return { ...networkWith(members, ...files), 'CHARTER.md': charterWith(HOST) };
}

/** Hub, from the host, works with Ann, Ben and Cat, who do not work with each other. */
const STAR = (): Record<string, string> =>
  hosted(
    { hub: { name: 'Hub Hale', extra: FROM_HOST }, ann: { name: 'Ann Ash' }, ben: { name: 'Ben Birch' }, cat: { name: 'Cat Cole' } },
    meetingOf('a', ['hub', 'ann']),
    meetingOf('b', ['hub', 'ben']),
    meetingOf('c', ['hub', 'cat']),
  );

/** Four members, all from the host, in a ring: a-b, b-c, c-d, d-a. Everyone has as many ties and stands between as many pairs. */
const RING = (): Record<string, string> =>
  hosted(
    { a: { name: 'Ann Ash', extra: FROM_HOST }, b: { name: 'Ben Birch', extra: FROM_HOST }, c: { name: 'Cat Cole', extra: FROM_HOST }, d: { name: 'Dan Dale', extra: FROM_HOST } },
    meetingOf('ab', ['a', 'b']),
    meetingOf('bc', ['b', 'c']),
    meetingOf('cd', ['c', 'd']),
    meetingOf('da', ['d', 'a']),
  );

const BY_DESIGN_HUB = 'By design: in a lead-organisation network coordination runs through the host (North Trust), and Hub Hale coordinates for it, so this is watched rather than flagged. Do members also work with each other directly?';

describe('health indicators: connectivity, the exact words a lead reads', () => {
  describe('the host at the centre by design', () => {
    it('degree-gini calls a hub from the host the design, naming them, and says so in its result', async () => {
      const result = await measure('degree-gini', STAR(), DAY);
      assert.equal(result.value, 0.25);
      assert.equal(result.byDesign, BY_DESIGN_HUB);
      assert.equal(result.summary, 'Gini coefficient of ties 0.25 (0 when everyone has as many ties, towards 1 when a few hold them all). The most connected fifth of members (1) hold 50% of all ties.');
    });

    it('a ring of host members, all level, is not called the design by any centralisation check, nor asked about as if some stood out', async () => {
      const files = RING();
      const degree = await measure('degree-centralisation', files, DAY);
      assert.deepEqual([degree.value, degree.byDesign, degree.summary], [0, undefined, 'Every member is tied to 2 of 3 members: no one is at the centre. Degree centralisation 0.00 (0 when everyone has as many ties, 1 when all ties run through one person).']);
      const gini = await measure('degree-gini', files, DAY);
      // Bug fixed: the question called Ann Ash "most" connected and asked about "the usual few" when everyone had 2 ties.
      assert.deepEqual([gini.value, gini.byDesign, gini.question], [0, undefined, 'Every member has 2 ties: how will the network keep its ties this even as members come and go?']);
      const betweenness = await measure('betweenness-centralisation', files, DAY);
      assert.deepEqual([betweenness.value, betweenness.byDesign, betweenness.summary], [0, undefined, 'Every member stands between as many pairs of other members (17% of them): no one stands out. Betweenness centralisation 0.00 (0 when no one stands between others more than anyone else, 1 when every path runs through one person).']);
      // Bug fixed: the question named the first two members by id ("runs through Ann Ash and Ben Birch") while the summary said no one stands out.
      assert.equal(betweenness.question, 'No one stands between members more than anyone else: how can the network keep contact this evenly spread as it grows?');
    });
  });

  describe('degree-gini', () => {
    it('before anyone has a tie, says the top fifth hold 0% of ties, not NaN%', async () => {
      const result = await measure('degree-gini', { ...twoTriangles(), ...meeting('2026-01-15', ['gus']) }, '2026-02-01');
      assert.equal(result.summary, 'Gini coefficient of ties 0.00 (0 when everyone has as many ties, towards 1 when a few hold them all). The most connected fifth of members (2) hold 0% of all ties.');
      assert.equal(result.byDesign, undefined);
    });
  });

  describe('graph-density', () => {
    it('adds the size sentence only beyond 61 members (more than 60 others each)', async () => {
      const sized = async (count: number): Promise<string> => (await measure('graph-density', networkWith(numbered(count), meetingOf('x', ['m00', 'm01'])), DAY)).summary;
      assert.equal(await sized(61), '1 of 1830 possible working ties between 61 members (0%).');
      assert.equal(await sized(62), '1 of 1891 possible working ties between 62 members (0%). In a network this size, 12 working ties each would be 20%.');
    });
  });

  describe('isolates-share', () => {
    it('shows at most 50 isolated members as evidence', async () => {
      const result = await measure('isolates-share', networkWith(numbered(53), meetingOf('x', ['m00', 'm01'])), DAY);
      assert.equal(result.value, 51 / 53);
      assert.equal(result.summary, '51 of 53 members (96%) have no working ties.');
      assert.equal(result.evidence.length, 50);
      assert.deepEqual(evidenceOf(result).slice(-1), ['members/m51.md: joined 2025-01-01; no working tie with another member in the last 12 months']);
    });
  });

  describe('leads-in-core', () => {
    it('asks who leads when no one holds a lead role, and what could bring people together when no one has a tie', async () => {
      const noLeads = await measure('leads-in-core', networkWith({ a: { name: 'A' }, b: { name: 'B' }, c: { name: 'C' } }, meeting('2026-10-01', ['a', 'b'])), DAY);
      assert.deepEqual(noLeads, { value: undefined, summary: 'No current member holds a lead, co-chair or coordinator role.', evidence: [], question: 'Who leads each piece of the network’s work, and are their roles recorded on their member pages?' });
      const noTies = await measure('leads-in-core', { ...twoTriangles(), ...meeting('2026-01-15', ['gus']) }, '2026-02-01');
      assert.deepEqual(noTies, { value: undefined, summary: 'No member has worked with another yet, so the network has no core.', evidence: [], question: 'Which first actions or meetings could bring the leads and members together?' });
    });

    it('two leads tied to one member each sit outside a 3-core: their own core level, and "lead ... sit" for two', async () => {
      // Ann, Ben, Cat and Dan meet as four (core level 3, so the core starts at 2); Eve and Fay, both leads, each work only with Ann (level 1).
      const files = networkWith(
        { ann: { name: 'Ann Ash' }, ben: { name: 'Ben Birch' }, cat: { name: 'Cat Cole' }, dan: { name: 'Dan Dale' }, eve: { name: 'Eve Eden', extra: role('lead', '2025-01-01') }, fay: { name: 'Fay Fox', extra: role('coordinator', '2025-01-01') } },
        meetingOf('four', ['ann', 'ben', 'cat', 'dan']),
        meetingOf('eve', ['ann', 'eve']),
        meetingOf('fay', ['ann', 'fay']),
      );
      const result = await measure('leads-in-core', files, DAY);
      assert.equal(result.value, 0);
      assert.deepEqual(evidenceOf(result), ['members/eve.md@roles.0: lead outside the core (core level 1; the core starts at 2)', 'members/fay.md@roles.0: coordinator outside the core (core level 1; the core starts at 2)']);
      assert.equal(result.question, 'Eve Eden and Fay Fox lead work but sit outside the core of the network: how could they be involved in more work across the network?');
    });

    it('shows at most 50 leads as evidence', async () => {
      const result = await measure('leads-in-core', networkWith(numbered(51, () => role('lead', '2025-01-01')), meetingOf('x', ['m00', 'm01'])), DAY);
      assert.equal(result.value, 2 / 51);
      assert.equal(result.evidence.length, 50);
    });
  });

  describe('single-brokers', () => {
    it('shows at most 50 of 51 brokers along a path of 53 members', async () => {
      const path = Array.from({ length: 52 }, (_, i) => meetingOf(`p${pad(i)}`, [`m${pad(i)}`, `m${pad(i + 1)}`]));
      const result = await measure('single-brokers', networkWith(numbered(53), ...path), DAY);
      assert.equal(result.value, 51);
      assert.equal(result.evidence.length, 50);
    });
  });

  describe('too few members', () => {
    it('says "no current members" for none and "only 1 current member" for one', async () => {
      const none = await measure('graph-density', { 'CHARTER.md': charterWith() }, DAY);
      assert.equal(none.summary, 'The network has no current members: patterns of working ties need at least 3.');
      const one = await measure('graph-density', networkWith({ ann: { name: 'Ann Ash' } }), DAY);
      assert.equal(one.summary, 'The network has only 1 current member: patterns of working ties need at least 3.');
    });
  });

  describe('the shared helpers', () => {
    it('rankedBy breaks ties by id whatever order the members come in', async () => {
      const facts = await factsOf(twoTriangles(), DAY);
      const reversed = { members: [...facts.members].reverse() } as unknown as AsOfFacts;
      const level = { ann: 1, ben: 1, cat: 1, dan: 1, eve: 1, fay: 1, gus: 1 };
      assert.deepEqual(rankedBy(reversed, level).map((member) => member.id), ['ann', 'ben', 'cat', 'dan', 'eve', 'fay', 'gus']);
      assert.deepEqual(rankedBy(reversed, { ...level, eve: 2 }, 'lowest').map((member) => member.id), ['ann', 'ben', 'cat', 'dan', 'fay', 'gus', 'eve']);
    });

    it('namesOf names nobody as an empty string', () => {
      assert.equal(namesOf([]), '');
      assert.equal(namesOf(['Ann']), 'Ann');
    });
  });
});

const NO_PURPOSE = { 'CHARTER.md': charterWith() };
const purposeOf = (lines: readonly string[]): Record<string, string> => ({ 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Older people stay well at home.', 'outcomes:', ...lines]) });

describe('health indicators: purpose, the exact words a lead reads', () => {
  describe('actions-linked-to-outcomes', () => {
    it('says "all 2 actions ... were dropped" when every action was dropped', async () => {
      const dropped = (title: string, proposed: string): string => actionPage({ title, status: 'dropped', proposed, decided: { date: proposed, result: 'rejected' } });
      const result = await measure('actions-linked-to-outcomes', { ...NO_PURPOSE, 'actions/2026-07-01-d.md': dropped('Away day', '2026-07-01'), 'actions/2026-08-01-e.md': dropped('Second away day', '2026-08-01') }, DAY);
      assert.deepEqual(result, { value: undefined, summary: 'All 2 actions proposed by 27 Nov 2026 were dropped.', evidence: [], question: 'Which piece of work would move the network closest to its outcomes?' });
    });

    it('lists unlinked work under way newest first, whatever the files are called', async () => {
      const files = {
        ...NO_PURPOSE,
        'actions/a-clinic.md': actionPage({ title: 'Clinic', status: 'in-progress', proposed: '2026-06-01' }),
        'actions/b-leaflet.md': actionPage({ title: 'Leaflet', status: 'proposed', proposed: '2026-01-01' }),
        'actions/c-form.md': actionPage({ title: 'Form', status: 'done', proposed: '2026-09-01', completed: '2026-10-01' }),
      };
      const result = await measure('actions-linked-to-outcomes', files, DAY);
      assert.deepEqual(evidenceOf(result), [
        'actions/a-clinic.md: no outcome named (in-progress, proposed 2026-06-01)',
        'actions/b-leaflet.md: no outcome named (proposed, proposed 2026-01-01)',
        'actions/c-form.md: no outcome named (done, proposed 2026-09-01)',
      ]);
      assert.equal(result.question, '3 of 3 actions name no outcome: which outcome does “Clinic” serve?');
    });
  });

  describe('outcomes-measurable', () => {
    it('asks what outcomes the network wants when there is no purpose', async () => {
      assert.deepEqual(await measure('outcomes-measurable', NO_PURPOSE, DAY), {
        value: undefined,
        summary: 'There is no purpose document, so there are no outcomes to measure.',
        evidence: [],
        question: 'What outcomes does the network want to achieve, and how would members know they are being achieved?',
      });
    });

    it('names an untitled outcome by its id, else by its place; an infinite target is no target', async () => {
      const result = await measure('outcomes-measurable', purposeOf(['  - id: faster-referrals', '    measure: Days', '    baseline: 9', '    target: .inf', '  - measure: Falls', '    baseline: 142']), DAY);
      assert.equal(result.value, 0);
      assert.deepEqual(evidenceOf(result), ['PURPOSE.md@outcomes.0: “faster-referrals”: no target', 'PURPOSE.md@outcomes.1: “outcome 2”: no target']);
    });

    it('shows at most 50 incomplete outcomes', async () => {
      const lines = Array.from({ length: 51 }, (_, i) => [`  - id: o${pad(i)}`, `    title: Outcome ${pad(i)}`]).flat();
      const result = await measure('outcomes-measurable', purposeOf(lines), DAY);
      assert.equal(result.summary, '0 of 51 outcomes (0%) have a measure, baseline and target.');
      assert.equal(result.evidence.length, 50);
    });
  });

  describe('outcomes-on-track', () => {
    const onTrack = (id: string, title: string): string[] => trackedOutcome(id, title, 10, 50, [['2025-01-01', 10], ['2025-07-01', 21], ['2026-01-01', 31]]);
    const offTrack = (id: string, title: string): string[] => trackedOutcome(id, title, 100, 60, [['2025-01-01', 100], ['2025-07-01', 98], ['2026-01-01', 96]]);

    it('asks what outcomes the network wants when there is no purpose', async () => {
      assert.equal((await measure('outcomes-on-track', NO_PURPOSE, DAY)).question, 'What outcomes does the network want to achieve, and how would members see progress towards them?');
    });

    it('says "none of the 2 outcomes can" be judged when neither has a verdict', async () => {
      const result = await measure('outcomes-on-track', purposeOf(['  - id: a', '    title: A', '  - id: b', '    title: B']), DAY);
      assert.equal(result.summary, 'None of the 2 outcomes can be judged yet: an outcome needs a target in numbers, a target date and at least 3 progress figures.');
    });

    it('one outcome on track: "1 of 1 outcome ... is on track." and nothing about off track', async () => {
      const result = await measure('outcomes-on-track', purposeOf(onTrack('more-plans', 'More care plans')), '2026-02-01');
      assert.deepEqual(result, { value: 1, summary: '1 of 1 outcome (100%) with a verdict is on track.', evidence: [], question: 'Every outcome with a verdict is on track: what is making the difference, and could it be shared?' });
    });

    it('two outcomes on track: "are on track"', async () => {
      const result = await measure('outcomes-on-track', purposeOf([...onTrack('a', 'A'), ...onTrack('b', 'B')]), '2026-02-01');
      assert.equal(result.summary, '2 of 2 outcomes (100%) with a verdict are on track.');
    });

    it('an off-track outcome with no linked action, or only done or dropped ones, has no open action', async () => {
      const noOpen = 'is off track and no open action is linked to it: what work would move it?';
      const alone = await measure('outcomes-on-track', purposeOf(offTrack('fewer-falls', 'Fewer falls')), '2026-02-01');
      assert.equal(alone.question, `“Fewer falls” ${noOpen}`);
      const done = { ...purposeOf(offTrack('fewer-falls', 'Fewer falls')), 'actions/leaflet.md': actionPage({ title: 'A falls leaflet', status: 'done', proposed: '2025-02-01', completed: '2025-06-01', outcomes: ['fewer-falls'] }) };
      assert.equal((await measure('outcomes-on-track', done, '2026-02-01')).question, `“Fewer falls” ${noOpen}`);
      const dropped = { ...purposeOf(offTrack('fewer-falls', 'Fewer falls')), 'actions/away.md': actionPage({ title: 'An away day', status: 'dropped', proposed: '2025-02-01', decided: { date: '2025-03-01', result: 'rejected' }, outcomes: ['fewer-falls'] }) };
      assert.equal((await measure('outcomes-on-track', dropped, '2026-02-01')).question, `“Fewer falls” ${noOpen}`);
    });

    it('gives every run-chart signal of an off-track outcome, separated by semicolons', async () => {
      // Twelve monthly figures falling from 100 to 5, away from a target of 200: a shift above, a shift below and a trend.
      const values = [100, 99, 98, 97, 96, 95, 10, 9, 8, 7, 6, 5];
      const result = await measure('outcomes-on-track', purposeOf(trackedOutcome('more-plans', 'More care plans', 100, 200, values.map((value, i) => [`2025-${pad(i + 1)}-01`, value] as const))), '2026-01-01');
      assert.deepEqual(evidenceOf(result), [
        'PURPOSE.md@outcomes.0.progress: “More care plans” off track: 5 on 1 Dec 2025; the straight path from 100 on 1 Jan 2025 to 200 by 1 Jan 2027 stood at 146: behind it, off track; a shift: 6 points in a row above the median (1 Jan 2025 to 1 Jun 2025), towards the target; a shift: 6 points in a row below the median (1 Jul 2025 to 1 Dec 2025), away from the target; a trend: 12 points in a row falling (1 Jan 2025 to 1 Dec 2025), away from the target; no action is linked to it',
      ]);
    });
  });

  describe('purpose-reviewed-recently', () => {
    const reviewedOn = (date: string): Record<string, string> => ({ 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', `last_reviewed: ${date}`]) });

    it('documents its default interval, 12 months', () => {
      assert.deepEqual(indicatorNamed('purpose-reviewed-recently')?.params, { months: 12 });
    });

    it('asks for a purpose when there is none', async () => {
      assert.deepEqual(await measure('purpose-reviewed-recently', NO_PURPOSE, DAY), { value: undefined, summary: 'There is no purpose document to review.', evidence: [], question: 'What is this network for? Could members agree a purpose and review it each year?' });
    });

    it('counts a review on the day itself: 0 months', async () => {
      const result = await measure('purpose-reviewed-recently', reviewedOn(DAY), DAY);
      assert.equal(result.value, 0);
      assert.equal(result.summary, 'The purpose was last reviewed on 27 Nov 2026, 0 months ago.');
    });

    it('asks for a check only once more than `months` have passed: 12 months is still on time, 7 is late with months 6', async () => {
      const year = await measure('purpose-reviewed-recently', reviewedOn('2025-11-27'), DAY);
      assert.equal(year.question, 'The purpose was reviewed 12 months ago: is it still how members would describe what the network is for?');
      const late = await measure('purpose-reviewed-recently', reviewedOn('2026-04-27'), DAY, { months: 6 });
      assert.equal(late.question, 'The purpose was last reviewed 7 months ago: could the next network meeting check it still says what members want to achieve?');
    });

    it('is unknown when the charter dates the network after the day, not "not yet due" with negative months', async () => {
      const files = { 'CHARTER.md': md(['name: Test Network', 'phase: ongoing', 'established: 2027-01-01']), 'PURPOSE.md': md(['statement: Well at home.']) };
      assert.deepEqual(await measure('purpose-reviewed-recently', files, DAY), {
        value: undefined,
        summary: 'The purpose has no review date, and the charter gives no date the network was established by 27 Nov 2026.',
        evidence: [],
        question: 'When did members last look at the purpose together? Could the date go in last_reviewed?',
      });
    });

    it('says how many months old a young network is when its first review is not yet due', async () => {
      const young = await measure('purpose-reviewed-recently', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.']) }, '2024-08-01');
      assert.equal(young.summary, 'Not yet due: The purpose has no review date; the network was established on 1 Jan 2024, 7 months ago, and the first review is due by 1 Jan 2025.');
    });
  });
});
