/**
 * No figure from fewer than five people is ever written (network-model.md): a temperature check
 * that four people answered adds nothing to any output that could give away their answers.
 * Written against the CLI's outputs, so that breaking the suppression anywhere on the way (the
 * survey reading, the report, a formatter) fails here.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HealthReport } from '../../src/core/health/report';
import { copyFixture, makeTempDir, removeDir } from '../harness/temp';
import { fromRoot } from '../helpers/paths';
import { runInProcess } from '../helpers/run-cli';

const TODAY = '2026-12-04';
const TINY = '2026-11-30';
// Four people: one each of 1, 2, 4 and 5 for every question, a pattern found in no other check.
const COUNTS = [1, 1, 0, 1, 1];
const QUESTIONS = ['purpose-clear', 'adds-value', 'leadership-facilitates', 'could-lead', 'can-influence-agenda', 'know-whom-to-contact', 'decisions-transparent', 'useful-outputs', 'information-flows', 'learns-from-what-works', 'voices-heard'];

describe('a temperature check from fewer than five people', function () {
  this.timeout(60_000);
  let temp: string;
  let network: string;

  // Made in the hook, not when the file loads: a run that filters this suite out (mutation testing) leaves nothing behind.
  before(() => {
    temp = makeTempDir('netgov-small-counts');
    network = copyFixture(fromRoot('examples/north-east-frailty-network'), temp, 'net');
    const questions = QUESTIONS.flatMap((id) => [`  ${id}:`, `    counts: [${COUNTS.join(', ')}]`]);
    writeFileSync(join(network, 'pulses', '2026-11-tiny.md'), ['---', 'kind: pulse', `date: ${TINY}`, 'checklist: netgov-core', 'invited: 4', 'respondents: 4', 'questions:', ...questions, '---', 'Four answers.', ''].join('\n'));
  });
  after(() => removeDir(temp));

  const health = async (format: string): Promise<string> => {
    const { code, stdout, stderr } = await runInProcess(['health', network, '--format', format, '--months', '0'], { cwd: network, today: TODAY });
    assert.equal(code, 0, stderr);
    return stdout;
  };

  it('is in the JSON report as suppressed, with no counts and no mean', async () => {
    const report = (JSON.parse(await health('json')) as { networks: HealthReport[] }).networks[0]!;
    const tiny = report.pulses.find((pulse) => pulse.date === TINY);
    assert.ok(tiny, 'the check is listed');
    assert.ok(tiny.questions.length > 0);
    for (const question of tiny.questions) {
      assert.equal(question.counts, 'suppressed', question.id);
      assert.equal(question.mean, undefined, question.id);
    }
    assert.doesNotMatch(JSON.stringify(report), new RegExp(`\\[${COUNTS.join(',')}\\]`));
  });

  for (const format of ['text', 'md', 'html']) {
    it(`gives no count, mean or share from it in ${format}`, async () => {
      const output = await health(format);
      // What the four answers would show: a mean of 3.0 from 4 answers, 50% agree, or the counts.
      assert.doesNotMatch(output, /from 4 answers/);
      assert.doesNotMatch(output, new RegExp(COUNTS.join('[^0-9]{1,12}')));
    });
  }
});
