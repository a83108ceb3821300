import assert from 'node:assert/strict';
import { checkScenario, healthOn, item, scenarioNetwork, scenarioWorkspace, ROOT } from './scenario';
import type { MemoryWorkspace } from '../../../helpers/memory-workspace';

/**
 * A network with a dissolved working group (test/fixtures/scenarios/dissolved-group):
 * the co-chairs' Dales Carers Network also ran a young carers group, whose two
 * leads' terms ended in September 2025 with nobody after them, whose coordinator
 * never had an end date, and which the charter retired at the end of 2025
 * (`retired: 2025-12-31`), leaving an action in progress and past its due date.
 * A lead would say there is nothing to chase. Each test also measures the same
 * network with the `retired:` line taken out, so that it would fail if the
 * retirement were not what quietened it.
 */
const DAY = '2026-11-27';

/** The scenario, or (`open`) the same network as if the group had never been dissolved. */
function workspace(open = false): MemoryWorkspace {
  const files = scenarioWorkspace('dissolved-group');
  if (open) {
    const path = `${ROOT}/CHARTER.md`;
    const charter = new TextDecoder().decode(files.bytes(path));
    assert.match(charter, /\n {4}retired: 2025-12-31\n/);
    files.write(path, charter.replace('\n    retired: 2025-12-31\n', '\n'));
  }
  return files;
}

describe('scenario: dissolved-group', () => {
  it('is a valid network: netgov check raises no expired term, no missing end, nothing at all', async () => {
    assert.deepEqual((await checkScenario(workspace(), DAY)).map((d) => `${d.file} ${d.code}`), []);
  });

  it('(control) had the group not been dissolved, both old leads\' terms are expired and the coordinator has no end', async () => {
    const found = (await checkScenario(workspace(true), DAY)).map((d) => `${d.file.slice(ROOT.length + 1)} ${d.code} ${d.range.start.line}:${d.range.start.character}`);
    assert.deepEqual(found.sort(), ['members/cath-mellor.md role.term-expired 9:11', 'members/dev-shah.md role.term-expired 9:11', 'members/finn-ward.md role.no-end 6:10']);
  });

  it('health finds no expired terms, and does not count the group\'s unfinished action as overdue or stale', async () => {
    const snapshot = healthOn(await scenarioNetwork(workspace()), DAY);
    const expired = item(snapshot, 'expired-terms-held');
    assert.equal(expired.measurement.value, 0, expired.measurement.summary);
    assert.equal(expired.status, 'healthy');
    assert.equal(item(snapshot, 'overdue-share').measurement.value, 0, item(snapshot, 'overdue-share').measurement.summary);
    const terms = item(snapshot, 'lead-roles-have-terms');
    assert.equal(terms.status, 'healthy', terms.measurement.summary);
  });

  it('(control) had the group not been dissolved, health counts the two expired terms and the overdue action', async () => {
    const snapshot = healthOn(await scenarioNetwork(workspace(true)), DAY);
    assert.equal(item(snapshot, 'expired-terms-held').measurement.value, 2);
    assert.notEqual(item(snapshot, 'overdue-share').measurement.value, 0);
  });
});
