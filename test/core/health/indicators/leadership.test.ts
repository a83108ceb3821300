import assert from 'node:assert/strict';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { judgeMeasurement } from '../../../../src/core/health/score';
import { actionPage, LEADERS, NO_LEADS, rolesLines } from './leadership-fixtures';

const DAY = '2026-11-27';

describe('health indicators: leadership', () => {
  describe('lead-roles-have-terms', () => {
    it('is the share of lead roles held on the day with an end date, naming those without', async () => {
      const result = await measure('lead-roles-have-terms', LEADERS, DAY);
      assert.equal(result.value, 2 / 3);
      assert.equal(result.summary, '2 of 3 lead roles (67%) held on 2026-11-27 have an end date.');
      assert.deepEqual(evidenceOf(result), ['members/amara-okafor.md@roles.1: co-chair role since 2025-01-01, no end date']);
      assert.equal(result.evidence[0]?.member, 'amara-okafor');
      assert.equal(result.question, 'Amara Okafor\'s co-chair role has no end date: when should the term end (the charter sets terms of 24 months)?');
    });

    it('says "has" when one lead role has an end date', async () => {
      const files = {
        'CHARTER.md': charterWith(['leadership:', '  term_months: 24']),
        'members/a.md': memberPage('Ann Ash', '2025-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2025-01-01', until: '2026-12-31' }, { role: 'co-chair', from: '2025-06-01' }])),
      };
      const result = await measure('lead-roles-have-terms', files, DAY);
      assert.equal(result.summary, '1 of 2 lead roles (50%) held on 2026-11-27 has an end date.');
    });

    it('looks at the roles held on an earlier day, leaving out members who had left', async () => {
      // 1 Jun 2024: Amara's frailty, Cara's carers and Dev's comms terms, all dated; Gia (no end) had left.
      const result = await measure('lead-roles-have-terms', LEADERS, '2024-06-01');
      assert.equal(result.value, 1);
      assert.deepEqual(result.evidence, []);
      assert.equal(result.question, 'Every lead role has an end date (the charter sets terms of 24 months): who could take on each role when its term ends?');
    });

    it('is unknown when nobody holds a lead role', async () => {
      const result = await measure('lead-roles-have-terms', NO_LEADS, DAY);
      assert.equal(result.value, undefined);
      assert.equal(result.summary, 'Nobody held a lead role on 2026-11-27.');
      assert.equal(result.question, "Who leads the network's work now? Could each lead role be recorded on the lead's member page, with an end date?");
    });

    it('leaves out roles the charter holds without a term limit, and is unknown when every role held is one', async () => {
      // Amara's open co-chair role is the one without an end date: with co-chairs held without a limit, the two dated roles remain.
      const noLimit = { ...LEADERS, 'CHARTER.md': charterWith(['leadership:', '  term_months: 24', '  terms:', '    co-chair: none']) };
      const result = await measure('lead-roles-have-terms', noLimit, DAY);
      assert.equal(result.value, 1);
      assert.equal(result.summary, '2 of 2 lead roles (100%) held on 2026-11-27 have an end date.');
      assert.deepEqual(result.evidence, []);
      const allOpen = {
        'CHARTER.md': charterWith(['leadership:', '  term_months: 24', '  terms:', '    co-chair: none', '    lead: none']),
        'members/a.md': memberPage('A', '2017-05-16', rolesLines([{ role: 'co-chair', area: 'sig-x', from: '2017-05-16' }, { role: 'lead', area: 'sig-y', from: '2019-01-24' }])),
      };
      const unknownResult = await measure('lead-roles-have-terms', allOpen, DAY);
      assert.equal(unknownResult.value, undefined);
      assert.equal(unknownResult.summary, 'Every lead role held on 2026-11-27 is one the charter holds without a term limit (`leadership.terms`), so none is expected to have an end date.');
    });
  });

  describe('expired-terms-held', () => {
    it('counts ended terms of current members with no later term for the role and area, longest overdue first', async () => {
      // Amara's frailty term was followed by Ben's; Eve's by Amara's; Dev has left.
      const result = await measure('expired-terms-held', LEADERS, DAY);
      assert.equal(result.value, 2);
      assert.equal(result.summary, '2 lead roles have passed their end date with no new term recorded.');
      assert.deepEqual(evidenceOf(result), [
        'members/cara-diaz.md@roles.0.until: lead role for carers ended 2026-05-31, 180 days ago',
        'members/amara-okafor.md@roles.3.until: coordinator role for falls ended 2026-09-30, 58 days ago',
      ]);
      assert.equal(result.question, 'Cara Diaz\'s lead role for carers ended 180 days ago with no new term recorded (and 1 other role): who leads it now, or has the term been extended?');
    });

    it('counts a term as expired until the next term has started on the day', async () => {
      // 15 Jan 2026: Amara's frailty term has ended and Ben's starts only on 1 Feb.
      const result = await measure('expired-terms-held', LEADERS, '2026-01-15', {}, DAY);
      assert.equal(result.value, 1);
      assert.deepEqual(evidenceOf(result), ['members/amara-okafor.md@roles.0.until: lead role for frailty ended 2025-12-31, 15 days ago']);
      assert.equal(result.question, 'Amara Okafor\'s lead role for frailty ended 15 days ago with no new term recorded: who leads it now, or has the term been extended?');
    });

    it('counts a term as taken on when a renewal agreed early overlaps it', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/sam-lee.md': memberPage('Sam Lee', '2024-01-01', rolesLines([{ role: 'lead', area: 'frailty', from: '2024-06-01', until: '2025-05-31' }, { role: 'lead', area: 'frailty', from: '2025-05-01', until: '2027-04-30' }])) };
      assert.equal((await measure('expired-terms-held', files, DAY)).value, 0);
    });

    it('is 0 with nothing expired, and asks about the term that ends next', async () => {
      const result = await measure('expired-terms-held', LEADERS, '2024-12-01', {}, DAY);
      assert.equal(result.value, 0);
      assert.equal(result.summary, 'No lead role has passed its end date without a new term.');
      assert.equal(result.question, 'No lead term has run past its end date. The next to end is Dev Patel\'s lead role for comms on 2025-03-31: who could take it on?');
    });

    it('is unknown when no lead role has ever been recorded', async () => {
      const result = await measure('expired-terms-held', NO_LEADS, DAY);
      assert.equal(result.value, undefined);
      assert.equal(result.summary, 'No lead role is recorded on any member page by 2026-11-27.');
    });
  });

  describe('distinct-leads-24-months', () => {
    it('counts the members, current or past, who led at any time in the window', async () => {
      // Since 27 Nov 2024: Amara, Ben, Cara and Dev (left 2025, term to Mar 2025); not Eve (ended 2023) nor Gia (left Mar 2024).
      const result = await measure('distinct-leads-24-months', LEADERS, DAY, { months: 24 });
      assert.equal(result.value, 4);
      assert.equal(result.summary, '4 people held a lead role in the 24 months to 2026-11-27: Amara Okafor, Ben Hall, Cara Diaz and 1 other (at most 5 lead roles held at once).');
      assert.deepEqual(evidenceOf(result), [
        'members/amara-okafor.md@roles.3: coordinator role for falls, 2026-03-01 to 2026-09-30 (and 3 other roles)',
        'members/ben-hall.md@roles.0: lead role for frailty, 2026-02-01 to 2027-06-30',
        'members/cara-diaz.md@roles.0: lead role for carers, 2024-06-01 to 2026-05-31',
        'members/dev-patel.md@roles.0: lead role for comms, 2023-01-01 to 2025-03-31',
      ]);
      assert.equal(result.question, '4 people have led in the last 24 months: who could lead a piece of work next, with support from an experienced lead?');
    });

    it('uses the months param for the window', async () => {
      // Since 27 Nov 2025: Dev's term had ended.
      assert.equal((await measure('distinct-leads-24-months', LEADERS, DAY, { months: 12 })).value, 3);
    });

    it('counts a term only until its holder left, and changes with the day', async () => {
      // 1 Jun 2023: Dev, Eve and Gia (still a member, her open-ended audit lead).
      const result = await measure('distinct-leads-24-months', LEADERS, '2023-06-01', {}, DAY);
      assert.equal(result.value, 3);
      assert.deepEqual(evidenceOf(result), [
        'members/dev-patel.md@roles.0: lead role for comms, 2023-01-01 to 2025-03-31',
        'members/eve-jones.md@roles.0: lead role for frailty, 2022-01-01 to 2023-12-31',
        'members/gia-rossi.md@roles.0: lead role for audit since 2022-06-01, no end date',
      ]);
    });

    it('is 0, with no count of lead roles held at once, when the only lead term ended before the window', async () => {
      const files = { 'CHARTER.md': charterWith(), 'members/eve.md': memberPage('Eve Jones', '2019-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2020-01-01', until: '2021-12-31' }])) };
      const result = await measure('distinct-leads-24-months', files, DAY);
      assert.equal(result.value, 0);
      assert.equal(result.achievable, undefined);
      assert.equal(result.summary, '0 people held a lead role in the 24 months to 2026-11-27.');
    });

    it('is unknown when no lead role has ever been recorded', async () => {
      assert.equal((await measure('distinct-leads-24-months', NO_LEADS, DAY)).value, undefined);
    });
  });

  describe('continuous-tenure', () => {
    const TERM_12 = ['leadership:', '  term_months: 12'];
    /** Ria renews a 12-month lead term each year from 2022; Sol moves from co-chair to lead after a two-week gap; Tom led, stopped for a year, leads again. */
    const NETWORK: Readonly<Record<string, string>> = {
      'CHARTER.md': charterWith(TERM_12),
      'members/ria.md': memberPage('Ria Shah', '2022-01-01', rolesLines([2022, 2023, 2024, 2025, 2026].map((year) => ({ role: 'lead', area: 'falls', from: `${year}-01-01`, until: `${year}-12-31` })))),
      'members/sol.md': memberPage('Sol Berg', '2024-01-01', rolesLines([
        { role: 'co-chair', from: '2025-01-01', until: '2025-12-31' },
        { role: 'lead', area: 'care-homes', from: '2026-01-15', until: '2026-12-31' },
      ])),
      'members/tom.md': memberPage('Tom Ince', '2022-01-01', rolesLines([
        { role: 'lead', area: 'carers', from: '2022-01-01', until: '2023-12-31' },
        { role: 'lead', area: 'carers', from: '2025-01-01', until: '2025-12-31' },
        { role: 'co-chair', from: '2026-06-01', until: '2027-05-31' },
      ])),
      'members/uma.md': memberPage('Uma Roy', '2022-01-01', ['left: 2026-01-01', ...rolesLines([{ role: 'lead', area: 'comms', from: '2022-01-01' }])]),
    };

    it('joins renewals and lead roles into spells, and names who is past the charter’s limit (twice term_months)', async () => {
      const result = await measure('continuous-tenure', NETWORK, DAY);
      // Ria: 2022-01-01 to 2026-12-31, 60 months against 24. Sol: one spell across the two-week gap, 24 months: at the limit, not past it.
      assert.equal(result.value, 60 / 24);
      assert.equal(result.summary, "Ria Shah has led without a break since 2022-01-01 over 5 lead terms: 58 months so far, 60 to 2026-12-31 with the terms agreed, past the charter's limit of 24 months in a row. Next longest: Sol Berg, 24 months to 2026-12-31.");
      // The finding is Ria's: her page is the evidence (and where the editor shows it).
      assert.deepEqual(evidenceOf(result), ['members/ria.md@roles.4: led since 2022-01-01 over 5 lead terms, 58 months so far; 60 to 2026-12-31 with the lead role for falls']);
      assert.equal(result.question, 'Ria Shah has led for longer than the network agreed: who will take the role on, and could they shadow or co-lead until the current term ends, rather than another renewal?');
    });

    it('names everyone past the limit, and reads the charter’s own max_continuous_months', async () => {
      const result = await measure('continuous-tenure', { ...NETWORK, 'CHARTER.md': charterWith(['leadership:', '  term_months: 12', '  max_continuous_months: 18']) }, DAY);
      assert.equal(result.value, 60 / 18);
      assert.match(result.summary, /past the charter's limit of 18 months in a row; Sol Berg is also past it\. Next longest: Tom Ince, 12 months to 2027-05-31\.$/);
      assert.match(result.question, /^Ria Shah and Sol Berg have led for longer than the network agreed/);
    });

    it('with three past the limit, names the other two as also past it', async () => {
      const zed = memberPage('Zed Moss', '2023-01-01', rolesLines([{ role: 'lead', area: 'audit', from: '2024-01-01', until: '2026-12-31' }]));
      const result = await measure('continuous-tenure', { ...NETWORK, 'members/zed.md': zed, 'CHARTER.md': charterWith(['leadership:', '  term_months: 12', '  max_continuous_months: 18']) }, DAY);
      assert.match(result.summary, /past the charter's limit of 18 months in a row; Zed Moss and Sol Berg are also past it\. Next longest: Tom Ince, 12 months to 2027-05-31\.$/);
      assert.match(result.question, /^Ria Shah, Zed Moss and Sol Berg have led for longer than the network agreed: who will take the roles on/);
    });

    it('within the limit: the longest spell and when it ends, as a question about who is next', async () => {
      // Measured today for 1 Jun 2022: the renewals recorded since were not yet agreed then, so they do not count.
      const result = await measure('continuous-tenure', NETWORK, '2022-06-01', {}, DAY);
      // Ria and Tom each in their first term; Uma (no end date) runs to the day.
      assert.equal(result.value, 24 / 24);
      assert.match(result.summary, /^Tom Ince has led without a break since 2022-01-01: 5 months so far, 24 to 2023-12-31 with the terms agreed, within the charter's limit of 24 months in a row\. Next longest: Ria Shah, 12 months to 2022-12-31\.$/);
      assert.equal(result.question, "Tom Ince's spell of leading reaches 24 of the 24 months the charter allows: who could take over when the term ends on 2023-12-31, and start shadowing now?");
      // Within the limit, every spell running is evidence, longest first.
      assert.deepEqual(evidenceOf(result).map((line) => line.split('@')[0]), ['members/tom.md', 'members/ria.md', 'members/uma.md']);
      // A spell of one term is not said to be "over 1 lead term".
      assert.equal(evidenceOf(result)[0], 'members/tom.md@roles.0: led since 2022-01-01, 5 months so far; 24 to 2023-12-31 with the lead role for carers');
    });

    it('judges a spell to the end of the renewals already recorded ahead, as the rule does', async () => {
      const vic = memberPage('Vic Lowe', '2025-06-01', rolesLines([2026, 2027, 2028].map((year) => ({ role: 'lead', area: 'falls', from: `${year}-01-01`, until: `${year}-12-31` }))));
      const result = await measure('continuous-tenure', { 'CHARTER.md': charterWith(TERM_12), 'members/vic.md': vic }, DAY);
      assert.equal(result.value, 36 / 24);
      assert.equal(result.summary, "Vic Lowe has led without a break since 2026-01-01 over 3 lead terms: 10 months so far, 36 to 2028-12-31 with the terms agreed, past the charter's limit of 24 months in a row.");
    });

    it('agrees with the rule at the limit: a spell ending on the day the limit is reached is within it, a few days more is past it', async () => {
      const page = (until: string): string => memberPage('Wyn Hart', '2024-01-01', rolesLines([{ role: 'lead', area: 'falls', from: '2025-01-01', until: '2025-12-31' }, { role: 'lead', area: 'falls', from: '2026-01-01', until }]));
      const thresholds = builtInChecklist().items.find((item) => item.id === 'continuous-tenure');
      assert.ok(thresholds?.type === 'indicator');
      const judged = async (until: string) => {
        const result = await measure('continuous-tenure', { 'CHARTER.md': charterWith(TERM_12), 'members/wyn.md': page(until) }, DAY);
        return { status: judgeMeasurement(result, thresholds.indicator.thresholds), past: /past the charter's limit/.test(result.summary) };
      };
      assert.deepEqual(await judged('2026-12-31'), { status: 'watch', past: false });
      assert.deepEqual(await judged('2027-01-01'), { status: 'watch', past: false });
      assert.deepEqual(await judged('2027-01-05'), { status: 'at-risk', past: true });
    });

    it('is unknown with no limit in the charter, with no lead role, or with nobody leading on the day', async () => {
      assert.match((await measure('continuous-tenure', { ...NETWORK, 'CHARTER.md': charterWith() }, DAY)).summary, /^The charter sets no limit on leading/);
      assert.equal((await measure('continuous-tenure', NO_LEADS, DAY)).value, undefined);
      const ended = await measure('continuous-tenure', { 'CHARTER.md': charterWith(TERM_12), 'members/a.md': memberPage('A', '2022-01-01', rolesLines([{ role: 'lead', from: '2022-01-01', until: '2022-12-31' }])) }, DAY);
      assert.equal(ended.value, undefined);
      assert.equal(ended.summary, 'Nobody held a lead role on 2026-11-27.');
    });

    it('leaves out roles the charter holds without a term limit, as the rule does, and is unknown when every role held is one', async () => {
      // With lead: none, Ria's 60 months of lead terms are left out; only co-chair terms count, and Tom's is the one running.
      const leadNone = { ...NETWORK, 'CHARTER.md': charterWith([...TERM_12, '  terms:', '    lead: none']) };
      const result = await measure('continuous-tenure', leadNone, DAY);
      assert.equal(result.value, 12 / 24);
      assert.equal(result.summary, "Tom Ince has led without a break since 2026-06-01: 5 months so far, 12 to 2027-05-31 with the terms agreed, within the charter's limit of 24 months in a row.");
      const allNone = { ...NETWORK, 'CHARTER.md': charterWith([...TERM_12, '  terms:', '    lead: none', '    co-chair: none']) };
      const open = await measure('continuous-tenure', allNone, DAY);
      assert.equal(open.value, undefined);
      assert.equal(open.summary, 'Every lead role held on 2026-11-27 is one the charter holds without a term limit (`leadership.terms`), so no spell of leading is judged against a limit.');
    });
  });

  describe('top-holder-share', () => {
    it('is the share of lead roles held by the member holding most, their roles ending soonest first', async () => {
      const result = await measure('top-holder-share', LEADERS, DAY);
      assert.equal(result.value, 2 / 3);
      assert.equal(result.summary, 'Amara Okafor holds 2 of 3 lead roles (67%).');
      assert.deepEqual(evidenceOf(result), ['members/amara-okafor.md@roles.2: lead role for discharge until 2027-12-31', 'members/amara-okafor.md@roles.1: co-chair role, no end date']);
      assert.equal(result.question, 'Amara Okafor holds 2 of 3 lead roles: which could someone else take on?');
    });

    it('says so when each role has a different holder, on an earlier day', async () => {
      const result = await measure('top-holder-share', LEADERS, '2024-06-01', {}, DAY);
      assert.equal(result.value, 1 / 3);
      assert.equal(result.summary, 'Each of the 3 lead roles is held by a different person (33% each).');
    });

    it('names every member tied for most', async () => {
      const files = {
        'CHARTER.md': charterWith(),
        'members/ben-hall.md': memberPage('Ben Hall', '2024-01-01', rolesLines([{ role: 'lead', area: 'a', from: '2025-01-01' }, { role: 'lead', area: 'b', from: '2025-01-01', until: '2027-01-01' }])),
        'members/amara-okafor.md': memberPage('Amara Okafor', '2024-01-01', rolesLines([{ role: 'lead', area: 'c', from: '2025-01-01' }, { role: 'coordinator', area: 'd', from: '2025-01-01' }])),
        'members/cara-diaz.md': memberPage('Cara Diaz', '2024-01-01', rolesLines([{ role: 'co-chair', from: '2025-01-01' }, { role: 'sponsor', from: '2025-01-01' }])),
      };
      const result = await measure('top-holder-share', files, DAY);
      assert.equal(result.value, 0.4);
      assert.equal(result.summary, 'Amara Okafor and Ben Hall each hold 2 of 5 lead roles (40%).');
      assert.equal(result.evidence.length, 4);
    });

    it('is unknown when nobody holds a lead role', async () => {
      assert.equal((await measure('top-holder-share', NO_LEADS, DAY)).value, undefined);
    });
  });

  describe('ownership-absence-factor', () => {
    it('in a network of seven, three people owning half the work is healthy; one alone is still at risk', async () => {
      const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
      const members = Object.fromEntries(ids.map((id) => [`members/${id}.md`, memberPage(`Member ${id.toUpperCase()}`, '2025-01-01')]));
      const owned = (owners: readonly (readonly string[])[]): Record<string, string> =>
        Object.fromEntries(owners.map((list, i) => [`actions/2026-0${i + 1}-01-w${i}.md`, actionPage({ title: `W${i}`, status: 'agreed', proposed: `2026-0${i + 1}-01`, owners: list })]));
      const thresholds = builtInChecklist().items.find((item) => item.id === 'ownership-absence-factor');
      assert.ok(thresholds?.type === 'indicator');
      const spread = await measure('ownership-absence-factor', { 'CHARTER.md': charterWith(), ...members, ...owned([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'a'], ['b', 'c']]) }, DAY);
      assert.equal(spread.value, 3);
      assert.equal(judgeMeasurement(spread, thresholds.indicator.thresholds), 'healthy');
      const alone = await measure('ownership-absence-factor', { 'CHARTER.md': charterWith(), ...members, ...owned([['a'], ['a'], ['a', 'b'], ['a', 'c']]) }, DAY);
      assert.equal(alone.value, 1);
      assert.equal(judgeMeasurement(alone, thresholds.indicator.thresholds), 'at-risk');
    });

    const files = {
      ...LEADERS,
      'actions/2025-01-01-x4.md': actionPage({ title: 'Old audit', status: 'done', proposed: '2025-01-01', owners: ['ben-hall', 'cara-diaz', 'dev-patel'], decided: { date: '2025-01-10', result: 'agreed' }, completed: '2025-06-01' }),
      'actions/2025-03-01-x5.md': actionPage({ title: 'Away day', status: 'dropped', proposed: '2025-03-01', owners: ['ben-hall'], decided: { date: '2025-04-01', result: 'rejected' } }),
      'actions/2026-01-01-x1.md': actionPage({ title: 'Falls clinic', status: 'in-progress', proposed: '2026-01-01', owners: ['amara-okafor', 'ben-hall'], decided: { date: '2026-01-10', result: 'agreed' } }),
      'actions/2026-02-01-x2.md': actionPage({ title: 'Referral form', status: 'agreed', proposed: '2026-02-01', owners: ['amara-okafor'], decided: { date: '2026-02-10', result: 'agreed' } }),
      'actions/2026-03-01-x3.md': actionPage({ title: 'Carers leaflet', status: 'done', proposed: '2026-03-01', owners: ['amara-okafor', 'cara-diaz'], decided: { date: '2026-03-10', result: 'agreed' }, completed: '2026-06-01' }),
      'actions/2026-10-01-x6.md': actionPage({ title: 'Carer cafe', status: 'proposed', proposed: '2026-10-01', owners: ['cara-diaz'] }),
      'actions/2026-10-02-x7.md': actionPage({ title: 'Data sharing', status: 'blocked', proposed: '2026-10-02', owners: [], decided: { date: '2026-10-10', result: 'agreed' } }),
    };

    it('is the fewest members owning half the ownerships of open actions and those completed in 12 months', async () => {
      // Counted: x1, x2, x3, x6, x7 (x4 completed over 12 months ago, x5 dropped). Amara 3, Cara 2, Ben 1 of 6.
      const result = await measure('ownership-absence-factor', files, DAY);
      assert.equal(result.value, 1);
      assert.equal(result.summary, 'Amara Okafor owns 3 of 6 action ownerships (50%) among 5 actions open or completed in the last 12 months.');
      assert.deepEqual(evidenceOf(result), [
        'members/amara-okafor.md: owns 3 of 6 action ownerships',
        'actions/2026-01-01-x1.md@owners: owned by Amara Okafor, in-progress',
        'actions/2026-02-01-x2.md@owners: owned by Amara Okafor, agreed',
      ]);
      assert.equal(result.question, 'Amara Okafor owns at least half of the 6 action ownerships in the last 12 months: who could share ownership of new actions, or pair up on the ones already under way?');
    });

    it('changes with the day: on 1 Dec 2025 only the old audit counts', async () => {
      const result = await measure('ownership-absence-factor', files, '2025-12-01', {}, DAY);
      assert.equal(result.value, 2);
      assert.equal(result.summary, 'Ben Hall and Cara Diaz together own 2 of 3 action ownerships (67%) among 1 action open or completed in the last 12 months.');
      assert.deepEqual(evidenceOf(result), ['members/ben-hall.md: owns 1 of 3 action ownerships', 'members/cara-diaz.md: owns 1 of 3 action ownerships']);
    });

    it('is unknown with no owned actions in the window', async () => {
      const result = await measure('ownership-absence-factor', { ...LEADERS, 'actions/2026-10-02-x7.md': files['actions/2026-10-02-x7.md'] }, DAY);
      assert.equal(result.value, undefined);
      assert.equal(result.summary, 'No action open on 2026-11-27 or completed in the 12 months before has an owner.');
    });
  });
});
