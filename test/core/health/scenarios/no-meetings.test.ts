import assert from 'node:assert/strict';
import { checkScenario, dimension, healthOn, item, scenarioNetwork, scenarioWorkspace } from './scenario';

/**
 * An online carers' network that never meets: it agrees its work by pull
 * request and keeps no meeting notes. A lead should see its meeting-based
 * checks as unknown ("does not keep meeting notes"), not as failures.
 */
const DAY = '2026-12-04';
const MEETING_CHECKS = ['attendance-spread', 'minutes-published-share', 'minutes-delay-days', 'quorum-met'];

describe('scenario: no-meetings', () => {
  it('is a valid network: netgov check finds nothing', async () => {
    assert.deepEqual((await checkScenario(scenarioWorkspace('no-meetings'), DAY)).map((d) => `${d.file} ${d.code}`), []);
  });

  it('meeting-based checks are unknown, saying the network keeps no meeting notes, and none is at risk', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('no-meetings')), DAY);
    for (const id of MEETING_CHECKS) assert.equal(item(snapshot, id).status, 'unknown', id);
    for (const id of ['attendance-spread', 'minutes-published-share', 'minutes-delay-days']) assert.match(item(snapshot, id).measurement.summary, /^The network does not keep meeting notes/, id);
    assert.notEqual(dimension(snapshot, 'communication').status, 'at-risk');
  });

  it('what the network does keep is still measured: its actions and its temperature check', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('no-meetings')), DAY);
    assert.notEqual(item(snapshot, 'overdue-share').status, 'unknown');
    assert.notEqual(item(snapshot, 'active-share-90-days').status, 'unknown');
    assert.equal(item(snapshot, 'purpose-clear').status, 'healthy');
    assert.notEqual(snapshot.score, undefined, 'enough of the weight is known for a verdict');
  });
});
