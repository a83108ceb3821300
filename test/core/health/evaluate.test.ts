import assert from 'node:assert/strict';
import type { Checklist, ChecklistItem } from '../../../src/core/health/checklist';
import { evaluateHealth, overallStatus } from '../../../src/core/health/evaluate';
import { heldBackText } from '../../../src/core/health/format/words';
import { DIMENSIONS, type Dimension } from '../../../src/core/health/checklist';
import { judgeIndicator, judgeMeasurement, judgeQuestion, scaledToSize, statusOfScore, thresholdsWithin, weightedScore, weightIn, type Status } from '../../../src/core/health/score';
import { healthTrend, monthEnds } from '../../../src/core/health/trend';
import { networkStart } from '../../../src/core/model/beginning';
import { md } from '../network-builder';
import { charterWith, networkOf } from './health-fixtures';

const DAY = '2026-11-27';
const higher = { direction: 'higher-is-better', healthy: 1, watch: 0.5 } as const;

/** An item built from the parts a test cares about. */
function indicatorItem(id: string, dimension: ChecklistItem['dimension'], weight = 1, phaseWeights = { 'start-up': 1, ongoing: 1 }): ChecklistItem {
  return { id, dimension, title: id, why: 'why', improve: 'improve', weight, phaseWeights, type: 'indicator', indicator: { name: 'purpose-exists', params: {}, thresholds: higher } };
}

function questionItem(id: string, dimension: ChecklistItem['dimension'], weight = 1): ChecklistItem {
  return { id, dimension, title: id, why: 'why', improve: 'improve', weight, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'question', question: { text: 'The purpose is clear.', healthy: 4, watch: 3 } };
}

const checklistOf = (...items: ChecklistItem[]): Checklist => ({ id: 'test', items });

const PURPOSE_HALF = md(['statement: Older people stay well at home.']);

/** A temperature check on `date` with answer counts for `purpose-clear`. */
function pulse(date: string, counts: readonly number[], respondents = counts.reduce((a, b) => a + b, 0)): string {
  return md([`date: ${date}`, 'checklist: netgov-core', 'invited: 30', `respondents: ${respondents}`, 'questions:', '  purpose-clear:', `    counts: [${counts.join(', ')}]`]);
}

