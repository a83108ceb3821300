/**
 * Areas that end (issue 15): a charter area may be `retired:` on a day and
 * `renamed_to:` another area. Roles in a retired area are not expected to go
 * on; a renamed area's history counts for the area it became.
 */
import assert from 'node:assert/strict';
import { AreaHistory } from '../../src/core/model/areas';
import { completionsAt, hoverAt } from '../../src/core/language';
import { about, CHARTER_BODY, charterFields, diagnose, md, member, range, rangeOfText } from './network-builder';
import { open, TODAY } from './language/helpers';

/**
 * A charter (areas from line 13) with frailty; falls, a working group dissolved
 * on `fallsRetired`, with two lead seats unless `seats` is false; and
 * old-discharge, renamed to discharge unless `renamedTo` is null.
 */
function charterWith(fallsRetired: string | undefined, renamedTo: string | null = 'discharge', seats = true): string {
  return md(
    [
      ...charterFields(),
      'areas:',
      '  - id: frailty',
      '    title: Frailty',
      '  - id: falls',
      '    title: Falls working group',
      ...(fallsRetired ? [`    retired: ${fallsRetired}`] : []),
      ...(seats ? ['    seats:', '      lead: 2'] : []),
      '  - id: old-discharge',
      '    title: Discharge (old name)',
      ...(renamedTo !== null ? ['    retired: 2025-12-31', `    renamed_to: ${renamedTo}`] : []),
      '  - id: discharge',
      '    title: Discharge',
    ],
    CHARTER_BODY,
  );
}

function leadIn(name: string, area: string, from: string, until?: string): string {
  return member(name, ['roles:', '  - role: lead', `    area: ${area}`, `    from: ${from}`, ...(until ? [`    until: ${until}`] : [])]);
}

/** The 0-based line of the first line of `content` holding `text`. */
function lineOf(content: string, text: string): number {
  return content.split('\n').findIndex((line) => line.includes(text));
}

/** The falls group's old leads: one term ended long ago, one never given an end. */
const FALLS_LEADS = {
  'members/amara-okafor.md': leadIn('Amara Okafor', 'falls', '2024-02-01', '2024-12-31'),
  'members/sam-lee.md': leadIn('Sam Lee', 'falls', '2024-02-01'),
};

const ROLE_CODES = ['role.term-expired', 'role.no-end', 'role.term-limit', 'role.continuous-tenure', 'role.seat-vacant'];

function roleFindings(found: Awaited<ReturnType<typeof diagnose>>): string[] {
  return found
    .filter((d) => ROLE_CODES.includes(d.code))
    .map((d) => `${d.file.replace(/^.*\/net\//, '')} ${d.code}`)
    .sort();
}

describe('areas that end: retired', () => {
  it('reports the dissolved group\'s old leads while the area is open (the control)', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith(undefined), ...FALLS_LEADS });
    assert.deepEqual(roleFindings(found), ['CHARTER.md role.seat-vacant', 'members/sam-lee.md role.no-end', 'members/sam-lee.md role.term-limit']);
  });

  it('raises no role warning once the area is retired: no expired term, no missing end, no term limit, no empty seat', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith('2025-06-30'), ...FALLS_LEADS });
    assert.deepEqual(roleFindings(found), []);
    assert.deepEqual(about(found, 'CHARTER.md').map((d) => d.code), []);
  });

  it('still reports a lone lead whose term expired in an area that retires only later', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith('2027-06-30', 'discharge', false), 'members/amara-okafor.md': leadIn('Amara Okafor', 'falls', '2025-01-01', '2026-06-30') });
    const expired = about(found, 'members/amara-okafor.md', 'role.term-expired');
    assert.equal(expired.length, 1);
    assert.deepEqual(expired[0]!.range, range(8, 11, 8, 21));
  });

  it('judges the term limit to the day the area retired: within the limit, nothing; past it, still reported', async () => {
    // term_months 24 from 2024-02-01: the latest end is 2026-02-01.
    const open = { 'members/sam-lee.md': leadIn('Sam Lee', 'falls', '2024-02-01') };
    const within = await diagnose({ 'CHARTER.md': charterWith('2026-01-31'), ...open });
    assert.deepEqual(about(within, 'members/sam-lee.md', 'role.term-limit'), []);
    const past = await diagnose({ 'CHARTER.md': charterWith('2026-03-31'), ...open });
    const limit = about(past, 'members/sam-lee.md', 'role.term-limit');
    assert.equal(limit.length, 1);
    assert.deepEqual(limit[0]!.range, range(5, 10, 5, 14));
  });

  it('accepts retired and renamed_to in the charter schema, and refuses a retired day that is not a date', async () => {
    const schemaErrors = (found: Awaited<ReturnType<typeof diagnose>>): string[] => about(found, 'CHARTER.md').filter((d) => d.code.startsWith('schema.')).map((d) => d.code);
    assert.deepEqual(schemaErrors(await diagnose({ 'CHARTER.md': charterWith('2025-06-30') })), []);
    assert.notDeepEqual(schemaErrors(await diagnose({ 'CHARTER.md': charterWith('last spring') })), []);
  });
});

