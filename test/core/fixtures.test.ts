import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { checkDirectory } from '../../src/core/check';
import { NodeWorkspace } from '../../src/cli/node-workspace';
import { fromRoot } from '../helpers/paths';

/**
 * Each folder in test/fixtures/networks is a small network with deliberate
 * mistakes. Its `expected.txt` lists every diagnostic the checker must give,
 * one per line as `path:line:column severity code`, and nothing else may appear.
 * Lines starting with # are comments. The date is fixed: 2026-11-27.
 */
const FIXTURES = fromRoot('test/fixtures/networks');
export const FIXTURE_TODAY = '2026-11-27';

function expectedOf(dir: string): string[] {
  return readFileSync(posix.join(dir, 'expected.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .sort();
}

describe('fixture networks', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = posix.join(FIXTURES, name);
    it(`${name}: gives exactly the expected diagnostics`, async () => {
      const report = await checkDirectory(new NodeWorkspace(), dir, { today: FIXTURE_TODAY });
      const actual = report.diagnostics
        .map((d) => `${posix.relative(dir, d.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`)
        .sort();
      assert.deepEqual(actual, expectedOf(dir));
    });
  }
});
