/** Scoring, survey, trend and report edges a focused mutation run found unguarded. */
import assert from 'node:assert/strict';
import type { Checklist, QuestionItem } from '../../../src/core/health/checklist';
import { buildHealthReport } from '../../../src/core/health/report';
import { judgeMeasurement, scaledToSize, thresholdsWithin } from '../../../src/core/health/score';
import { measureQuestion } from '../../../src/core/health/survey';
import { healthTrend } from '../../../src/core/health/trend';
import { md } from '../network-builder';
import { charterWith, evidenceOf, factsOf, indicatorItem, networkOf } from './health-fixtures';

const DAY = '2026-11-27';

/** A temperature check on `date` with counts (1..5) for `decisions-open`; `respondents` left out when undefined. */
function pulse(date: string, counts: readonly number[], respondents: number | undefined, extra: readonly string[] = []): string {
  return md([`date: ${date}`, 'checklist: test', 'invited: 30', ...(respondents === undefined ? [] : [`respondents: ${respondents}`]), 'questions:', '  decisions-open:', `    counts: [${counts.join(', ')}]`, ...extra]);
}

const QUESTION: QuestionItem = { id: 'decisions-open', dimension: 'governance', title: 'Open decisions', why: 'Why.', improve: 'How.', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'question', question: { text: 'Decisions are made openly, e.g. at meetings.', healthy: 4, watch: 3 } };

describe('health scoring: thresholds moved to what the network can reach', () => {
  const leads = { direction: 'higher-is-better', healthy: 5, watch: 3 } as const;

  it('keeps the thresholds as written when nothing (or less than nothing) is achievable, so nothing is not called healthy', () => {
    assert.deepEqual(thresholdsWithin(leads, 0), leads);
    assert.deepEqual(thresholdsWithin(leads, -1), leads);
    assert.equal(judgeMeasurement({ value: 0, achievable: 0 }, leads), 'at-risk');
  });

  it('keeps the thresholds as written when the achievable value is exactly the healthy one: a value on watch stays on watch', () => {
    // 0.1 * 3 / 3 is 0.10000000000000002 in floating point: moving the thresholds would put 0.1 below watch.
    const higher = { direction: 'higher-is-better', healthy: 3, watch: 0.1 } as const;
    assert.deepEqual(thresholdsWithin(higher, 3), higher);
    assert.equal(judgeMeasurement({ value: 0.1, achievable: 3 }, higher), 'watch');
    // 3.3 * 3 / 3 is 3.2999999999999994.
    const lower = { direction: 'lower-is-better', healthy: 3, watch: 3.3 } as const;
    assert.deepEqual(thresholdsWithin(lower, 3), lower);
    assert.equal(judgeMeasurement({ value: 3.3, achievable: 3 }, lower), 'watch');
  });
});

describe('health scoring: thresholds scaled to the network size', () => {
  it('does not scale by nothing, nor scale a lower-is-better threshold', () => {
    const counts = { direction: 'higher-is-better', healthy: 3, watch: 1 } as const;
    assert.deepEqual(scaledToSize(counts, 0), counts);
    assert.equal(judgeMeasurement({ value: 0, sizeScale: 0 }, counts), 'at-risk');
    const days = { direction: 'lower-is-better', healthy: 7, watch: 14 } as const;
    assert.deepEqual(scaledToSize(days, 0.5), days);
    assert.equal(judgeMeasurement({ value: 5, sizeScale: 0.5 }, days), 'healthy');
  });
});

