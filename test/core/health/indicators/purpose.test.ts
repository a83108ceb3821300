import assert from 'node:assert/strict';
import { md } from '../../network-builder';
import { charterWith, evidenceOf, measure, trackedOutcome } from '../health-fixtures';
import { actionPage } from './leadership-fixtures';

const DAY = '2026-11-27';

describe('health indicators: purpose', () => {
  describe('purpose-exists', () => {
    it('is 0 with no purpose document, 0.5 with only a statement, 1 with a statement and an outcome', async () => {
      assert.equal((await measure('purpose-exists', { 'CHARTER.md': charterWith() }, DAY)).value, 0);
      const half = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Older people stay well at home.']) }, DAY);
      assert.equal(half.value, 0.5);
      assert.deepEqual(evidenceOf(half), ['PURPOSE.md: no outcomes']);
      const full = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']) }, DAY);
      assert.equal(full.value, 1);
      assert.equal(full.summary, 'A statement and 1 outcome.');
    });

    it('is 0 with a purpose document that has neither a statement nor outcomes, and says so', async () => {
      const empty = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['outcomes: []']) }, DAY);
      assert.equal(empty.value, 0);
      assert.equal(empty.summary, 'Neither a statement nor outcomes.');
      assert.deepEqual(evidenceOf(empty), ['PURPOSE.md: no purpose statement', 'PURPOSE.md: no outcomes']);
      assert.equal(empty.question, 'Could members agree, in one sentence, what the network is for?');
    });

    it('does not count the placeholders `netgov init` writes as a purpose members agreed', async () => {
      const statement = "statement: '  To be agreed by the members of North Shire Frailty Network. '";
      const placeholder = ['  - id: first-outcome', '    title: Our first outcome (to be agreed)'];
      const fresh = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md([statement, 'outcomes:', ...placeholder]) }, DAY);
      assert.equal(fresh.value, 0);
      assert.equal(fresh.summary, 'Neither an agreed statement nor agreed outcomes. The purpose statement and the first outcome are still the placeholders netgov init wrote: members have not agreed them yet.');
      assert.deepEqual(evidenceOf(fresh), ['PURPOSE.md@statement: the statement is still the placeholder netgov init wrote', 'PURPOSE.md@outcomes.0: this outcome is still the placeholder netgov init wrote']);
      assert.equal(fresh.question, 'Could members agree, in one sentence, what the network is for?');

      const statementAgreed = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', ...placeholder]) }, DAY);
      assert.equal(statementAgreed.value, 0.5);
      assert.equal(statementAgreed.summary, 'A statement but no agreed outcomes. The first outcome is still the placeholder netgov init wrote.');
      assert.equal(statementAgreed.question, 'Which outcomes would show that the network is achieving its purpose?');

      const outcomesAgreed = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md([statement, 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']) }, DAY);
      assert.equal(outcomesAgreed.value, 0.5);
      assert.equal(outcomesAgreed.summary, 'Outcomes but no agreed statement. The purpose statement is still the placeholder netgov init wrote.');

      const bothAgreedOneLeft = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls', ...placeholder, ...placeholder]) }, DAY);
      assert.equal(bothAgreedOneLeft.value, 1);
      assert.equal(bothAgreedOneLeft.summary, 'A statement and 1 outcome. 2 outcomes are still the placeholder netgov init wrote.');
      // A statement that only mentions the words is the network's own.
      const own = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Older people stay well at home, as agreed by the members of the network.', 'outcomes:', '  - id: fewer-falls', '    title: Our first outcome (to be agreed) was fewer falls']) }, DAY);
      assert.equal(own.value, 1);
      assert.equal(own.summary, 'A statement and 1 outcome.');
    });
  });
});

