import assert from 'node:assert/strict';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { buildHealthReport } from '../../../../src/core/health/report';
import { evaluateHealth } from '../../../../src/core/health/evaluate';
import { checkScenario, dimension, healthOn, item, scenarioNetwork, scenarioWorkspace } from './scenario';

/**
 * A lead renewing back to back for years (test/fixtures/scenarios/renewing-lead):
 * terms of 12 months, so 24 in a row at most; the co-chair moves on each year,
 * but Marcus Bell has led falls prevention since April 2021 over six yearly
 * terms, to March 2027. Every term passes role.term-limit. A lead would say
 * the same face has led the falls work for over five years: the rule warns
 * on his page, and health names him, at risk, with leadership not healthy.
 */
const DAY = '2026-11-27';

describe('scenario: renewing-lead', () => {
  it('netgov check warns once, on the renewing lead, with role.continuous-tenure; no single term breaks role.term-limit', async () => {
    const diagnostics = await checkScenario(scenarioWorkspace('renewing-lead'), DAY);
    assert.deepEqual(diagnostics.map((d) => `${d.file.replace(/^.*\/scenario\//, '')} ${d.code} ${d.severity}`), ['members/marcus-bell.md role.continuous-tenure warning']);
    assert.match(diagnostics[0]!.message, /led since 2021-04-01, over 6 lead terms, .* will have led for 72 months in a row: longer than the charter's limit of 24 months/);
  });

  it('health names him past the limit, at risk, first of what to talk about, and leadership is not healthy', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('renewing-lead')), DAY);
    const tenure = item(snapshot, 'continuous-tenure');
    assert.equal(tenure.status, 'at-risk');
    assert.equal(tenure.measurement.value, 72 / 24);
    assert.equal(
      tenure.measurement.summary,
      "Marcus Bell has led without a break since 2021-04-01 over 6 lead terms: 67 months so far, 72 to 2027-03-31 with the terms agreed, past the charter's limit of 24 months in a row. Next longest: Omar Haddad, 12 months to 2027-03-31.",
    );
    assert.equal(tenure.measurement.evidence[0]?.member, 'marcus-bell');
    assert.match(tenure.measurement.question, /^Marcus Bell has led for longer than the network agreed: who will take the role on/);
    // The co-chairs who moved on each year are not named as a problem: Omar is only the next handover, well within the limit.
    assert.doesNotMatch(tenure.measurement.summary, /Nadia|Priya/);
    assert.doesNotMatch(tenure.measurement.question, /Omar|Nadia|Priya/);
    // Each term on its own is fine: nothing has run past its end date, and every role has an end date.
    assert.equal(item(snapshot, 'expired-terms-held').status, 'healthy');
    assert.equal(item(snapshot, 'lead-roles-have-terms').status, 'healthy');
    // Leadership is the only dimension with anything at risk, and it is this.
    const atRisk = snapshot.dimensions.flatMap((d) => d.items).filter((result) => result.status === 'at-risk');
    assert.deepEqual(atRisk.map((result) => result.item.id), ['continuous-tenure']);
    // One lead past the limit is enough to take leadership off healthy, though the rest of it is fine.
    assert.equal(dimension(snapshot, 'leadership').status, 'watch');
    const report = buildHealthReport(await scenarioNetwork(scenarioWorkspace('renewing-lead')), builtInChecklist(), { asOf: DAY, present: DAY, trendMonths: 0 });
    assert.equal(report.findings[0]?.id, 'continuous-tenure');
    assert.match(report.findings[0]!.question, /^Marcus Bell /);
  });

  it('a year earlier he was already past the limit; in 2022, one renewal in, he was within it', async () => {
    const network = await scenarioNetwork(scenarioWorkspace('renewing-lead'));
    // Earlier days measured today, as a trend does: renewals recorded since were not agreed then.
    const on = (day: string) => evaluateHealth(network, builtInChecklist(), { asOf: day, present: DAY });
    assert.equal(item(on('2025-11-27'), 'continuous-tenure').status, 'at-risk');
    const early = item(on('2022-06-01'), 'continuous-tenure');
    assert.equal(early.status, 'watch', early.measurement.summary);
    assert.match(early.measurement.summary, /within the charter's limit of 24 months in a row\.$/);
  });
});
