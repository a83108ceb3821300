/**
 * Health inline on a pull request (issue 19, item 7), in the core: which
 * health findings a change made worse (`itemChanges`, the diff's comparison),
 * and where they are shown (`healthNotices`: on the evidence that lies on the
 * change's changed lines).
 */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { itemChanges, type ItemChange } from '../../src/core/diff/diff';
import { healthNotices, NOTICES_PER_FINDING, type ChangedLines } from '../../src/core/diff/health-notices';
import type { HealthSnapshot } from '../../src/core/health/evaluate';
import type { Evidence } from '../../src/core/health/indicator';
import type { HealthReport, ItemReport } from '../../src/core/health/report';
import type { Status } from '../../src/core/health/score';
import { networkOf, ROOT } from './health/health-fixtures';
import { md } from './network-builder';

function item(overrides: Partial<ItemReport>): ItemReport {
  return { id: 'top-owner', title: 'People who own most of the work', type: 'indicator', status: 'at-risk', value: 1, direction: 'higher-is-better', summary: 'S.', weight: 1, why: '', improve: '', question: 'Who?', evidence: [], evidenceCount: 0, ...overrides };
}

function report(...items: ItemReport[]): HealthReport {
  return { dimensions: [{ dimension: 'leadership', items }] } as unknown as HealthReport;
}

const at = (member?: string): ItemReport['evidence'][number] => ({ file: '/f', relative: 'f', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, note: 'n', ...(member ? { member } : {}) });

function worse(before: Partial<ItemReport> | undefined, after: Partial<ItemReport>): boolean | undefined {
  return itemChanges(before && report(item(before)), report(item(after)))[0]?.worse;
}

describe('itemChanges: what a change made worse', () => {
  it('a finding created: healthy, unknown or absent before, watch or at risk after', () => {
    assert.equal(worse({ status: 'healthy', summary: 'a' }, { status: 'watch', summary: 'b' }), true);
    assert.equal(worse({ status: 'unknown', summary: 'a' }, { status: 'at-risk', summary: 'b' }), true);
    assert.equal(worse(undefined, { status: 'watch' }), true);
    assert.equal(worse({ status: 'watch', summary: 'a' }, { status: 'at-risk', summary: 'b' }), true);
  });

  it('never a finding that improved or went away', () => {
    assert.equal(worse({ status: 'at-risk', summary: 'a' }, { status: 'watch', summary: 'b' }), false);
    assert.equal(worse({ status: 'watch', summary: 'a' }, { status: 'healthy', summary: 'b' }), false);
    assert.equal(worse({ status: 'healthy', value: 5, summary: 'a' }, { status: 'healthy', value: 4, summary: 'b' }), false, 'healthy is no finding, whatever the value');
  });

  it('a value further from healthy at the same status, by the direction of the item', () => {
    assert.equal(worse({ value: 0.5, direction: 'lower-is-better', summary: 'a' }, { value: 0.6, direction: 'lower-is-better', summary: 'b' }), true);
    assert.equal(worse({ value: 0.6, direction: 'lower-is-better', summary: 'a' }, { value: 0.5, direction: 'lower-is-better', summary: 'b' }), false);
    assert.equal(worse({ value: 3, summary: 'a' }, { value: 2, summary: 'b' }), true);
    assert.equal(worse({ value: 2, summary: 'a' }, { value: 3, summary: 'b' }), false);
  });

  it('at the same value, more of it for the one person at its centre, and not for a finding spread over many', () => {
    const rebecca = [at('rebecca'), at('rebecca')];
    assert.equal(worse({ summary: '45 of 90', evidence: rebecca, evidenceCount: 46 }, { summary: '46 of 91', evidence: rebecca, evidenceCount: 47 }), true);
    const spread = [at('harriet'), at('amira')];
    assert.equal(worse({ summary: '7 waiting', evidence: spread, evidenceCount: 7 }, { summary: '8 waiting', evidence: spread, evidenceCount: 8 }), false);
    assert.equal(worse({ summary: '46 of 91', evidence: rebecca, evidenceCount: 47 }, { summary: '45 of 90', evidence: rebecca, evidenceCount: 46 }), false);
  });
});

const ACTION = posix.join(ROOT, 'actions/2026-11-26-new.md');
const OTHER = posix.join(ROOT, 'actions/2026-11-25-other.md');
const MEMBER = posix.join(ROOT, 'members/rebecca.md');

const FILES = {
  'CHARTER.md': md(['name: Test Network']),
  'members/rebecca.md': md(['name: Rebecca', 'joined: 2024-01-01']),
  // Line 0 is '---'; owners on line 5, contributors on line 6.
  'actions/2026-11-26-new.md': md(['title: New', 'status: proposed', 'proposed_by: rebecca', 'proposed: 2026-11-26', 'owners: [rebecca]', 'contributors: [rebecca]']),
  'actions/2026-11-25-other.md': md(['title: Other', 'status: proposed', 'proposed_by: rebecca', 'proposed: 2026-11-25', 'owners: [rebecca]']),
};

function snapshot(evidence: readonly Evidence[], status: Status = 'at-risk'): HealthSnapshot {
  const measurement = { value: 1, summary: 'Rebecca owns 3 of 4.', evidence, question: 'Who could share the work?' };
  return { dimensions: [{ dimension: 'leadership', items: [{ item: { id: 'top-owner', title: 'People who own most of the work' }, measurement, status, weight: 1 }] }] } as unknown as HealthSnapshot;
}

const CHANGE: ItemChange = { dimension: 'leadership', id: 'top-owner', title: 'People who own most of the work', before: 'Rebecca owns 2 of 3.', after: 'Rebecca owns 3 of 4.', statusBefore: 'at-risk', statusAfter: 'at-risk', worse: true };

