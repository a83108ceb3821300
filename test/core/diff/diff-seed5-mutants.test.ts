/** Diff edges: mutants of the seed-5 sample that no test told apart. */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { describeChanges } from '../../../src/core/diff/changes';
import type { ItemChange } from '../../../src/core/diff/diff';
import { diffToMarkdown } from '../../../src/core/diff/format-markdown';
import { healthNotices } from '../../../src/core/diff/health-notices';
import type { HealthSnapshot } from '../../../src/core/health/evaluate';
import type { Evidence } from '../../../src/core/health/indicator';
import { networkOf, ROOT } from '../health/health-fixtures';
import { md } from '../network-builder';
import { QUIET } from './quiet-diff';

const CHARTER = md(['name: Test Network']);

async function changes(base: Readonly<Record<string, string>>, head: Readonly<Record<string, string>>): Promise<string[][]> {
  return describeChanges(await networkOf({ 'CHARTER.md': CHARTER, ...base }), await networkOf({ 'CHARTER.md': CHARTER, ...head })).map((c) => [c.kind, c.text, c.relative]);
}

describe('describeChanges: members (seed 5)', () => {
  it('a newcomer with no organisation joins without brackets; with one, it is named', async () => {
    assert.deepEqual(
      await changes({}, { 'members/ann.md': md(['name: Ann Bell', 'joined: 2024-01-01']), 'members/bob.md': md(['name: Bob Carr', 'organisation: North Shire Council', 'joined: 2024-01-01']) }),
      [
        ['member-joined', 'Ann Bell joined.', 'members/ann.md'],
        ['member-joined', 'Bob Carr (North Shire Council) joined.', 'members/bob.md'],
      ],
    );
  });

  it('a role two members end and a third takes on is handed over from the first of them in path order, whatever the load order and the role\'s place on the page', async () => {
    const lead = ['  - role: lead', '    area: frailty', '    from: 2025-01-01'];
    const coordinator = ['  - role: coordinator', '    from: 2025-01-01'];
    const base = {
      // The lead role is the second on the first page (index 1), the first on the second (index 0).
      'members/ann.md': md(['name: Ann Bell', 'joined: 2024-01-01', 'roles:', ...coordinator, ...lead]),
      'members/bob.md': md(['name: Bob Carr', 'joined: 2024-01-01', 'roles:', ...lead]),
      'members/cat.md': md(['name: Cat Day', 'joined: 2024-01-01']),
    };
    const head = {
      'members/ann.md': md(['name: Ann Bell', 'joined: 2024-01-01', 'roles:', ...coordinator]),
      'members/bob.md': md(['name: Bob Carr', 'joined: 2024-01-01']),
      'members/cat.md': md(['name: Cat Day', 'joined: 2024-01-01', 'roles:', '  - role: lead', '    area: frailty', '    from: 2026-12-01']),
    };
    const after = await networkOf({ 'CHARTER.md': CHARTER, ...head });
    // Set again, as an editor's session does on an edit: Ann's page now comes last among the members.
    after.set(after.get(posix.join(ROOT, 'members/ann.md'))!);
    assert.deepEqual([...after.ofKind('member').keys()], ['bob', 'cat', 'ann']);
    const told = describeChanges(await networkOf({ 'CHARTER.md': CHARTER, ...base }), after).map((c) => [c.kind, c.text, c.relative]);
    assert.deepEqual(told, [
      ['role-handed-over', 'The lead role for frailty was handed over from Ann Bell to Cat Day.', 'members/cat.md'],
      ['role-ended', "Bob Carr's lead role for frailty was removed.", 'members/bob.md'],
    ]);
  });
});

describe('diffToMarkdown: field table cells (seed 5)', () => {
  it('puts a value written over several lines on one line, a space for each run of line breaks, and escapes its pipes for the table and again for the text inside it', () => {
    const text = diffToMarkdown({
      ...QUIET,
      fields: [
        { document: 'purpose', path: ['statement'], label: 'Statement', before: 'Stay well\nat home.', after: 'Stay well\r\n\r\nat home | safely.', shiftsPower: false },
        { document: 'charter', path: ['decisions', 'rule'], label: 'Decision rule', before: undefined, after: 'consent', shiftsPower: true },
      ],
    });
    const lines = text.split('\n');
    const start = lines.indexOf('### Charter and purpose, field by field');
    assert.deepEqual(lines.slice(start, start + 6), [
      '### Charter and purpose, field by field',
      '',
      '| Field | Before | After | |',
      '|---|---|---|---|',
      '| Purpose: Statement | Stay well at home. | Stay well at home \\\\| safely. |  |',
      '| Decision rule | – | consent | ⚠️ shifts power |',
    ]);
  });
});

describe('healthNotices: the message, part by part (seed 5)', () => {
  const ACTION = posix.join(ROOT, 'actions/2026-11-26-new.md');
  const FILES = {
    'CHARTER.md': CHARTER,
    'members/rebecca.md': md(['name: Rebecca', 'joined: 2024-01-01']),
    'actions/2026-11-26-new.md': md(['title: New', 'status: proposed', 'proposed_by: rebecca', 'proposed: 2026-11-26', 'owners: [rebecca]']),
  };
  const OWNS: Evidence = { file: ACTION, at: ['owners'], member: 'rebecca', note: 'owned by Rebecca.' };
  const CHANGE: ItemChange = { dimension: 'leadership', id: 'top-owner', title: 'People who own most of the work', before: 'Rebecca owns 2 of 3.', after: 'Rebecca owns 3 of 4.', statusBefore: 'at-risk', statusAfter: 'at-risk', worse: true };
  const snapshot = (question: string): HealthSnapshot =>
    ({ dimensions: [{ dimension: 'leadership', items: [{ item: { id: 'top-owner', title: CHANGE.title }, measurement: { value: 1, summary: 'S.', evidence: [OWNS], question }, status: 'at-risk', weight: 1 }] }] }) as unknown as HealthSnapshot;
  const message = async (change: ItemChange, question: string): Promise<string[]> =>
    healthNotices([change], { network: await networkOf(FILES), snapshot: snapshot(question) }, new Map([[ACTION, 'all']])).map((n) => n.message);

  it('with one piece of evidence, says nothing of more; with no question, ends at the sides', async () => {
    assert.deepEqual(await message(CHANGE, ''), ['Network health, people who own most of the work (at risk, worse with this change): owned by Rebecca. Now: Rebecca owns 3 of 4; before: Rebecca owns 2 of 3.']);
  });

  it('with no summary after, gives no sides; with no summary before, gives only now', async () => {
    assert.deepEqual(await message({ ...CHANGE, after: undefined }, 'Who?'), ['Network health, people who own most of the work (at risk, worse with this change): owned by Rebecca. Who?']);
    assert.deepEqual(await message({ ...CHANGE, before: undefined }, 'Who?'), ['Network health, people who own most of the work (at risk, worse with this change): owned by Rebecca. Now: Rebecca owns 3 of 4. Who?']);
  });

  it('says unknown for a finding with no status after, and new for one that had none before', async () => {
    assert.deepEqual(await message({ ...CHANGE, statusBefore: undefined, statusAfter: undefined }, ''), ['Network health, people who own most of the work (unknown, new with this change): owned by Rebecca. Now: Rebecca owns 3 of 4; before: Rebecca owns 2 of 3.']);
  });
});
