import assert from 'node:assert/strict';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { indicatorNamed } from '../../../../src/core/health/indicators';
import { actionPage, LEADERS, NO_LEADS, rolesLines, type Term } from './leadership-fixtures';

const DAY = '2026-11-27';
const TERM_12 = charterWith(['leadership:', '  term_months: 12']);
const NO_LEAD_ROLES = 'No lead role is recorded on any member page by 2026-11-27.';
const NO_LEAD_ROLES_QUESTION = "Who leads the network's work? Could each lead role be recorded on the lead's member page, with its area and term?";
const pad = (n: number): string => String(n).padStart(2, '0');

/** `count` terms of one role in areas a00, a01, ... on one page. */
const manyTerms = (count: number, term: Omit<Term, 'area'>): Term[] => Array.from({ length: count }, (_, i) => ({ ...term, area: `a${pad(i)}` }));

describe('health indicators: leadership (exact outcomes)', () => {
  describe('with no lead role recorded', () => {
    it('every leadership indicator that needs one says so, with the question about recording lead roles', async () => {
      for (const name of ['continuous-tenure', 'distinct-leads-24-months', 'expired-terms-held']) {
        const result = await measure(name, { ...NO_LEADS, 'CHARTER.md': TERM_12 }, DAY);
        assert.deepEqual([name, result.value, result.summary, result.question], [name, undefined, NO_LEAD_ROLES, NO_LEAD_ROLES_QUESTION]);
      }
    });

    it('top-holder-share says nobody held a lead role on the day, and asks who leads now', async () => {
      const result = await measure('top-holder-share', NO_LEADS, DAY);
      assert.equal(result.summary, 'Nobody held a lead role on 2026-11-27.');
      assert.equal(result.question, "Who leads the network's work now? Could each lead role be recorded on the lead's member page?");
    });
  });

  describe('continuous-tenure', () => {
    it('asks how long one person should lead when the charter sets no limit', async () => {
      const result = await measure('continuous-tenure', { ...LEADERS, 'CHARTER.md': charterWith() }, DAY);
      assert.equal(result.value, undefined);
      assert.equal(result.question, 'How long should one person lead before handing on? Could the charter say, in `leadership.term_months`?');
    });

    it('asks who leads now when nobody leads on the day, and about roles without a limit when every role held is one', async () => {
      const ended = await measure('continuous-tenure', { 'CHARTER.md': TERM_12, 'members/a.md': memberPage('A', '2022-01-01', rolesLines([{ role: 'lead', from: '2022-01-01', until: '2022-12-31' }])) }, DAY);
      assert.equal(ended.question, "Who leads the network's work now? Could each lead role be recorded on the lead's member page, with its term?");
      const allNone = { 'CHARTER.md': charterWith(['leadership:', '  term_months: 12', '  terms:', '    co-chair: none']), 'members/a.md': memberPage('A', '2022-01-01', rolesLines([{ role: 'co-chair', from: '2022-01-01' }])) };
      const open = await measure('continuous-tenure', allNone, DAY);
      assert.equal(open.value, undefined);
      assert.equal(open.question, 'Do members still agree that these roles need no term limit, and how does a new lead come forward when one steps down?');
    });

    it('points each spell at the term that ends it: the dated term ending on its last day, else the open one, and on a tie the later start', async () => {
      const files = {
        'CHARTER.md': TERM_12,
        // Dated lead role, then an open co-chair role: the open one is last.
        'members/ann.md': memberPage('Ann Ash', '2025-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2026-01-01', until: '2026-06-30' }, { role: 'co-chair', from: '2026-07-01' }])),
        // Open co-chair role first, then a dated coordinator role ending after the day: the spell ends with the coordinator role, not the open co-chair role.
        'members/bob.md': memberPage('Bob Best', '2025-01-01', rolesLines([{ role: 'co-chair', from: '2026-02-01' }, { role: 'coordinator', area: 'audit', from: '2026-03-01', until: '2026-12-31' }])),
        // Two terms ending on the same day: the later start is last.
        'members/cat.md': memberPage('Cat Cole', '2025-01-01', rolesLines([{ role: 'lead', area: 'carers', from: '2026-03-01', until: '2026-12-31' }, { role: 'coordinator', area: 'comms', from: '2026-04-01', until: '2026-12-31' }])),
      };
      const result = await measure('continuous-tenure', files, DAY);
      assert.deepEqual(evidenceOf(result), [
        'members/bob.md@roles.1: led since 2026-02-01 over 2 lead terms, 9 months so far; 11 to 2026-12-31 with the coordinator role for audit',
        'members/ann.md@roles.1: led since 2026-01-01 over 2 lead terms, 10 months so far; 10 to 2026-11-27 with the co-chair role',
        'members/cat.md@roles.1: led since 2026-03-01 over 2 lead terms, 8 months so far; 10 to 2026-12-31 with the coordinator role for comms',
      ]);
    });
  });

  describe('distinct-leads-24-months', () => {
    it('declares a 24-month window by default', () => {
      assert.deepEqual(indicatorNamed('distinct-leads-24-months')?.params, { months: 24 });
    });

    it('asks who could lead when nobody has led in the window', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/eve.md': memberPage('Eve Jones', '2019-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2020-01-01', until: '2021-12-31' }])) };
      const result = await measure('distinct-leads-24-months', files, DAY);
      assert.equal(result.question, "Nobody has held a lead role in the last 24 months: who could lead a piece of the network's work?");
    });

    it('counts a term ending on the first day of the window, and not one whose holder left before it though its term ran on', async () => {
      const files = {
        'CHARTER.md': charterWith(),
        // The window opens on 2024-11-27.
        'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2023-01-01', until: '2024-11-27' }])),
        'members/bob.md': memberPage('Bob Best', '2020-01-01', ['left: 2024-03-01', ...rolesLines([{ role: 'lead', area: 'audit', from: '2023-01-01', until: '2027-12-31' }])]),
      };
      const result = await measure('distinct-leads-24-months', files, DAY);
      assert.equal(result.value, 1);
      assert.equal(result.summary, '1 person held a lead role in the 24 months to 2026-11-27: Ann Ash (at most 1 lead role held at once).');
      assert.equal(result.question, 'Only Ann Ash has led in the last 24 months: who could lead a piece of work next, with support from an experienced lead?');
    });

    it('counts roles held at once on the day a term ends and another starts, and on the day itself', async () => {
      const files = {
        'CHARTER.md': charterWith(),
        'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2025-01-01', until: '2026-03-01' }])),
        'members/bob.md': memberPage('Bob Best', '2020-01-01', rolesLines([{ role: 'lead', area: 'audit', from: '2026-03-01', until: '2026-06-30' }])),
      };
      const handover = await measure('distinct-leads-24-months', files, DAY);
      assert.equal(handover.achievable, 2);
      assert.equal(handover.summary, '2 people held a lead role in the 24 months to 2026-11-27: Ann Ash and Bob Best (at most 2 lead roles held at once).');
      const startsOnTheDay = {
        'CHARTER.md': charterWith(),
        'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2025-01-01' }])),
        'members/bob.md': memberPage('Bob Best', '2020-01-01', rolesLines([{ role: 'lead', area: 'audit', from: DAY, until: '2027-06-30' }])),
      };
      assert.equal((await measure('distinct-leads-24-months', startsOnTheDay, DAY)).achievable, 2);
    });

    it('shows at most 50 leads as evidence', async () => {
      const files: Record<string, string> = { 'CHARTER.md': charterWith() };
      for (let i = 0; i < 51; i++) files[`members/m${pad(i)}.md`] = memberPage(`Member ${pad(i)}`, '2024-01-01', rolesLines([{ role: 'lead', area: `a${pad(i)}`, from: '2025-01-01' }]));
      const result = await measure('distinct-leads-24-months', files, DAY);
      assert.equal(result.value, 51);
      assert.equal(result.evidence.length, 50);
      assert.equal(result.evidence[49]?.member, 'm49');
    });
  });

  describe('expired-terms-held', () => {
    it('words one expired role in the singular', async () => {
      const result = await measure('expired-terms-held', LEADERS, '2026-01-15', {}, DAY);
      assert.equal(result.summary, '1 lead role has passed its end date with no new term recorded.');
    });

    it('counts only lead roles, longest overdue first, then by member and place on the page', async () => {
      const files = {
        'CHARTER.md': charterWith(),
        // A plain member role that ended is not an expired lead term.
        'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2025-01-01', until: '2026-06-01' }, { role: 'member', from: '2020-01-01', until: '2025-01-01' }])),
        'members/bob.md': memberPage('Bob Best', '2020-01-01', rolesLines([
          { role: 'lead', area: 'audit', from: '2025-01-01', until: '2026-12-31' },
          { role: 'lead', area: 'comms', from: '2025-01-01', until: '2026-05-01' },
          { role: 'lead', area: 'carers', from: '2025-01-01', until: '2026-06-01' },
          { role: 'coordinator', area: 'carers', from: '2025-01-01', until: '2026-06-01' },
        ])),
      };
      const result = await measure('expired-terms-held', files, DAY);
      assert.equal(result.value, 4);
      assert.deepEqual(evidenceOf(result), [
        'members/bob.md@roles.1.until: lead role for comms ended 2026-05-01, 210 days ago',
        'members/ann.md@roles.0.until: lead role for falls ended 2026-06-01, 179 days ago',
        'members/bob.md@roles.2.until: lead role for carers ended 2026-06-01, 179 days ago',
        'members/bob.md@roles.3.until: coordinator role for carers ended 2026-06-01, 179 days ago',
      ]);
    });

    it('with nothing expired, asks about the dated term ending next, not an open one', async () => {
      // 1 Feb 2025: Amara's open co-chair role is held alongside dated terms; Dev's ends first.
      const result = await measure('expired-terms-held', LEADERS, '2025-02-01', {}, DAY);
      assert.equal(result.value, 0);
      assert.equal(result.question, "No lead term has run past its end date. The next to end is Dev Patel's lead role for comms on 2025-03-31: who could take it on?");
    });

    it('with nothing expired and no end dates, asks who will plan each handover', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'co-chair', from: '2025-01-01' }])) };
      const result = await measure('expired-terms-held', files, DAY);
      assert.equal(result.value, 0);
      assert.equal(result.question, 'No lead term has run past its end date: when lead roles are given end dates, who will plan each handover?');
    });

    it('shows at most 50 expired roles as evidence', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines(manyTerms(51, { role: 'lead', from: '2025-01-01', until: '2026-01-01' }))) };
      const result = await measure('expired-terms-held', files, DAY);
      assert.equal(result.value, 51);
      assert.equal(result.evidence.length, 50);
    });
  });

  describe('lead-roles-have-terms', () => {
    it('asks whether roles without a term limit still need none, when every role held is one', async () => {
      const files = { 'CHARTER.md': charterWith(['leadership:', '  terms:', '    co-chair: none']), 'members/a.md': memberPage('A', '2020-01-01', rolesLines([{ role: 'co-chair', from: '2025-01-01' }])) };
      const result = await measure('lead-roles-have-terms', files, DAY);
      assert.equal(result.question, 'Do members still agree that these roles need no term limit, and how does a new lead come forward when one steps down?');
    });

    it('with one open role and no term length in the charter, asks when the term should end', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/a.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'co-chair', from: '2025-01-01' }])) };
      const result = await measure('lead-roles-have-terms', files, DAY);
      assert.equal(result.question, "Ann Ash's co-chair role has no end date: when should the term end?");
    });

    it('with several open roles, names the longest held and counts the others, longest held first', async () => {
      const files = {
        'CHARTER.md': charterWith(['leadership:', '  term_months: 24']),
        'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'co-chair', from: '2025-06-01' }, { role: 'lead', area: 'falls', from: '2024-01-01' }])),
        'members/bob.md': memberPage('Bob Best', '2020-01-01', rolesLines([{ role: 'lead', area: 'audit', from: '2025-01-01' }, { role: 'lead', area: 'comms', from: '2025-06-01' }])),
      };
      const result = await measure('lead-roles-have-terms', files, DAY);
      assert.equal(result.value, 0);
      assert.deepEqual(evidenceOf(result), [
        'members/ann.md@roles.1: lead role for falls since 2024-01-01, no end date',
        'members/bob.md@roles.0: lead role for audit since 2025-01-01, no end date',
        'members/ann.md@roles.0: co-chair role since 2025-06-01, no end date',
        'members/bob.md@roles.1: lead role for comms since 2025-06-01, no end date',
      ]);
      assert.equal(result.question, "Ann Ash's lead role for falls and 3 other lead roles have no end date: when should each term end (the charter sets terms of 24 months)?");
    });

    it('shows at most 50 open roles as evidence', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines(manyTerms(51, { role: 'lead', from: '2025-01-01' }))) };
      const result = await measure('lead-roles-have-terms', files, DAY);
      assert.equal(result.value, 0);
      assert.equal(result.evidence.length, 50);
    });
  });

  describe('top-holder-share', () => {
    it('names tied holders by name, not id, and lists their roles ending soonest first, open ones last', async () => {
      const files = {
        'CHARTER.md': charterWith(),
        'members/aa.md': memberPage('Zed Moss', '2020-01-01', rolesLines([{ role: 'co-chair', from: '2025-01-01' }, { role: 'lead', area: 'falls', from: '2025-01-01', until: '2027-06-30' }])),
        'members/zz.md': memberPage('Ann Ash', '2020-01-01', rolesLines([{ role: 'lead', area: 'audit', from: '2025-01-01' }, { role: 'lead', area: 'comms', from: '2025-01-01' }])),
      };
      const result = await measure('top-holder-share', files, DAY);
      assert.equal(result.summary, 'Ann Ash and Zed Moss each hold 2 of 4 lead roles (50%).');
      assert.deepEqual(evidenceOf(result), [
        'members/aa.md@roles.1: lead role for falls until 2027-06-30',
        'members/aa.md@roles.0: co-chair role, no end date',
        'members/zz.md@roles.0: lead role for audit, no end date',
        'members/zz.md@roles.1: lead role for comms, no end date',
      ]);
    });
  });

  describe('top-holder-share (evidence cap)', () => {
    it('shows at most 50 of the top holder\'s roles as evidence', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann Ash', '2020-01-01', rolesLines(manyTerms(51, { role: 'lead', from: '2025-01-01' }))) };
      const result = await measure('top-holder-share', files, DAY);
      assert.equal(result.value, 1);
      assert.equal(result.evidence.length, 50);
    });
  });

  describe('ownership-absence-factor', () => {
    const owned = (id: string, count: number, status = 'agreed'): Record<string, string> =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`actions/2026-01-01-w${pad(i)}.md`, actionPage({ title: `W${i}`, status, proposed: '2026-01-01', owners: [id], decided: { date: '2026-01-10', result: 'agreed' } })]));

    it('reads the months param for the window', async () => {
      const files = {
        ...LEADERS,
        'actions/2025-01-01-x4.md': actionPage({ title: 'Old audit', status: 'done', proposed: '2025-01-01', owners: ['ben-hall', 'cara-diaz'], decided: { date: '2025-01-10', result: 'agreed' }, completed: '2025-06-01' }),
        'actions/2026-02-01-x2.md': actionPage({ title: 'Referral form', status: 'agreed', proposed: '2026-02-01', owners: ['amara-okafor'], decided: { date: '2026-02-10', result: 'agreed' } }),
      };
      const result = await measure('ownership-absence-factor', files, DAY, { months: 24 });
      assert.equal(result.summary, 'Amara Okafor and Ben Hall together own 2 of 3 action ownerships (67%) among 2 actions open or completed in the last 24 months.');
    });

    it('leaves out a dropped action even with a completion date', async () => {
      const files = {
        ...LEADERS,
        'actions/2026-02-01-x2.md': actionPage({ title: 'Referral form', status: 'agreed', proposed: '2026-02-01', owners: ['amara-okafor'], decided: { date: '2026-02-10', result: 'agreed' } }),
        'actions/2026-03-01-x3.md': actionPage({ title: 'Away day', status: 'dropped', proposed: '2026-03-01', owners: ['ben-hall', 'cara-diaz'], decided: { date: '2026-03-10', result: 'agreed' }, completed: '2026-06-01' }),
      };
      const result = await measure('ownership-absence-factor', files, DAY);
      assert.equal(result.summary, 'Amara Okafor owns 1 of 1 action ownership (100%) among 1 action open or completed in the last 12 months.');
    });

    it('gives no achievable figure in a network of one member', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann Ash', '2020-01-01'), ...owned('ann', 1) };
      const result = await measure('ownership-absence-factor', files, DAY);
      assert.equal(result.value, 1);
      assert.equal(result.achievable, undefined);
    });

    it('shows at most 50 evidence entries', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann Ash', '2020-01-01'), 'members/bob.md': memberPage('Bob Best', '2020-01-01'), ...owned('ann', 51) };
      const result = await measure('ownership-absence-factor', files, DAY);
      assert.equal(result.evidence.length, 50);
      assert.equal(evidenceOf(result)[0], 'members/ann.md: owns 51 of 51 action ownerships');
    });
  });
});