const OWNS = (file: string): Evidence => ({ file, at: ['owners'], member: 'rebecca', note: 'owned by Rebecca, proposed' });

describe('healthNotices: findings on the changed lines', () => {
  it('one notice per finding and file, at its first evidence on a changed line, with the question, never above info', async () => {
    const network = await networkOf(FILES);
    const evidence = [{ file: MEMBER, member: 'rebecca', note: 'owns 3 of 4' }, OWNS(ACTION), { ...OWNS(ACTION), at: ['contributors'], note: 'contributes' }, OWNS(OTHER)];
    const changed: ChangedLines = new Map([[ACTION, 'all']]);
    const notices = healthNotices([CHANGE], { network, snapshot: snapshot(evidence) }, changed);
    assert.deepEqual(
      notices.map((n) => [n.file, n.range.start.line, n.severity, n.code]),
      [[ACTION, 5, 'info', 'health.top-owner']],
    );
    assert.equal(
      notices[0]!.message,
      'Network health, people who own most of the work (at risk, worse with this change): owned by Rebecca, proposed (and 1 more on the changed lines of this file). Now: Rebecca owns 3 of 4; before: Rebecca owns 2 of 3. Who could share the work?',
    );
  });

  it('only evidence on the changed lines: a changed line elsewhere in the file gives none', async () => {
    const network = await networkOf(FILES);
    const evidence = [OWNS(ACTION), OWNS(OTHER)];
    assert.deepEqual(healthNotices([CHANGE], { network, snapshot: snapshot(evidence) }, new Map([[ACTION, [{ start: 1, end: 2 }]]])), []);
    const onOwners = healthNotices([CHANGE], { network, snapshot: snapshot(evidence) }, new Map([[ACTION, [{ start: 5, end: 5 }]], [OTHER, [{ start: 0, end: 0 }]]]));
    assert.deepEqual(onOwners.map((n) => n.file), [ACTION]);
  });

  it('says when the change created the finding, and gives nothing for one it did not make worse', async () => {
    const network = await networkOf(FILES);
    const all: ChangedLines = new Map([[ACTION, 'all']]);
    const created = healthNotices([{ ...CHANGE, statusBefore: 'healthy', before: 'Fine.' }], { network, snapshot: snapshot([OWNS(ACTION)]) }, all);
    assert.match(created[0]!.message, /\(at risk, new with this change\)/);
    const measuredAtLast = healthNotices([{ ...CHANGE, statusBefore: 'unknown', before: undefined }], { network, snapshot: snapshot([OWNS(ACTION)]) }, all);
    assert.match(measuredAtLast[0]!.message, /\(at risk, new with this change\)/, 'a finding that could not be measured before is new, not worse');
    const harder = healthNotices([{ ...CHANGE, statusBefore: 'watch' }], { network, snapshot: snapshot([OWNS(ACTION)]) }, all);
    assert.match(harder[0]!.message, /\(at risk, worse with this change, was watch\)/);
    assert.deepEqual(healthNotices([{ ...CHANGE, worse: false }], { network, snapshot: snapshot([OWNS(ACTION)]) }, all), []);
  });

  it(`shows at most ${NOTICES_PER_FINDING} files for one finding`, async () => {
    const files: Record<string, string> = { ...FILES };
    const paths: string[] = [];
    for (let day = 10; day < 20; day++) {
      const relative = `actions/2026-11-${day}-a.md`;
      files[relative] = FILES['actions/2026-11-25-other.md'];
      paths.push(posix.join(ROOT, relative));
    }
    const network = await networkOf(files);
    const notices = healthNotices([CHANGE], { network, snapshot: snapshot(paths.map(OWNS)) }, new Map(paths.map((path) => [path, 'all'] as const)));
    assert.equal(notices.length, NOTICES_PER_FINDING);
  });
});

describe('healthNotices: placing and wording', () => {
  it('gives no notice for evidence in a touched file that is not one of the network’s documents', async () => {
    const network = await networkOf(FILES);
    const readme = posix.join(ROOT, 'README.md');
    const notices = healthNotices([CHANGE], { network, snapshot: snapshot([{ file: readme, note: 'named in the README' }]) }, new Map([[readme, 'all']]));
    assert.deepEqual(notices, []);
  });

  it('orders two findings on the same line by their code', async () => {
    const network = await networkOf(FILES);
    const busy = { item: { id: 'top-owner', title: 'People who own most of the work' }, measurement: { value: 1, summary: 'S.', evidence: [OWNS(ACTION)], question: '' }, status: 'at-risk', weight: 1 };
    const alone = { ...busy, item: { id: 'lone-owner', title: 'Work owned by one person' } };
    const both = { dimensions: [{ dimension: 'leadership', items: [busy, alone] }] } as unknown as HealthSnapshot;
    const notices = healthNotices([CHANGE, { ...CHANGE, id: 'lone-owner', title: 'Work owned by one person' }], { network, snapshot: both }, new Map([[ACTION, 'all']]));
    assert.deepEqual(notices.map((n) => [n.range.start.line, n.code]), [[5, 'health.lone-owner'], [5, 'health.top-owner']]);
  });

  it('drops only a closing full stop from the summaries, keeping decimals', async () => {
    const network = await networkOf(FILES);
    const notices = healthNotices([{ ...CHANGE, before: 'Share owned by Rebecca: 0.6', after: 'Share owned by Rebecca: 0.75. ' }], { network, snapshot: snapshot([OWNS(ACTION)]) }, new Map([[ACTION, 'all']]));
    assert.match(notices[0]!.message, /\. Now: Share owned by Rebecca: 0\.75; before: Share owned by Rebecca: 0\.6\. Who could share the work\?$/);
  });
});
