import assert from 'node:assert/strict';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { buildHealthReport } from '../../../../src/core/health/report';
import { md } from '../../network-builder';
import { checkScenario, dimension, healthOn, item, ROOT, scenarioNetwork, scenarioWorkspace } from './scenario';

/**
 * The well-connected Lowmoor network (mixed-groups) with two outcomes and
 * their quarterly figures: care plans ahead of the path to their target, and
 * falls needing an ambulance rising for five quarters in a row, away from a
 * target of 35. A lead would say the purpose is not on course and name the
 * falls outcome. Before netgov read the `progress` series, purpose scored 100.
 */
const DAY = '2026-11-27';

describe('scenario: outcomes-drifting', () => {
  it('is a valid network: netgov check finds nothing', async () => {
    assert.deepEqual((await checkScenario(scenarioWorkspace('outcomes-drifting'), DAY)).map((d) => `${d.file} ${d.code}`), []);
  });

  it('purpose is not healthy: the drifting outcome is named off track, with the actions linked to it', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('outcomes-drifting')), DAY);
    assert.notEqual(dimension(snapshot, 'purpose').status, 'healthy');
    const onTrack = item(snapshot, 'outcomes-on-track');
    assert.equal(onTrack.status, 'at-risk');
    assert.equal(onTrack.measurement.value, 0.5);
    assert.match(onTrack.measurement.summary, /Off track: “Fewer falls needing an ambulance”\./);
    assert.equal(onTrack.measurement.evidence.length, 1);
    assert.match(onTrack.measurement.evidence[0]!.note, /^“Fewer falls needing an ambulance” off track: 44\.6 on 30 Sep 2026; .*a trend: 6 points in a row rising \(30 Jun 2025 to 30 Sep 2026\), away from the target; linked actions: /);
  });

  it('the report gives each outcome its verdict and run-chart signals in words', async () => {
    const network = await scenarioNetwork(scenarioWorkspace('outcomes-drifting'));
    const report = buildHealthReport(network, builtInChecklist(), { asOf: DAY, present: DAY, trendMonths: 0 });
    assert.deepEqual(
      report.outcomes.map((o) => `${o.id}: ${o.verdict}; median ${o.median}; ${o.signals.map((s) => `${s.kind} ${s.direction} ${s.towards ? 'towards' : 'away'}`).join(', ')}`),
      ['fewer-falls: off-track; median 42.5; trend rising away', 'more-care-plans: on-track; median 33.5; '],
    );
    assert.equal(report.outcomes[0]!.actions.length, 20, 'every action names the falls outcome');
  });

  it('outcomes with no target give no verdict: unknown, neither healthy nor at risk', async () => {
    const workspace = scenarioWorkspace('outcomes-drifting');
    workspace.write(
      `${ROOT}/PURPOSE.md`,
      md([
        'kind: purpose',
        'statement: Older people living with frailty in Lowmoor stay well at home for longer.',
        'last_reviewed: 2026-02-12',
        'outcomes:',
        '  - id: fewer-falls',
        '    title: Fewer falls needing an ambulance',
        '    measure: Ambulance call-outs for falls per 1,000 people aged 75 and over',
        '    baseline: 42',
        '    progress:',
        ...['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'].flatMap((date, i) => [`      - date: ${date}`, `        value: ${41 + i}`]),
      ]),
    );
    const snapshot = healthOn(await scenarioNetwork(workspace), DAY);
    const onTrack = item(snapshot, 'outcomes-on-track');
    assert.equal(onTrack.status, 'unknown');
    assert.match(onTrack.measurement.summary, /^The one outcome cannot be judged yet/);
    assert.notEqual(dimension(snapshot, 'purpose').status, 'at-risk');
  });
});
