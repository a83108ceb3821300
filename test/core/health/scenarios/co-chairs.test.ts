import assert from 'node:assert/strict';
import { checkScenario, dimension, healthOn, item, scenarioNetwork, scenarioWorkspace } from './scenario';

/**
 * A small, well-run network (test/fixtures/scenarios/co-chairs): seven members
 * from four organisations, a patient and carer partner and a volunteer whose
 * organisation is not recorded; two co-chairs from different organisations,
 * one role each, on two-year terms; work owned in pairs across organisations.
 * A lead would say leadership is shared as well as a network this size can
 * share it. Before thresholds were judged against what the network can reach,
 * it was at risk on the share of roles (50% each), on different people
 * leading (2 against a default of 5) and on organisations in leadership
 * (2 of 6, counting "Patient and carer partner" and "Not recorded").
 */
const DAY = '2026-11-27';

describe('scenario: co-chairs', () => {
  it('is a valid network: netgov check finds nothing', async () => {
    assert.deepEqual((await checkScenario(scenarioWorkspace('co-chairs'), DAY)).map((d) => `${d.file} ${d.code}`), []);
  });

  it('raises no alarm on who leads: two co-chairs with one role each are the healthy pattern for two roles', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('co-chairs')), DAY);
    const share = item(snapshot, 'top-holder-share');
    assert.equal(share.status, 'healthy', share.measurement.summary);
    assert.equal(share.measurement.summary, 'Each of the 2 lead roles is held by a different person (50% each).');
    const distinct = item(snapshot, 'distinct-leads-24-months');
    assert.equal(distinct.status, 'healthy', distinct.measurement.summary);
    assert.equal(distinct.measurement.summary, '2 people held a lead role in the 24 months to 2026-11-27: Ann Holt and Ben Kaur (at most 2 lead roles held at once).');
    const tenure = item(snapshot, 'continuous-tenure');
    assert.equal(tenure.status, 'healthy', tenure.measurement.summary);
    assert.equal(dimension(snapshot, 'leadership').status, 'healthy');
  });

  it('counts only real organisations, and judges leadership against the two roles there are', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('co-chairs')), DAY);
    const organisations = item(snapshot, 'organisations-in-leadership-vs-membership');
    assert.equal(organisations.status, 'healthy', organisations.measurement.summary);
    assert.equal(
      organisations.measurement.summary,
      'Leads come from 2 of 4 organisations among members (50%): Dales Community Health Trust and Upper Dales Primary Care Network. With 2 lead roles held, at most 2 of the 4 can lead at once. 1 member has no organisation recorded, so is not counted.',
    );
    assert.doesNotMatch(organisations.measurement.summary + organisations.measurement.question, /Patient and carer partner|Not recorded/);
    // The carer partner is counted where she belongs: as a patient or public partner, healthy for seven members.
    const partners = item(snapshot, 'patient-partners-involved');
    assert.equal(partners.status, 'healthy', partners.measurement.summary);
    assert.equal(item(snapshot, 'elephant-factor').status, 'healthy', item(snapshot, 'elephant-factor').measurement.summary);
    assert.equal(dimension(snapshot, 'inclusion').status, 'healthy');
  });

  it('nothing is at risk: the network is healthy overall', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('co-chairs')), DAY);
    const atRisk = snapshot.dimensions.flatMap((d) => d.items).filter((result) => result.status === 'at-risk');
    assert.deepEqual(atRisk.map((result) => `${result.item.id}: ${result.measurement.summary}`), []);
    assert.equal(snapshot.status, 'healthy');
  });
});
