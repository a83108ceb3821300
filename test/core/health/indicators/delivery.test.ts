import assert from 'node:assert/strict';
import { md } from '../../network-builder';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { actionFiles, meetingFiles } from './delivery-fixtures';

const DAY = '2026-11-27';

/**
 * On DAY: open agreed work is referral (in progress), leaflet (agreed, no
 * owner), visits (blocked, no due date) and cafe (agreed); newsletter is only
 * proposed, checklist and audit were done in the last year, ancient before it.
 */
const NETWORK: Readonly<Record<string, string>> = {
  'CHARTER.md': charterWith(),
  'members/amara.md': memberPage('Amara Okafor', '2024-01-01', ['organisation: Riverside Hospitals']),
  'members/tom.md': memberPage('Tom Hughes', '2024-01-01', ['organisation: Northgate PCN']),
  ...actionFiles({
    '2026-01-10-referral': { title: 'Referral form', status: 'in-progress', proposed: '2026-01-10', decided: '2026-02-01', owners: ['amara'], due: '2026-09-30' },
    '2026-03-01-leaflet': { title: 'Falls leaflet', status: 'agreed', proposed: '2026-03-01', decided: '2026-03-15', due: '2027-03-01' },
    '2026-06-01-visits': { title: 'Care home visits', status: 'blocked', proposed: '2026-06-01', decided: '2026-06-10', owners: ['tom'] },
    '2026-09-01-cafe': { title: 'Carer cafe', status: 'agreed', proposed: '2026-09-01', decided: '2026-09-20', owners: ['tom'], due: '2026-11-01' },
    '2026-10-01-newsletter': { title: 'Newsletter', status: 'proposed', proposed: '2026-10-01', owners: ['amara'] },
    '2026-02-01-checklist': { title: 'Discharge checklist', status: 'done', proposed: '2026-02-01', decided: '2026-02-10', owners: ['amara'], due: '2026-06-15', completed: '2026-07-01', impact: 'Fewer delayed discharges' },
    '2025-06-01-audit': { title: 'Audit', status: 'done', proposed: '2025-06-01', decided: '2025-06-10', owners: ['tom'], due: '2025-12-31', completed: '2025-12-01' },
    '2025-01-01-ancient': { title: 'Ancient', status: 'done', proposed: '2025-01-01', decided: '2025-01-10', owners: ['tom'], due: '2025-12-31', completed: '2025-09-01' },
    '2026-03-20-rejected': { title: 'Rejected', status: 'dropped', proposed: '2026-03-20', decided: '2026-04-01', result: 'rejected' },
  }),
  ...meetingFiles({ '2026-10-01-network': { date: '2026-10-01', decisions: ['2026-01-10-referral'], published: '2026-10-05' } }),
};

