import assert from 'node:assert/strict';
import type { Checklist, ChecklistItem } from '../../../src/core/health/checklist';
import { healthToMarkdown } from '../../../src/core/health/format/markdown';
import { buildHealthReport } from '../../../src/core/health/report';
import { md } from '../network-builder';
import { networkOf } from './health-fixtures';

const DAY = '2026-11-27';

function item(id: string, dimension: ChecklistItem['dimension'], name: string, healthy: number, watch: number): ChecklistItem {
  return { id, dimension, title: `Check ${id}`, why: 'Why it matters.', improve: 'What helps.', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator: { name, params: {}, thresholds: { direction: 'higher-is-better', healthy, watch } } };
}

const CHECKLIST: Checklist = { id: 'test', items: [item('purpose', 'purpose', 'purpose-exists', 1, 0.5), item('on-track', 'purpose', 'outcomes-on-track', 1, 0.5)] };

/** Fewer falls: 100, 80, 96 against a target of 60 (off track); Carers heard: no target in numbers (no verdict). */
const PURPOSE = md([
  'statement: Older people stay well at home.',
  'outcomes:',
  '  - id: fewer-falls',
  '    title: Fewer falls',
  '    baseline: 100',
  '    target: 60',
  '    by: 2027-01-01',
  '    progress:',
  '      - { date: 2025-01-01, value: 100 }',
  '      - { date: 2025-07-01, value: 80 }',
  '      - { date: 2026-01-01, value: 96 }',
  '  - id: carers-heard',
  '    title: Carers heard',
  '    target: Every carer asked',
]);

async function markdown(): Promise<string> {
  const network = await networkOf({ 'CHARTER.md': md(['name: Test Network', 'phase: ongoing', 'established: 2024-01-01']), 'PURPOSE.md': PURPOSE });
  return healthToMarkdown(buildHealthReport(network, CHECKLIST, { asOf: DAY, present: DAY }));
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
});
