// Pins the report's ordering and evidence contract (mutation testing found these unguarded):
// findings at risk before watch, heavier first, then by id whatever the checklist's order;
// at most EVIDENCE_SHOWN pieces of evidence located, with the full count kept; evidence
// carries a member only when it names one; coverage counts the known checks.
import assert from 'node:assert/strict';
import type { Checklist, IndicatorItem } from '../../../src/core/health/checklist';
import { EVIDENCE_SHOWN, buildHealthReport, locateEvidence } from '../../../src/core/health/report';
import { coverageOf, weightedScore } from '../../../src/core/health/score';
import { md } from '../network-builder';
import { networkOf } from './health-fixtures';

const DAY = '2026-11-27';

function atRisk(id: string, weight = 1, indicator: IndicatorItem['indicator'] = { name: 'purpose-exists', params: {}, thresholds: { direction: 'higher-is-better', healthy: 1, watch: 0.75 } }): IndicatorItem {
  return { id, dimension: 'purpose', title: `Check ${id}`, why: 'Why.', improve: 'Help.', weight, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator };
}

async function findingIds(ids: readonly string[]): Promise<string[]> {
  const checklist: Checklist = { id: 'order', items: ids.map((id) => atRisk(id)) };
  const network = await networkOf({ 'CHARTER.md': md(['name: Order', 'phase: ongoing', 'established: 2026-01-10']), 'PURPOSE.md': md(['statement: Well at home.']) });
  return buildHealthReport(network, checklist, { asOf: DAY, present: DAY, trendMonths: 0 }).findings.map((f) => f.id);
}

describe('health report: order and evidence', () => {
  it('orders findings of the same status and weight by id, whatever order the checklist gives them', async () => {
    assert.deepEqual(await findingIds(['zeta', 'alpha', 'mu']), ['alpha', 'mu', 'zeta']);
    assert.deepEqual(await findingIds(['alpha', 'mu', 'zeta']), ['alpha', 'mu', 'zeta']);
    assert.deepEqual(await findingIds(['mu', 'zeta', 'alpha']), ['alpha', 'mu', 'zeta']);
  });

  it(`locates at most ${EVIDENCE_SHOWN} pieces of evidence and keeps the full count`, async () => {
    const files: Record<string, string> = { 'CHARTER.md': md(['name: Many', 'phase: ongoing', 'established: 2024-01-10']) };
    // Twelve actions overdue by months: one finding with twelve pieces of evidence.
    for (let i = 10; i < 22; i++) {
      files[`actions/2025-01-${i}-late-${i}.md`] = md(['title: Late work', 'status: in-progress', 'proposed: 2025-01-01', `due: 2025-02-${i}`, 'owners: [ann]'], ['## Proposal', '', 'Late.', '', '## Expected impact', '', 'Some.']);
    }
    files['members/ann.md'] = md(['name: Ann', 'joined: 2024-01-01']);
    const network = await networkOf(files);
    const report = buildHealthReport(network, { id: 'one', items: [{ ...atRisk('overdue', 1, { name: 'overdue-share', params: {}, thresholds: { direction: 'lower-is-better', healthy: 0.15, watch: 0.3 } }), dimension: 'delivery' }] }, { asOf: DAY, present: DAY, trendMonths: 0 });
    const finding = report.findings.find((f) => f.id === 'overdue');
    assert.ok(finding, `no overdue finding: ${JSON.stringify(report.findings.map((f) => f.id))}`);
    assert.equal(finding.evidenceCount, 12);
    assert.equal(finding.evidence.length, EVIDENCE_SHOWN);
  });

  it('gives evidence a member only when it names one, and places evidence with no path at the start of its document', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Evidence', 'established: 2026-01-10']), 'members/ann.md': md(['name: Ann', 'joined: 2024-01-01']) });
    const file = '/ws/net/members/ann.md';
    const plain = locateEvidence(network, { file, note: 'a note' });
    assert.equal('member' in plain, false);
    assert.deepEqual(plain.range.start, { line: 0, character: 0 });
    assert.equal(locateEvidence(network, { file, note: 'a note', member: 'ann' }).member, 'ann');
    assert.equal(locateEvidence(network, { file, at: ['joined'], note: 'joined' }).range.start.line, 2);
  });

  it('counts the known checks in coverage, and leaves unknown and weightless checks out of the score', () => {
    assert.deepEqual(coverageOf([{ status: 'healthy', weight: 1 }, { status: 'unknown', weight: 1 }, { status: 'at-risk', weight: 2 }]), { known: 2, total: 3, share: 0.75 });
    assert.equal(weightedScore([{ status: 'healthy', weight: 1 }, { status: 'unknown', weight: 0 }]), 100);
    assert.equal(weightedScore([{ status: 'healthy', weight: 1 }, { status: 'unknown', weight: 5 }]), 100);
    assert.equal(weightedScore([{ status: 'unknown', weight: 1 }]), undefined);
    assert.equal(weightedScore([{ status: 'healthy', weight: 1 }, { status: 'at-risk', weight: -1 }]), 100);
  });
});
