import assert from 'node:assert/strict';
import type { Checklist } from '../../../src/core/health/checklist';
import { healthToMarkdown } from '../../../src/core/health/format/markdown';
import { buildHealthReport, type HealthReport, type MirrorReport, type PulseReport } from '../../../src/core/health/report';
import { md } from '../network-builder';
import { indicatorItem, networkOf, trackedOutcome } from './health-fixtures';

const DAY = '2026-11-27';

const CHECKLIST: Checklist = { id: 'test', items: [indicatorItem('on-track', 'purpose', 'outcomes-on-track', 1, 0.5)] };

const PURPOSE = md([
  'statement: Older people stay well at home.',
  'outcomes:',
  ...trackedOutcome('fewer-falls', 'Fewer falls', 100, 60, [['2025-01-01', 100], ['2026-01-01', 96]]),
]);

async function report(): Promise<HealthReport> {
  const network = await networkOf({ 'CHARTER.md': md(['name: Test Network', 'phase: ongoing', 'established: 2024-01-01']), 'PURPOSE.md': PURPOSE });
  return buildHealthReport(network, CHECKLIST, { asOf: DAY, present: DAY });
}

describe('health: the markdown report, details', () => {
  it('writes no line under the outcomes table for an outcome on track', async () => {
    const base = await report();
    const outcomes = base.outcomes.map((outcome) => ({ ...outcome, verdict: 'on-track' as const }));
    const lines = healthToMarkdown({ ...base, outcomes }).split('\n').filter((line) => line.startsWith('- **Fewer falls**'));
    assert.deepEqual(lines, []);
  });

  it('shows under a mirror entry only the documents’ parts with the documents’ own status', async () => {
    const base = await report();
    const entry: MirrorReport = {
      dimension: 'purpose',
      title: 'Shared purpose and impact',
      direction: 'members-higher',
      members: { status: 'healthy', parts: [] },
      documents: {
        status: 'at-risk',
        parts: [
          { id: 'a', title: 'Outcomes on track', status: 'at-risk', summary: 'None on track.' },
          { id: 'b', title: 'Purpose reviewed', status: 'watch', summary: 'Reviewed 14 months ago.' },
        ],
      },
      question: 'Why do members rate it well?',
    };
    const lines = healthToMarkdown({ ...base, mirror: [entry] }).split('\n').filter((line) => line.startsWith('- Documents show:'));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /\*\*Outcomes on track\*\*: None on track\.$/);
  });

  it('draws no maturity table for a temperature check with no maturity ratings', async () => {
    const base = await report();
    const pulse: PulseReport = { id: 'q3', date: '2026-09-30', file: '/ws/net/pulses/q3.md', invited: 12, respondents: 9, enough: true, questions: [], maturity: [] };
    assert.doesNotMatch(healthToMarkdown({ ...base, pulses: [pulse] }), /Maturity/);
  });
});