describe('areas that end: renamed', () => {
  const OLD_LEAD = { 'members/amara-okafor.md': leadIn('Amara Okafor', 'old-discharge', '2024-02-01', '2025-12-31') };
  const NEW_LEAD = { 'members/sam-lee.md': leadIn('Sam Lee', 'discharge', '2026-01-01', '2027-12-31') };

  it('counts a term under the new id as the successor of one under the old id, and the old id is a known area', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith(undefined), ...OLD_LEAD, ...NEW_LEAD });
    assert.deepEqual(roleFindings(found).filter((f) => f.startsWith('members/')), []);
    assert.deepEqual(found.filter((d) => d.code === 'ref.unknown-area'), []);
  });

  it('without the rename, the old id\'s term is expired (the control)', async () => {
    const found = await diagnose({ 'CHARTER.md': charterWith(undefined, null), ...OLD_LEAD, ...NEW_LEAD });
    assert.deepEqual(about(found, 'members/amara-okafor.md', 'role.term-expired').map((d) => d.range), [range(8, 11, 8, 21)]);
  });

  it('reports renamed_to naming an area the charter does not list, at the value', async () => {
    const charter = charterWith(undefined, 'dischrage');
    const found = about(await diagnose({ 'CHARTER.md': charter }), 'CHARTER.md', 'ref.unknown-area');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.range, rangeOfText(charter, lineOf(charter, 'renamed_to'), 'dischrage'));
    assert.equal(found[0]!.message, "`areas[2].renamed_to`: 'dischrage' is not an area listed in the charter. Did you mean 'discharge'?");
  });
});

describe('AreaHistory', () => {
  const history = new AreaHistory({
    areas: [
      { id: 'a', title: 'A', renamed_to: 'b', retired: '2024-01-01' },
      { id: 'b', title: 'B', renamed_to: 'c' },
      { id: 'c', title: 'C', retired: '2026-06-30' },
      { id: 'loop1', title: 'L', renamed_to: 'loop2' },
      { id: 'loop2', title: 'L', renamed_to: 'loop1' },
      { id: 'lost', title: 'Lost', renamed_to: 'nowhere', retired: '2023-01-01' },
    ],
  });

  it('follows a chain of renames, stops at a loop, and does not follow an unknown id', () => {
    assert.equal(history.current('a'), 'c');
    assert.equal(history.current('loop1'), 'loop2');
    assert.equal(history.current('lost'), 'lost');
    assert.equal(history.current('unlisted'), 'unlisted');
    assert.deepEqual(history.aliases('c'), ['a', 'b', 'c']);
  });

  it('retires an old id with the area it became, not on the day of its rename', () => {
    assert.equal(history.retiredOn('a'), '2026-06-30');
    assert.equal(history.isRetired('a', '2026-06-29'), false);
    assert.equal(history.isRetired('a', '2026-06-30'), true);
    assert.equal(history.endOf('a', undefined), '2026-06-30');
    assert.equal(history.endOf('a', '2025-01-01'), '2025-01-01');
    assert.equal(history.endOf(undefined, undefined), undefined);
    assert.equal(history.isRetired('lost', '2023-01-01'), true);
  });

  it('is open for new work only when neither renamed nor retired by the day', () => {
    assert.deepEqual(['a', 'b', 'c', 'lost'].filter((id) => history.isOpen(id, '2026-01-01')), ['c']);
    assert.deepEqual(['a', 'b', 'c'].filter((id) => history.isOpen(id, '2026-07-01')), []);
  });

  it('says why a new action cannot take a closed area, naming the area a renamed one goes on as while it is open', () => {
    assert.deepEqual(history.closed('a', '2026-01-01'), { reason: "the area 'a' was renamed to 'c'", instead: 'c' });
    assert.deepEqual(history.closed('b', '2026-06-30'), { reason: "the area 'b' was renamed to 'c', which was retired on 2026-06-30" });
    assert.deepEqual(history.closed('c', '2026-06-30'), { reason: "the area 'c' was retired on 2026-06-30" });
    assert.equal(history.closed('c', '2026-06-29'), undefined);
    assert.deepEqual(history.closed('lost', '2026-01-01'), { reason: "the area 'lost' was retired on 2023-01-01" });
    assert.equal(history.closed('nowhere', '2026-01-01'), undefined, 'not listed: the caller says so');
    for (const id of ['a', 'b', 'c', 'lost']) {
      for (const day of ['2023-06-01', '2026-01-01', '2026-07-01']) assert.equal(history.closed(id, day) === undefined, history.isOpen(id, day), `${id} on ${day}`);
    }
  });
});

describe('areas that end: completion and hover', () => {
  it('offers neither a retired area nor an old id renamed, for a new role', async () => {
    const { document, network, position } = await open('members/jo-bloggs.md', '---\nroles:\n  - role: lead\n    area: ‸\n---\n', { 'CHARTER.md': charterWith('2025-06-30') });
    assert.deepEqual(
      completionsAt(document, network, position, TODAY).map((item) => item.label),
      ['frailty', 'discharge'],
    );
  });

  it('says on hover that an area was retired, or renamed', async () => {
    const page = '---\nname: Jo Bloggs\njoined: 2024-02-01\nroles:\n  - role: member\n    area: falls\n    from: 2024-02-01\n  - role: member\n    area: old-discharge\n    from: 2024-02-01\n---\n';
    const opened = await open('members/jo-bloggs.md', page, { 'CHARTER.md': charterWith('2025-06-30') });
    const at = (line: number, text: string): string => hoverAt(opened.document, opened.network, rangeOfText(page, line, text).start, TODAY)?.contents ?? '';
    assert.match(at(5, 'falls'), /Retired on 2025-06-30: its roles and open actions are not expected to continue\./);
    assert.match(at(8, 'old-discharge'), /Renamed to `discharge` on 2025-12-31: its roles and actions count for that area\./);
  });
});
