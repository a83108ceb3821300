import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { NodeWorkspace } from '../../../src/cli/node-workspace';
import { loadNetwork } from '../../../src/core/check';
import { evaluateHealth } from '../../../src/core/health/evaluate';
import { healthDiagnostics } from '../../../src/core/health/finding-diagnostics';
import { loadNetworkChecklist } from '../../../src/core/health/network-checklist';
import { fromRoot } from '../../helpers/paths';

/** The day the example's README numbers are measured on. */
const TODAY = '2026-11-27';

describe('health: where findings appear on the example', () => {
  it('puts each finding once, where it can be acted on: a handful by default, not one per piece of evidence', async () => {
    const workspace = new NodeWorkspace();
    const root = fromRoot('examples/north-east-frailty-network').replace(/\\/g, '/');
    const { network } = await loadNetwork(workspace, root);
    const { checklist } = await loadNetworkChecklist(workspace, network);
    const snapshot = evaluateHealth(network, checklist, { asOf: TODAY, present: TODAY });
    const shown = healthDiagnostics(network, snapshot, 'at-risk');
    const lines = shown.map((d) => `${posix.relative(root, d.file)} ${d.code} (${d.related?.length ?? 0} related): ${d.message}`);
    if (process.env.SHOW) console.log(lines.join('\n'));
    assert.ok(shown.length <= 10, lines.join('\n'));
    assert.equal(new Set(shown.map((d) => d.code)).size, shown.length, 'each finding appears once');
    // The coordinator's share of the work is shown on her page, with the actions she owns beside it, not on each action.
    const ownership = shown.find((d) => d.code === 'health.ownership-absence-factor');
    assert.equal(ownership && posix.relative(root, ownership.file), 'members/rebecca-thornton.md');
    assert.ok((ownership?.related ?? []).length > 20 && ownership!.related!.every((r) => r.file.includes('/actions/')));
    // No bystander is labelled: the only member page with a finding is that of the person at its centre.
    assert.deepEqual([...new Set(shown.filter((d) => d.file.includes('/members/')).map((d) => posix.basename(d.file)))], ['rebecca-thornton.md']);
    // A network-wide finding (one organisation doing most of the work) is on the charter.
    assert.equal(posix.relative(root, shown.find((d) => d.code === 'health.elephant-factor')!.file), 'CHARTER.md');
    assert.ok(shown.every((d) => !(d.related ?? []).some((r) => /at risk/.test(r.message))), 'related information never carries a status');
  });
});
