import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { checkDirectory, loadNetwork } from '../../../src/core/check';
import { loadNetworkChecklist } from '../../../src/core/health/network-checklist';
import { MemoryWorkspace } from '../../helpers/memory-workspace';
import { ROOT, charterWith } from './health-fixtures';

async function load(files: Readonly<Record<string, string>>) {
  const workspace = new MemoryWorkspace();
  workspace.write(posix.join(ROOT, 'CHARTER.md'), charterWith());
  for (const [relative, content] of Object.entries(files)) workspace.write(posix.join(ROOT, relative), content);
  const loaded = await loadNetwork(workspace, ROOT);
  return { loaded, ...(await loadNetworkChecklist(workspace, loaded.network)) };
}

const OVERRIDE = ['id: ours', 'items:', '  - id: outcomes-measurable', '    indicator:', '      thresholds: { healthy: 0.95 }', ''].join('\n');

describe('health: the network\'s own checklist', () => {
  it('is the built-in checklist when netgov.yml names none', async () => {
    const { checklist, diagnostics } = await load({});
    assert.equal(checklist.id, 'netgov-core');
    assert.deepEqual(diagnostics, []);
  });

  it('lays the file named in netgov.yml over the built-in checklist', async () => {
    const { checklist, diagnostics } = await load({ 'netgov.yml': 'health:\n  checklist: ./health/ours.yml\n', 'health/ours.yml': OVERRIDE });
    assert.deepEqual(diagnostics, []);
    assert.equal(checklist.id, 'ours');
    const item = checklist.items.find((i) => i.id === 'outcomes-measurable');
    assert.equal(item?.type === 'indicator' && item.indicator.thresholds.healthy, 0.95);
    assert.equal(item?.type === 'indicator' && item.indicator.thresholds.watch, 0.5);
  });

  it('reports a missing file and keeps the built-in checklist', async () => {
    const { checklist, diagnostics } = await load({ 'netgov.yml': 'health:\n  checklist: nowhere.yml\n' });
    assert.equal(checklist.id, 'netgov-core');
    assert.deepEqual(diagnostics.map((d) => [d.file, d.code]), [[`${ROOT}/nowhere.yml`, 'checklist.unreadable']]);
    assert.match(diagnostics[0]!.message, /^The checklist named in netgov\.yml \(health\.checklist: nowhere\.yml\) could not be read: .*The built-in checklist is used\.$/);
  });

  it('reports problems in the file at their place and leaves out only the items concerned', async () => {
    const broken = ['id: ours', 'items:', '  - id: overdue-share', '    indicator:', '      name: overdue-shares', ''].join('\n');
    const { checklist, diagnostics } = await load({ 'netgov.yml': 'health:\n  checklist: ours.yml\n', 'ours.yml': broken });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity]), [['checklist.unknown-indicator', 4, 12, 'error']]);
    assert.equal(checklist.id, 'ours');
    const item = checklist.items.find((i) => i.id === 'overdue-share');
    assert.equal(item?.type === 'indicator' && item.indicator.name, 'overdue-share');
  });

  it('never reads outside the network: netgov.yml refuses a path that climbs out or is absolute', async () => {
    for (const path of ['../elsewhere.yml', '/etc/passwd', 'a/../../b.yml']) {
      const { loaded, checklist, diagnostics } = await load({ 'netgov.yml': `health:\n  checklist: ${path}\n` });
      assert.equal(loaded.network.config.checklist, undefined, path);
      assert.ok(loaded.configFindings.some((f) => f.code.startsWith('schema.')), path);
      assert.equal(checklist.id, 'netgov-core');
      assert.deepEqual(diagnostics, []);
    }
  });

  it('is checked with the network: check reports a broken checklist at its exact place, with the severity netgov.yml sets', async () => {
    const broken = ['id: ours', 'items:', '  - id: overdue-share', '    indicator:', '      name: overdue-shares', ''].join('\n');
    const run = async (config: string) => {
      const workspace = new MemoryWorkspace();
      workspace.write(posix.join(ROOT, 'CHARTER.md'), charterWith());
      workspace.write(posix.join(ROOT, 'netgov.yml'), config);
      workspace.write(posix.join(ROOT, 'ours.yml'), broken);
      const report = await checkDirectory(workspace, ROOT, { today: '2026-06-01' });
      return report.diagnostics.filter((d) => d.code.startsWith('checklist.')).map((d) => [d.file, d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    };
    assert.deepEqual(await run('health:\n  checklist: ours.yml\n'), [[`${ROOT}/ours.yml`, 'checklist.unknown-indicator', 'error', 4, 12, 4, 26]]);
    assert.deepEqual(await run('health:\n  checklist: ours.yml\nrules:\n  checklist.unknown-indicator: warning\n'), [[`${ROOT}/ours.yml`, 'checklist.unknown-indicator', 'warning', 4, 12, 4, 26]]);
  });
});
