import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { checkDirectory, loadNetwork } from '../../../../src/core/check';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { healthToMarkdown } from '../../../../src/core/health/format/markdown';
import { buildHealthReport } from '../../../../src/core/health/report';
import { planNetwork } from '../../../../src/core/templates/plan';
import { MemoryWorkspace } from '../../../helpers/memory-workspace';
import { healthOn, item } from './scenario';

/**
 * Exactly what `netgov init` writes, generated through the core's template
 * plan (so it can never drift from the command). A lead running health on it
 * should see that nothing is known yet, not a healthy network; and `netgov
 * check` should remind them the templates' text is still to be written.
 */
const ROOT = '/ws/fresh';
const TODAY = '2026-12-04';

function freshInit(): MemoryWorkspace {
  return new MemoryWorkspace(Object.fromEntries(planNetwork(ROOT, { name: 'North Shire Frailty Network', today: TODAY }).map((file) => [file.path, file.content])));
}

describe('scenario: fresh-init', () => {
  it('netgov check warns about the unedited templates, and reports nothing else', async () => {
    const { diagnostics } = await checkDirectory(freshInit(), ROOT, { today: TODAY });
    assert.deepEqual([...new Set(diagnostics.map((d) => `${d.severity} ${d.code}`))], ['warning template.unedited']);
    const files = new Set(diagnostics.map((d) => posix.relative(ROOT, d.file)));
    assert.deepEqual([...files].sort(), ['CHARTER.md', 'PURPOSE.md']);
    assert.ok(diagnostics.some((d) => /purpose statement is still the placeholder/.test(d.message)));
  });

  it('gives no overall verdict, no dimension a healthy verdict, and says how little is known', async () => {
    const network = (await loadNetwork(freshInit(), ROOT)).network;
    const snapshot = healthOn(network, TODAY);
    assert.equal(snapshot.score, undefined);
    assert.equal(snapshot.status, 'unknown');
    assert.ok(snapshot.coverage.share < 0.5, `coverage ${snapshot.coverage.share}`);
    for (const d of snapshot.dimensions) assert.notEqual(d.status, 'healthy', d.dimension);
    for (const id of ['charter-reviewed-on-cadence', 'purpose-reviewed-recently']) {
      assert.equal(item(snapshot, id).status, 'unknown', id);
      assert.match(item(snapshot, id).measurement.summary, /^Not yet due/, id);
    }
    // The placeholders are not a purpose: the network has not written one down yet (at risk, the
    // one thing to talk about first), and with no agreed outcome there is nothing to call measurable.
    assert.equal(item(snapshot, 'purpose-exists').status, 'at-risk');
    assert.match(item(snapshot, 'purpose-exists').measurement.summary, /still the placeholders netgov init wrote/);
    assert.equal(item(snapshot, 'outcomes-measurable').status, 'unknown');
    const markdown = healthToMarkdown(buildHealthReport(network, builtInChecklist(), { asOf: TODAY, present: TODAY, trendMonths: 0 }));
    assert.match(markdown, /overall \*\*–\/100\*\* ⚪ unknown/);
    assert.match(markdown, new RegExp(`Overall \\*\\*no verdict: less than 50% of the weight has data behind it\\*\\*, based on ${snapshot.coverage.known} of ${snapshot.coverage.total} checks, \\d+% of the weight\\.`));
  });
});
