import assert from 'node:assert/strict';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { actionPage, meetingPage } from './participation-fixtures';
import { actionFiles, meetingFiles } from './delivery-fixtures';
import { indicatorNamed } from '../../../../src/core/health/indicators';
import { listOf } from '../../../../src/core/health/indicators/inclusion/organisations';

const DAY = '2026-11-27';
const CHARTER = { 'CHARTER.md': charterWith() };
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * On DAY (90 days before is 2026-08-29): Ann took part on 2026-10-01; Zed
 * (2024-01-01), Cat (2024-06-01), Bob (2025-01-01) and Dan (joined exactly
 * 2026-08-29) never took part; Eve joined on 2026-08-30, a newcomer.
 */
const NEVER: Readonly<Record<string, string>> = {
  ...CHARTER,
  'members/ann.md': memberPage('Ann Ash', '2024-01-01'),
  'members/zed.md': memberPage('Zed Zook', '2024-01-01'),
  'members/bob.md': memberPage('Bob Best', '2025-01-01'),
  'members/cat.md': memberPage('Cat Cole', '2024-06-01'),
  'members/dan.md': memberPage('Dan Dale', '2026-08-29'),
  'members/eve.md': memberPage('Eve Eden', '2026-08-30'),
  'meetings/2026-10-01-network-meeting.md': meetingPage('2026-10-01', ['ann']),
};

const never = (id: string, joined: string): { file: string; at: string[]; member: string; note: string } => ({ file: `/ws/net/members/${id}.md`, at: ['joined'], member: id, note: `joined ${joined}, never taken part` });

/** Ann took part; Zed, Bob and Cat, all long-standing, never did. */
const THREE_SILENT: Readonly<Record<string, string>> = {
  ...CHARTER,
  'members/ann.md': memberPage('Ann Ash', '2024-01-01'),
  'members/zed.md': memberPage('Zed Zook', '2024-01-01'),
  'members/bob.md': memberPage('Bob Best', '2025-01-01'),
  'members/cat.md': memberPage('Cat Cole', '2024-06-01'),
  'meetings/2026-10-01-network-meeting.md': meetingPage('2026-10-01', ['ann']),
};

/** 51 members m00 to m50 who joined in 2024 and never took part, and Top, who came to the only meeting. */
function manySilent(): Record<string, string> {
  const files: Record<string, string> = { ...CHARTER, 'members/top.md': memberPage('Top Person', '2024-01-01'), 'meetings/2026-10-01-network-meeting.md': meetingPage('2026-10-01', ['top']) };
  for (let i = 0; i <= 50; i += 1) files[`members/m${pad(i)}.md`] = memberPage(`Member ${pad(i)}`, '2024-01-01');
  return files;
}