describe('health: scoring', () => {
  it('judges higher-is-better and lower-is-better values at and around the thresholds', () => {
    assert.equal(judgeIndicator(1, higher), 'healthy');
    assert.equal(judgeIndicator(0.5, higher), 'watch');
    assert.equal(judgeIndicator(0.49, higher), 'at-risk');
    const lower = { direction: 'lower-is-better', healthy: 7, watch: 14 } as const;
    assert.equal(judgeIndicator(7, lower), 'healthy');
    assert.equal(judgeIndicator(14, lower), 'watch');
    assert.equal(judgeIndicator(15, lower), 'at-risk');
    assert.equal(judgeIndicator(0, lower), 'healthy');
  });

  it('judges no value, or a value that is not a number, as unknown: never good, never bad', () => {
    assert.equal(judgeIndicator(undefined, higher), 'unknown');
    assert.equal(judgeIndicator(Number.NaN, higher), 'unknown');
    assert.equal(judgeQuestion(undefined, 4, 3), 'unknown');
    assert.equal(judgeQuestion(3.5, 4, 3), 'watch');
  });

  it('judges against what the network can reach: the best achievable value is healthy, watch moves in proportion', () => {
    const leads = { direction: 'higher-is-better', healthy: 5, watch: 3 } as const;
    // Two lead roles: two different people is the most there can be.
    assert.deepEqual(thresholdsWithin(leads, 2), { direction: 'higher-is-better', healthy: 2, watch: 1.2 });
    assert.equal(judgeMeasurement({ value: 2, achievable: 2 }, leads), 'healthy');
    assert.equal(judgeMeasurement({ value: 1, achievable: 2 }, leads), 'at-risk');
    assert.equal(judgeMeasurement({ value: 2 }, leads), 'at-risk', 'without it, the thresholds as written');
    // Never stricter than written: reachable thresholds are kept.
    assert.equal(thresholdsWithin(leads, 9), leads);
    const share = { direction: 'lower-is-better', healthy: 0.25, watch: 0.4 } as const;
    // Two co-chairs hold half each: the least one person can hold of two roles.
    assert.deepEqual(thresholdsWithin(share, 0.5), { direction: 'lower-is-better', healthy: 0.5, watch: 0.8 });
    assert.equal(judgeMeasurement({ value: 0.5, achievable: 0.5 }, share), 'healthy');
    assert.equal(judgeMeasurement({ value: 1, achievable: 0.5 }, share), 'at-risk');
    assert.equal(judgeMeasurement({ value: 0.5 }, share), 'at-risk');
    // A healthy threshold of 0 gives no proportion to move watch by: the thresholds stay as written.
    const none = { direction: 'lower-is-better', healthy: 0, watch: 0.1 } as const;
    assert.equal(thresholdsWithin(none, 0.5), none);
    assert.equal(judgeMeasurement({ value: 0.05, achievable: 0.5 }, none), 'watch');
  });

  it('scales count thresholds down for a smaller network, and never up', () => {
    const counts = { direction: 'higher-is-better', healthy: 3, watch: 1 } as const;
    assert.deepEqual(scaledToSize(counts, 0.5), { direction: 'higher-is-better', healthy: 1.5, watch: 0.5 });
    assert.equal(scaledToSize(counts, 1.5), counts);
    assert.equal(scaledToSize(counts, undefined), counts);
    assert.equal(judgeMeasurement({ value: 1.1, sizeScale: 0.35 }, counts), 'healthy');
    assert.equal(judgeMeasurement({ value: 1.1 }, counts), 'watch');
  });

  it('stops at watch what is the network’s design, and says nothing kinder of what is healthy or unknown', () => {
    const central = { direction: 'lower-is-better', healthy: 0.4, watch: 0.6 } as const;
    const byDesign = 'By design: coordination runs through the host.';
    assert.equal(judgeMeasurement({ value: 0.9, byDesign }, central), 'watch');
    assert.equal(judgeMeasurement({ value: 0.9 }, central), 'at-risk');
    assert.equal(judgeMeasurement({ value: 0.2, byDesign }, central), 'healthy');
    assert.equal(judgeMeasurement({ value: undefined, byDesign }, central), 'unknown');
  });

  it('scores 100, 50 and 0 by status, weighted, leaving unknown items out', () => {
    assert.equal(weightedScore([{ status: 'healthy', weight: 1 }, { status: 'at-risk', weight: 1 }]), 50);
    assert.equal(weightedScore([{ status: 'healthy', weight: 3 }, { status: 'at-risk', weight: 1 }]), 75);
    assert.equal(weightedScore([{ status: 'healthy', weight: 1 }, { status: 'unknown', weight: 5 }]), 100);
    assert.equal(weightedScore([{ status: 'unknown', weight: 1 }]), undefined);
    assert.equal(weightedScore([]), undefined);
    // 2/3 of 50 = 33.3 -> 33
    assert.equal(weightedScore([{ status: 'watch', weight: 2 }, { status: 'at-risk', weight: 1 }]), 33);
  });

  it('maps a score to a status: 75 and up healthy, 50 and up watch', () => {
    assert.deepEqual([100, 75, 74, 50, 49, 0, undefined].map(statusOfScore), ['healthy', 'healthy', 'watch', 'watch', 'at-risk', 'at-risk', 'unknown']);
  });

  it('weighs an item by its phase, and by the mean of both phases when the charter does not say', () => {
    const item = indicatorItem('x', 'purpose', 2, { 'start-up': 1.5, ongoing: 0.5 });
    assert.equal(weightIn(item, 'start-up'), 3);
    assert.equal(weightIn(item, 'ongoing'), 1);
    assert.equal(weightIn(item, undefined), 2);
  });
});

