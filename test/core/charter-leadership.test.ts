/**
 * Seats and per-role term limits (issue 15): scenarios with known truth. A group of three co-leads
 * that drops to two has one empty seat and no expired term; a role held without a term limit is
 * asked for no end date; a role with its own limit is judged by it.
 */
import assert from 'node:assert/strict';
import { about, CHARTER_BODY, charterFields, diagnose, md, member, rangeOfText } from './network-builder';
import { impliedTermEnd, newTermEnd } from '../../src/core/model/charter-leadership';
import { AsOfFacts } from '../../src/core/health/facts';
import { indicatorNamed } from '../../src/core/health/indicators';
import { networkOf } from './health/health-fixtures';

const YESTERDAY = '2026-11-26';

/** A charter with one area, frailty, whose `seats` and the leadership's extra lines are given. */
function charterWith(seats: readonly string[], leadership: readonly string[] = []): string {
  return md([...charterFields(), ...leadership, 'areas:', '  - id: frailty', '    title: Frailty', ...(seats.length ? ['    seats:', ...seats.map((s) => `      ${s}`)] : [])], CHARTER_BODY);
}

function lead(name: string, from: string, until: string): string {
  return member(name, ['roles:', '  - role: lead', '    area: frailty', `    from: ${from}`, `    until: ${until}`]);
}

/** Three co-leads of frailty; Amara's term ended yesterday, Sam and Tom lead on. */
const COLEADS = {
  'members/amara-okafor.md': lead('Amara Okafor', '2025-01-01', YESTERDAY),
  'members/sam-lee.md': lead('Sam Lee', '2025-01-01', '2027-06-30'),
  'members/tom-hughes.md': lead('Tom Hughes', '2025-01-01', '2027-06-30'),
};

describe('seats: three co-leads dropping to two', () => {
  it('reports no expired term on the one who left, and one empty seat on the charter', async () => {
    const charter = charterWith(['lead: 3']);
    const found = await diagnose({ 'CHARTER.md': charter, ...COLEADS });
    assert.deepEqual(about(found, 'members/amara-okafor.md', 'role.term-expired'), []);
    const vacant = about(found, 'CHARTER.md', 'role.seat-vacant');
    assert.equal(vacant.length, 1);
    assert.deepEqual(vacant[0]!.range, rangeOfText(charter, 16, '3'));
    assert.equal(vacant[0]!.message, 'The lead role for frailty has 3 seats and 2 held today: 1 seat is empty.');
  });

  it('finds no empty seat once the charter says two seats', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith(['lead: 2']), ...COLEADS });
    assert.deepEqual(about(found, 'CHARTER.md', 'role.seat-vacant'), []);
    assert.deepEqual(about(found, 'members/amara-okafor.md', 'role.term-expired'), []);
  });

  it('still reports the last holder of a one-seat role whose term ended', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith([]), 'members/amara-okafor.md': lead('Amara Okafor', '2025-01-01', YESTERDAY) });
    assert.equal(about(found, 'members/amara-okafor.md', 'role.term-expired').length, 1);
  });

  it('still reports the last holder\'s expired term when the charter gives the role zero seats (which the schema refuses)', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith(['lead: 0']), 'members/amara-okafor.md': lead('Amara Okafor', '2025-01-01', YESTERDAY) });
    assert.equal(about(found, 'members/amara-okafor.md', 'role.term-expired').length, 1);
    assert.deepEqual(about(found, 'CHARTER.md', 'role.seat-vacant'), []);
  });

  it('points an empty network-wide seat at its count in the charter\'s own seats', async () => {
    const charter = md([...charterFields(), 'seats:', '  co-chair: 2'], CHARTER_BODY);
    const chair = member('Amara Okafor', ['roles:', '  - role: co-chair', '    from: 2025-01-01', '    until: 2027-06-30']);
    const vacant = about(await diagnose({ 'CHARTER.md': charter, 'members/amara-okafor.md': chair }), 'CHARTER.md', 'role.seat-vacant');
    assert.deepEqual(vacant.map((d) => [d.range, d.message]), [[rangeOfText(charter, 13, '2'), 'The co-chair role has 2 seats and 1 held today: 1 seat is empty.']]);
  });

  it('accepts seats in the charter schema, and refuses a seat count of zero', async () => {
    assert.deepEqual(about(await diagnose({ 'CHARTER.md': charterWith(['lead: 3']) }), 'CHARTER.md').filter((d) => d.code.startsWith('schema.')), []);
    assert.notDeepEqual(about(await diagnose({ 'CHARTER.md': charterWith(['lead: 0']) }), 'CHARTER.md').filter((d) => d.code.startsWith('schema.')), []);
  });
});

