import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { checkScenario, dimension, healthOn, item, ROOT, scenarioNetwork, scenarioWorkspace } from './scenario';

/**
 * A 26-answer temperature check on 30 September 2026 finds members doubt
 * their leaders; on 15 November four people answer a follow-up asking only
 * the leadership questions, all positively. A lead should still read
 * leadership as at risk, from the September check: four answers show nothing.
 */
const DAY = '2026-12-04';
const SMALL = posix.join(ROOT, 'pulses/2026-11-leadership.md');

describe('scenario: tiny-late-pulse', () => {
  it('is a valid network: netgov check finds nothing', async () => {
    assert.deepEqual((await checkScenario(scenarioWorkspace('tiny-late-pulse'), DAY)).map((d) => `${d.file} ${d.code}`), []);
  });

  it('leadership stays at risk, judged on the 2026-09-30 check, which the summary names with the smaller one', async () => {
    const snapshot = healthOn(await scenarioNetwork(scenarioWorkspace('tiny-late-pulse')), DAY);
    for (const id of ['leadership-facilitates', 'could-lead']) {
      const result = item(snapshot, id);
      assert.equal(result.status, 'at-risk', id);
      assert.match(result.measurement.summary, /from 26 answers, from the 2026-09-30 check; .*The 2026-11-15 check had too few answers to show/, id);
    }
    assert.equal(dimension(snapshot, 'leadership').status, 'at-risk');
  });

  it('the small check changes nothing: the same leadership score and status as without it', async () => {
    const withSmall = healthOn(await scenarioNetwork(scenarioWorkspace('tiny-late-pulse')), DAY);
    const workspace = scenarioWorkspace('tiny-late-pulse');
    workspace.remove(SMALL);
    const without = healthOn(await scenarioNetwork(workspace), DAY);
    assert.equal(dimension(withSmall, 'leadership').score, dimension(without, 'leadership').score);
    assert.equal(dimension(withSmall, 'leadership').status, dimension(without, 'leadership').status);
  });

  it('days since the temperature check count from the 2026-09-30 check, not the four-person one', async () => {
    const result = item(healthOn(await scenarioNetwork(scenarioWorkspace('tiny-late-pulse')), DAY), 'days-since-temperature-check');
    assert.equal(result.measurement.value, 65);
    assert.match(result.measurement.summary, /was on 2026-09-30, 65 days before the day .*2026-11-15\) had fewer than 5 respondents and does not count/);
  });
});
