import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from './paths';

/**
 * Golden files and expectation files are rewritten only on purpose: through
 * `npm run update-goldens` (scripts/update-goldens.mjs), which sets
 * NETGOV_UPDATE_GOLDENS=1 and refuses to run in CI. A suite that finds the
 * switch set in CI fails at once instead of passing by rewriting what it
 * compares against.
 */
export function updatingGoldens(): boolean {
  if (process.env.NETGOV_UPDATE_GOLDENS !== '1') return false;
  if (process.env.CI) throw new Error('NETGOV_UPDATE_GOLDENS is set in CI: goldens are rewritten only by `npm run update-goldens` on a developer machine, never while testing');
  return true;
}

/**
 * Compares `actual` with the golden file `folder/name` (from the repository root); under
 * `npm run update-goldens` writes it first, so that the comparison passes and the diff shows the change.
 */
export function assertGolden(folder: string, name: string, actual: string): void {
  const path = fromRoot(folder, name);
  if (updatingGoldens()) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs; run 'npm run update-goldens' to accept the new output`);
}
