/**
 * Who holds a lead role on a day, as role.term-expired and role.seat-vacant judge it (leadTerms,
 * heldOn in src/core/rules/role-term-expired.ts): members who left, co-leads, seats, successors,
 * and the first and last day of a term. Each case is a small network checked as of 2026-11-27,
 * written from what a network lead should be told; mutation testing found them missing.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/core/diagnostic';
import { about, CHARTER_BODY, charterFields, diagnose, md, member, rangeOfText, TODAY } from './network-builder';

const AMARA = 'members/amara-okafor.md';
const SAM = 'members/sam-lee.md';
const TOM = 'members/tom-hughes.md';
const YESTERDAY = '2026-11-26';
const TOMORROW = '2026-11-28';

/** A charter with one area, frailty; with `seats` lines when given (the seat count is on line 16). */
function charterWith(seats: readonly string[] = []): string {
  return md([...charterFields(), 'areas:', '  - id: frailty', '    title: Frailty', ...(seats.length ? ['    seats:', ...seats.map((s) => `      ${s}`)] : [])], CHARTER_BODY);
}

/** A member page with lead terms for frailty, each `[from, until]`, and extra lines (e.g. `left:`) before them. */
function leadOf(name: string, terms: readonly (readonly [string | undefined, string])[], extra: readonly string[] = []): string {
  return member(name, [...extra, 'roles:', ...terms.flatMap(([from, until]) => ['  - role: lead', '    area: frailty', ...(from ? [`    from: ${from}`] : []), `    until: ${until}`])]);
}

function messages(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.message);
}

describe('lead terms of members who left', () => {
  const TWO_SEATS = charterWith(['lead: 2']);
  /** Amara leads on; Tom left on 2026-03-01 with his term recorded to mid-2027. */
  const network = {
    'CHARTER.md': TWO_SEATS,
    [AMARA]: leadOf('Amara Okafor', [['2025-01-01', '2026-12-31']]),
    [TOM]: leadOf('Tom Hughes', [['2025-01-01', '2026-12-31']], ['left: 2026-03-01']),
  };

  it('takes a term to end on the day its holder left: the seat is empty since, and the leaver is told to end the role', async () => {
    const found = await diagnose(network);
    const vacant = about(found, 'CHARTER.md', 'role.seat-vacant');
    assert.deepEqual(vacant.map((d) => d.range), [rangeOfText(TWO_SEATS, 16, '2')]);
    assert.deepEqual(messages(vacant), ['The lead role for frailty has 2 seats and 1 held today: 1 seat is empty.']);
    assert.deepEqual(messages(about(found, TOM)), ['This member left on 2026-03-01, but their lead role for frailty runs until 2026-12-31.']);
  });

  it('counts the seat held on the day they left, and empty from the day after', async () => {
    const vacantOn = async (today: string): Promise<string[]> => messages(about(await diagnose(network, { today }), 'CHARTER.md', 'role.seat-vacant'));
    assert.deepEqual(await vacantOn('2026-03-01'), []);
    assert.deepEqual(await vacantOn('2026-03-02'), ['The lead role for frailty has 2 seats and 1 held today: 1 seat is empty.']);
  });

  it('does not stretch a term that ended to a leaving day still to come', async () => {
    // Tom's term ended in June; he leaves the network at the end of the year. He holds no seat between.
    const leaving = leadOf('Tom Hughes', [['2025-01-01', '2026-06-30']], ['left: 2026-12-31']);
    const found = await diagnose({ ...network, [TOM]: leaving });
    assert.deepEqual(messages(about(found, 'CHARTER.md', 'role.seat-vacant')), ['The lead role for frailty has 2 seats and 1 held today: 1 seat is empty.']);
  });

  it('leaves a term that ended after its holder left to member.left-with-role, and does not also call it expired', async () => {
    const text = leadOf('Sam Lee', [['2025-01-01', '2026-06-30']], ['left: 2026-03-01']);
    const found = about(await diagnose({ 'CHARTER.md': charterWith(), [SAM]: text }), SAM);
    assert.deepEqual(
      found.map((d) => [d.code, d.range]),
      [['member.left-with-role', rangeOfText(text, 9, '2026-06-30')]],
    );
    assert.equal(found[0]!.message, 'This member left on 2026-03-01, but their lead role for frailty runs until 2026-06-30.');
  });

  it('reports the role empty once a co-lead who left is gone, on the one whose term ended', async () => {
    // Without seats: Sam's term ended yesterday; Tom, who led alongside from earlier, left in March.
    const sam = leadOf('Sam Lee', [['2025-06-01', YESTERDAY]]);
    const tom = leadOf('Tom Hughes', [['2025-01-01', '2026-12-31']], ['left: 2026-03-01']);
    const expired = about(await diagnose({ 'CHARTER.md': charterWith(), [SAM]: sam, [TOM]: tom }), SAM, 'role.term-expired');
    assert.deepEqual(expired.map((d) => d.range), [rangeOfText(sam, 8, YESTERDAY)]);
    assert.deepEqual(messages(expired), ['This lead role for frailty ended on 2026-11-26 and no later term is recorded. Agree a new term or record who leads next.']);
    // The control: while Tom is still a member, he holds the role and Sam's ended term leaves nothing empty.
    const staying = leadOf('Tom Hughes', [['2025-01-01', '2026-12-31']]);
    assert.deepEqual(about(await diagnose({ 'CHARTER.md': charterWith(), [SAM]: sam, [TOM]: staying }), SAM, 'role.term-expired'), []);
  });
});

