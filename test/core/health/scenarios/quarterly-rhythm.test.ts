import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { checkScenario, dimension, healthOn, item, ROOT, scenarioNetwork, scenarioWorkspace } from './scenario';

/**
 * A network that meets once a quarter (`meetings.cadence: 3`), where most
 * members take part by coming to the meetings. Nothing changes between the
 * day before the 9 September 2026 meeting and the day after it, so a lead
 * should read the same participation on both days.
 */
const BEFORE = '2026-09-08';
const AFTER = '2026-09-10';

describe('scenario: quarterly-rhythm', () => {
  it('is a valid network: netgov check finds nothing', async () => {
    assert.deepEqual((await checkScenario(scenarioWorkspace('quarterly-rhythm'), '2026-12-04')).map((d) => `${d.file} ${d.code}`), []);
  });

  it('activity reads the same the day before a quarterly meeting as the day after', async () => {
    const network = await scenarioNetwork(scenarioWorkspace('quarterly-rhythm'));
    const before = healthOn(network, BEFORE);
    const after = healthOn(network, AFTER);
    for (const id of ['active-share-90-days', 'never-active-share', 'attendance-spread']) {
      assert.equal(item(before, id).status, item(after, id).status, id);
    }
    assert.equal(item(before, 'active-share-90-days').status, 'healthy');
    assert.equal(dimension(before, 'participation').status, dimension(after, 'participation').status);
    assert.match(item(before, 'active-share-90-days').measurement.summary, /the network meets every 3 months/);
  });

  it('without the cadence in the charter, the same network looks inactive the day before its meeting', async () => {
    const workspace = scenarioWorkspace('quarterly-rhythm');
    const charter = posix.join(ROOT, 'CHARTER.md');
    const text = new TextDecoder().decode(workspace.bytes(charter));
    assert.match(text, /\nmeetings:\n {2}cadence: 3\n/);
    workspace.write(charter, text.replace(/\nmeetings:\n {2}cadence: 3\n/, '\n'));
    const network = await scenarioNetwork(workspace);
    assert.equal(item(healthOn(network, BEFORE), 'active-share-90-days').status, 'at-risk');
    assert.equal(item(healthOn(network, AFTER), 'active-share-90-days').status, 'healthy');
  });
});