describe('leadership.terms: a limit per role, or none', () => {
  const chair = member('Amara Okafor', ['roles:', '  - role: co-chair', '    from: 2020-01-01']);

  it('asks no end date of a co-chair held without a term limit', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith([], ['  terms:', '    co-chair: none']), 'members/amara-okafor.md': chair });
    assert.deepEqual(about(found, 'members/amara-okafor.md').map((d) => d.code).filter((c) => c.startsWith('role.')), []);
  });

  it('still asks it under term_months alone', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith([]), 'members/amara-okafor.md': chair });
    assert.deepEqual(
      about(found, 'members/amara-okafor.md').map((d) => d.code).filter((c) => c === 'role.no-end' || c === 'role.term-limit').sort(),
      ['role.no-end', 'role.term-limit'],
    );
  });

  it('judges a role by its own limit: 36 months for a co-chair, 24 for a lead', async () => {
    const terms = ['  terms:', '    co-chair: 36'];
    const coChair = member('Amara Okafor', ['roles:', '  - role: co-chair', '    from: 2024-01-01', '    until: 2026-12-31']);
    const leadTerm = member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2024-01-01', '    until: 2026-12-31']);
    const found = await diagnose({ 'CHARTER.md': charterWith([], terms), 'members/amara-okafor.md': coChair, 'members/sam-lee.md': leadTerm });
    assert.deepEqual(about(found, 'members/amara-okafor.md', 'role.term-limit'), []);
    const limited = about(found, 'members/sam-lee.md', 'role.term-limit');
    assert.equal(limited.length, 1);
    assert.match(limited[0]!.message, /longer than the charter's 24-month term; it should end by 2026-01-01/);
  });
});

describe('emeritus: never a lead, never expires', () => {
  it('raises no role warning, and no schema error, for an emeritus role long ended or open-ended', async () => {
    const emeritus = member('Amara Okafor', ['roles:', '  - role: emeritus', '    area: frailty', '    from: 2024-06-01', '  - role: emeritus', '    from: 2024-03-01', '    until: 2025-01-01']);
    const found = about(await diagnose({ 'CHARTER.md': charterWith([]), 'members/amara-okafor.md': emeritus }), 'members/amara-okafor.md');
    assert.deepEqual(found.map((d) => d.code), []);
  });
});