describe('health: evaluation', () => {
  it('scores each dimension from its items and the whole network by phase', async () => {
    // purpose-exists is 0.5 with a statement and no outcomes: watch (50) under `higher`.
    // A question answered [0,0,0,5,5] has mean 4.5: healthy (100).
    const checklist = checklistOf(indicatorItem('purpose-item', 'purpose', 1, { 'start-up': 3, ongoing: 1 }), { ...questionItem('purpose-clear', 'delivery'), phaseWeights: { 'start-up': 1, ongoing: 3 } });
    const files = (phase: string): Record<string, string> => ({ 'CHARTER.md': md(['name: Test', `phase: ${phase}`, 'established: 2024-01-01']), 'PURPOSE.md': PURPOSE_HALF, 'pulses/2026-q3.md': pulse('2026-09-30', [0, 0, 0, 5, 5]) });

    const startUp = evaluateHealth(await networkOf(files('start-up')), checklist, { asOf: DAY });
    assert.equal(startUp.phase, 'start-up');
    assert.deepEqual(startUp.dimensions.filter((d) => d.score !== undefined).map((d) => [d.dimension, d.score, d.status]), [['purpose', 50, 'watch'], ['delivery', 100, 'healthy']]);
    // (50 * 3 + 100 * 1) / 4 = 62.5 -> 63
    assert.equal(startUp.score, 63);
    const ongoing = evaluateHealth(await networkOf(files('ongoing')), checklist, { asOf: DAY });
    // (50 * 1 + 100 * 3) / 4 = 87.5 -> 88
    assert.equal(ongoing.score, 88);
    assert.equal(ongoing.status, 'healthy');
  });

  it('leaves a dimension with no data unknown, with no score and no coverage', async () => {
    const result = evaluateHealth(await networkOf({ 'CHARTER.md': charterWith(), 'PURPOSE.md': PURPOSE_HALF }), checklistOf(indicatorItem('p', 'purpose'), questionItem('purpose-clear', 'delivery')), { asOf: DAY });
    const delivery = result.dimensions.find((d) => d.dimension === 'delivery')!;
    assert.equal(delivery.score, undefined);
    assert.equal(delivery.status, 'unknown');
    assert.equal(delivery.coverage, 0);
    assert.equal(delivery.items[0]!.measurement.summary, 'No temperature check yet.');
    // The unknown question does not drag the network down: the score is the purpose item's alone.
    assert.equal(result.score, 50);
    assert.equal(result.dimensions.find((d) => d.dimension === 'leadership')!.items.length, 0);
  });

  it('leaves an item naming no known indicator unknown, saying so, with nothing to discuss', async () => {
    const unknownName: ChecklistItem = { id: 'gone', dimension: 'purpose', title: 'gone', why: 'why', improve: 'improve', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator: { name: 'no-such-indicator', params: {}, thresholds: higher } };
    const result = evaluateHealth(await networkOf({ 'CHARTER.md': charterWith(), 'PURPOSE.md': PURPOSE_HALF }), checklistOf(unknownName, indicatorItem('p', 'purpose')), { asOf: DAY });
    const [gone] = result.dimensions.find((d) => d.dimension === 'purpose')!.items;
    assert.equal(gone!.status, 'unknown');
    assert.deepEqual(gone!.measurement, { value: undefined, summary: 'netgov has no indicator `no-such-indicator`.', evidence: [], question: '' });
    assert.equal(result.score, 50);
  });

  it('suppresses a question answered by fewer than five people, and a check with fewer than five respondents', async () => {
    const items = checklistOf(questionItem('purpose-clear', 'purpose'));
    const four = evaluateHealth(await networkOf({ 'CHARTER.md': charterWith(), 'pulses/a.md': pulse('2026-09-30', [0, 0, 0, 2, 2], 12) }), items, { asOf: DAY });
    const item = four.dimensions[0]!.items[0]!;
    assert.equal(item.status, 'unknown');
    assert.equal(item.measurement.value, undefined);
    assert.match(item.measurement.summary, /^Fewer than 5 answers in the 2026-09-30 check and no earlier check with enough/);
    assert.doesNotMatch(item.measurement.summary + item.measurement.question, /\b[24]\b/);

    const fewRespondents = evaluateHealth(await networkOf({ 'CHARTER.md': charterWith(), 'pulses/a.md': pulse('2026-09-30', [0, 0, 0, 3, 3], 4) }), items, { asOf: DAY });
    assert.equal(fewRespondents.dimensions[0]!.items[0]!.status, 'unknown');

    const five = evaluateHealth(await networkOf({ 'CHARTER.md': charterWith(), 'pulses/a.md': pulse('2026-09-30', [1, 1, 1, 1, 1]) }), items, { asOf: DAY });
    const judged = five.dimensions[0]!.items[0]!;
    assert.equal(judged.measurement.value, 3);
    assert.equal(judged.status, 'watch');
    assert.equal(judged.measurement.summary, 'Mean 3.0 of 5 from 5 answers, from the 2026-09-30 check; 40% agree.');
  });

  it('uses the latest temperature check on or before the day', async () => {
    const files = { 'CHARTER.md': charterWith(), 'pulses/a.md': pulse('2026-03-31', [5, 0, 0, 0, 0]), 'pulses/b.md': pulse('2026-09-30', [0, 0, 0, 0, 5]) };
    const items = checklistOf(questionItem('purpose-clear', 'purpose'));
    const network = await networkOf(files);
    assert.equal(evaluateHealth(network, items, { asOf: '2026-06-30' }).dimensions[0]!.items[0]!.measurement.value, 1);
    assert.equal(evaluateHealth(network, items, { asOf: DAY }).dimensions[0]!.items[0]!.measurement.value, 5);
    // A check counts from its own day.
    assert.equal(evaluateHealth(network, items, { asOf: '2026-09-29' }).dimensions[0]!.items[0]!.measurement.value, 1);
    assert.equal(evaluateHealth(network, items, { asOf: '2026-09-30' }).dimensions[0]!.items[0]!.measurement.value, 5);
    assert.equal(evaluateHealth(network, items, { asOf: '2026-01-01' }).dimensions[0]!.items[0]!.status, 'unknown');
  });

  it('a later check with too few answers never hides an earlier result, and the summary says which check counts', async () => {
    const items = checklistOf(questionItem('purpose-clear', 'purpose'));
    const files = { 'CHARTER.md': charterWith(), 'pulses/a.md': pulse('2026-09-30', [10, 10, 6, 0, 0], 26), 'pulses/b.md': pulse('2026-11-15', [0, 0, 0, 0, 4], 4) };
    const item = evaluateHealth(await networkOf(files), items, { asOf: DAY }).dimensions[0]!.items[0]!;
    assert.equal(item.status, 'at-risk');
    assert.match(item.measurement.summary, /from the 2026-09-30 check; .* The 2026-11-15 check had too few answers to show/);
    assert.doesNotMatch(item.measurement.summary, /\b4\b/);
  });
});

