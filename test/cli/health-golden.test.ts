// The whole markdown health report of the bundled example network, and of a network just
// initialised, compared with committed golden files: every line a reader sees is pinned (the
// outcomes table, the mirror, the pulse and maturity tables, "Not known yet", the evidence
// lists), so a line that goes missing or changes fails here. Mutation testing found most lines
// of the markdown format unpinned (docs/testing.md). A deliberate change of wording is accepted
// with `npm run update-goldens` and reviewed in the diff.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../helpers/paths';
import { assertGolden as assertGoldenIn } from '../helpers/goldens';
import { runInProcess } from '../helpers/run-cli';

const TODAY = '2026-11-30';
const assertGolden = (name: string, actual: string): void => assertGoldenIn('test/fixtures/health', name, actual);

describe('netgov health --format md: the whole report', function () {
  this.timeout(60000);

  it('of the example network, as of a fixed day', async () => {
    const { code, stdout, stderr } = await runInProcess(['health', 'examples/north-east-frailty-network', '--as-of', TODAY, '--format', 'md'], { cwd: fromRoot('.'), today: TODAY });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assertGolden('example.md.golden', stdout);
  });

  // An area of the example (the report's title names it); the kitchen sink (no outcomes, so no outcomes
  // table); and the hostile fixture, whose names and titles carry markdown, HTML and link syntax that
  // the report must print as text.
  for (const [name, args] of [
    ['example-area.md.golden', ['examples/north-east-frailty-network', '--area', 'falls-prevention']],
    ['kitchen-sink.md.golden', ['test/fixtures/networks/kitchen-sink']],
    ['injection.md.golden', ['test/fixtures/networks/injection']],
  ] as const) {
    it(`of ${args.join(' ')}, as of a fixed day`, async () => {
      const { code, stdout, stderr } = await runInProcess(['health', ...args, '--as-of', TODAY, '--format', 'md'], { cwd: fromRoot('.'), today: TODAY });
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assertGolden(name, stdout);
    });
  }

  it('of a network just initialised: everything not known yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netgov-health-golden-'));
    try {
      const init = await runInProcess(['init', '.', '--name', 'Fresh Network'], { cwd: dir, today: TODAY });
      assert.equal(init.code, 0, init.stderr);
      const { code, stdout, stderr } = await runInProcess(['health', '.', '--format', 'md'], { cwd: dir, today: TODAY });
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assertGolden('fresh.md.golden', stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
