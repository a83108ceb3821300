// Everything `netgov health --format json` says about each scenario network and the example, one
// value per line, compared with committed golden files. The scenario tests assert each network's
// verdicts; these pin the rest of what a reader sees and a script reads: every check's value,
// summary, question and evidence (where and what), each month's scores, the survey counts, the
// mirror, the outcomes' verdicts and reasons, and the introductions suggested. Mutation testing
// found many of those words and figures unpinned in the health indicators and in `connect`
// (docs/testing.md). The checklist's fixed texts (why, what helps) are left out: they come from
// checklists/netgov-core.yml and docs/health-checks.md pins them. A deliberate change of output is
// accepted with `npm run update-goldens` and reviewed in the diff.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fromRoot } from '../helpers/paths';
import { assertGolden } from '../helpers/goldens';
import { runInProcess } from '../helpers/run-cli';
import { digest } from '../helpers/digest';

const AS_OF = '2026-11-27';
const scenarios = readdirSync(fromRoot('test/fixtures/scenarios'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('netgov health --format json: everything it says, pinned per network', function () {
  this.timeout(120000);

  it('reads the report in the order it is written, leaving out paths and fixed texts', () => {
    const range = { start: { line: 0, character: 4 }, end: { line: 2, character: 0 } };
    assert.deepEqual(digest({ tool: 'netgov', networks: [{ file: '/x', a: { b: [1, 'two', null], why: 'w' }, range, c: true, d: 0.5238095238095238 }] }), [
      'networks[0].a.b[0] = 1',
      'networks[0].a.b[1] = "two"',
      'networks[0].a.b[2] = null',
      'networks[0].range = 1:5-3:1',
      'networks[0].c = true',
      'networks[0].d = 0.52381',
    ]);
  });

  it('has a scenario for each golden file', () => {
    const goldens = readdirSync(fromRoot('test/fixtures/health/digest')).map((name) => name.replace(/\.golden$/, '')).sort();
    assert.deepEqual(goldens, [...scenarios, 'example'].sort());
  });

  for (const [name, folder] of [...scenarios.map((scenario) => [scenario, `test/fixtures/scenarios/${scenario}`]), ['example', 'examples/north-east-frailty-network']] as const) {
    it(`of ${folder}, as of ${AS_OF}`, async () => {
      const { code, stdout, stderr } = await runInProcess(['health', folder, '--as-of', AS_OF, '--format', 'json', '--months', '12'], { cwd: fromRoot('.'), today: AS_OF });
      assert.equal(stderr, '');
      assert.equal(code, 0);
      const report = JSON.parse(stdout) as { networks: unknown[] };
      assert.equal(report.networks.length, 1);
      assertGolden('test/fixtures/health/digest', `${name}.golden`, `${digest(report.networks[0]).join('\n')}\n`);
    });
  }
});
