/**
 * Seats and per-role term limits (issue 15): scenarios with known truth. A group of three co-leads
 * that drops to two has one empty seat and no expired term; a role held without a term limit is
 * asked for no end date; a role with its own limit is judged by it.
 */
import assert from 'node:assert/strict';
import { about, CHARTER_BODY, charterFields, diagnose, md, member, rangeOfText } from './network-builder';

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
