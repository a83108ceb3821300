/** Diff edges: mutants of the seed-6 sample that no test told apart. */
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

describe('describeChanges: the charter (seed 6)', () => {
  it('counts the fields a charter change touched', async () => {
    const base = await networkOf({ 'CHARTER.md': md(['name: Test Network']) });
    const head = await networkOf({ 'CHARTER.md': md(['name: Other Network']) });
    assert.deepEqual(describeChanges(base, head).map((c) => [c.kind, c.text]), [['charter-changed', 'The charter changed in 1 field: Network name: Test Network → Other Network.']]);
  });
});

describe('diffToMarkdown: a diff that changes nobody\'s part (seed 6)', () => {
  it('says so in words', () => {
    const lines = diffToMarkdown(QUIET).split('\n');
    const at = lines.indexOf('### In words');
    assert.deepEqual(lines.slice(at, at + 4), ['### In words', '', 'Nothing that changes who does what: no proposals, decisions, roles or members.', '']);
  });
});

describe('healthNotices: order on one line (seed 6)', () => {
  it('puts two notices on the same line in the order of their codes, whatever the order of the changes', async () => {
    const action = posix.join(ROOT, 'actions/2026-11-26-new.md');
    const files = {
      'CHARTER.md': md(['name: Test Network']),
      'members/rebecca.md': md(['name: Rebecca', 'joined: 2024-01-01']),
      'actions/2026-11-26-new.md': md(['title: New', 'status: proposed', 'proposed_by: rebecca', 'proposed: 2026-11-26', 'owners: [rebecca]']),
    };
    const owns: Evidence = { file: action, at: ['owners'], member: 'rebecca', note: 'owned by Rebecca.' };
    const change = (id: string): ItemChange => ({ dimension: 'leadership', id, title: id, before: 'B.', after: 'A.', statusBefore: 'at-risk', statusAfter: 'at-risk', worse: true });
    const item = (id: string): unknown => ({ item: { id, title: id }, measurement: { value: 1, summary: 'S.', evidence: [owns], question: '' }, status: 'at-risk', weight: 1 });
    const snapshot = { dimensions: [{ dimension: 'leadership', items: [item('zz-item'), item('aa-item')] }] } as unknown as HealthSnapshot;
    const notices = healthNotices([change('zz-item'), change('aa-item')], { network: await networkOf(files), snapshot }, new Map([[action, 'all']]));
    assert.deepEqual(notices.map((n) => n.code), ['health.aa-item', 'health.zz-item']);
  });
});
