/**
 * What a network lead reads from the delivery indicators at their edges: a
 * day on a boundary, gaps of different kinds and ages, ties, a single open
 * action, progress notes written in unusual places, and more items than the
 * evidence shows. Each test tells the indicator from a near miss of it.
 */
import assert from 'node:assert/strict';
import { md } from '../../network-builder';
import { charterWith, evidenceOf, measure, memberPage, ROOT } from '../health-fixtures';
import { actionDoc, actionFiles, meetingFiles, type ActionSpec } from './delivery-fixtures';
import { indicatorNamed } from '../../../../src/core/health/indicators';

/** 90 days before DAY is 2026-08-29; 365 days before is 2025-11-27. */
const DAY = '2026-11-27';
const CHARTER = { 'CHARTER.md': charterWith() };
const MEMBERS = { 'members/amara.md': memberPage('Amara Okafor'), 'members/tom.md': memberPage('Tom Hughes') };
const file = (relative: string): string => `${ROOT}/${relative}`;
const pad = (n: number): string => String(n).padStart(2, '0');
/** `count` action specs keyed `2026-01-<nn>-item`, built from their number. */
function many(count: number, spec: (n: number) => ActionSpec): Record<string, ActionSpec> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`2026-01-${pad(i + 1)}-item${pad(i + 1)}`, spec(i + 1)]));
}

