import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkDirectory, loadNetwork } from '../../../../src/core/check';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { buildHealthReport, type DimensionReport, type HealthReport } from '../../../../src/core/health/report';
import { NodeWorkspace } from '../../../../src/cli/node-workspace';
import { workspaceFromFolder } from '../../../helpers/memory-workspace';
import { fromRoot } from '../../../helpers/paths';

/**
 * Scenario with known truth (test/fixtures/scenarios/*, see their README):
 * in `hub-and-spoke` the coordinator, Rosa Fairweather, owns every action
 * with one other member, the others never work with each other, and all 20
 * sit in a quarterly network meeting. A lead would say the network hangs on
 * Rosa. In `mixed-groups` the same people share the same work in mixed small
 * groups: a lead would say it is well connected. Counting every co-attendance
 * as a tie (the first definition) scored both fully connected.
 */
const DAY = '2026-11-27';
const ROOT = '/ws/lowmoor';
const HUB = 'Rosa Fairweather';

async function reportOf(scenario: string, extra: Readonly<Record<string, string>> = {}): Promise<HealthReport> {
  const workspace = workspaceFromFolder(fromRoot(`test/fixtures/scenarios/${scenario}`), ROOT);
  for (const [relative, content] of Object.entries(extra)) workspace.write(`${ROOT}/${relative}`, content);
  const { network } = await loadNetwork(workspace, ROOT);
  return buildHealthReport(network, builtInChecklist(), { asOf: DAY, present: DAY, trendMonths: 0 });
}

function connectivity(report: HealthReport): DimensionReport {
  return report.dimensions.find((dimension) => dimension.dimension === 'connectivity')!;
}

function item(report: HealthReport, id: string): DimensionReport['items'][number] {
  return connectivity(report).items.find((entry) => entry.id === id)!;
}

describe('scenario: hub and spoke', () => {
  for (const scenario of ['hub-and-spoke', 'mixed-groups']) {
    it(`${scenario}: the documents pass netgov check with nothing to report`, async () => {
      const report = await checkDirectory(new NodeWorkspace(), fromRoot(`test/fixtures/scenarios/${scenario}`), { today: DAY });
      assert.equal(report.networks, 1);
      assert.deepEqual(report.diagnostics, []);
    });
  }

  it('connectivity is not healthy, and the summaries and evidence name the coordinator at the centre', async () => {
    const report = await reportOf('hub-and-spoke');
    const dimension = connectivity(report);
    assert.notEqual(dimension.status, 'healthy');
    assert.ok(dimension.score !== undefined && dimension.score < 75, `connectivity scored ${dimension.score}`);

    const degree = item(report, 'degree-centralisation');
    assert.equal(degree.status, 'at-risk');
    assert.ok(degree.summary.startsWith(`${HUB} is tied to 19 of 19 members`), degree.summary);
    assert.equal(degree.evidence[0]?.member, 'rosa-fairweather');
    const betweenness = item(report, 'betweenness-centralisation');
    assert.equal(betweenness.status, 'at-risk');
    assert.ok(betweenness.summary.startsWith(`${HUB} stands between the most pairs`), betweenness.summary);
    assert.match(item(report, 'single-brokers').summary, new RegExp(`: ${HUB}\\.$`));
    // The plenaries of 20 make no ties: only Rosa's 19.
    assert.equal(item(report, 'graph-density').summary, '19 of 190 possible working ties between 20 members (10%).');
    // What to talk about leads with the concentration, naming her.
    assert.ok(report.findings.some((finding) => finding.dimension === 'connectivity' && finding.status === 'at-risk' && finding.question.includes(HUB)));
  });

  it('the same hub in a lead-organisation network hosted by her organisation is the design: watched and said so, not flagged', async () => {
    const charter = readFileSync(fromRoot('test/fixtures/scenarios/hub-and-spoke/CHARTER.md'), 'utf8').replace('  model: shared\n', '  model: lead-organisation\n  host: Lowmoor Integrated Care Board\n');
    const report = await reportOf('hub-and-spoke', { 'CHARTER.md': charter });
    for (const id of ['degree-centralisation', 'betweenness-centralisation', 'single-brokers']) {
      const entry = item(report, id);
      assert.equal(entry.status, 'watch', `${id}: ${entry.summary}`);
      assert.match(entry.summary, /By design: in a lead-organisation network coordination runs through the host \(Lowmoor Integrated Care Board\), and Rosa Fairweather coordinates for it/);
    }
    // Still named at the centre, and the rest of the picture is unchanged: members do not work with each other.
    assert.ok(item(report, 'degree-centralisation').summary.startsWith(`${HUB} is tied to 19 of 19 members`));
    assert.ok(connectivity(report).items.every((entry) => entry.status !== 'at-risk'), 'nothing at risk on connectivity');
    assert.notEqual(connectivity(report).status, 'healthy');
  });

  it('the same people working in mixed small groups are healthy, with no one at the centre', async () => {
    const report = await reportOf('mixed-groups');
    const dimension = connectivity(report);
    assert.equal(dimension.status, 'healthy');
    for (const entry of dimension.items.filter((candidate) => candidate.type === 'indicator')) assert.equal(entry.status, 'healthy', `${entry.id}: ${entry.summary}`);
    assert.match(item(report, 'degree-centralisation').summary, /^Every member is tied to 12 of 19 members: no one is at the centre\./);
    assert.ok(!item(report, 'degree-centralisation').summary.includes(HUB));
  });

  it('counting the plenaries as working ties (meeting_size 30 in netgov.yml) hides the hub: the false comfort the definition avoids', async () => {
    const report = await reportOf('hub-and-spoke', { 'netgov.yml': 'health:\n  ties:\n    meeting_size: 30\n' });
    assert.equal(connectivity(report).status, 'healthy');
    assert.equal(item(report, 'graph-density').value, 1);
    assert.deepEqual(report.ties, {
      meetingSize: 30,
      months: 12,
      definition: 'Working ties: two members are tied when they own or contribute to the same action, or sit in the same meeting of at most 30 people, in the 12 months to 27 Nov 2026 (agreed work still open counts however old).',
    });
  });
});
