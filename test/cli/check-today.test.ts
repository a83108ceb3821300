import assert from 'node:assert/strict';
import { runInProcess } from '../helpers/run-cli';
import { fromRoot } from '../helpers/paths';

/**
 * `netgov check` takes "today" as every other command does: --as-of, else
 * NETGOV_TODAY, else the local date. It used to ignore NETGOV_TODAY, so check
 * and diff disagreed about what was in the future on the same branch.
 */
describe('netgov check: the day it checks on', () => {
  const example = fromRoot('examples/north-east-frailty-network');
  const codes = (stdout: string): string[] => (JSON.parse(stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);

  it('is NETGOV_TODAY when set: on 1 Jan 2025 the example\'s later records are in the future', async () => {
    const { stdout } = await runInProcess(['check', example, '--format', 'json'], { cwd: example, today: '2025-01-01' });
    assert.ok(codes(stdout).includes('date.future'), 'no date.future on 1 Jan 2025');
  });

  it('is --as-of over NETGOV_TODAY', async () => {
    const { stdout } = await runInProcess(['check', example, '--format', 'json', '--as-of', '2026-11-27'], { cwd: example, today: '2025-01-01' });
    assert.ok(!codes(stdout).includes('date.future'), 'date.future on the --as-of day');
  });
});
