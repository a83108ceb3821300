import assert from 'node:assert/strict';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { actionFiles, meetingFiles, pulseDoc } from './delivery-fixtures';

const DAY = '2026-11-27';

const MEMBERS: Readonly<Record<string, string>> = {
  'CHARTER.md': charterWith(),
  'members/amara.md': memberPage('Amara Okafor', '2024-01-01', ['organisation: Riverside Hospitals']),
  'members/tom.md': memberPage('Tom Hughes', '2024-01-01', ['organisation: Northgate PCN']),
};

/** Minutes delays: 2025-10 2 days, 2026-01 5, 2026-04 none, 2026-07 21, 2026-09 2, 2026-10 after DAY, 2026-11 6. */
const MEETINGS = meetingFiles({
  '2025-10-01-network': { date: '2025-10-01', published: '2025-10-03' },
  '2026-01-15-network': { date: '2026-01-15', published: '2026-01-20' },
  '2026-04-10-steering': { date: '2026-04-10', type: 'steering', facilitator: 'tom' },
  '2026-07-01-network': { date: '2026-07-01', published: '2026-07-22' },
  '2026-09-01-workstream': { date: '2026-09-01', type: 'workstream', decisions: ['2026-08-20-b'], published: '2026-09-03' },
  '2026-10-20-network': { date: '2026-10-20', facilitator: 'amara', published: '2026-12-10' },
  '2026-11-20-network': { date: '2026-11-20', published: '2026-11-26' },
});

/** First responses: a decided after 10 days, b listed at a meeting after 12, c and d still waiting. */
const PROPOSALS = actionFiles({
  '2025-06-01-old': { title: 'Old', status: 'done', proposed: '2025-06-01', decided: '2025-12-01', completed: '2026-01-01' },
  '2026-02-01-a': { title: 'A', status: 'agreed', proposed: '2026-02-01', proposedBy: 'tom', decided: '2026-02-11' },
  '2026-08-20-b': { title: 'B', status: 'agreed', proposed: '2026-08-20', decided: '2026-09-15', via: '2026-09-01-workstream' },
  '2026-10-01-c': { title: 'Community transport', status: 'proposed', proposed: '2026-10-01', proposedBy: 'tom' },
  '2026-11-20-d': { title: 'D', status: 'proposed', proposed: '2026-11-20' },
});

const NETWORK = { ...MEMBERS, ...MEETINGS, ...PROPOSALS };