describe('role.term-expired: others holding the role today', () => {
  const sam = leadOf('Sam Lee', [['2024-06-01', '2025-05-31']]);

  it('is silent while a co-lead who began before the ended term still holds the role', async () => {
    const ended = leadOf('Sam Lee', [['2025-01-01', '2025-12-31']]);
    const tom = leadOf('Tom Hughes', [['2024-12-01', '2026-11-30']]);
    const found = await diagnose({ 'CHARTER.md': charterWith(), [SAM]: ended, [TOM]: tom });
    assert.deepEqual(about(found, SAM, 'role.term-expired'), []);
    // The control: once Tom's term has ended too, the role is empty and both are told.
    const after = await diagnose({ 'CHARTER.md': charterWith(), [SAM]: ended, [TOM]: tom }, { today: '2026-12-01' });
    assert.deepEqual(messages(about(after, SAM, 'role.term-expired')), ['This lead role for frailty ended on 2025-12-31 and no later term is recorded. Agree a new term or record who leads next.']);
  });

  it('is silent while the same member holds the role under another entry', async () => {
    // One page records a long lead term and, inside it, a shorter one that has ended.
    const both = leadOf('Sam Lee', [['2025-01-01', '2026-12-31'], ['2025-03-01', '2025-08-31']]);
    assert.deepEqual(about(await diagnose({ 'CHARTER.md': charterWith(), [SAM]: both }), SAM, 'role.term-expired'), []);
  });

  it('leaves an empty seat to role.seat-vacant when the charter counts the seats, even with nobody left holding it', async () => {
    const charter = charterWith(['lead: 2']);
    const found = await diagnose({ 'CHARTER.md': charter, [SAM]: sam });
    assert.deepEqual(about(found, SAM, 'role.term-expired'), []);
    assert.deepEqual(messages(about(found, 'CHARTER.md', 'role.seat-vacant')), ['The lead role for frailty has 2 seats and 0 held today: 2 seats are empty.']);
  });
});

describe('role.term-expired: successors', () => {
  const sam = leadOf('Sam Lee', [['2024-06-01', '2025-05-31']]);

  it('counts a role taken on by a later term even when that term has ended too, and reports only the last one', async () => {
    const tom = leadOf('Tom Hughes', [['2025-06-01', '2026-05-31']]);
    const found = await diagnose({ 'CHARTER.md': charterWith(), [SAM]: sam, [TOM]: tom });
    assert.deepEqual(about(found, SAM, 'role.term-expired'), []);
    const expired = about(found, TOM, 'role.term-expired');
    assert.deepEqual(expired.map((d) => d.range), [rangeOfText(tom, 8, '2026-05-31')]);
    assert.deepEqual(messages(expired), ['This lead role for frailty ended on 2026-05-31 and no later term is recorded. Agree a new term or record who leads next.']);
  });

  it('names the earliest of several later terms, whoever records it', async () => {
    for (const [amaraFrom, tomFrom] of [
      ['2027-03-01', '2026-12-15'],
      ['2026-12-15', '2027-03-01'],
    ] as const) {
      const amara = leadOf('Amara Okafor', [[amaraFrom, '2028-11-30']]);
      const tom = leadOf('Tom Hughes', [[tomFrom, '2028-11-30']]);
      const expired = about(await diagnose({ 'CHARTER.md': charterWith(), [AMARA]: amara, [SAM]: sam, [TOM]: tom }), SAM, 'role.term-expired');
      assert.deepEqual(messages(expired), ['This lead role for frailty ended on 2025-05-31, and the next recorded term starts on 2026-12-15: until then nobody holds it.'], `${amaraFrom} ${tomFrom}`);
    }
  });

  it('counts any recorded term as later than one with no from (which the schema asks for)', async () => {
    const noFrom = leadOf('Sam Lee', [[undefined, '2025-05-31']]);
    const tom = leadOf('Tom Hughes', [['2025-06-01', '2026-05-31']]);
    const found = await diagnose({ 'CHARTER.md': charterWith(), [SAM]: noFrom, [TOM]: tom });
    assert.deepEqual(about(found, SAM, 'role.term-expired'), []);
    // The control: alone, it is reported.
    assert.equal(about(await diagnose({ 'CHARTER.md': charterWith(), [SAM]: noFrom }), SAM, 'role.term-expired').length, 1);
  });
});

describe('role.seat-vacant on the first and last day of a term', () => {
  const charter = charterWith(['lead: 2']);
  const amara = leadOf('Amara Okafor', [['2025-01-01', '2026-12-31']]);
  const vacant = async (tom: readonly [string, string]): Promise<string[]> =>
    messages(about(await diagnose({ 'CHARTER.md': charter, [AMARA]: amara, [TOM]: leadOf('Tom Hughes', [tom]) }), 'CHARTER.md', 'role.seat-vacant'));
  const ONE_EMPTY = ['The lead role for frailty has 2 seats and 1 held today: 1 seat is empty.'];

  it('fills the seat on the day a term begins, not the day before', async () => {
    assert.deepEqual(await vacant([TODAY, '2027-12-31']), []);
    assert.deepEqual(await vacant([TOMORROW, '2027-12-31']), ONE_EMPTY);
  });

  it('holds the seat on a term\'s last day, not the day after', async () => {
    assert.deepEqual(await vacant(['2025-01-01', TODAY]), []);
    assert.deepEqual(await vacant(['2025-01-01', YESTERDAY]), ONE_EMPTY);
  });

  it('says "1 seat" of a role with one seat', async () => {
    const one = charterWith(['lead: 1']);
    const found = await diagnose({ 'CHARTER.md': one, [TOM]: leadOf('Tom Hughes', [['2025-01-01', YESTERDAY]]) });
    assert.deepEqual(messages(about(found, 'CHARTER.md', 'role.seat-vacant')), ['The lead role for frailty has 1 seat and 0 held today: 1 seat is empty.']);
  });
});
