import assert from 'node:assert/strict';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { actionPage, meetingPage } from './participation-fixtures';

const DAY = '2026-11-27';

/**
 * Amara led falls from 2025-01-01 to 2026-06-30; Ben takes part; Chloe joined
 * on 2026-10-01 and facilitated one meeting; Dev joined on 2024-06-01 and has
 * never taken part; Eve left on 2026-01-01.
 */
const NETWORK: Readonly<Record<string, string>> = {
  'CHARTER.md': charterWith(),
  'members/amara-okafor.md': memberPage('Amara Okafor', '2024-01-01', ['roles:', '  - role: lead', '    area: falls', '    from: 2025-01-01', '    until: 2026-06-30']),
  'members/ben-lee.md': memberPage('Ben Lee', '2024-01-01'),
  'members/chloe-brown.md': memberPage('Chloe Brown', '2026-10-01'),
  'members/dev-patel.md': memberPage('Dev Patel', '2024-06-01'),
  'members/eve-jones.md': memberPage('Eve Jones', '2024-01-01', ['left: 2026-01-01']),
  'meetings/2025-06-01-network-meeting.md': meetingPage('2025-06-01', ['ben-lee', 'eve-jones']),
  'meetings/2026-03-01-network-meeting.md': meetingPage('2026-03-01', ['amara-okafor', 'eve-jones']),
  'meetings/2026-10-15-network-meeting.md': meetingPage('2026-10-15', ['amara-okafor', 'ben-lee'], [], 'chloe-brown'),
  'actions/2025-10-01-old-idea.md': actionPage('Old idea', '2025-10-01', 'ben-lee', ['status: proposed']),
  'actions/2026-05-01-falls-audit.md': actionPage('Falls audit', '2026-05-01', 'amara-okafor', ['status: proposed', 'owners: [amara-okafor]']),
  'actions/2026-08-01-referral-form.md': actionPage('Referral form', '2026-08-01', 'amara-okafor', ['status: proposed', 'owners: [ben-lee]']),
  'actions/2026-09-01-leaflet.md': actionPage('Leaflet', '2026-09-01', 'ben-lee', ['status: proposed']),
};