describe('health indicators: communication', () => {
  describe('minutes-published-share', () => {
    it('is the share of last year\'s meetings (older than 14 days) with minutes out by the day, latest gaps first', async () => {
      // In the window: January, April, July, September and October; November is too recent; the October minutes came after DAY.
      const m = await measure('minutes-published-share', NETWORK, DAY);
      assert.equal(m.value, 0.6);
      assert.equal(m.summary, '3 of 5 meetings held in the last 12 months (60%) have published minutes (meetings in the last 14 days are not counted yet).');
      assert.deepEqual(evidenceOf(m), ['meetings/2026-10-20-network.md@minutes_published: held 2026-10-20, no minutes published', 'meetings/2026-04-10-steering.md: held 2026-04-10, no minutes published']);
      assert.equal(m.question, '2 meetings of the last year have no published minutes, the latest the network meeting on 2026-10-20, facilitated by Amara Okafor: who could write them up, and who writes them when the usual person is away?');
    });

    it('as of an earlier day judges the meetings and minutes known then', async () => {
      // On 2026-05-01: October 2025, January and April (24 days before) count; April has none.
      const m = await measure('minutes-published-share', NETWORK, '2026-05-01');
      assert.equal(m.value, 2 / 3);
      assert.deepEqual(evidenceOf(m), ['meetings/2026-04-10-steering.md: held 2026-04-10, no minutes published']);
      assert.equal(m.question, 'One meeting of the last year has no published minutes, the steering meeting on 2026-04-10, facilitated by Tom Hughes: who could write them up, and who writes them when the usual person is away?');
      // On 2026-12-12 the October minutes are out and the November meeting is old enough: only April lacks minutes.
      assert.equal((await measure('minutes-published-share', NETWORK, '2026-12-12')).value, 5 / 6);
    });

    it('is unknown when no meeting falls in the window', async () => {
      const m = await measure('minutes-published-share', { ...MEMBERS, ...meetingFiles({ '2026-11-20-network': { date: '2026-11-20' } }) }, DAY);
      assert.equal(m.value, undefined);
      assert.match(m.summary, /No meeting was held in the last 12 months \(leaving out the last 14 days\)/);
    });
  });

  describe('minutes-delay-days', () => {
    it('is the median days to publish over last year\'s meetings with minutes out, slowest first', async () => {
      // January 5, July 21, September 2, November 6: median of 2, 5, 6, 21 is 5.5.
      const m = await measure('minutes-delay-days', NETWORK, DAY);
      assert.equal(m.value, 5.5);
      assert.equal(m.summary, 'Minutes took a median of 5.5 days to be published, over 4 meetings in the last 12 months.');
      assert.deepEqual(evidenceOf(m), [
        'meetings/2026-07-01-network.md@minutes_published: minutes 21 days after the meeting of 2026-07-01',
        'meetings/2026-11-20-network.md@minutes_published: minutes 6 days after the meeting of 2026-11-20',
        'meetings/2026-01-15-network.md@minutes_published: minutes 5 days after the meeting of 2026-01-15',
        'meetings/2026-09-01-workstream.md@minutes_published: minutes 2 days after the meeting of 2026-09-01',
      ]);
      assert.equal(m.question, 'Minutes take a median of 5.5 days; the slowest, for the meeting of 2026-07-01, took 21 days: could they go out within a week, and who covers when the usual person is away?');
    });

    it('as of an earlier day uses the year before it', async () => {
      // On 2026-03-01: October 2025 (2 days) and January (5).
      assert.equal((await measure('minutes-delay-days', NETWORK, '2026-03-01')).value, 3.5);
    });

    it('is unknown when no minutes were published in the year, and says so when the network keeps no meeting notes at all', async () => {
      const m = await measure('minutes-delay-days', NETWORK, '2025-09-01');
      assert.equal(m.value, undefined);
      assert.match(m.summary, /^The network does not keep meeting notes/);
      const none = await measure('minutes-published-share', NETWORK, '2025-09-01');
      assert.equal(none.value, undefined);
      assert.match(none.summary, /^The network does not keep meeting notes/);
    });
  });

  describe('first-response-days', () => {
    it('is the median wait for a decision or meeting, with waiting proposals counted by their age', async () => {
      // a 10 days (decided), b 12 (listed at the 2026-09-01 meeting before its decision), c 57 and d 7 still waiting: median 11.
      const m = await measure('first-response-days', NETWORK, DAY);
      assert.equal(m.value, 11);
      assert.equal(m.summary, 'Proposals waited a median of 11 days for a first response (4 proposals in the last 12 months; 2 are still waiting, counted by their age so far).');
      assert.deepEqual(evidenceOf(m), [
        'actions/2026-10-01-c.md@proposed: proposed 2026-10-01, no response after 57 days, from Tom Hughes',
        'actions/2026-11-20-d.md@proposed: proposed 2026-11-20, no response after 7 days, from Amara Okafor',
        'actions/2026-08-20-b.md@proposed: first response after 12 days (listed at the meeting of 2026-09-01), from Amara Okafor',
        'actions/2026-02-01-a.md@proposed: first response after 10 days (decided 2026-02-11), from Tom Hughes',
      ]);
      assert.equal(m.evidence[0]?.member, 'tom');
      assert.equal(m.question, "2 proposals have had no response yet, the oldest 'Community transport' from Tom Hughes after 57 days: who will acknowledge them this week?");
    });

    it('as of an earlier day, a proposal answered later was still waiting', async () => {
      // On 2026-08-25: a took 10 days; b has waited 5 so far.
      const m = await measure('first-response-days', NETWORK, '2026-08-25');
      assert.equal(m.value, 7.5);
      assert.match(m.summary, /1 is still waiting, counted by its age so far/);
    });

    it('asks how to answer sooner when every proposal has had a response', async () => {
      const m = await measure('first-response-days', NETWORK, '2026-09-10');
      assert.equal(m.value, 11);
      assert.equal(m.question, 'Proposals wait a median of 11 days for a first response: how could members hear sooner that their idea has been seen?');
    });

    it('counts an acknowledgement as a first response, so a proposal can be answered before it is decided', async () => {
      // c acknowledged after 3 days (before a later day's decision would be): a 10, b 12, c 3, d 7 still waiting: median 8.5.
      const acknowledged = { ...NETWORK, ...actionFiles({ '2026-10-01-c': { title: 'Community transport', status: 'proposed', proposed: '2026-10-01', proposedBy: 'tom', acknowledged: '2026-10-04' } }) };
      const m = await measure('first-response-days', acknowledged, DAY);
      assert.equal(m.value, 8.5);
      assert.ok(evidenceOf(m).includes('actions/2026-10-01-c.md@proposed: first response after 3 days (acknowledged 2026-10-04), from Tom Hughes'), evidenceOf(m).join('\n'));
      // Before the day it was acknowledged, it was still waiting.
      assert.match((await measure('first-response-days', acknowledged, '2026-10-03')).summary, /1 is still waiting/);
    });

    it('does not count an acknowledgement dated before the proposal: the proposal is still waiting', async () => {
      // c's acknowledgement of 2026-09-20 (a slip for a date after 2026-10-01) answers nothing: the figures are those of the first test.
      const slip = { ...NETWORK, ...actionFiles({ '2026-10-01-c': { title: 'Community transport', status: 'proposed', proposed: '2026-10-01', proposedBy: 'tom', acknowledged: '2026-09-20' } }) };
      const m = await measure('first-response-days', slip, DAY);
      assert.equal(m.value, 11);
      assert.equal(evidenceOf(m)[0], 'actions/2026-10-01-c.md@proposed: proposed 2026-10-01, no response after 57 days, from Tom Hughes');
      assert.match(m.summary, /2 are still waiting/);
    });

    it('counts an acknowledgement on the day of the proposal as a response after 0 days', async () => {
      const sameDay = { ...NETWORK, ...actionFiles({ '2026-10-01-c': { title: 'Community transport', status: 'proposed', proposed: '2026-10-01', proposedBy: 'tom', acknowledged: '2026-10-01' } }) };
      const m = await measure('first-response-days', sameDay, DAY);
      assert.ok(evidenceOf(m).includes('actions/2026-10-01-c.md@proposed: first response after 0 days (acknowledged 2026-10-01), from Tom Hughes'), evidenceOf(m).join('\n'));
      assert.match(m.summary, /1 is still waiting/);
    });

    it('is unknown with no proposal in the year', async () => {
      assert.equal((await measure('first-response-days', { ...MEMBERS, ...MEETINGS }, DAY)).value, undefined);
    });
  });

  describe('days-since-temperature-check', () => {
    const withPulses = { ...NETWORK, 'pulses/2025-q2.md': pulseDoc('2025-06-30'), 'pulses/2026-q1.md': pulseDoc('2026-03-31', 20, 12) };

    it('counts days since the latest temperature check on or before the day', async () => {
      const m = await measure('days-since-temperature-check', withPulses, DAY);
      assert.equal(m.value, 241);
      assert.equal(m.summary, 'The latest temperature check with enough respondents was on 2026-03-31, 241 days before the day (12 respondents of 20 invited).');
      assert.deepEqual(evidenceOf(m), ['pulses/2026-q1.md@date: temperature check of 2026-03-31']);
    });

    it('as of an earlier day, the check before it', async () => {
      assert.equal((await measure('days-since-temperature-check', withPulses, '2026-01-01')).value, 185);
    });

    it('is unknown, not at risk, for a network that keeps no temperature checks, and says so', async () => {
      const m = await measure('days-since-temperature-check', NETWORK, DAY);
      assert.equal(m.value, undefined);
      assert.match(m.summary, /^The network does not keep temperature checks/);
      assert.notEqual(m.question, '');
    });

    it('a check with fewer than 5 respondents does not reset the count', async () => {
      const files = { ...withPulses, 'pulses/2026-q3.md': pulseDoc('2026-09-30', 20, 4) };
      const m = await measure('days-since-temperature-check', files, DAY);
      assert.equal(m.value, 241);
      assert.match(m.summary, /2026-03-31.*1 later check \(2026-09-30\) had fewer than 5 respondents and does not count/);
      const onlySmall = await measure('days-since-temperature-check', { ...NETWORK, 'pulses/2026-q3.md': pulseDoc('2026-09-30', 20, 4) }, DAY);
      assert.equal(onlySmall.value, undefined);
    });
  });
});
