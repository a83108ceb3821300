/** Diff edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { diffDiagnostics } from '../../../src/core/diff/diagnostics';
import type { ItemChange } from '../../../src/core/diff/diff';
import { diffToText } from '../../../src/core/diff/format-text';
import { healthNotices } from '../../../src/core/diff/health-notices';
import type { HealthSnapshot } from '../../../src/core/health/evaluate';
import type { Evidence } from '../../../src/core/health/indicator';
import { networkOf, ROOT } from '../health/health-fixtures';
import { md } from '../network-builder';
import { QUIET } from './quiet-diff';


/** The lines of the text from `heading` to the blank line after it. */
function block(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `no ${heading}`);
  return lines.slice(start, lines.indexOf('', start));
}

describe('diff text: sections with nothing, or nothing of power, to tell', () => {
  it('a purpose field change that shifts no power has no power mark', () => {
    const text = diffToText({ ...QUIET, fields: [{ document: 'purpose', path: ['statement'], label: 'Statement', before: undefined, after: 'Stay well at home.', shiftsPower: false }] });
    assert.deepEqual(block(text, 'Charter and purpose, field by field:'), ['Charter and purpose, field by field:', '  Purpose: Statement: Stay well at home. (added)']);
  });

  it('says "none" under health findings when none moved', () => {
    assert.deepEqual(block(diffToText(QUIET), 'Health findings that moved:'), ['Health findings that moved:', '  none']);
  });
});

describe('diffDiagnostics: identical problems are paired off one for one', () => {
  const problem: Diagnostic = { file: '/ws/net/actions/a.md', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } }, severity: 'warning', code: 'ref.unknown-member', message: "No member page for 'ghost'." };

  it('a second copy of a problem found before is introduced, and a new problem too', () => {
    const other: Diagnostic = { ...problem, code: 'ref.unknown-outcome', message: "No outcome 'faster'." };
    assert.deepEqual(diffDiagnostics({ network: undefined, diagnostics: [problem] }, { network: undefined, diagnostics: [problem, problem, other] }, '/ws/net'), {
      introduced: [
        { ...problem, relative: 'actions/a.md' },
        { ...other, relative: 'actions/a.md' },
      ],
      fixed: [],
      unchanged: 1,
    });
  });
});

describe('healthNotices: order', () => {
  it('lists notices by file, whatever the order of the evidence', async () => {
    const later = posix.join(ROOT, 'actions/2026-11-26-new.md');
    const earlier = posix.join(ROOT, 'actions/2026-11-25-other.md');
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'members/rebecca.md': md(['name: Rebecca', 'joined: 2024-01-01']),
      'actions/2026-11-26-new.md': md(['title: New', 'status: proposed', 'proposed_by: rebecca', 'proposed: 2026-11-26', 'owners: [rebecca]']),
      'actions/2026-11-25-other.md': md(['title: Other', 'status: proposed', 'proposed_by: rebecca', 'proposed: 2026-11-25', 'owners: [rebecca]']),
    });
    const owns = (file: string): Evidence => ({ file, at: ['owners'], member: 'rebecca', note: 'owned by Rebecca' });
    const measurement = { value: 1, summary: 'Rebecca owns 2 of 2.', evidence: [owns(later), owns(earlier)], question: 'Who could share the work?' };
    const snapshot = { dimensions: [{ dimension: 'leadership', items: [{ item: { id: 'top-owner', title: 'People who own most of the work' }, measurement, status: 'at-risk', weight: 1 }] }] } as unknown as HealthSnapshot;
    const change: ItemChange = { dimension: 'leadership', id: 'top-owner', title: 'People who own most of the work', before: 'Rebecca owns 1 of 1.', after: 'Rebecca owns 2 of 2.', statusBefore: 'at-risk', statusAfter: 'at-risk', worse: true };
    const notices = healthNotices([change], { network, snapshot }, new Map([[later, 'all'], [earlier, 'all']]));
    assert.deepEqual(notices.map((n) => [n.file, n.range.start.line]), [[earlier, 5], [later, 5]]);
  });
});