const OUTCOMES = md([
  'statement: Older people stay well at home.',
  'outcomes:',
  '  - id: fewer-falls',
  '    title: Fewer falls',
  '    measure: Falls admissions per 1,000 people aged 75 and over',
  '    baseline: 142',
  '    target: 120',
  '  - id: faster-referrals',
  '    title: Faster referrals',
  '    measure: Days from referral to first visit',
  '    baseline: No shared form',
  '  - id: carers-supported',
  '    title: Carers supported',
  '  - id: no-waits',
  '    title: No waits',
  '    measure: People waiting over 18 weeks',
  '    baseline: 0',
  "    target: '  '",
]);

describe('health indicators: purpose (measures)', () => {
  describe('outcomes-measurable', () => {
    it('is the share of outcomes with a measure, a baseline (0 counts) and a non-blank target, the least complete first', async () => {
      const result = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': OUTCOMES }, DAY);
      assert.equal(result.value, 0.25);
      assert.equal(result.summary, '1 of 4 outcomes (25%) has a measure, baseline and target.');
      assert.deepEqual(evidenceOf(result), [
        'PURPOSE.md@outcomes.2: “Carers supported”: no measure, baseline or target',
        'PURPOSE.md@outcomes.1: “Faster referrals”: no target',
        'PURPOSE.md@outcomes.3: “No waits”: no target',
      ]);
      assert.equal(result.question, '3 of 4 outcomes lack a measure, baseline or target: how would members know whether “Carers supported” is being achieved?');
    });

    it('is 1 with every outcome measurable, and asks about the figures', async () => {
      const purpose = md(['statement: Well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls', '    measure: Falls', '    baseline: 142', '    target: 120']);
      const result = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': purpose }, DAY);
      assert.equal(result.value, 1);
      assert.deepEqual(result.evidence, []);
      assert.equal(result.question, 'The outcome is measurable: are the figures being collected, so members can see the progress made?');
    });

    it('is unknown with no purpose or no outcomes', async () => {
      const none = await measure('outcomes-measurable', { 'CHARTER.md': charterWith() }, DAY);
      assert.equal(none.value, undefined);
      assert.equal(none.summary, 'There is no purpose document, so there are no outcomes to measure.');
      const empty = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes: []']) }, DAY);
      assert.equal(empty.value, undefined);
      assert.equal(empty.summary, 'PURPOSE.md lists no outcomes yet.');
      assert.ok(empty.question.length > 0);
    });

    it('is unknown, not 0%, while the only outcome is the placeholder netgov init wrote, and leaves it out beside agreed ones', async () => {
      const placeholder = ['  - id: first-outcome', '    title: Our first outcome (to be agreed)'];
      const fresh = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', ...placeholder]) }, DAY);
      assert.equal(fresh.value, undefined);
      assert.equal(fresh.summary, 'PURPOSE.md has no agreed outcome yet: its outcome is still the placeholder netgov init wrote.');
      assert.equal(fresh.question, 'Which outcomes would show that the network is achieving its purpose?');
      const two = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', ...placeholder, ...placeholder]) }, DAY);
      assert.equal(two.summary, 'PURPOSE.md has no agreed outcome yet: its outcomes are still the placeholder netgov init wrote.');
      const beside = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', ...placeholder, '  - id: fewer-falls', '    title: Fewer falls', '    measure: Falls', '    baseline: 142', '    target: 120']) }, DAY);
      assert.equal(beside.value, 1);
      assert.equal(beside.summary, '1 of 1 outcome (100%) has a measure, baseline and target.');
    });

    it('says "outcome" for a single outcome', async () => {
      const purpose = md(['statement: Well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls', '    measure: Falls', '    baseline: 142', '    target: 120']);
      const result = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': purpose }, DAY);
      assert.equal(result.summary, '1 of 1 outcome (100%) has a measure, baseline and target.');
    });

    it('says "0 of 1 outcome has", not "have", when the one outcome lacks its measure', async () => {
      const purpose = md(['statement: Well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']);
      const result = await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': purpose }, DAY);
      assert.equal(result.summary, '0 of 1 outcome (0%) has a measure, baseline and target.');
      assert.match(result.question ?? '', /^1 of 1 outcome lacks a measure, baseline or target: /);
    });

    it('reads the outcomes as written now on an earlier day: they carry no dates', async () => {
      assert.equal((await measure('outcomes-measurable', { 'CHARTER.md': charterWith(), 'PURPOSE.md': OUTCOMES }, '2025-01-01', {}, DAY)).value, 0.25);
    });
  });

  describe('actions-linked-to-outcomes', () => {
    const files = {
      'CHARTER.md': charterWith(),
      'actions/2026-01-10-a.md': actionPage({ title: 'Falls clinic', status: 'agreed', proposed: '2026-01-10', outcomes: ['fewer-falls'], decided: { date: '2026-01-20', result: 'agreed' } }),
      'actions/2026-03-01-b.md': actionPage({ title: 'Newsletter', status: 'done', proposed: '2026-03-01', outcomes: [], decided: { date: '2026-03-05', result: 'agreed' }, completed: '2026-05-01' }),
      'actions/2026-06-01-c.md': actionPage({ title: 'Shared referral form', status: 'in-progress', proposed: '2026-06-01', decided: { date: '2026-06-10', result: 'agreed' } }),
      'actions/2026-07-01-d.md': actionPage({ title: 'Away day', status: 'dropped', proposed: '2026-07-01', decided: { date: '2026-07-15', result: 'rejected' } }),
      'actions/2026-09-01-e.md': actionPage({ title: 'Carer cafe', status: 'proposed', proposed: '2026-09-01', outcomes: ['carers-supported'] }),
    };

    it('is the share of actions not dropped that name an outcome; unlinked work under way first', async () => {
      const result = await measure('actions-linked-to-outcomes', files, DAY);
      assert.equal(result.value, 0.5);
      assert.equal(result.summary, '2 of 4 actions (50%) name at least one outcome. 1 dropped action is not counted.');
      assert.deepEqual(evidenceOf(result), ['actions/2026-06-01-c.md: no outcome named (in-progress, proposed 2026-06-01)', 'actions/2026-03-01-b.md@outcomes: no outcome named (done, proposed 2026-03-01)']);
      assert.equal(result.question, '2 of 4 actions name no outcome: which outcome does “Shared referral form” serve?');
    });

    it('counts only the actions proposed by an earlier day, with their status on that day', async () => {
      const early = await measure('actions-linked-to-outcomes', files, '2026-02-01', {}, DAY);
      assert.equal(early.value, 1);
      assert.equal(early.summary, '1 of 1 action (100%) names at least one outcome.');
      // On 20 Jul the away day had just been turned down: it is left out.
      const july = await measure('actions-linked-to-outcomes', files, '2026-07-20', {}, DAY);
      assert.equal(july.value, 1 / 3);
      assert.deepEqual(evidenceOf(july), ['actions/2026-06-01-c.md: no outcome named (in-progress, proposed 2026-06-01)', 'actions/2026-03-01-b.md@outcomes: no outcome named (done, proposed 2026-03-01)']);
    });

    it('shows at most 50 of the actions naming no outcome', async () => {
      const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`actions/2026-01-01-a${i}.md`, actionPage({ title: `Action ${i}`, status: 'proposed', proposed: '2026-01-01' })]));
      const result = await measure('actions-linked-to-outcomes', { 'CHARTER.md': charterWith(), ...many }, DAY);
      assert.equal(result.summary, '0 of 51 actions (0%) name at least one outcome.');
      assert.equal(result.evidence.length, 50);
    });

    it('is unknown with no actions, or only dropped ones', async () => {
      const none = await measure('actions-linked-to-outcomes', { 'CHARTER.md': charterWith() }, DAY);
      assert.equal(none.value, undefined);
      assert.equal(none.summary, 'No actions had been proposed by 27 Nov 2026.');
      const dropped = await measure('actions-linked-to-outcomes', { 'CHARTER.md': charterWith(), 'actions/2026-07-01-d.md': files['actions/2026-07-01-d.md'] }, DAY);
      assert.equal(dropped.value, undefined);
      assert.equal(dropped.summary, 'The only action proposed by 27 Nov 2026 was dropped.');
    });
  });

  describe('purpose-reviewed-recently', () => {
    const reviewed = md(['statement: Well at home.', 'last_reviewed: 2025-06-18', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']);
    const files = { 'CHARTER.md': charterWith(), 'PURPOSE.md': reviewed };

    it('is the whole months since the last review', async () => {
      const result = await measure('purpose-reviewed-recently', files, DAY);
      assert.equal(result.value, 17);
      assert.equal(result.summary, 'The purpose was last reviewed on 18 Jun 2025, 17 months ago.');
      assert.deepEqual(evidenceOf(result), ['PURPOSE.md@last_reviewed: last reviewed 2025-06-18, 17 months ago']);
      assert.equal(result.question, 'The purpose was last reviewed 17 months ago: could the next network meeting check it still says what members want to achieve?');
    });

    it('counts a month only once it is complete, clamping to the end of a short month', async () => {
      assert.equal((await measure('purpose-reviewed-recently', files, '2026-06-17')).value, 11);
      assert.equal((await measure('purpose-reviewed-recently', files, '2026-06-18')).value, 12);
      const endOfMonth = { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'last_reviewed: 2026-01-31']) };
      assert.equal((await measure('purpose-reviewed-recently', endOfMonth, '2026-02-27')).value, 0);
      assert.equal((await measure('purpose-reviewed-recently', endOfMonth, '2026-02-28')).value, 1);
    });

    it('counts from the charter\'s established date before the first review', async () => {
      const result = await measure('purpose-reviewed-recently', files, '2025-05-31', {}, DAY);
      assert.equal(result.value, 16);
      assert.equal(result.summary, 'The purpose\'s review on 18 Jun 2025 is after 31 May 2025, so this counts from when the network was established on 1 Jan 2024: 16 months.');
      assert.deepEqual(evidenceOf(result), ['PURPOSE.md@last_reviewed: reviewed 2025-06-18, after this day', 'CHARTER.md@established: network established 2024-01-01']);
      const never = await measure('purpose-reviewed-recently', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.']) }, DAY);
      assert.equal(never.value, 34);
      assert.deepEqual(evidenceOf(never), ['PURPOSE.md: no review date', 'CHARTER.md@established: network established 2024-01-01']);
      assert.equal(never.question, 'No review of the purpose is recorded in the 34 months since the network was established: could the next network meeting review it and record the date?');
      const young = await measure('purpose-reviewed-recently', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.']) }, '2024-08-01');
      assert.equal(young.value, undefined, 'a network younger than a year has not yet missed its first review: not yet due, not healthy');
      assert.match(young.summary, /^Not yet due: .* first review is due by 1 Jan 2025\.$/);
    });

    it('asks whether a recently reviewed purpose still fits, and who will put a young network’s first review on the agenda', async () => {
      const recent = await measure('purpose-reviewed-recently', files, '2025-09-01', {}, DAY);
      assert.equal(recent.value, 2);
      assert.equal(recent.question, 'The purpose was reviewed 2 months ago: is it still how members would describe what the network is for?');
      const young = await measure('purpose-reviewed-recently', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.']) }, '2024-08-01');
      assert.equal(young.question, 'When will members first review the purpose together, and who will put it on the agenda?');
    });

    it('is unknown with no purpose, or no review and no established date', async () => {
      assert.equal((await measure('purpose-reviewed-recently', { 'CHARTER.md': charterWith() }, DAY)).value, undefined);
      const undated = await measure('purpose-reviewed-recently', { 'CHARTER.md': md(['name: Test Network']), 'PURPOSE.md': md(['statement: Well at home.']) }, DAY);
      assert.equal(undated.value, undefined);
      assert.equal(undated.summary, 'The purpose has no review date, and the charter gives no date the network was established by 27 Nov 2026.');
    });
  });
});

const TRACKED = md([
  'statement: Older people stay well at home.',
  'outcomes:',
  ...trackedOutcome('fewer-falls', 'Fewer falls', 100, 60, [['2025-01-01', 100], ['2025-07-01', 98], ['2026-01-01', 96]]),
  ...trackedOutcome('more-plans', 'More care plans', 10, 50, [['2025-01-01', 10], ['2025-07-01', 21], ['2026-01-01', 31]]),
  '  - id: carers-heard',
  '    title: Carers heard',
  '    target: Every carer asked',
  '    progress:',
  '      - { date: 2025-01-01, value: 1 }',
]);

describe('health indicators: purpose (outcomes on track)', () => {
  it('is the share of outcomes with a verdict on track; off-track ones are named with their linked actions', async () => {
    const files = {
      'CHARTER.md': charterWith(),
      'PURPOSE.md': TRACKED,
      'actions/falls-groups.md': actionPage({ title: 'Strength and balance groups', status: 'in-progress', proposed: '2025-02-01', outcomes: ['fewer-falls'] }),
      'actions/falls-leaflet.md': actionPage({ title: 'A falls leaflet', status: 'done', proposed: '2025-02-01', completed: '2025-06-01', outcomes: ['fewer-falls'] }),
    };
    const result = await measure('outcomes-on-track', files, '2026-02-01');
    assert.equal(result.value, 0.5);
    assert.equal(result.summary, '1 of 2 outcomes (50%) with a verdict is on track. Off track: “Fewer falls”. 1 more has no verdict yet.');
    assert.deepEqual(evidenceOf(result), [
      'PURPOSE.md@outcomes.0.progress: “Fewer falls” off track: 96 on 1 Jan 2026; the straight path from 100 on 1 Jan 2025 to 60 by 1 Jan 2027 stood at 80: behind it, off track; linked actions: Strength and balance groups (in progress); 1 done or dropped',
    ]);
    assert.equal(result.question, '“Fewer falls” is off track: is “Strength and balance groups” enough to bring it back, or does it need more?');
  });

  it('is unknown when no outcome has a verdict (no target in numbers, too few figures), never healthy or at risk', async () => {
    const purpose = md(['statement: Well at home.', 'outcomes:', '  - id: carers-heard', '    title: Carers heard', '    target: Every carer asked', '    progress:', '      - { date: 2025-01-01, value: 1 }', '      - { date: 2025-06-01, value: 2 }', '      - { date: 2026-01-01, value: 3 }']);
    const result = await measure('outcomes-on-track', { 'CHARTER.md': charterWith(), 'PURPOSE.md': purpose }, DAY);
    assert.equal(result.value, undefined);
    assert.match(result.summary, /^The one outcome cannot be judged yet: an outcome needs a target in numbers/);
    assert.equal((await measure('outcomes-on-track', { 'CHARTER.md': charterWith() }, DAY)).value, undefined);
  });

  it('is unknown with no purpose document, saying so', async () => {
    const result = await measure('outcomes-on-track', { 'CHARTER.md': charterWith() }, DAY);
    assert.equal(result.summary, 'There is no purpose document, so there are no outcomes to follow.');
  });

  it('says how many more outcomes have no verdict, in the plural for two', async () => {
    const two = TRACKED.replace("  - id: carers-heard", "  - id: staff-heard\n    title: Staff heard\n  - id: carers-heard");
    const result = await measure('outcomes-on-track', { 'CHARTER.md': charterWith(), 'PURPOSE.md': two }, '2026-02-01');
    assert.match(result.summary, / 2 more have no verdict yet\.$/);
  });

  it('is unknown, saying so, when PURPOSE.md lists no outcomes', async () => {
    const result = await measure('outcomes-on-track', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.']) }, DAY);
    assert.equal(result.value, undefined);
    assert.equal(result.summary, 'PURPOSE.md lists no outcomes yet.');
    assert.equal(result.question, 'Which outcomes would show that the network is achieving its purpose?');
  });

  it('reads only the figures dated on or before the day', async () => {
    const early = await measure('outcomes-on-track', { 'CHARTER.md': charterWith(), 'PURPOSE.md': TRACKED }, '2025-12-01');
    assert.equal(early.value, undefined, 'two figures each by then: no verdict');
  });
});