describe('health: trend', () => {
  it('lists month ends, then the day itself when it is not one', () => {
    assert.deepEqual(monthEnds('2026-01-15', '2026-04-10'), ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-10']);
    assert.deepEqual(monthEnds('2024-02-01', '2024-03-31'), ['2024-02-29', '2024-03-31']);
    assert.deepEqual(monthEnds('2026-12-05', '2027-01-31'), ['2026-12-31', '2027-01-31']);
    assert.deepEqual(monthEnds('2026-04-02', '2026-04-10'), ['2026-04-10']);
  });

  it('starts when the charter says the network was established, else at its earliest dated document', async () => {
    assert.equal(networkStart(await networkOf({ 'CHARTER.md': charterWith() })), '2024-01-01');
    assert.equal(networkStart(await networkOf({ 'CHARTER.md': md(['name: Test']), 'members/a.md': md(['name: A', 'joined: 2025-03-04']), 'pulses/p.md': pulse('2025-01-02', [1, 1, 1, 1, 1]) })), '2025-01-02');
    assert.equal(networkStart(await networkOf({ 'CHARTER.md': md(['name: Test']) })), undefined);
  });

  it('measures the network at each month end from its own dates, never before it began', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Test', 'phase: ongoing', 'established: 2026-07-10']), 'pulses/a.md': pulse('2026-08-15', [0, 0, 0, 0, 5]), 'pulses/b.md': pulse('2026-10-01', [0, 0, 5, 0, 0]) });
    const trend = healthTrend(network, checklistOf(questionItem('purpose-clear', 'purpose')), { asOf: '2026-11-15', present: '2026-11-15', months: 24 });
    assert.deepEqual(
      trend.map((point) => [point.date, point.score, point.dimensions.purpose]),
      [
        ['2026-07-31', undefined, undefined],
        ['2026-08-31', 100, 100],
        ['2026-09-30', 100, 100],
        ['2026-10-31', 50, 50],
        ['2026-11-15', 50, 50],
      ],
    );
    const short = healthTrend(network, checklistOf(questionItem('purpose-clear', 'purpose')), { asOf: '2026-11-15', present: '2026-11-15', months: 2 });
    assert.deepEqual(short.map((point) => point.date), ['2026-09-30', '2026-10-31', '2026-11-15']);
  });
});

describe('health: the overall status', () => {
  const dims = (...statuses: Status[]): { dimension: Dimension; status: Status }[] => statuses.map((status, i) => ({ dimension: DIMENSIONS[i]!, status }));

  it('is held at watch while a dimension is at risk, however well the rest score, and says why', () => {
    assert.equal(overallStatus('healthy', dims('healthy', 'at-risk', 'healthy', 'at-risk')), 'watch');
    assert.equal(
      heldBackText({ score: 75, status: 'watch', dimensions: dims('healthy', 'at-risk', 'healthy', 'at-risk') }),
      'watch, not healthy, while dimensions are at risk: Distributed, time-limited leadership and Connectivity and power distribution',
    );
    assert.equal(heldBackText({ score: 90, status: 'watch', dimensions: dims('at-risk') }), 'watch, not healthy, while a dimension is at risk: Shared purpose and impact');
  });

  it('stands as the score reads when no dimension is at risk, or when the score is not healthy anyway', () => {
    assert.equal(overallStatus('healthy', dims('healthy', 'watch', 'unknown')), 'healthy');
    assert.equal(overallStatus('watch', dims('at-risk')), 'watch');
    assert.equal(overallStatus('at-risk', dims('at-risk')), 'at-risk');
    assert.equal(overallStatus('unknown', dims('at-risk')), 'unknown');
    assert.equal(heldBackText({ score: 75, status: 'healthy', dimensions: dims('healthy') }), undefined);
    assert.equal(heldBackText({ score: 60, status: 'watch', dimensions: dims('at-risk') }), undefined);
    assert.equal(heldBackText({ score: undefined, status: 'unknown', dimensions: dims('at-risk') }), undefined);
  });
});