describe('health indicators: delivery', () => {
  describe('actions-owned-dated', () => {
    it('is the share of open agreed work with an owner and a due date, the gaps as evidence', async () => {
      const m = await measure('actions-owned-dated', NETWORK, DAY);
      assert.equal(m.value, 0.5);
      assert.equal(m.summary, '2 of 4 open agreed actions (50%) have an owner and a due date.');
      assert.deepEqual(evidenceOf(m), ['actions/2026-03-01-leaflet.md: no owner (agreed)', 'actions/2026-06-01-visits.md: no due date (blocked)']);
      assert.equal(m.question, "2 open actions lack an owner or a due date, such as 'Falls leaflet' and 'Care home visits' (Tom Hughes): who will take them on, and by when?");
    });

    it('puts actions missing both first and points at an empty owners list', async () => {
      const files = { ...NETWORK, ...actionFiles({ '2026-11-01-bare': { title: 'Bare', status: 'agreed', proposed: '2026-11-01', decided: '2026-11-02', owners: [] } }) };
      const m = await measure('actions-owned-dated', files, DAY);
      assert.equal(m.value, 2 / 5);
      assert.equal(evidenceOf(m)[0], 'actions/2026-11-01-bare.md@owners: no owner and no due date (agreed)');
    });

    it('as of an earlier day judges the work open then (statuses derived from the dates)', async () => {
      // On 2026-02-15 only referral and checklist had been agreed and not finished; both have owners and dates.
      const m = await measure('actions-owned-dated', NETWORK, '2026-02-15', {}, DAY);
      assert.equal(m.value, 1);
      assert.deepEqual(m.evidence, []);
      assert.equal(m.question, 'All 2 open actions have an owner and a due date: are the dates still realistic?');
    });

    it('is unknown when no agreed work is open', async () => {
      const m = await measure('actions-owned-dated', NETWORK, '2026-01-20', {}, DAY);
      assert.equal(m.value, undefined);
      assert.match(m.summary, /No agreed action is open/);
    });
  });

  describe('overdue-share', () => {
    it('is unknown, not healthy or at risk, for a network that gives no action a due date; owners alone are then checked', async () => {
      const undated = Object.fromEntries(Object.entries(NETWORK).map(([path, text]) => [path, path.startsWith('actions/') ? text.replace(/^due: .*\n/m, '') : text]));
      const m = await measure('overdue-share', undated, DAY);
      assert.equal(m.value, undefined);
      assert.match(m.summary, /^The network does not keep due dates on its actions/);
      const owned = await measure('actions-owned-dated', undated, DAY);
      assert.match(owned.summary, /have an owner\. The network gives no action a due date, so due dates are not counted\.$/);
      assert.ok(owned.value !== undefined && owned.value > 0, 'open actions with owners count as owned');
    });

    it('is the share of open agreed work past its due date, most overdue first', async () => {
      const m = await measure('overdue-share', NETWORK, DAY);
      assert.equal(m.value, 0.5);
      assert.equal(m.summary, '2 of 4 open agreed actions (50%) are past their due date.');
      assert.deepEqual(evidenceOf(m), ['actions/2026-01-10-referral.md@due: due 2026-09-30, 58 days ago', 'actions/2026-09-01-cafe.md@due: due 2026-11-01, 26 days ago']);
      assert.equal(m.question, "2 open actions are overdue, the longest 'Referral form' (Amara Okafor), due 58 days ago: should each get a new date, more help, or be dropped openly?");
    });

    it('as of an earlier day counts what was overdue then', async () => {
      // On 2026-06-30: referral, leaflet, visits and checklist open; only checklist (due 2026-06-15) overdue.
      const m = await measure('overdue-share', NETWORK, '2026-06-30', {}, DAY);
      assert.equal(m.value, 0.25);
      assert.equal(m.summary, '1 of 4 open agreed actions (25%) is past its due date.');
      assert.deepEqual(evidenceOf(m), ['actions/2026-02-01-checklist.md@due: due 2026-06-15, 15 days ago']);
    });

    it('is 0 when nothing is overdue and unknown when nothing is open', async () => {
      const m = await measure('overdue-share', NETWORK, '2026-02-15', {}, DAY);
      assert.equal(m.value, 0);
      assert.equal(m.summary, '0 of 2 open agreed actions (0%) are past their due date.');
      assert.equal((await measure('overdue-share', NETWORK, '2026-01-20', {}, DAY)).value, undefined);
    });
  });

  describe('stale-share', () => {
    it('counts open work whose latest proposal, decision or meeting mention is older than 90 days', async () => {
      // Referral was listed at the 2026-10-01 meeting and cafe decided on 2026-09-20: both recent.
      const m = await measure('stale-share', NETWORK, DAY);
      assert.equal(m.value, 0.5);
      assert.equal(m.summary, '2 of 4 open agreed actions (50%) show no sign of life in the last 90 days (proposed, decided, listed at a meeting or a dated progress note).');
      assert.deepEqual(evidenceOf(m), ['actions/2026-03-01-leaflet.md@status: last decided 2026-03-15, 257 days ago', 'actions/2026-06-01-visits.md@status: last decided 2026-06-10, 170 days ago']);
      assert.equal(m.question, "2 open actions have shown no sign of life for over 90 days, the longest 'Falls leaflet' since 2026-03-15: is each still going (add a dated progress note), blocked, or time to drop?");
    });

    it('reads `days` from the checklist: over 60 days the cafe (decided 68 days ago) is stale too, the referral (met 57 days ago) not', async () => {
      const m = await measure('stale-share', NETWORK, DAY, { days: 60 });
      assert.equal(m.value, 0.75);
      assert.equal(evidenceOf(m)[2], 'actions/2026-09-01-cafe.md@status: last decided 2026-09-20, 68 days ago');
    });

    it('as of an earlier day looks back from that day', async () => {
      // On 2026-05-01 referral (decided 89 days before), checklist (80) and leaflet (47) are open, none stale; by 2026-05-20 the first two are.
      const m = await measure('stale-share', NETWORK, '2026-05-01', {}, DAY);
      assert.equal(m.value, 0);
      const later = await measure('stale-share', NETWORK, '2026-05-20', {}, DAY);
      assert.equal(later.value, 2 / 3);
      assert.deepEqual(evidenceOf(later), ['actions/2026-01-10-referral.md@status: last decided 2026-02-01, 108 days ago', 'actions/2026-02-01-checklist.md@status: last decided 2026-02-10, 99 days ago']);
    });

    it('counts dated notes under the Progress heading, each from its own date on', async () => {
      const body = ['## Proposal', 'A leaflet.', '', '## Progress', '', '- 2026-05-10: first draft', '- 2026-09-15: printed', '- no date: ignored', '', '## Evidence', '', '- 2026-11-20: not a progress note'];
      const files = { ...NETWORK, ...actionFiles({ '2026-03-01-leaflet': { title: 'Falls leaflet', status: 'agreed', proposed: '2026-03-01', decided: '2026-03-15', due: '2027-03-01', body } }) };
      const m = await measure('stale-share', files, DAY);
      assert.equal(m.value, 0.25);
      assert.deepEqual(evidenceOf(m), ['actions/2026-06-01-visits.md@status: last decided 2026-06-10, 170 days ago']);
      // On 2026-09-01 the September note was not yet written: the leaflet had been quiet since May.
      const earlier = await measure('stale-share', files, '2026-09-01', {}, DAY);
      assert.ok(evidenceOf(earlier).includes('actions/2026-03-01-leaflet.md@status: last progress note 2026-05-10, 114 days ago'));
    });

    it('is unknown when no agreed work is open', async () => {
      assert.equal((await measure('stale-share', NETWORK, '2026-01-20', {}, DAY)).value, undefined);
    });
  });

  describe('completions-per-quarter', () => {
    it('is the actions completed in the last 365 days divided by 4', async () => {
      const m = await measure('completions-per-quarter', NETWORK, DAY);
      assert.equal(m.value, 0.5);
      assert.equal(m.summary, '2 actions completed in the last 12 months: 0.5 a quarter. Judged for a network of 2 current members rather than 20.');
      assert.deepEqual(evidenceOf(m), ['actions/2026-02-01-checklist.md@completed: completed 2026-07-01', 'actions/2025-06-01-audit.md@completed: completed 2025-12-01']);
      assert.equal(m.question, 'The network finished 2 actions in the last 12 months, about 0.5 a quarter, and has 4 open actions: which could be finished this quarter, perhaps by splitting it into smaller pieces?');
    });

    it('as of an earlier day counts the year before it', async () => {
      // On 2026-07-01: checklist, audit and ancient (2025-09-01) are in the year.
      assert.equal((await measure('completions-per-quarter', NETWORK, '2026-07-01', {}, DAY)).value, 0.75);
    });

    it('judges a network younger than a year on the quarters it has existed, and is unknown under 90 days', async () => {
      const young = (established: string): Record<string, string> => ({
        'CHARTER.md': md(['name: Young', 'phase: start-up', `established: ${established}`]),
        'members/amara.md': memberPage('Amara Okafor', established),
        ...actionFiles({ '2026-05-10-first': { title: 'First', status: 'done', proposed: '2026-05-10', decided: '2026-05-12', owners: ['amara'], completed: '2026-07-01' } }),
      });
      // 2026-05-01 to 2026-11-27 is 210 days: 210 / 91.25 quarters.
      const m = await measure('completions-per-quarter', young('2026-05-01'), DAY);
      assert.equal(m.value, 91.25 / 210);
      assert.equal(m.summary, '1 action completed in the 210 days since the network began (2026-05-01): 0.4 a quarter. Judged for a network of 1 current member rather than 20.');
      assert.equal(evidenceOf(m).at(-1), 'CHARTER.md@established: established 2026-05-01');
      const tooYoung = await measure('completions-per-quarter', young('2026-09-01'), DAY);
      assert.equal(tooYoung.value, undefined);
      assert.match(tooYoung.summary, /began 2026-09-01, 87 days before the day/);
      assert.equal(tooYoung.question, 'Which first actions could the network finish in its first quarter?');
    });

    it('without an established date counts from the earliest dated document', async () => {
      const files = {
        ...NETWORK,
        'CHARTER.md': md(['name: Test Network', 'phase: ongoing']),
        'members/amara.md': memberPage('Amara Okafor', '2025-02-01'),
        'members/tom.md': memberPage('Tom Hughes', '2025-02-01'),
      };
      const m = await measure('completions-per-quarter', files, '2025-03-01', {}, DAY);
      // The earliest document is ancient, proposed 2025-01-01: 59 days before, too young.
      assert.equal(m.value, undefined);
      assert.match(m.summary, /began 2025-01-01, 59 days/);
      assert.equal((await measure('completions-per-quarter', files, DAY)).value, 0.5);
    });

    it('points at the date of the first meeting when that is the earliest dated document', async () => {
      const files = {
        'CHARTER.md': md(['name: Test Network', 'phase: ongoing']),
        'members/amara.md': memberPage('Amara Okafor', '2025-06-01'),
        ...actionFiles({ '2025-03-01-form': { title: 'Form', status: 'done', proposed: '2025-03-01', decided: '2025-03-10', owners: ['amara'], completed: '2025-10-01' } }),
        ...meetingFiles({ '2025-01-15-network': { date: '2025-01-15' } }),
      };
      const m = await measure('completions-per-quarter', files, '2025-11-27');
      assert.match(m.summary, /since the network began \(2025-01-15\)/);
      assert.equal(evidenceOf(m).at(-1), 'meetings/2025-01-15-network.md@date: earliest dated document, 2025-01-15');
    });
    it('points at the joining date of the first member when that is the earliest dated document', async () => {
      const files = {
        'CHARTER.md': md(['name: Test Network', 'phase: ongoing']),
        'members/amara.md': memberPage('Amara Okafor', '2025-01-10'),
        ...actionFiles({ '2025-03-01-form': { title: 'Form', status: 'done', proposed: '2025-03-01', decided: '2025-03-10', owners: ['amara'], completed: '2025-10-01' } }),
      };
      const m = await measure('completions-per-quarter', files, '2025-11-27');
      assert.equal(evidenceOf(m).at(-1), 'members/amara.md@joined: earliest dated document, 2025-01-10');
    });
  });

  describe('impact-evidence-share', () => {
    it('is the share of actions completed in the last year that record their impact', async () => {
      const m = await measure('impact-evidence-share', NETWORK, DAY);
      assert.equal(m.value, 0.5);
      assert.equal(m.summary, '1 of 2 actions completed in the last 12 months (50%) records its impact.');
      assert.deepEqual(evidenceOf(m), ['actions/2025-06-01-audit.md: completed 2025-12-01, no impact recorded']);
      assert.equal(m.question, "1 finished action does not say what difference it made, the latest 'Audit' (Tom Hughes): what changed, for whom, and how do we know?");
    });

    it('as of an earlier day takes the year before it, latest first', async () => {
      const m = await measure('impact-evidence-share', NETWORK, '2026-07-01', {}, DAY);
      assert.equal(m.value, 1 / 3);
      assert.deepEqual(evidenceOf(m), ['actions/2025-06-01-audit.md: completed 2025-12-01, no impact recorded', 'actions/2025-01-01-ancient.md: completed 2025-09-01, no impact recorded']);
      assert.match(m.question ?? '', /^2 finished actions do not say what difference they made, /);
    });

    it('is unknown when nothing was completed in the year', async () => {
      const m = await measure('impact-evidence-share', NETWORK, '2025-08-01', {}, DAY);
      assert.equal(m.value, undefined);
      assert.match(m.summary, /No action was completed in the last 12 months/);
    });
  });
});