describe('health indicators: inclusion and participation, the exact words a lead reads', () => {
  describe('never-active-share', () => {
    it('counts a member who joined exactly 90 days before, lists the longest-standing first, and names three and "1 other"', async () => {
      const m = await measure('never-active-share', NEVER, DAY);
      assert.deepStrictEqual(m, {
        value: 4 / 5,
        summary: '4 of 5 members (80%) who joined at least 90 days before 27 Nov 2026 have never taken part. 1 member who joined in the last 90 days is not counted.',
        evidence: [never('zed', '2024-01-01'), never('cat', '2024-06-01'), never('bob', '2025-01-01'), never('dan', '2026-08-29')],
        question: '4 members have never taken part (Zed Zook, Cat Cole, Bob Best and 1 other): what small first piece of work could someone invite them to?',
      });
    });

    it('reads its window from the days param: with 30 days, Eve is counted and there are "2 others"', async () => {
      const m = await measure('never-active-share', NEVER, DAY, { days: 30 });
      assert.equal(m.value, 5 / 6);
      assert.equal(m.summary, '5 of 6 members (83%) who joined at least 30 days before 27 Nov 2026 have never taken part.');
      assert.equal(m.question, '5 members have never taken part (Zed Zook, Cat Cole, Bob Best and 2 others): what small first piece of work could someone invite them to?');
    });

    it('names exactly three silent members with no "and others"', async () => {
      const m = await measure('never-active-share', THREE_SILENT, DAY);
      assert.equal(m.question, '3 members have never taken part (Zed Zook, Cat Cole, Bob Best): what small first piece of work could someone invite them to?');
    });

    it('is unknown with no members, saying so', async () => {
      assert.deepStrictEqual(await measure('never-active-share', CHARTER, DAY), { value: undefined, summary: 'There are no current members.', evidence: [], question: 'How will the network welcome its members and offer each of them a first way to take part?' });
    });

    it('is unknown when every member joined in the window, saying they are too new to judge', async () => {
      const files = { ...CHARTER, 'members/eve.md': memberPage('Eve Eden', '2026-08-30'), 'meetings/2026-10-01-network-meeting.md': meetingPage('2026-10-01', ['eve']) };
      assert.deepStrictEqual(await measure('never-active-share', files, DAY), { value: undefined, summary: 'Every member joined in the last 90 days, too recently to judge.', evidence: [], question: 'How will the network welcome its members and offer each of them a first way to take part?' });
    });

    it('shows at most 50 silent members as evidence', async () => {
      const m = await measure('never-active-share', manySilent(), DAY);
      assert.equal(m.value, 51 / 52);
      assert.equal(m.evidence.length, 50);
      assert.equal(m.evidence[49]?.member, 'm49');
    });
  });

  describe('active-share-90-days', () => {
    it('declares its default window of 90 days', () => {
      assert.deepStrictEqual(indicatorNamed('active-share-90-days')?.params, { days: 90 });
    });

    it('is unknown with no members, asking who belongs', async () => {
      assert.deepStrictEqual(await measure('active-share-90-days', CHARTER, DAY), { value: undefined, summary: 'There are no current members.', evidence: [], question: 'Who belongs to the network? Could each member add a page in the members folder?' });
    });

    it('names exactly three silent members with no "and others"', async () => {
      const m = await measure('active-share-90-days', THREE_SILENT, DAY);
      assert.equal(m.question, '3 members have not taken part in the last 90 days (Zed Zook, Cat Cole, Bob Best): who could get in touch to ask what would make it worth their while?');
    });

    it('shows at most 50 silent members as evidence', async () => {
      const m = await measure('active-share-90-days', manySilent(), DAY);
      assert.equal(m.value, 1 / 52);
      assert.equal(m.evidence.length, 50);
      assert.equal(m.evidence[49]?.member, 'm49');
    });
  });

  describe('attendance-spread', () => {
    /**
     * Whole-network meetings in the 12 months to DAY (from 27 Nov 2025, not counting a meeting on that very day):
     * 10 Jan, 10 Mar, 10 May, 10 Jul (Eve facilitated, no attendees), 10 Sep, 10 Oct and 10 Nov 2026. Eve came to all 7;
     * Ann joined on 10 May (so could have come to 5) and came to 1; Bob came to 1 of 7 (and to the meeting on
     * 27 Nov 2025, outside the window); Dan joined on 1 Jun and came to 1 of 4: exactly a quarter.
     */
    const ATTENDANCE: Readonly<Record<string, string>> = {
      ...CHARTER,
      'members/ann.md': memberPage('Ann Ash', '2026-05-10'),
      'members/bob.md': memberPage('Bob Best', '2024-01-01'),
      'members/dan.md': memberPage('Dan Dale', '2026-06-01'),
      'members/eve.md': memberPage('Eve Eden', '2024-01-01'),
      'meetings/2025-11-27-network-meeting.md': meetingPage('2025-11-27', ['bob', 'eve']),
      'meetings/2026-01-10-network-meeting.md': meetingPage('2026-01-10', ['eve']),
      'meetings/2026-03-10-network-meeting.md': meetingPage('2026-03-10', ['eve']),
      'meetings/2026-05-10-network-meeting.md': meetingPage('2026-05-10', ['eve']),
      'meetings/2026-07-10-network-meeting.md': meetingPage('2026-07-10', [], [], 'eve'),
      'meetings/2026-09-10-network-meeting.md': meetingPage('2026-09-10', ['ann', 'eve']),
      'meetings/2026-10-10-network-meeting.md': meetingPage('2026-10-10', ['bob', 'eve']),
      'meetings/2026-11-10-network-meeting.md': meetingPage('2026-11-10', ['dan', 'eve']),
    };

    it('leaves out the meeting 12 months before to the day, counts a meeting on the joining day, a quarter as regular, lowest rate first', async () => {
      assert.deepStrictEqual(await measure('attendance-spread', ATTENDANCE, DAY), {
        value: 2 / 4,
        summary: '2 of 4 current members (50%) came to at least a quarter of the 7 whole-network meetings they could have attended in the 12 months to 27 Nov 2026.',
        evidence: [
          { file: '/ws/net/members/bob.md', member: 'bob', note: 'came to 1 of the 7 whole-network meetings since 27 Nov 2025 while a member' },
          { file: '/ws/net/members/ann.md', member: 'ann', note: 'came to 1 of the 5 whole-network meetings since 27 Nov 2025 while a member' },
        ],
        question: 'Eve Eden came to 7 of 7, while 2 members came to fewer than a quarter of the meetings they could have: what times, places or ways of taking part would suit them?',
      });
    });

    it('is unknown with no members, asking who belongs', async () => {
      assert.deepStrictEqual(await measure('attendance-spread', CHARTER, DAY), { value: undefined, summary: 'There are no current members.', evidence: [], question: 'Who belongs to the network? Could each member add a page in the members folder?' });
    });

    it('is unknown when every member joined after the last meeting', async () => {
      const files = { ...CHARTER, 'members/ann.md': memberPage('Ann Ash', '2026-11-20'), 'meetings/2026-10-01-network-meeting.md': meetingPage('2026-10-01', ['ghost']) };
      assert.deepStrictEqual(await measure('attendance-spread', files, DAY), { value: undefined, summary: 'Every current member joined after the last whole-network meeting in the 12 months to 27 Nov 2026.', evidence: [], question: 'How will new members hear about the next meeting?' });
    });

    it('asks how to draw members in when no current member came to any meeting', async () => {
      const files = { ...CHARTER, 'members/ann.md': memberPage('Ann Ash', '2024-01-01'), 'meetings/2026-10-01-network-meeting.md': meetingPage('2026-10-01', ['ghost']) };
      assert.equal((await measure('attendance-spread', files, DAY)).question, 'No current member came to any of the whole-network meetings: who is taking part, and how could members be drawn in?');
    });

    it('shows at most 50 seldom attenders as evidence', async () => {
      const m = await measure('attendance-spread', manySilent(), DAY);
      assert.equal(m.value, 1 / 52);
      assert.equal(m.evidence.length, 50);
      assert.equal(m.evidence[49]?.member, 'm49');
    });
  });

  describe('proposals-from-non-leads', () => {
    /**
     * Ann led from 1 Mar to 30 Jun 2026 and proposed on both of those days and on 1 Jul; Bob proposed on
     * 27 Nov 2025 (12 months before DAY to the day: outside the window) and on 1 Oct 2026.
     */
    const PROPOSALS: Readonly<Record<string, string>> = {
      ...CHARTER,
      'members/ann.md': memberPage('Ann Ash', '2024-01-01', ['roles:', '  - role: lead', '    from: 2026-03-01', '    until: 2026-06-30']),
      'members/bob.md': memberPage('Bob Best', '2024-01-01'),
      'actions/2025-11-27-a.md': actionPage('Boundary', '2025-11-27', 'bob', ['status: proposed']),
      'actions/2026-03-01-b.md': actionPage('Start', '2026-03-01', 'ann', ['status: proposed']),
      'actions/2026-06-30-c.md': actionPage('End', '2026-06-30', 'ann', ['status: proposed']),
      'actions/2026-07-01-d.md': actionPage('After', '2026-07-01', 'ann', ['status: proposed']),
      'actions/2026-10-01-e.md': actionPage('Recent', '2026-10-01', 'bob', ['status: proposed']),
    };

    it('counts proposals on the first and last day of a lead role as from a lead, and none from 12 months before to the day', async () => {
      assert.deepStrictEqual(evidenceOf(await measure('proposals-from-non-leads', PROPOSALS, DAY)), [
        'members/ann.md@roles.0: proposed 2 actions while in a lead role',
        'actions/2026-03-01-b.md@proposed_by: proposed 2026-03-01 by a lead',
        'actions/2026-06-30-c.md@proposed_by: proposed 2026-06-30 by a lead',
      ]);
      const m = await measure('proposals-from-non-leads', PROPOSALS, DAY);
      assert.equal(m.value, 2 / 4);
      assert.equal(m.summary, '2 of 4 actions proposed (50%) in the 12 months to 27 Nov 2026 came from members who were not leads.');
      assert.equal(m.question, '2 of 4 proposals came from leads, 2 of them from Ann Ash: how could other members bring their ideas forward?');
    });

    it('reads its window from the months param', async () => {
      const m = await measure('proposals-from-non-leads', PROPOSALS, DAY, { months: 3 });
      assert.equal(m.value, 1);
      assert.equal(m.summary, '1 of 1 action proposed (100%) in the 3 months to 27 Nov 2026 came from members who were not leads.');
      assert.equal(m.question, 'The one proposal in the last 3 months came from a member who was not a lead: how can leads help this idea through to delivery?');
    });

    it('shows at most 50 lines of evidence for a lead with 50 proposals', async () => {
      const files: Record<string, string> = { ...CHARTER, 'members/ann.md': memberPage('Ann Ash', '2024-01-01', ['roles:', '  - role: lead', '    from: 2024-01-01']) };
      for (let i = 0; i < 50; i += 1) files[`actions/2026-04-01-a${pad(i)}.md`] = actionPage(`A${pad(i)}`, '2026-04-01', 'ann', ['status: proposed']);
      const m = await measure('proposals-from-non-leads', files, DAY);
      assert.equal(m.value, 0);
      assert.equal(m.evidence.length, 50);
      assert.equal(m.evidence[0]?.note, 'proposed 50 actions while in a lead role');
    });
  });

  describe('organisations-in-leadership-vs-membership', () => {
    const O = 'organisations-in-leadership-vs-membership';
    const LEAD = ['roles:', '  - role: lead', '    from: 2024-01-01'];
    const org = (name: string, id: string, organisation: string | undefined, extra: readonly string[] = []): Record<string, string> => ({ [`members/${id}.md`]: memberPage(name, '2024-01-01', [...(organisation === undefined ? [] : [`organisation: ${organisation}`]), ...extra]) });

    it('with a lead in every organisation: trims the name, orders tied organisations by name, no achievable cap', async () => {
      const files = { ...CHARTER, ...org('Amy Ash', 'amy', '"  Zeta Trust  "', LEAD), ...org('Ben Best', 'ben', 'Alpha Trust', LEAD) };
      assert.deepStrictEqual(await measure(O, files, DAY), {
        value: 1,
        summary: 'Leads come from 2 of 2 organisations among members (100%): Alpha Trust and Zeta Trust.',
        evidence: [
          { file: '/ws/net/members/ben.md', at: ['organisation'], member: 'ben', note: 'Alpha Trust: led by Ben Best' },
          { file: '/ws/net/members/amy.md', at: ['organisation'], member: 'amy', note: 'Zeta Trust: led by Amy Ash' },
        ],
        question: 'Every one of the 2 organisations among members has a lead: are professions and sectors as well spread?',
      });
    });

    it('with one organisation without a lead, says it "has" none', async () => {
      const files = { ...CHARTER, ...org('Amy Ash', 'amy', 'Zeta Trust', LEAD), ...org('Ben Best', 'ben', 'Beta Trust') };
      assert.equal((await measure(O, files, DAY)).question, 'Leads come from 1 organisation of 2; Beta Trust (1 member) has none: who from them could lead a piece of work?');
    });

    it('with two tied organisations without a lead, lists them by name and says they "have" none', async () => {
      const files = { ...CHARTER, ...org('Amy Ash', 'amy', 'Zeta Trust', LEAD), ...org('Ben Best', 'ben', 'Beta Trust'), ...org('Cat Cole', 'cat', 'Alpha Trust') };
      const m = await measure(O, files, DAY);
      assert.deepStrictEqual(evidenceOf(m), ['members/cat.md@organisation: Alpha Trust: 1 member, no lead', 'members/ben.md@organisation: Beta Trust: 1 member, no lead', 'members/amy.md@organisation: Zeta Trust: led by Amy Ash']);
      assert.equal(m.question, 'Leads come from 1 organisation of 3; Alpha Trust (1 member) and Beta Trust (1 member) have none: who from them could lead a piece of work?');
    });

    it('is unknown when the only lead names no organisation, saying so rather than that nobody leads', async () => {
      const files = { ...CHARTER, ...org('Amy Ash', 'amy', undefined, LEAD), ...org('Ben Best', 'ben', 'Beta Trust') };
      assert.deepStrictEqual(await measure(O, files, DAY), {
        value: undefined,
        summary: 'None of the 1 lead names an organisation, so there is no leadership to compare with the 1 organisation among members.',
        evidence: [],
        question: 'Who leads the network and its workstreams, and could their roles and organisations be recorded on their pages?',
      });
    });

    it('is unknown when no member names an organisation, with and without members whose organisation is missing', async () => {
      const question = "Could members add their 'organisation' to their pages, so the network can see whose voices lead?";
      assert.deepStrictEqual(await measure(O, CHARTER, DAY), { value: undefined, summary: 'No current member page names an organisation, so leadership cannot be compared with membership.', evidence: [], question });
      assert.deepStrictEqual(await measure(O, { ...CHARTER, ...org('Amy Ash', 'amy', 'Not recorded') }, DAY), {
        value: undefined,
        summary: 'No current member page names an organisation (1 member has no organisation recorded), so leadership cannot be compared with membership.',
        evidence: [],
        question,
      });
    });

    it('shows at most 50 organisations as evidence', async () => {
      const files: Record<string, string> = { ...CHARTER };
      for (let i = 0; i <= 50; i += 1) Object.assign(files, org(`Member ${pad(i)}`, `m${pad(i)}`, `Org ${pad(i)}`, i === 0 ? LEAD : []));
      const m = await measure(O, files, DAY);
      assert.equal(m.evidence.length, 50);
      assert.equal(m.evidence[0]?.note, 'Org 01: 1 member, no lead');
    });
  });

  describe('elephant-factor', () => {
    it('counts an action decided in the year though proposed before it, trims names and orders tied organisations by name', async () => {
      const files = {
        ...CHARTER,
        'members/amy.md': memberPage('Amy Ash', '2024-01-01', ['organisation: "  Zeta Trust  "']),
        'members/ben.md': memberPage('Ben Best', '2024-01-01', ['organisation: Alpha Trust']),
        ...actionFiles({
          '2025-06-01-a': { title: 'A', status: 'dropped', proposed: '2025-06-01', decided: '2026-01-10', result: 'rejected', owners: ['amy'] },
          '2026-06-01-b': { title: 'B', status: 'proposed', proposed: '2026-06-01', owners: ['ben'] },
        }),
      };
      assert.deepStrictEqual(await measure('elephant-factor', files, DAY), {
        value: 1,
        achievable: 1,
        summary: '1 organisation (Alpha Trust) holds 1 of 2 action ownerships (50%) on actions active in the last 12 months.',
        evidence: [
          { file: '/ws/net/members/ben.md', at: ['organisation'], member: 'ben', note: 'Alpha Trust: 1 of 2 ownerships; Ben Best owns 1' },
          { file: '/ws/net/members/amy.md', at: ['organisation'], member: 'amy', note: 'Zeta Trust: 1 of 2 ownerships; Amy Ash owns 1' },
        ],
        question: 'Members of Alpha Trust own 1 of the 2 action ownerships this year: who from other organisations could own or co-own the next actions?',
      });
    });

    it('shows at most 50 organisations as evidence', async () => {
      const files: Record<string, string> = { ...CHARTER };
      for (let i = 0; i <= 50; i += 1) {
        files[`members/m${pad(i)}.md`] = memberPage(`Member ${pad(i)}`, '2024-01-01', [`organisation: Org ${pad(i)}`]);
        Object.assign(files, actionFiles({ [`2026-06-01-a${pad(i)}`]: { title: `A${pad(i)}`, status: 'proposed', proposed: '2026-06-01', owners: [`m${pad(i)}`] } }));
      }
      const m = await measure('elephant-factor', files, DAY);
      assert.equal(m.value, 26);
      assert.equal(m.evidence.length, 50);
    });
  });

  describe('patient-partners-involved', () => {
    const PARTNER = ['sector: public/patient'];

    it('is unknown with no members, asking who they are', async () => {
      assert.deepStrictEqual(await measure('patient-partners-involved', CHARTER, DAY), { value: undefined, summary: 'The network has no members on the day.', evidence: [], question: "Who are the network's members, and are patients or the public among them?" });
    });

    it('with one quiet partner, says "1 other has" and "is a patient or public partner but has"', async () => {
      const files = { ...CHARTER, 'members/amy.md': memberPage('Amy Ash', '2024-01-01', PARTNER), 'members/ben.md': memberPage('Ben Best', '2024-01-01'), ...meetingFiles({ '2025-01-01-n': { date: '2025-01-01', attendees: ['amy'] } }) };
      const m = await measure('patient-partners-involved', files, DAY);
      assert.equal(m.summary, '0 patient or public partners took part in the last 12 months; 1 other has not taken part in that time. Judged for a network of 2 current members rather than 20.');
      assert.equal(m.question, 'Amy Ash is a patient or public partner but has not taken part in the last 12 months: what would help them take part again?');
    });

    it('orders quiet partners by latest part taken, those who never took part last', async () => {
      const files = {
        ...CHARTER,
        'members/amy.md': memberPage('Amy Ash', '2024-01-01', PARTNER),
        'members/ben.md': memberPage('Ben Best', '2024-01-01', PARTNER),
        'members/cat.md': memberPage('Cat Cole', '2024-01-01', PARTNER),
        'members/dan.md': memberPage('Dan Dale', '2024-01-01', PARTNER),
        ...meetingFiles({ '2025-01-01-n': { date: '2025-01-01', attendees: ['ben'] }, '2025-06-01-n': { date: '2025-06-01', attendees: ['dan'] }, '2026-06-01-n': { date: '2026-06-01', attendees: ['cat'] } }),
      };
      const m = await measure('patient-partners-involved', files, DAY);
      assert.deepStrictEqual(evidenceOf(m), [
        'members/cat.md@sector: patient or public partner, last took part 2026-06-01',
        'members/dan.md@sector: patient or public partner, has not taken part since 2025-06-01',
        'members/ben.md@sector: patient or public partner, has not taken part since 2025-01-01',
        'members/amy.md@sector: patient or public partner, has not taken part yet',
      ]);
      assert.equal(m.summary, '1 patient or public partner took part in the last 12 months (Cat Cole); 3 others have not taken part in that time. Judged for a network of 4 current members rather than 20.');
      assert.equal(m.question, 'Dan Dale, Ben Best and Amy Ash are patient or public partners but have not taken part in the last 12 months: what would help them take part again?');
    });
  });

  describe('listOf', () => {
    it('writes nothing for no names, the name for one, and "A and B" for two', () => {
      assert.deepStrictEqual([listOf([]), listOf(['Alpha Trust']), listOf(['Alpha Trust', 'Beta Trust'])], ['', 'Alpha Trust', 'Alpha Trust and Beta Trust']);
    });
  });
});