describe('leadership.term_ends_on: terms that end on a fixed day of the year', () => {
  const charterData = (leadership: Record<string, unknown>): Record<string, unknown> => ({ leadership: { term_months: 12, ...leadership } });

  it('judges a term with no until to end on the last such day within its term limit, else the first after it starts', () => {
    const march = charterData({ term_ends_on: '03-31' });
    assert.equal(impliedTermEnd(march, 'lead', '2025-04-01'), '2026-03-31');
    assert.equal(impliedTermEnd(march, 'lead', '2025-03-31'), '2026-03-31', 'the day itself is not after the start');
    assert.equal(impliedTermEnd(march, 'lead', '2025-03-30'), '2025-03-31');
    const twoYears = charterData({ term_months: 24, term_ends_on: '03-31' });
    assert.equal(impliedTermEnd(twoYears, 'lead', '2025-04-01'), '2027-03-31');
    assert.equal(impliedTermEnd(twoYears, 'lead', '2025-06-01'), '2027-03-31');
    // The term limit reaches exactly the day: that day is still within it.
    assert.equal(impliedTermEnd(twoYears, 'lead', '2025-03-31'), '2027-03-31');
    // Six-month terms: no 31 March falls within six months of 1 April, so the first one after it.
    assert.equal(impliedTermEnd(charterData({ term_months: 6, term_ends_on: '03-31' }), 'lead', '2025-04-01'), '2026-03-31');
    assert.equal(impliedTermEnd(charterData({ term_ends_on: '02-29' }), 'lead', '2025-03-01'), '2026-02-28');
    assert.equal(impliedTermEnd(charterData({ term_ends_on: '02-29' }), 'lead', '2027-03-01'), '2028-02-29');
  });

  it('implies nothing without term_ends_on, for a role held without a limit, or for a day no month has', () => {
    assert.equal(impliedTermEnd(charterData({}), 'lead', '2025-04-01'), undefined);
    assert.equal(impliedTermEnd(charterData({ term_ends_on: '03-31', terms: { lead: 'none' } }), 'lead', '2025-04-01'), undefined);
    assert.equal(impliedTermEnd(charterData({ term_ends_on: '04-31' }), 'lead', '2025-04-01'), undefined);
    assert.equal(impliedTermEnd(charterData({ term_ends_on: '2026-03-31' }), 'lead', '2025-04-01'), undefined);
    assert.equal(impliedTermEnd(charterData({ term_ends_on: '03-31' }), 'lead', undefined), undefined);
  });

  it('gives a new term (renew, handover) the implied end, else the term in months', () => {
    assert.equal(newTermEnd(charterData({ term_ends_on: '03-31' }), 'lead', '2026-11-27'), '2027-03-31');
    assert.equal(newTermEnd(charterData({}), 'lead', '2026-11-27'), '2027-11-26');
    assert.equal(newTermEnd({ leadership: { terms: { lead: 'none' } } }, 'lead', '2026-11-27'), undefined);
  });

  const fixedDay = (termMonths = 12): string => charterWith([], ['  term_ends_on: 03-31']).replace('term_months: 24', `term_months: ${termMonths}`);
  const openLead = (name: string, from: string): string => member(name, ['roles:', '  - role: lead', '    area: frailty', `    from: ${from}`]);

  it('asks no until of a term whose end the charter implies, and finds nothing wrong while it runs', async () => {
    const found = await diagnose({ 'CHARTER.md': fixedDay(), 'members/amara-okafor.md': openLead('Amara Okafor', '2026-04-01') });
    assert.deepEqual(about(found, 'members/amara-okafor.md').map((d) => d.code), []);
    assert.deepEqual(about(found, 'CHARTER.md').map((d) => d.code), []);
  });

  it('reports the term expired, at its role, once the implied end has passed with nobody after it', async () => {
    const page = openLead('Amara Okafor', '2025-04-01');
    const found = about(await diagnose({ 'CHARTER.md': fixedDay(), 'members/amara-okafor.md': page }), 'members/amara-okafor.md');
    assert.deepEqual(found.map((d) => d.code), ['role.term-expired']);
    assert.deepEqual(found[0]!.range, rangeOfText(page, 5, 'lead'));
    assert.equal(found[0]!.message, "This lead role for frailty ended on 2026-03-31 (the charter's `term_ends_on`; it has no `until`) and no later term is recorded. Agree a new term or record who leads next.");
  });

  it('finds it taken on by a later term, and judges term limit and continuous tenure to the implied end', async () => {
    const found = await diagnose({ 'CHARTER.md': fixedDay(), 'members/amara-okafor.md': openLead('Amara Okafor', '2025-04-01'), 'members/sam-lee.md': openLead('Sam Lee', '2026-04-01') });
    assert.deepEqual(found.filter((d) => d.code.startsWith('role.')).map((d) => d.code), []);
  });

  it('accepts a month-day in the charter schema, and refuses a day no month has', async () => {
    const schemaErrors = async (charter: string): Promise<string[]> => about(await diagnose({ 'CHARTER.md': charter }), 'CHARTER.md').filter((d) => d.code.startsWith('schema.')).map((d) => d.code);
    assert.deepEqual(await schemaErrors(fixedDay()), []);
    assert.notDeepEqual(await schemaErrors(fixedDay().replace('03-31', '04-31')), []);
  });
});

describe('leadership.term_ends_on in health', () => {
  it('counts a term whose implied end has passed as expired, and one still running as having an end', async () => {
    const charter = charterWith([], ['  term_ends_on: 03-31']).replace('term_months: 24', 'term_months: 12');
    const network = await networkOf({
      'CHARTER.md': charter,
      'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-04-01']),
      'members/sam-lee.md': member('Sam Lee', ['roles:', '  - role: co-chair', '    from: 2026-04-01']),
    });
    const facts = new AsOfFacts(network, '2026-11-27');
    const expired = indicatorNamed('expired-terms-held')!.measure({ facts, params: {} });
    assert.equal(expired.value, 1, expired.summary);
    assert.equal(expired.evidence?.[0]?.note, 'lead role for frailty ended 2026-03-31, 241 days ago');
    // No `until` is written: the evidence points at the role.
    assert.deepEqual(expired.evidence?.[0]?.at, ['roles', 0, 'role']);
    const terms = indicatorNamed('lead-roles-have-terms')!.measure({ facts, params: {} });
    assert.equal(terms.value, 1, terms.summary);
  });
});
