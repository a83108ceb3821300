/**
 * A network that raises the minimum (netgov.yml `privacy.min_count`) is held to it in the health
 * report, not only in pulse import: a temperature check that six people answered shows its counts
 * under the default five and nothing under a minimum of eight, and every sentence about it names
 * the network's number. Written against the CLI's outputs, so that a fixed five anywhere on the way
 * (the survey reading, the report, a formatter) fails here.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HealthReport } from '../../src/core/health/report';
import { copyFixture, makeTempDir, removeDir } from '../harness/temp';
import { fromRoot } from '../helpers/paths';
import { runInProcess } from '../helpers/run-cli';

const TODAY = '2026-12-04';
const SIX = '2026-11-30';
// Six people, a pattern found in no other check of the example.
const COUNTS = [2, 0, 1, 0, 3];
const QUESTIONS = ['purpose-clear', 'adds-value', 'can-influence-agenda'];

describe('health with privacy.min_count raised', function () {
  this.timeout(60_000);
  let temp: string;
  /** The network with the default minimum of five, and the same network with min_count 8. */
  let plain: string;
  let raised: string;

  before(() => {
    temp = makeTempDir('netgov-min-count');
    const questions = QUESTIONS.flatMap((id) => [`  ${id}:`, `    counts: [${COUNTS.join(', ')}]`]);
    const page = ['---', 'kind: pulse', `date: ${SIX}`, 'checklist: netgov-core', 'invited: 30', 'respondents: 6', 'questions:', ...questions, 'maturity:', '  purpose:', '    current: 1', '    target: 5', '---', 'Six answers.', ''].join('\n');
    plain = copyFixture(fromRoot('examples/north-east-frailty-network'), temp, 'plain');
    raised = copyFixture(fromRoot('examples/north-east-frailty-network'), temp, 'raised');
    for (const network of [plain, raised]) writeFileSync(join(network, 'pulses', '2026-11-six.md'), page);
    writeFileSync(join(raised, 'netgov.yml'), 'privacy:\n  min_count: 8\n');
  });
  after(() => removeDir(temp));

  const health = async (network: string, format: string): Promise<string> => {
    const { code, stdout, stderr } = await runInProcess(['health', network, '--format', format, '--months', '0'], { cwd: network, today: TODAY });
    assert.equal(code, 0, stderr);
    return stdout;
  };
  const json = async (network: string): Promise<HealthReport> => (JSON.parse(await health(network, 'json')) as { networks: HealthReport[] }).networks[0]!;
  const countsPattern = new RegExp(`\\[${COUNTS.join(',')}\\]`);
  const tableRow = (id: string): string => `| ${id} | ${COUNTS.join(' | ')} | 3.3 |`;

  it('json, default five: the six answers are shown, with their counts and mean', async () => {
    const report = await json(plain);
    assert.equal(report.minAnswers, 5);
    const six = report.pulses.find((pulse) => pulse.date === SIX)!;
    assert.equal(six.enough, true);
    assert.deepEqual(six.questions.map((q) => [q.id, q.answered, q.counts]), QUESTIONS.map((id) => [id, 6, COUNTS]));
    assert.deepEqual(six.maturity, [{ dimension: 'purpose', current: 1, target: 5 }]);
    assert.match(JSON.stringify(report), /from 6 answers, from the 2026-11-30 check/);
  });

  it('json, min_count 8: no count, mean or maturity from the six, and "fewer than 8" where it says why', async () => {
    const report = await json(raised);
    assert.equal(report.minAnswers, 8);
    const six = report.pulses.find((pulse) => pulse.date === SIX)!;
    assert.equal(six.enough, false);
    assert.deepEqual(six.questions.map((q) => [q.id, q.answered, q.counts, q.mean]), QUESTIONS.map((id) => [id, 6, 'suppressed', undefined]));
    assert.deepEqual(six.maturity, []);
    const text = JSON.stringify(report);
    assert.doesNotMatch(text, countsPattern);
    assert.doesNotMatch(text, /from 6 answers/);
    assert.doesNotMatch(text, /fewer than 5\b/i);
    const purpose = report.dimensions.flatMap((d) => d.items).find((item) => item.id === 'purpose-clear')!;
    // Judged on the autumn check of 26, the six saying nothing.
    assert.equal(purpose.summary, 'Mean 4.2 of 5 from 26 answers, from the 2026-09-30 check; 85% agree. The 2026-11-30 check had too few answers to show (fewer than 8), so this is still the latest result.');
    const days = report.dimensions.flatMap((d) => d.items).find((item) => item.id === 'days-since-temperature-check')!;
    assert.match(days.summary, /^The latest temperature check with enough respondents was on 2026-09-30, 65 days before the day \(26 respondents of 36 invited\)\. 1 later check \(2026-11-30\) had fewer than 8 respondents and does not count\.$/);
  });

  it('markdown, default five: the six answers are in the table', async () => {
    const output = await health(plain, 'md');
    for (const id of QUESTIONS) assert.ok(output.includes(tableRow(id)), id);
    assert.match(output, /Counts from fewer than 5 people are not shown\./);
  });

  it('markdown, min_count 8: no counts from the six, and says fewer than 8', async () => {
    const output = await health(raised, 'md');
    for (const id of QUESTIONS) assert.ok(output.includes(`| ${id} | – | – | – | – | – | – |`), id);
    assert.doesNotMatch(output, new RegExp(COUNTS.join('[^0-9]{1,12}')));
    assert.doesNotMatch(output, /from 6 answers/);
    assert.match(output, /Counts from fewer than 8 people are not shown\./);
    assert.match(output, /With fewer than 8 respondents this check shows nothing and changes no result: the checks above use the 30 Sep 2026 check and earlier\./);
    assert.doesNotMatch(output, /fewer than 5\b/i);
  });

  it('html, min_count 8: no counts from the six, and says fewer than 8', async () => {
    const output = await health(raised, 'html');
    assert.doesNotMatch(output, new RegExp(COUNTS.join('[^0-9]{1,40}')));
    assert.match(output, /Counts from fewer than 8 people are not shown/);
    assert.match(output, /Fewer than 8 answers: not shown\./);
    assert.doesNotMatch(output, /fewer than 5\b/i);
  });
});