describe('health indicators: delivery at its edges', () => {
  describe('actions-owned-dated', () => {
    it('lists gaps missing both first, then the oldest proposal, ties in id order, pointing at a written but empty due date', async () => {
      const files = {
        ...CHARTER,
        ...MEMBERS,
        ...actionFiles({
          'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-05-01', due: '2027-01-01' },
          'b-bravo': { title: 'Bravo', status: 'agreed', proposed: '2026-06-01' },
          'c-charlie': { title: 'Charlie', status: 'agreed', proposed: '2026-03-01', owners: ['tom'] },
          'd-delta': { title: 'Delta', status: 'agreed', proposed: '2026-02-01' },
          'e-echo': { title: 'Echo', status: 'agreed', proposed: '2026-02-01', due: '2027-02-01' },
          'f-foxtrot': { title: 'Foxtrot', status: 'agreed', proposed: '2026-02-01', due: '2027-02-01' },
          'g-golf': { title: 'Golf', status: 'in-progress', proposed: '2026-01-01', owners: ['amara'], due: '2027-01-01' },
        }),
        'actions/h-hotel.md': md(['title: Hotel', 'status: blocked', 'proposed_by: amara', 'proposed: 2026-04-01', 'owners: [amara]', 'due:']),
      };
      const m = await measure('actions-owned-dated', files, DAY);
      assert.equal(m.value, 1 / 8);
      assert.equal(m.summary, '1 of 8 open agreed actions (13%) has an owner and a due date.');
      assert.deepStrictEqual(evidenceOf(m), [
        'actions/d-delta.md: no owner and no due date (agreed)',
        'actions/b-bravo.md: no owner and no due date (agreed)',
        'actions/e-echo.md: no owner (agreed)',
        'actions/f-foxtrot.md: no owner (agreed)',
        'actions/c-charlie.md: no due date (agreed)',
        'actions/h-hotel.md@due: no due date (blocked)',
        'actions/a-alpha.md: no owner (agreed)',
      ]);
      assert.equal(m.question, "7 open actions lack an owner or a due date, such as 'Delta' and 'Bravo': who will take them on, and by when?");
    });

    it('says "the one open action has" and "1 of 1 open agreed action" when the only open action is complete', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-05-01', owners: ['tom'], due: '2027-01-01' } }) };
      assert.deepStrictEqual(await measure('actions-owned-dated', files, DAY), {
        value: 1,
        summary: '1 of 1 open agreed action (100%) has an owner and a due date.',
        evidence: [],
        question: 'The one open action has an owner and a due date: are the dates still realistic?',
      });
    });

    it('says "lacks" and "it" for a single gap, and "has" for one complete action of two', async () => {
      const files = {
        ...CHARTER,
        ...MEMBERS,
        ...actionFiles({
          'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-05-01', owners: ['tom'], due: '2027-01-01' },
          'b-bravo': { title: 'Bravo', status: 'agreed', proposed: '2026-06-01', owners: ['amara'] },
        }),
      };
      assert.deepStrictEqual(await measure('actions-owned-dated', files, DAY), {
        value: 0.5,
        summary: '1 of 2 open agreed actions (50%) has an owner and a due date.',
        evidence: [{ file: file('actions/b-bravo.md'), note: 'no due date (agreed)' }],
        question: "1 open action lacks an owner or a due date, such as 'Bravo' (Amara Okafor): who will take it on, and by when?",
      });
    });

    it('counts only owners, in the right number, and asks of owners only, when the network keeps no due dates', async () => {
      const one = { ...CHARTER, ...MEMBERS, ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-05-01', owners: ['tom'] } }) };
      assert.deepStrictEqual(await measure('actions-owned-dated', one, DAY), {
        value: 1,
        summary: '1 of 1 open agreed action (100%) has an owner. The network gives no action a due date, so due dates are not counted.',
        evidence: [],
        // It asked "The one open action has an owner and a due date: are the dates still realistic?" of work with no due date.
        question: 'The one open action has an owner: would a due date help its owner plan?',
      });
      const two = {
        ...one,
        ...actionFiles({ 'b-bravo': { title: 'Bravo', status: 'agreed', proposed: '2026-06-01' } }),
      };
      const m = await measure('actions-owned-dated', two, DAY);
      assert.equal(m.value, 0.5);
      assert.equal(m.summary, '1 of 2 open agreed actions (50%) has an owner. The network gives no action a due date, so due dates are not counted.');
      assert.deepStrictEqual(m.evidence, [{ file: file('actions/b-bravo.md'), note: 'no owner (agreed)' }]);
      assert.equal(m.question, "1 open action lacks an owner, such as 'Bravo': who will take it on, and by when?");
      const owned = { ...one, ...actionFiles({ 'b-bravo': { title: 'Bravo', status: 'agreed', proposed: '2026-06-01', owners: ['amara'] } }) };
      assert.equal((await measure('actions-owned-dated', owned, DAY)).question, 'All 2 open actions have an owner: would a due date help their owners plan?');
    });

    it('shows at most 50 gaps as evidence', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles(many(51, (n) => ({ title: `Item ${n}`, status: 'agreed', proposed: `2026-02-${pad(n % 28 + 1)}`, due: '2027-01-01' }))) };
      const m = await measure('actions-owned-dated', files, DAY);
      assert.equal(m.value, 0);
      assert.equal(m.evidence.length, 50);
    });
  });

  describe('overdue-share', () => {
    it('asks whether due dates would help when the network keeps none', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-05-01', owners: ['tom'] } }) };
      assert.deepStrictEqual(await measure('overdue-share', files, DAY), {
        value: undefined,
        summary: 'The network does not keep due dates on its actions (no action gives one), so this cannot be measured.',
        evidence: [],
        question: 'Would due dates help members plan their work? If so, could agreed actions give one?',
      });
    });

    it('does not count work due on the day as overdue, and keeps equal due dates in id order, earliest first', async () => {
      const files = {
        ...CHARTER,
        ...MEMBERS,
        ...actionFiles({
          'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-05-01', owners: ['tom'], due: DAY },
          'b-bravo': { title: 'Bravo', status: 'agreed', proposed: '2026-05-01', owners: ['tom'], due: '2026-10-01' },
          'c-charlie': { title: 'Charlie', status: 'agreed', proposed: '2026-05-01', owners: ['tom'], due: '2026-10-01' },
          'd-delta': { title: 'Delta', status: 'agreed', proposed: '2026-05-01', owners: ['amara'], due: '2026-06-01' },
        }),
      };
      const m = await measure('overdue-share', files, DAY);
      assert.equal(m.value, 0.75);
      assert.equal(m.summary, '3 of 4 open agreed actions (75%) are past their due date.');
      assert.deepStrictEqual(evidenceOf(m), ['actions/d-delta.md@due: due 2026-06-01, 179 days ago', 'actions/b-bravo.md@due: due 2026-10-01, 57 days ago', 'actions/c-charlie.md@due: due 2026-10-01, 57 days ago']);
    });

    it('says "1 open agreed action", "is past its" and "the one open action" for a single open action (it read "None of the 1 open action")', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-05-01', owners: ['tom'], due: '2027-01-01' } }) };
      assert.deepStrictEqual(await measure('overdue-share', files, DAY), {
        value: 0,
        summary: '0 of 1 open agreed action (0%) is past its due date.',
        evidence: [],
        question: 'The one open action is not overdue: is it at risk of slipping?',
      });
    });

    it('shows at most 50 overdue actions as evidence', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles(many(51, () => ({ title: 'Item', status: 'agreed', proposed: '2026-01-01', owners: ['tom'], due: '2026-06-01' }))) };
      const m = await measure('overdue-share', files, DAY);
      assert.equal(m.value, 1);
      assert.equal(m.evidence.length, 50);
    });
  });

  describe('stale-share', () => {
    it('names the latest sign of life of each stale action, oldest first, and does not call an action touched exactly 90 days ago stale', async () => {
      const files = {
        ...CHARTER,
        ...MEMBERS,
        ...actionFiles({
          'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-01-01', decided: '2026-01-01', owners: ['tom'] },
          'b-bravo': { title: 'Bravo', status: 'agreed', proposed: '2026-01-05', decided: '2026-01-20', owners: ['tom'] },
          'c-charlie': { title: 'Charlie', status: 'agreed', proposed: '2026-01-10', decided: '2026-04-01', owners: ['tom'], body: ['## Progress', '- 2026-02-01: draft shared'] },
          'd-delta': { title: 'Delta', status: 'agreed', proposed: '2026-01-10', decided: '2026-04-02', owners: ['tom'], body: ['## Progress', '- 2026-04-02: draft shared'] },
          'e-echo': { title: 'Echo', status: 'agreed', proposed: '2026-08-29', decided: '2026-08-29', owners: ['amara'] },
        }),
        ...meetingFiles({ '2026-03-01-network': { date: '2026-03-01', decisions: ['b-bravo'] } }),
      };
      const m = await measure('stale-share', files, DAY);
      assert.equal(m.value, 0.8);
      assert.deepStrictEqual(evidenceOf(m), [
        'actions/a-alpha.md@status: last proposed 2026-01-01, 330 days ago',
        'actions/b-bravo.md@status: last listed at a meeting 2026-03-01, 271 days ago',
        'actions/c-charlie.md@status: last decided 2026-04-01, 240 days ago',
        'actions/d-delta.md@status: last decided 2026-04-02, 239 days ago',
      ]);
      assert.equal(m.question, "4 open actions have shown no sign of life for over 90 days, the longest 'Alpha' (Tom Hughes) since 2026-01-01: is each still going (add a dated progress note), blocked, or time to drop?");
    });

    it('says "the one open action has" and "shows" for a single open action that moved', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-10-01', decided: '2026-10-02', owners: ['tom'] } }) };
      assert.deepStrictEqual(await measure('stale-share', files, DAY), {
        value: 0,
        summary: '0 of 1 open agreed action (0%) shows no sign of life in the last 90 days (proposed, decided, listed at a meeting or a dated progress note).',
        evidence: [],
        question: 'The one open action has moved in the last 90 days: how do members hear about their progress?',
      });
    });

    it('says "1 open action has" for a single stale action', async () => {
      const files = {
        ...CHARTER,
        ...MEMBERS,
        ...actionFiles({
          'a-alpha': { title: 'Alpha', status: 'agreed', proposed: '2026-10-01', decided: '2026-10-02', owners: ['tom'] },
          'b-bravo': { title: 'Bravo', status: 'agreed', proposed: '2026-01-01', decided: '2026-01-02' },
        }),
      };
      const m = await measure('stale-share', files, DAY);
      assert.equal(m.summary, '1 of 2 open agreed actions (50%) shows no sign of life in the last 90 days (proposed, decided, listed at a meeting or a dated progress note).');
      assert.equal(m.question, "1 open action has shown no sign of life for over 90 days, the longest 'Bravo' since 2026-01-02: is each still going (add a dated progress note), blocked, or time to drop?");
    });

    it('shows at most 50 stale actions as evidence', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles(many(51, () => ({ title: 'Item', status: 'agreed', proposed: '2026-01-01', owners: ['tom'] }))) };
      const m = await measure('stale-share', files, DAY);
      assert.equal(m.value, 1);
      assert.equal(m.evidence.length, 50);
    });

    it('declares its 90-day default as a param', () => {
      assert.deepStrictEqual(indicatorNamed('stale-share')?.params, { days: 90 });
    });
  });

  describe('progress notes, as stale-share reads them', () => {
    /** The evidence note for one action proposed 2026-01-01 and decided 2026-01-02 with this body, or none when it is not stale on DAY. */
    async function lastSign(body: readonly string[], frontmatter?: readonly string[]): Promise<string[]> {
      const action: ActionSpec = { title: 'Alpha', status: 'agreed', proposed: '2026-01-01', decided: '2026-01-02', owners: ['tom'], body };
      const text = frontmatter === undefined ? actionDoc(action) : md(['title: Alpha', 'status: agreed', 'proposed_by: amara', 'proposed: 2026-01-01', 'owners: [tom]', 'decision:', '  date: 2026-01-02', '  via: pull-request', '  result: agreed', ...frontmatter], body);
      const m = await measure('stale-share', { ...CHARTER, ...MEMBERS, 'actions/a-alpha.md': text }, DAY);
      return m.evidence.map((e) => e.note);
    }

    it('reads a level-one Progress heading and items after two spaces', async () => {
      assert.deepStrictEqual(await lastSign(['# Progress', '-  2026-03-01: draft shared']), ['last progress note 2026-03-01, 271 days ago']);
    });

    it('reads an item whose text has a hash in it as an item, not a heading', async () => {
      assert.deepStrictEqual(await lastSign(['## Progress', '- 2026-03-01 # call with the GP']), ['last progress note 2026-03-01, 271 days ago']);
    });

    it('counts only lines that start with a dated list item', async () => {
      assert.deepStrictEqual(await lastSign(['## Progress', 'Review moved - 2026-03-15 by the group']), ['last decided 2026-01-02, 329 days ago']);
    });

    it('ignores dated items before any heading and under another heading', async () => {
      assert.deepStrictEqual(await lastSign(['- 2026-03-01: early note', '## Notes', '- 2026-04-01: not progress', '## Progress']), ['last decided 2026-01-02, 329 days ago']);
    });

    it('ignores a Progress comment and a dated list in the frontmatter', async () => {
      assert.deepStrictEqual(await lastSign([], ['tags:', '  # Progress', '  - 2026-03-01']), ['last decided 2026-01-02, 329 days ago']);
    });

    it('takes the latest note up to the day, whatever the order they are written in', async () => {
      assert.deepStrictEqual(await lastSign(['## Progress', '- 2026-04-01: a', '- 2026-12-20: planned', '- 2026-05-01: b', '- 2026-03-01: c']), ['last progress note 2026-05-01, 210 days ago']);
    });

    it('counts a note dated on the day', async () => {
      assert.deepStrictEqual(await lastSign(['## Progress', '- 2026-03-01: a', `- ${DAY}: b`]), []);
    });
  });

  describe('completions-per-quarter', () => {
    const NO_ESTABLISHED = { 'CHARTER.md': md(['name: Test Network', 'phase: ongoing']) };

    it('is unknown, and says why, when nothing gives the network an age', async () => {
      assert.deepStrictEqual(await measure('completions-per-quarter', NO_ESTABLISHED, DAY), {
        value: undefined,
        summary: 'The charter has no established date and no document is dated, so the network has no age to measure against.',
        evidence: [],
        question: "When was the network established? Adding it to the charter's 'established' would let netgov follow its delivery.",
      });
    });

    it('starts the network at the first of the earliest dated documents, a member before an action of the same day', async () => {
      const files = { ...NO_ESTABLISHED, 'members/amara.md': memberPage('Amara Okafor', '2026-06-01'), ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'done', proposed: '2026-06-01', owners: ['amara'], completed: '2026-10-01' } }) };
      assert.deepStrictEqual(evidenceOf(await measure('completions-per-quarter', files, DAY)), ['actions/a-alpha.md@completed: completed 2026-10-01', 'members/amara.md@joined: earliest dated document, 2026-06-01']);
    });

    it('points at the proposal when an action is the earliest dated document', async () => {
      const files = { ...NO_ESTABLISHED, 'members/amara.md': memberPage('Amara Okafor', '2026-06-01'), ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'done', proposed: '2026-05-01', owners: ['amara'], completed: '2026-10-01' } }) };
      const m = await measure('completions-per-quarter', files, DAY);
      assert.deepStrictEqual(m.evidence[1], { file: file('actions/a-alpha.md'), at: ['proposed'], note: 'earliest dated document, 2026-05-01' });
    });

    const established = (day: string): Record<string, string> => ({
      'CHARTER.md': md(['name: Test Network', 'phase: ongoing', `established: ${day}`]),
      ...MEMBERS,
      ...actionFiles({ 'a-alpha': { title: 'Alpha', status: 'done', proposed: '2026-09-01', owners: ['amara'], completed: '2026-10-01' } }),
    });
    const NOT_YET_QUESTION = 'Which first actions could the network finish in its first quarter?';

    it('is not yet due before 90 days, saying how long before or that it began after the day, and judges a network of exactly 90 days', async () => {
      assert.deepStrictEqual(await measure('completions-per-quarter', established(DAY), DAY), { value: undefined, summary: `Not yet due: the network began ${DAY}, 0 days before the day: too soon to judge how much it completes each quarter.`, evidence: [], question: NOT_YET_QUESTION });
      assert.deepStrictEqual(await measure('completions-per-quarter', established('2026-12-01'), DAY), { value: undefined, summary: 'Not yet due: the network began 2026-12-01, after the day: too soon to judge how much it completes each quarter.', evidence: [], question: NOT_YET_QUESTION });
      const ninety = await measure('completions-per-quarter', established('2026-08-29'), DAY);
      assert.equal(ninety.value, 365 / 4 / 90);
      assert.equal(ninety.summary, '1 action completed in the 90 days since the network began (2026-08-29): 1 a quarter. Judged for a network of 2 current members rather than 20.');
    });

    it('speaks of the last 12 months, without the start as evidence, for a network exactly a year old, and asks what next when nothing is open', async () => {
      assert.deepStrictEqual(await measure('completions-per-quarter', established('2025-11-27'), DAY), {
        value: 0.25,
        sizeScale: 0.1,
        summary: '1 action completed in the last 12 months: 0.3 a quarter. Judged for a network of 2 current members rather than 20.',
        evidence: [{ file: file('actions/a-alpha.md'), at: ['completed'], note: 'completed 2026-10-01' }],
        question: 'The network finished 1 action in the last 12 months and has no open agreed work: what should it take on next?',
      });
    });

    it('shows at most 49 completions and the start as evidence', async () => {
      const files = { 'CHARTER.md': md(['name: Test Network', 'phase: ongoing', 'established: 2026-03-01']), ...MEMBERS, ...actionFiles(many(51, () => ({ title: 'Item', status: 'done', proposed: '2026-03-01', owners: ['tom'], completed: '2026-10-01' }))) };
      const m = await measure('completions-per-quarter', files, DAY);
      assert.equal(m.evidence.length, 50);
      assert.deepStrictEqual(m.evidence[49], { file: file('CHARTER.md'), at: ['established'], note: 'established 2026-03-01' });
    });
  });

  describe('impact-evidence-share and the completed work of the year', () => {
    it('lists the latest completion first, equal days in id order, and counts only done actions', async () => {
      const files = {
        ...CHARTER,
        ...MEMBERS,
        ...actionFiles({
          'a-alpha': { title: 'Alpha', status: 'done', proposed: '2026-01-01', owners: ['tom'], completed: '2026-05-01' },
          'b-bravo': { title: 'Bravo', status: 'done', proposed: '2026-01-01', owners: ['tom'], completed: '2026-09-01' },
          'c-charlie': { title: 'Charlie', status: 'done', proposed: '2026-01-01', owners: ['tom'], completed: '2026-07-01' },
          'd-delta': { title: 'Delta', status: 'done', proposed: '2026-01-01', owners: ['tom'], completed: '2026-07-01' },
          'e-echo': { title: 'Echo', status: 'done', proposed: '2026-01-01', owners: ['tom'], completed: '2026-08-01', impact: 'Fewer falls' },
          'f-foxtrot': { title: 'Foxtrot', status: 'dropped', proposed: '2026-01-01', owners: ['tom'], completed: '2026-10-01' },
        }),
      };
      const m = await measure('impact-evidence-share', files, DAY);
      assert.equal(m.summary, '1 of 5 actions completed in the last 12 months (20%) records its impact.');
      assert.deepStrictEqual(evidenceOf(m), ['actions/b-bravo.md: completed 2026-09-01, no impact recorded', 'actions/c-charlie.md: completed 2026-07-01, no impact recorded', 'actions/d-delta.md: completed 2026-07-01, no impact recorded', 'actions/a-alpha.md: completed 2026-05-01, no impact recorded']);
    });

    it('shows at most 50 completions without impact as evidence', async () => {
      const files = { ...CHARTER, ...MEMBERS, ...actionFiles(many(51, () => ({ title: 'Item', status: 'done', proposed: '2026-01-01', owners: ['tom'], completed: '2026-10-01' }))) };
      const m = await measure('impact-evidence-share', files, DAY);
      assert.equal(m.value, 0);
      assert.equal(m.evidence.length, 50);
    });
  });
});