describe('health survey: small later checks, oldest first', () => {
  it('names the later checks with too few answers oldest first, after the result that still counts, and drops only a final full stop from the question', async () => {
    const facts = await factsOf({
      'CHARTER.md': charterWith(),
      'pulses/2026-06-30.md': pulse('2026-06-30', [0, 0, 0, 5, 5], 10),
      'pulses/2026-09-30.md': pulse('2026-09-30', [0, 0, 0, 2, 2], 4),
      'pulses/2026-11-15.md': pulse('2026-11-15', [0, 0, 0, 0, 4], 4),
    }, DAY);
    const measurement = measureQuestion(QUESTION, facts);
    assert.deepEqual([measurement.value, measurement.summary, measurement.question, evidenceOf(measurement)], [
      4.5,
      'Mean 4.5 of 5 from 10 answers, from the 2026-06-30 check; 100% agree. The 2026-09-30 and 2026-11-15 checks had too few answers to show (fewer than 5), so this is still the latest result.',
      '100% agree that "Decisions are made openly, e.g. at meetings". What would it take for more members to agree?',
      [
        'pulses/2026-06-30.md@questions.decisions-open: asked in the 2026-06-30 temperature check',
        'pulses/2026-09-30.md@questions.decisions-open: asked in the 2026-09-30 temperature check of fewer than 5 people: not shown',
        'pulses/2026-11-15.md@questions.decisions-open: asked in the 2026-11-15 temperature check of fewer than 5 people: not shown',
      ],
    ]);
  });

  it('with no check of enough people, lists every small check oldest first and asks how more could take part', async () => {
    const facts = await factsOf({
      'CHARTER.md': charterWith(),
      'pulses/2026-05-31.md': pulse('2026-05-31', [1, 1, 1, 1, 0], 4),
      'pulses/2026-08-31.md': pulse('2026-08-31', [0, 0, 0, 2, 2], 4),
      'pulses/2026-11-15.md': pulse('2026-11-15', [0, 0, 0, 0, 4], 4),
    }, DAY);
    const measurement = measureQuestion(QUESTION, facts);
    assert.deepEqual([measurement.value, measurement.summary, measurement.question, evidenceOf(measurement)], [
      undefined,
      "Fewer than 5 answers in the 2026-05-31, 2026-08-31 and 2026-11-15 checks and no earlier check with enough: not shown, so that nobody's answer can be picked out.",
      'How could more members take part in the next temperature check?',
      [
        'pulses/2026-05-31.md@questions.decisions-open: asked in the 2026-05-31 temperature check of fewer than 5 people: not shown',
        'pulses/2026-08-31.md@questions.decisions-open: asked in the 2026-08-31 temperature check of fewer than 5 people: not shown',
        'pulses/2026-11-15.md@questions.decisions-open: asked in the 2026-11-15 temperature check of fewer than 5 people: not shown',
      ],
    ]);
  });
});

describe('health report: a temperature check that does not say how many responded', () => {
  it('shows nothing, maturity ratings included, when its best-answered question had fewer than five answers, and shows all from exactly five', async () => {
    const maturity = ['maturity:', '  leadership:', '    current: 3', '    target: 4'];
    const network = await networkOf({
      'CHARTER.md': charterWith(),
      'pulses/2026-09-30.md': pulse('2026-09-30', [0, 0, 0, 2, 2], undefined, maturity),
      'pulses/2026-10-31.md': pulse('2026-10-31', [0, 0, 0, 0, 5], undefined, maturity),
    });
    const report = buildHealthReport(network, { id: 'test', items: [QUESTION] }, { asOf: DAY, present: DAY, trendMonths: 0 });
    assert.deepEqual(report.pulses.map((p) => [p.date, p.respondents, p.enough, p.questions, p.maturity]), [
      ['2026-09-30', undefined, false, [{ id: 'decisions-open', answered: 4, counts: 'suppressed', mean: undefined }], []],
      ['2026-10-31', undefined, true, [{ id: 'decisions-open', answered: 5, counts: [0, 0, 0, 0, 5], mean: 5 }], [{ dimension: 'leadership', current: 3, target: 4 }]],
    ]);
  });
});

describe('health report: findings tied on status, weight and id', () => {
  it('keep the order of their dimensions', async () => {
    // purpose-exists is 0.5 with a statement and no outcomes: at risk below a watch of 0.75, in both dimensions.
    const checklist: Checklist = { id: 'test', items: [indicatorItem('same', 'purpose', 'purpose-exists', 1, 0.75), indicatorItem('same', 'governance', 'purpose-exists', 1, 0.75)] };
    const network = await networkOf({ 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.']) });
    const report = buildHealthReport(network, checklist, { asOf: DAY, present: DAY, trendMonths: 0 });
    assert.deepEqual(report.findings.map((f) => [f.id, f.status, f.dimension]), [['same', 'at-risk', 'purpose'], ['same', 'at-risk', 'governance']]);
  });
});

describe('health trend: the day the network began', () => {
  const checklist: Checklist = { id: 'test', items: [indicatorItem('purpose', 'purpose', 'purpose-exists', 1, 0.5)] };
  const files = (established: string): Record<string, string> => ({ 'CHARTER.md': md(['name: Test', 'phase: ongoing', `established: ${established}`]), 'PURPOSE.md': md(['statement: Well at home.']) });

  it('measures the network on the day it was established', async () => {
    const trend = healthTrend(await networkOf(files('2026-07-10')), checklist, { asOf: '2026-07-10', present: DAY });
    assert.deepEqual(trend.map((point) => [point.date, point.score]), [['2026-07-10', 50]]);
  });

  it('counts a month end that is the day it was established', async () => {
    const trend = healthTrend(await networkOf(files('2026-07-31')), checklist, { asOf: '2026-09-15', present: DAY });
    assert.deepEqual(trend.map((point) => [point.date, point.score]), [['2026-07-31', 50], ['2026-08-31', 50], ['2026-09-15', 50]]);
  });
});