describe('health indicators: participation', () => {
  describe('active-share-90-days', () => {
    it("sizes its window to the charter's meetings.cadence: one cycle and a month, never less than 90 days", async () => {
      const quarterly = { ...NETWORK, 'CHARTER.md': charterWith(['meetings:', '  cadence: 6']) };
      // Ben took part on 2026-10-15 and 2026-09-01; as of 2027-02-01 that is 139 days: outside 90, inside 6 months and a month.
      assert.equal((await measure('active-share-90-days', NETWORK, '2027-02-01')).value, 0);
      const m = await measure('active-share-90-days', quarterly, '2027-02-01');
      assert.equal(m.value, 3 / 4);
      assert.match(m.summary, /took part in the 215 days \(the network meets every 6 months: one cycle and a month's grace\) to 1 Feb 2027\.$/);
    });

    it('counts current members who took part in the 90 days to the day, silent members as evidence', async () => {
      const m = await measure('active-share-90-days', NETWORK, DAY);
      assert.equal(m.value, 3 / 4);
      assert.equal(m.summary, '3 of 4 current members (75%) took part in the 90 days to 27 Nov 2026.');
      assert.deepEqual(evidenceOf(m), ['members/dev-patel.md: no part taken since joining on 2024-06-01']);
      assert.equal(m.evidence[0]?.member, 'dev-patel');
      assert.equal(m.question, '1 member has not taken part in the last 90 days (Dev Patel): who could get in touch to ask what would make it worth their while?');
    });

    it('changes with the day: on 2026-03-15 only Amara had taken part in 90 days', async () => {
      const m = await measure('active-share-90-days', NETWORK, '2026-03-15');
      assert.equal(m.value, 1 / 3);
      assert.deepEqual(evidenceOf(m), ['members/dev-patel.md: no part taken since joining on 2024-06-01', 'members/ben-lee.md: last took part 2025-10-01, 165 days ago']);
    });

    it('with every member taking part, asks what keeps them involved', async () => {
      const withoutDev = Object.fromEntries(Object.entries(NETWORK).filter(([path]) => path !== 'members/dev-patel.md'));
      const m = await measure('active-share-90-days', withoutDev, DAY);
      assert.equal(m.value, 1);
      assert.deepEqual(m.evidence, []);
      assert.equal(m.question, 'Every member took part in the last 90 days: what has kept them involved, and how can the network keep it that way?');
    });

    it('reads the window from the days param', async () => {
      const m = await measure('active-share-90-days', NETWORK, DAY, { days: 30 });
      assert.equal(m.value, 0);
      assert.equal(m.summary, '0 of 4 current members (0%) took part in the 30 days to 27 Nov 2026.');
    });

    it('is unknown with no members', async () => {
      const m = await measure('active-share-90-days', { 'CHARTER.md': charterWith() }, DAY);
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'There are no current members.');
    });

    it('is unknown when the network records neither meetings nor actions, asking where members take part', async () => {
      const m = await measure('active-share-90-days', { 'CHARTER.md': charterWith(), 'members/ann-lee.md': memberPage('Ann Lee') }, DAY);
      assert.equal(m.value, undefined);
      assert.equal(m.question, "Where do members take part? Could meetings and actions be recorded in the network's folders?");
    });
  });

  describe('proposals-from-non-leads', () => {
    it('counts proposals whose proposer held no lead role on the proposal date', async () => {
      const m = await measure('proposals-from-non-leads', NETWORK, DAY);
      // Falls audit (Amara, lead on 2026-05-01) is a lead's; the referral form came after her term ended.
      assert.equal(m.value, 2 / 3);
      assert.equal(m.summary, '2 of 3 actions proposed (67%) in the 12 months to 27 Nov 2026 came from members who were not leads.');
      assert.deepEqual(evidenceOf(m), ['members/amara-okafor.md@roles.0: proposed 1 action while in a lead role for falls', 'actions/2026-05-01-falls-audit.md@proposed_by: proposed 2026-05-01 by a lead']);
      assert.equal(m.question, '1 of 3 proposals came from leads, 1 of them from Amara Okafor: how could other members bring their ideas forward?');
    });

    it('changes with the day: on 2026-06-01 the older proposal is in the window', async () => {
      assert.equal((await measure('proposals-from-non-leads', NETWORK, '2026-06-01')).value, 1 / 2);
    });

    it('leaves out actions with no proposer, and is unknown with no proposals in the window', async () => {
      const unnamed = { ...NETWORK, 'actions/2026-11-01-unnamed.md': actionPage('Unnamed', '2026-11-01', undefined) };
      assert.equal((await measure('proposals-from-non-leads', unnamed, DAY)).value, 2 / 3);
      const m = await measure('proposals-from-non-leads', NETWORK, '2025-09-01');
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'No actions with a named proposer were proposed in the 12 months to 1 Sep 2025.');
    });
  });

  describe('never-active-share', () => {
    it('counts members of at least 90 days who never took part, and says newcomers are left out', async () => {
      const m = await measure('never-active-share', NETWORK, DAY);
      assert.equal(m.value, 1 / 3);
      assert.equal(m.summary, '1 of 3 members (33%) who joined at least 90 days before 27 Nov 2026 has never taken part. 1 member who joined in the last 90 days is not counted.');
      assert.deepEqual(evidenceOf(m), ['members/dev-patel.md@joined: joined 2024-06-01, never taken part']);
      assert.match(m.question, /\(Dev Patel\)/);
    });

    it('changes with the day: on 2024-07-01 nobody had taken part, but nothing was recorded yet, so it is unknown rather than at risk', async () => {
      const m = await measure('never-active-share', NETWORK, '2024-07-01');
      assert.equal(m.value, undefined);
      assert.match(m.summary, /^The network does not keep meeting notes or actions/);
      const oneMeeting = { ...NETWORK, 'meetings/2024-06-01-network-meeting.md': meetingPage('2024-06-01', ['dev-patel']) };
      const withRecord = await measure('never-active-share', oneMeeting, '2024-07-01');
      assert.equal(withRecord.value, 1);
      assert.deepEqual(evidenceOf(withRecord), ['members/amara-okafor.md@joined: joined 2024-01-01, never taken part', 'members/ben-lee.md@joined: joined 2024-01-01, never taken part', 'members/eve-jones.md@joined: joined 2024-01-01, never taken part']);
    });

    it('counts taking part in actions when the network keeps no meeting notes', async () => {
      const files = {
        'CHARTER.md': charterWith(),
        'members/ben-lee.md': memberPage('Ben Lee', '2024-01-01'),
        'members/dev-patel.md': memberPage('Dev Patel', '2024-06-01'),
        'actions/2026-09-01-leaflet.md': actionPage('Leaflet', '2026-09-01', 'ben-lee', ['status: proposed']),
      };
      const m = await measure('never-active-share', files, DAY);
      assert.equal(m.value, 1 / 2);
      assert.deepEqual(evidenceOf(m), ['members/dev-patel.md@joined: joined 2024-06-01, never taken part']);
    });

    it('is unknown when every member is new', async () => {
      const m = await measure('never-active-share', NETWORK, '2024-02-01');
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'Every member joined in the last 90 days, too recently to judge.');
    });
  });

  describe('attendance-spread', () => {
    it('counts current members who attended or facilitated at least a quarter of the whole-network meetings they could have in the last 12 months', async () => {
      const m = await measure('attendance-spread', NETWORK, DAY);
      assert.equal(m.value, 3 / 4);
      assert.equal(m.summary, '3 of 4 current members (75%) came to at least a quarter of the 2 whole-network meetings they could have attended in the 12 months to 27 Nov 2026.');
      assert.deepEqual(evidenceOf(m), ['members/dev-patel.md: came to 0 of the 2 whole-network meetings since 27 Nov 2025 while a member']);
      assert.equal(m.question, 'Amara Okafor came to 2 of 2, while 1 member came to fewer than a quarter of the meetings they could have: what times, places or ways of taking part would suit them?');
    });

    it('measures spread, not reach: coming once to eight meetings is not coming regularly', async () => {
      const dates = ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10', '2026-07-10', '2026-08-10'];
      const files: Record<string, string> = { 'CHARTER.md': charterWith(), 'members/amara-okafor.md': memberPage('Amara Okafor'), 'members/ben-lee.md': memberPage('Ben Lee'), 'members/dev-patel.md': memberPage('Dev Patel') };
      dates.forEach((date, i) => (files[`meetings/${date}-network-meeting.md`] = meetingPage(date, i === 0 ? ['amara-okafor', 'ben-lee', 'dev-patel'] : ['amara-okafor'])));
      const m = await measure('attendance-spread', files, DAY);
      assert.equal(m.value, 1 / 3, 'everyone came once (full reach), but only Amara comes regularly');
      assert.deepEqual(evidenceOf(m).map((line) => line.split(':')[0]), ['members/ben-lee.md', 'members/dev-patel.md']);
    });

    it('reads the window from the months param', async () => {
      // Since 27 May 2026 only the meeting of 15 Oct 2026 was held.
      const m = await measure('attendance-spread', NETWORK, DAY, { months: 6 });
      assert.equal(m.summary, '3 of 4 current members (75%) came to at least a quarter of the 1 whole-network meeting they could have attended in the 6 months to 27 Nov 2026.');
      assert.deepEqual(evidenceOf(m), ['members/dev-patel.md: came to 0 of the 1 whole-network meeting since 27 May 2026 while a member']);
    });

    it('changes with the day: on 2026-04-01 Amara and Ben had attended, Dev had not', async () => {
      assert.equal((await measure('attendance-spread', NETWORK, '2026-04-01')).value, 2 / 3);
    });

    it('is unknown, saying so, when the network keeps no meeting notes, and with no whole-network meeting in the window', async () => {
      const m = await measure('attendance-spread', NETWORK, '2025-05-01');
      assert.equal(m.value, undefined);
      assert.match(m.summary, /^The network does not keep meeting notes/);
      const gap = await measure('attendance-spread', NETWORK, '2027-10-30');
      assert.equal(gap.value, undefined);
      assert.equal(gap.summary, 'No whole-network meeting (one with no area) was held in the 12 months to 30 Oct 2027.');
      assert.equal(gap.question, 'When will the whole network next meet, and how will members hear about it?');
    });

    it('is unknown with no current members, though meetings were held', async () => {
      const m = await measure('attendance-spread', { 'CHARTER.md': charterWith(), 'meetings/2026-10-01-network.md': meetingPage('2026-10-01', ['ann-lee']) }, DAY);
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'There are no current members.');
    });
  });
});
