import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../../helpers/paths';
import { checkScenario, dimension, healthOn, item, ROOT, scenarioNetwork, scenarioWorkspace } from './scenario';

/**
 * A hub around the host in a lead-organisation network
 * (test/fixtures/scenarios/lead-organisation): Northvale Teaching Hospitals
 * hosts the network and employs its coordinator, Tess Fenwick, who joins
 * every action; members own the work and also work with each other. A lead
 * would say coordination through the host's coordinator is how this network
 * is meant to work: watched and said to be by design, not at risk. The same
 * documents under shared governance flag the same hub.
 */
const DAY = '2026-11-27';
const CENTRALISATION = ['degree-centralisation', 'betweenness-centralisation'];

describe('scenario: lead-organisation', () => {
  it('is a valid network: netgov check finds nothing', async () => {
    assert.deepEqual((await checkScenario(scenarioWorkspace('lead-organisation'), DAY)).map((d) => `${d.file} ${d.code}`), []);
  });

  it('the hub around the host coordinator is by design: watched, never at risk, and the summary says why', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('lead-organisation')), DAY);
    for (const id of CENTRALISATION) {
      const result = item(snapshot, id);
      assert.equal(result.status, 'watch', `${id}: ${result.measurement.summary}`);
      assert.ok(result.measurement.byDesign, id);
      assert.match(result.measurement.summary, /^Tess Fenwick /);
      assert.match(result.measurement.summary, /By design: in a lead-organisation network coordination runs through the host \(Northvale Teaching Hospitals NHS Foundation Trust\), and Tess Fenwick coordinates for it, so this is watched rather than flagged\./);
    }
    const connectivity = dimension(snapshot, 'connectivity');
    assert.ok(connectivity.items.every((result) => result.status !== 'at-risk'), 'nothing at risk on connectivity');
    assert.notEqual(connectivity.status, 'at-risk');
    // The work itself is owned across the network: nothing in leadership is at risk either.
    assert.ok(dimension(snapshot, 'leadership').items.every((result) => result.status !== 'at-risk'));
  });

  it('the same documents under shared governance flag the hub', async () => {
    const workspace = scenarioWorkspace('lead-organisation');
    const charter = readFileSync(fromRoot('test/fixtures/scenarios/lead-organisation/CHARTER.md'), 'utf8').replace(/ {2}model: lead-organisation\n {2}host: [^\n]*\n/, '  model: shared\n');
    assert.match(charter, /model: shared/);
    workspace.write(`${ROOT}/CHARTER.md`, charter);
    const snapshot = healthOn(await scenarioNetwork(workspace), DAY);
    for (const id of CENTRALISATION) {
      const result = item(snapshot, id);
      assert.equal(result.status, 'at-risk', `${id}: ${result.measurement.summary}`);
      assert.equal(result.measurement.byDesign, undefined);
      assert.doesNotMatch(result.measurement.summary, /By design/);
    }
  });

  it('in a lead-organisation network, someone at the centre who is not the host\'s is still flagged', async () => {
    const workspace = scenarioWorkspace('lead-organisation');
    const charter = readFileSync(fromRoot('test/fixtures/scenarios/lead-organisation/CHARTER.md'), 'utf8').replace(/host: [^\n]*/, 'host: Northvale Council Adult Social Care');
    workspace.write(`${ROOT}/CHARTER.md`, charter);
    // Tess is from the hospital trust, not the host named now; without her coordinator role she is just a very central member.
    const page = readFileSync(fromRoot('test/fixtures/scenarios/lead-organisation/members/tess-fenwick.md'), 'utf8').replace(/roles:\n(?: {2,}.*\n)+/, '');
    workspace.write(`${ROOT}/members/tess-fenwick.md`, page);
    const snapshot = healthOn(await scenarioNetwork(workspace), DAY);
    assert.equal(item(snapshot, 'degree-centralisation').status, 'at-risk');
  });
});
