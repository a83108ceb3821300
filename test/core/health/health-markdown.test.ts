import assert from 'node:assert/strict';
import type { Checklist } from '../../../src/core/health/checklist';
import { healthToMarkdown } from '../../../src/core/health/format/markdown';
import { buildHealthReport, type HealthReport, type PulseReport } from '../../../src/core/health/report';
import { md } from '../network-builder';
import { indicatorItem, networkOf, trackedOutcome } from './health-fixtures';

const DAY = '2026-11-27';

const CHECKLIST: Checklist = { id: 'test', items: [indicatorItem('purpose', 'purpose', 'purpose-exists', 1, 0.5), indicatorItem('on-track', 'purpose', 'outcomes-on-track', 1, 0.5)] };

/** Fewer falls: 100, 80, 96 against a target of 60 (off track); Carers heard: no target in numbers (no verdict). */
const PURPOSE = md([
  'statement: Older people stay well at home.',
  'outcomes:',
  ...trackedOutcome('fewer-falls', 'Fewer falls', 100, 60, [['2025-01-01', 100], ['2025-07-01', 80], ['2026-01-01', 96]]),
  '  - id: carers-heard',
  '    title: Carers heard',
  '    target: Every carer asked',
]);

async function report(charter: readonly string[] = ['name: Test Network', 'phase: ongoing', 'established: 2024-01-01']): Promise<HealthReport> {
  const network = await networkOf({ 'CHARTER.md': md(charter), 'PURPOSE.md': PURPOSE });
  return buildHealthReport(network, CHECKLIST, { asOf: DAY, present: DAY });
}

async function markdown(): Promise<string> {
  return healthToMarkdown(await report());
}

const LINE_7 = { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } };

function pulse(respondents: number | undefined): PulseReport {
  return { id: 'q3', date: '2026-09-30', file: '/ws/net/pulses/q3.md', invited: 12, respondents, enough: true, questions: [], maturity: [] };
}

describe('health: the markdown report', () => {
  it('gives each dimension the share of its weight with data behind it, as a percentage', async () => {
    const text = await markdown();
    assert.match(text, /^\| Shared purpose and impact \| 50 \| 🟡 watch \| [^|]+ \| 100% \|$/m);
    assert.match(text, /^\| Action and delivery \| – \| ⚪ unknown \| [^|]+ \| 0% \|$/m);
  });

  it('starts the findings after their heading and a blank line', async () => {
    assert.ok((await markdown()).includes('\n## What to talk about (1 at risk, 0 to watch)\n\n### 🔴 Check on-track (Shared purpose and impact)\n'));
  });

  it('counts outcomes by verdict, those with none included, and draws each one’s figures between its lowest and its target', async () => {
    const text = await markdown();
    assert.match(text, /^## Outcomes \(0 on track, 1 off track, 1 with no verdict yet\)$/m);
    // 100, 80, 96 between the target 60 and the highest 100: top, middle, near the top.
    assert.match(text, /^\| \[Fewer falls\]\(PURPOSE\.md#L4\) \| █▄█ \| 96 \(1 Jan 2026\) \| 96 \| 60 by 1 Jan 2027 \| \*\*off track\*\* \| – \|$/m);
    assert.match(text, /^\| \[Carers heard\]\(PURPOSE\.md#L13\) \| – \| – \| – \| – \| \*\*no verdict yet\*\* \| – \|$/m);
  });

  it('says so when the charter states no phase', async () => {
    const text = healthToMarkdown(await report(['name: Test Network', 'established: 2024-01-01']));
    assert.match(text, /^As of 27 Nov 2026 · phase: not stated · checklist: test · overall \*\*50\/100\*\* 🟡 watch$/m);
  });

  it('says what is linked only under an outcome off track, not under one with no verdict', async () => {
    const lines = (await markdown()).split('\n').filter((line) => line.startsWith('- **'));
    assert.deepEqual(lines, [
      '- **Fewer falls**: 96 on 1 Jan 2026; the straight path from 100 on 1 Jan 2025 to 60 by 1 Jan 2027 stood at 80: behind it, off track. No action is linked to it.',
      '- **Carers heard**: It has no target in numbers, so there is no path to be on or off.',
    ]);
  });

  it('counts the evidence a finding does not show', async () => {
    const base = await report();
    const finding = base.findings[0]!;
    const text = healthToMarkdown({ ...base, findings: [{ ...finding, evidenceCount: 12 }] });
    assert.ok(text.includes(`(PURPOSE.md#L10): ${finding.evidence[0]!.note}\n- and 11 more\n\n**To discuss:**`));
  });

  it('has no introductions section without introductions, and explains it when there are some', async () => {
    const base = await report();
    assert.doesNotMatch(healthToMarkdown(base), /Introductions|introduced/);
    const evidence = { file: '/ws/net/members/ann.md', relative: 'members/ann.md', range: LINE_7, note: 'Ann' };
    const connection = { kind: 'shared-interest' as const, members: ['ann', 'ben'] as const, reason: 'Ann and Ben both work on falls', evidence: [evidence] };
    const text = healthToMarkdown({ ...base, connections: [connection] });
    assert.ok(text.includes('\n## Introductions to make\n\nMembers who could be introduced, and why: suggestions for the network to consider.\n\n- Ann and Ben both work on falls ([members/ann.md:7](members/ann.md#L7))\n'));
  });

  it('says how many of those invited answered the latest temperature check, or ? when not recorded', async () => {
    const base = await report();
    assert.match(healthToMarkdown({ ...base, pulses: [pulse(9)] }), /^## Latest temperature check \(30 Sep 2026\)\n\n9 of 12 invited members answered\. Counts from fewer than \d+ people are not shown\.$/m);
    assert.match(healthToMarkdown({ ...base, pulses: [pulse(undefined)] }), /^\? of 12 invited members answered\./m);
  });
});
