import assert from 'node:assert/strict';
import { md } from '../../network-builder';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { actionPage, decisionLines, meetingPage } from './participation-fixtures';

const DAY = '2026-11-27';

describe('health indicators: governance', () => {
  describe('charter-decision-rules-stated', () => {
    it('is 0 with no charter', async () => {
      const m = await measure('charter-decision-rules-stated', { 'members/ben-lee.md': memberPage('Ben Lee') }, DAY);
      assert.equal(m.value, 0);
      assert.equal(m.summary, 'The charter is missing or has no frontmatter.');
    });

    it('counts the model, rule and quorum stated, pointing at the missing one', async () => {
      const two = await measure('charter-decision-rules-stated', { 'CHARTER.md': charterWith(['governance:', '  model: shared', 'decisions:', '  rule: consent']) }, DAY);
      assert.equal(two.value, 2 / 3);
      assert.equal(two.summary, 'The charter states 2 of the 3; missing: quorum.');
      assert.deepEqual(evidenceOf(two), ['CHARTER.md@decisions.quorum: no quorum (decisions.quorum)']);
      assert.equal(two.question, 'The charter does not say the quorum: what would members agree to write down?');
      const none = await measure('charter-decision-rules-stated', { 'CHARTER.md': charterWith(['decisions:', '  quorum: 0']) }, DAY);
      assert.equal(none.value, 0);
      assert.equal(none.evidence.length, 3);
      const all = await measure('charter-decision-rules-stated', { 'CHARTER.md': charterWith(['governance:', '  model: shared', 'decisions:', '  rule: consent', '  quorum: 5']) }, DAY);
      assert.equal(all.value, 1);
      assert.deepEqual(all.evidence, []);
    });
  });

  describe('decisions-recorded', () => {
    const actions: Readonly<Record<string, string>> = {
      'CHARTER.md': charterWith(),
      'actions/2026-08-01-agreed.md': actionPage('Agreed', '2026-08-01', 'ben-lee', ['status: agreed', ...decisionLines('2026-10-15', '2026-10-15-network-meeting', 'agreed')]),
      'actions/2026-08-02-started.md': actionPage('Started', '2026-08-02', 'ben-lee', ['status: in-progress']),
      'actions/2026-08-03-finished.md': actionPage('Finished', '2026-08-03', 'ben-lee', ['status: done', ...decisionLines('2026-09-01', undefined, 'agreed')]),
      'actions/2026-08-04-waiting.md': actionPage('Waiting', '2026-08-04', 'ben-lee', ['status: proposed']),
      'actions/2026-08-05-withdrawn.md': actionPage('Withdrawn', '2026-08-05', 'ben-lee', ['status: dropped']),
      'actions/2026-08-06-rejected.md': actionPage('Rejected', '2026-08-06', 'ben-lee', ['status: dropped', ...decisionLines('2026-10-01', 'pull-request', 'rejected')]),
    };

    it('counts decided actions with date, route and result; undecided ones first in the evidence', async () => {
      const m = await measure('decisions-recorded', actions, DAY);
      // Agreed, started, finished and rejected count; waiting and withdrawn were never decided.
      assert.equal(m.value, 2 / 4);
      assert.equal(m.summary, '2 of 4 decided actions (50%) record the decision\'s date, route and result.');
      assert.deepEqual(evidenceOf(m), ['actions/2026-08-02-started.md@status: in-progress, but no decision recorded', 'actions/2026-08-03-finished.md@decision.via: decision has no route (via)']);
      assert.equal(m.question, "2 of 4 decided actions, including 'Started', do not fully record their decision: who could add when, where and what was decided?");
    });

    it('changes with the day: on 2026-09-15 only the finished action had been decided', async () => {
      const m = await measure('decisions-recorded', actions, '2026-09-15', {}, DAY);
      assert.equal(m.value, 0);
      assert.deepEqual(evidenceOf(m), ['actions/2026-08-03-finished.md@decision.via: decision has no route (via)']);
      assert.equal(m.question, "'Finished' does not fully record its decision: who could add when, where and what was decided?");
    });

    it('points at the missing date of a decision that records its route and result', async () => {
      const undated = { 'CHARTER.md': charterWith(), 'actions/2026-08-01-agreed.md': actionPage('Agreed', '2026-08-01', 'ben-lee', ['status: agreed', 'decision:', '  via: pull-request', '  result: agreed']) };
      const m = await measure('decisions-recorded', undated, DAY);
      assert.equal(m.value, 0);
      assert.deepEqual(evidenceOf(m), ['actions/2026-08-01-agreed.md@decision.date: decision has no date']);
    });

    it('lists an action with no decision before one whose complete decision is dated after the day', async () => {
      const files = {
        'CHARTER.md': charterWith(),
        'actions/2026-08-01-early.md': actionPage('Early', '2026-08-01', 'ben-lee', ['status: agreed', ...decisionLines('2026-12-10', 'pull-request', 'agreed')]),
        'actions/2026-08-02-started.md': actionPage('Started', '2026-08-02', 'ben-lee', ['status: in-progress']),
      };
      const m = await measure('decisions-recorded', files, DAY);
      assert.deepEqual(evidenceOf(m), ['actions/2026-08-02-started.md@status: in-progress, but no decision recorded', 'actions/2026-08-01-early.md@decision.date: decision dated 2026-12-10, after 2026-11-27']);
    });

    it('is unknown when nothing has been decided', async () => {
      const m = await measure('decisions-recorded', { 'CHARTER.md': charterWith(), 'actions/2026-08-04-waiting.md': actions['actions/2026-08-04-waiting.md'] ?? '' }, DAY);
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'No action has been decided on yet.');
    });
  });

  describe('quorum-met', () => {
    const meetings: Readonly<Record<string, string>> = {
      'CHARTER.md': charterWith(['decisions:', '  rule: consent', '  quorum: 3']),
      'meetings/2025-06-01-network-meeting.md': meetingPage('2025-06-01', ['amara-okafor'], ['old-action']),
      'meetings/2026-05-01-network-meeting.md': meetingPage('2026-05-01', ['amara-okafor']),
      'meetings/2026-06-01-network-meeting.md': meetingPage('2026-06-01', ['amara-okafor', 'ben-lee'], ['x', 'y']),
      'meetings/2026-10-15-network-meeting.md': meetingPage('2026-10-15', ['amara-okafor', 'ben-lee'], ['z'], 'chloe-brown'),
    };

    it('counts deciding meetings in the last 12 months with at least the quorum present, the facilitator included', async () => {
      const m = await measure('quorum-met', meetings, DAY);
      assert.equal(m.value, 1 / 2);
      assert.equal(m.summary, '1 of 2 meetings that took decisions (50%) in the 12 months to 27 Nov 2026 had the quorum of 3.');
      assert.deepEqual(evidenceOf(m), ['meetings/2026-06-01-network-meeting.md@attendees: 2 present, quorum 3; 2 decisions']);
      assert.equal(m.question, '2026-06-01-network-meeting took 2 decisions with 2 present, below the quorum of 3: should those decisions be confirmed at a quorate meeting?');
    });

    it('changes with the day: on 2025-12-01 the only deciding meeting was inquorate', async () => {
      const m = await measure('quorum-met', meetings, '2025-12-01');
      assert.equal(m.value, 0);
      assert.deepEqual(evidenceOf(m), ['meetings/2025-06-01-network-meeting.md@attendees: 1 present, quorum 3; 1 decision']);
    });

    it('is unknown with no quorum in the charter, or no deciding meeting in the window', async () => {
      const noQuorum = await measure('quorum-met', { ...meetings, 'CHARTER.md': charterWith() }, DAY);
      assert.equal(noQuorum.value, undefined);
      assert.equal(noQuorum.summary, 'The charter states no quorum.');
      const early = await measure('quorum-met', meetings, '2025-05-01');
      assert.equal(early.value, undefined);
      assert.match(early.summary, /^The network does not keep meeting notes/);
      const quiet = await measure('quorum-met', meetings, '2027-11-01');
      assert.equal(quiet.value, undefined);
      assert.equal(quiet.summary, 'No meeting recorded decisions in the 12 months to 1 Nov 2027.');
    });
  });

  describe('proposal-to-decision-days', () => {
    const actions: Readonly<Record<string, string>> = {
      'CHARTER.md': charterWith(),
      'actions/2025-01-01-long-ago.md': actionPage('Long ago', '2025-01-01', 'ben-lee', ['status: agreed', ...decisionLines('2025-02-01', 'pull-request', 'agreed')]),
      'actions/2026-01-01-slow.md': actionPage('Slow one', '2026-01-01', 'ben-lee', ['status: dropped', ...decisionLines('2026-04-01', 'pull-request', 'rejected')]),
      'actions/2026-09-01-quick.md': actionPage('Quick one', '2026-09-01', 'ben-lee', ['status: agreed', ...decisionLines('2026-09-21', 'pull-request', 'agreed')]),
      'actions/2026-10-01-put-off.md': actionPage('Put off', '2026-10-01', 'ben-lee', ['status: proposed', ...decisionLines('2026-10-11', 'pull-request', 'deferred')]),
      'actions/2026-10-02-month.md': actionPage('A month', '2026-10-01', 'ben-lee', ['status: agreed', ...decisionLines('2026-10-31', 'pull-request', 'agreed')]),
    };

    it('is the median wait over decisions in the last 12 months, deferrals left out, slowest first', async () => {
      const m = await measure('proposal-to-decision-days', actions, DAY);
      assert.equal(m.value, 30);
      assert.equal(m.summary, 'The median wait from proposal to decision was 30 days, over 3 decisions in the 12 months to 27 Nov 2026.');
      assert.deepEqual(evidenceOf(m), [
        'actions/2026-01-01-slow.md@decision.date: proposed 2026-01-01, decided 2026-04-01: 90 days',
        'actions/2026-10-02-month.md@decision.date: proposed 2026-10-01, decided 2026-10-31: 30 days',
        'actions/2026-09-01-quick.md@decision.date: proposed 2026-09-01, decided 2026-09-21: 20 days',
      ]);
      assert.equal(m.question, "'Slow one' waited 90 days for a decision, against a median of 30: what held it up, and could decisions be made between meetings?");
    });

    it('changes with the day: on 2026-10-01 two decisions, so the mean of the middle two', async () => {
      assert.equal((await measure('proposal-to-decision-days', actions, '2026-10-01', {}, DAY)).value, 55);
    });

    it('is unknown when nothing was decided in the window', async () => {
      const m = await measure('proposal-to-decision-days', actions, '2025-01-15', {}, DAY);
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'No proposals were decided in the 12 months to 15 Jan 2025.');
    });
  });

  describe('charter-reviewed-on-cadence', () => {
    const reviewed = { 'CHARTER.md': charterWith(['review:', '  cadence: 12', '  last_reviewed: 2026-03-01']) };

    it('is 1 within the cadence, 0.5 within one and a half, 0 after that', async () => {
      const m = await measure('charter-reviewed-on-cadence', reviewed, DAY);
      assert.equal(m.value, 1);
      assert.equal(m.summary, 'The charter was last reviewed on 1 Mar 2026, 271 days ago; it is due for review every 12 months.');
      const late = await measure('charter-reviewed-on-cadence', reviewed, '2027-06-01');
      assert.equal(late.value, 0.5);
      assert.deepEqual(evidenceOf(late), ['CHARTER.md@review.last_reviewed: last reviewed 2026-03-01, review every 12 months']);
      assert.equal(late.question, "The charter's review every 12 months is 92 days overdue: when could members review it, and who will lead the review?");
      assert.equal((await measure('charter-reviewed-on-cadence', reviewed, '2028-01-01')).value, 0);
    });

    it('is 0.5 on the last day of one and a half cadences, and 0 the day after', async () => {
      // Two months before 1 Sep 2026 is 62 days; one and a half cadences, 93 days, after 31 May 2026.
      const twoMonthly = { 'CHARTER.md': charterWith(['review:', '  cadence: 2', '  last_reviewed: 2026-05-31']) };
      const last = await measure('charter-reviewed-on-cadence', twoMonthly, '2026-09-01');
      assert.equal(last.value, 0.5);
      assert.equal(last.summary, 'The charter was last reviewed on 31 May 2026, 93 days ago; it is due for review every 2 months.');
      assert.equal((await measure('charter-reviewed-on-cadence', twoMonthly, '2026-09-02')).value, 0);
    });

    it('counts from the date established when no review is recorded: not yet due (unknown, not healthy) within the first cadence', async () => {
      const young = { 'CHARTER.md': md(['name: Test Network', 'established: 2026-06-01', 'review:', '  cadence: 12']) };
      const m = await measure('charter-reviewed-on-cadence', young, DAY);
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'Not yet due: the charter records no review; the network was established on 1 Jun 2026, 179 days ago, so its first review is due within 12 months, by 1 Jun 2027.');
      const overdue = await measure('charter-reviewed-on-cadence', young, '2027-10-01');
      assert.equal(overdue.value, 0.5);
      assert.equal(overdue.summary, 'The charter records no review since the network was established on 1 Jun 2026, 487 days ago; it is due for review every 12 months.');
    });

    it('is unknown with no cadence, or when the only review recorded is after the day', async () => {
      const noCadence = await measure('charter-reviewed-on-cadence', { 'CHARTER.md': charterWith() }, DAY);
      assert.equal(noCadence.value, undefined);
      const before = await measure('charter-reviewed-on-cadence', reviewed, '2026-01-01');
      assert.equal(before.value, undefined);
      assert.equal(before.summary, 'The charter records only its latest review, on 1 Mar 2026, after 1 Jan 2026.');
    });

    it('on the day one cadence after it was established, a charter whose only review is later is still within its first cadence', async () => {
      const later = { 'CHARTER.md': md(['name: Test Network', 'established: 2025-01-01', 'review:', '  cadence: 12', '  last_reviewed: 2026-06-01']) };
      const m = await measure('charter-reviewed-on-cadence', later, '2026-01-01');
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'Not yet due: the charter records no review; the network was established on 1 Jan 2025, 365 days ago, so its first review is due within 12 months, by 1 Jan 2026.');
    });
  });
});
