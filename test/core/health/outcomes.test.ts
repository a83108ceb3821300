import assert from 'node:assert/strict';
import { assessOutcome, astronomicalPoints, median, runChartSignals, shiftSignals, trendSignals } from '../../../src/core/health/outcomes';
import { brief, outcome } from './outcome-fixtures';


describe('outcomes: run-chart rules', () => {
  describe('median', () => {
    it('is the middle value, or the mean of the middle two; undefined for none', () => {
      assert.equal(median([3, 1, 2]), 2);
      assert.equal(median([4, 1, 3, 2]), 2.5);
      assert.equal(median([]), undefined);
    });
  });

  describe('shift', () => {
    it('is 6 or more points in a row on one side of the median; 5 is not', () => {
      assert.deepEqual(brief(shiftSignals([1, 1, 1, 1, 1, 1, 9], 5)), ['shift below 0-5 (6)']);
      assert.deepEqual(brief(shiftSignals([1, 1, 1, 1, 1, 9, 9], 5)), []);
      assert.deepEqual(brief(shiftSignals([9, 9, 9, 9, 9, 9, 9, 1], 5)), ['shift above 0-6 (7)']);
    });

    it('points on the median neither break a shift nor count towards it', () => {
      assert.deepEqual(brief(shiftSignals([1, 1, 1, 5, 1, 1, 1], 5)), ['shift below 0-6 (6)']);
      assert.deepEqual(brief(shiftSignals([1, 1, 5, 5, 1, 1, 1], 5)), [], '5 counted points with two on the median make no shift');
      assert.deepEqual(brief(shiftSignals([5, 1, 1, 1, 1, 1, 1, 5], 5)), ['shift below 1-6 (6)'], 'a point on the median does not start or end one');
    });

    it('a point on the other side ends a shift and starts the next', () => {
      assert.deepEqual(brief(shiftSignals([1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9], 5)), ['shift below 0-5 (6)', 'shift above 6-11 (6)']);
      assert.deepEqual(brief(shiftSignals([1, 1, 1, 9, 1, 1, 1], 5)), []);
    });
  });

  describe('trend', () => {
    it('is 5 or more points in a row each higher, or each lower, than the one before; 4 is not', () => {
      assert.deepEqual(brief(trendSignals([1, 2, 3, 4, 5])), ['trend rising 0-4 (5)']);
      assert.deepEqual(brief(trendSignals([1, 2, 3, 4])), []);
      assert.deepEqual(brief(trendSignals([9, 8, 7, 6, 5, 4])), ['trend falling 0-5 (6)']);
    });

    it('a repeated value neither breaks a trend nor counts towards it', () => {
      assert.deepEqual(brief(trendSignals([1, 2, 2, 3, 4, 5])), ['trend rising 0-5 (5)']);
      assert.deepEqual(brief(trendSignals([1, 2, 2, 3, 4])), [], '4 different rising values with a repeat are not a trend');
      assert.deepEqual(brief(trendSignals([5, 5, 5, 5, 5, 5])), [], 'a flat line is no trend');
    });

    it('a turn ends one trend and may start the next from the same point', () => {
      assert.deepEqual(brief(trendSignals([1, 2, 3, 4, 5, 4, 3, 2, 1])), ['trend rising 0-4 (5)', 'trend falling 4-8 (5)']);
      assert.deepEqual(brief(trendSignals([1, 2, 3, 2, 3, 4, 5])), []);
    });
  });

  describe('astronomical point', () => {
    it('is outside the median ± 3 × 1.4826 × the median absolute deviation', () => {
      // median 10, deviations 0,1,1,2,2,50 -> MAD 1.5, limit 3 × 1.4826 × 1.5 = 6.67
      assert.deepEqual(brief(astronomicalPoints([10, 11, 9, 12, 8, 60], 10.5)), ['astronomical above 5-5 (1)']);
      assert.deepEqual(brief(astronomicalPoints([10, 11, 9, 12, 8, 16], 10.5)), [], '5.5 from the median is within the limit');
    });

    it('there is none when the median absolute deviation is 0 (no spread to measure against)', () => {
      assert.deepEqual(astronomicalPoints([5, 5, 5, 5, 90], 5), []);
    });
  });

  it('looks for no signal with fewer than 3 points', () => {
    assert.deepEqual(runChartSignals([1, 100]), []);
    assert.deepEqual(runChartSignals([]), []);
  });
});

const DAY = '2026-12-01';
describe('outcomes: on track against the straight path', () => {
  it('is on track at or beyond the path from the baseline at the first point to the target at its date', () => {
    // 2026-01-01 is exactly halfway from 2025-01-01 to 2027-01-01 (365 of 730 days): the path stands at 80.
    const a = assessOutcome(outcome({}, [['2025-01-01', 100], ['2025-07-01', 90], ['2026-01-01', 80]]), 0, DAY);
    assert.equal(a.verdict, 'on-track');
    assert.equal(a.expected, 80);
    assert.equal(a.reason, '80 on 1 Jan 2026; the straight path from 100 on 1 Jan 2025 to 60 by 1 Jan 2027 stood at 80: on track.');
  });

  it('allows 5% of the distance from baseline to target, and no more', () => {
    // Tolerance 5% of 40 = 2: 82 is on track, 82.5 off track (falling is better here).
    assert.equal(assessOutcome(outcome({}, [['2025-01-01', 100], ['2025-07-01', 90], ['2026-01-01', 82]]), 0, DAY).verdict, 'on-track');
    assert.equal(assessOutcome(outcome({}, [['2025-01-01', 100], ['2025-07-01', 90], ['2026-01-01', 82.5]]), 0, DAY).verdict, 'off-track');
  });

  it('reads the direction from the target: a rising target is on track above the path', () => {
    const rising = outcome({ baseline: 10, target: 50 }, [['2025-01-01', 10], ['2025-07-01', 20], ['2026-01-01', 31]]);
    assert.equal(assessOutcome(rising, 0, DAY).verdict, 'on-track');
    const behind = outcome({ baseline: 10, target: 50 }, [['2025-01-01', 10], ['2025-07-01', 20], ['2026-01-01', 27]]);
    assert.equal(assessOutcome(behind, 0, DAY).verdict, 'off-track');
  });

  it('past the target date, the path is the target itself', () => {
    const late = assessOutcome(outcome({ by: '2025-12-01' }, [['2025-01-01', 100], ['2025-07-01', 80], ['2026-06-01', 65]]), 0, DAY);
    assert.equal(late.expected, 60);
    assert.equal(late.verdict, 'off-track');
  });

  it('is unknown with fewer than 3 points, with no target in numbers, or with no target date', () => {
    const two = assessOutcome(outcome({}, [['2025-01-01', 100], ['2026-01-01', 10]]), 0, DAY);
    assert.equal(two.verdict, 'unknown');
    assert.equal(two.reason, 'Only 2 progress points in numbers by 1 Dec 2026; at least 3 are needed to say.');
    assert.equal(assessOutcome(outcome({ target: 'Every practice' }, [['2025-01-01', 1], ['2025-06-01', 2], ['2026-01-01', 3]]), 0, DAY).verdict, 'unknown');
    assert.equal(assessOutcome(outcome({ by: undefined }, [['2025-01-01', 1], ['2025-06-01', 2], ['2026-01-01', 3]]), 0, DAY).verdict, 'unknown');
  });

  it('counts only numeric points dated on or before the day', () => {
    const a = assessOutcome(outcome({}, [['2025-01-01', 100], ['2025-07-01', 'Form piloted'], ['2026-01-01', 80], ['2027-01-01', 60]]), 0, DAY);
    assert.deepEqual(a.points.map((p) => p.value), [100, 80]);
    assert.equal(a.verdict, 'unknown');
  });

  it('says whether a signal runs towards the target or away from it', () => {
    const falling = assessOutcome(outcome({}, [['2025-01-01', 100], ['2025-04-01', 99], ['2025-07-01', 98], ['2025-10-01', 97], ['2026-01-01', 96]]), 0, DAY);
    assert.deepEqual(falling.signals.map((s) => s.words), ['a trend: 5 points in a row falling (1 Jan 2025 to 1 Jan 2026), towards the target']);
    assert.equal(falling.verdict, 'off-track');
    const rising = assessOutcome(outcome({}, [['2025-01-01', 100], ['2025-04-01', 101], ['2025-07-01', 102], ['2025-10-01', 103], ['2026-01-01', 104]]), 0, DAY);
    assert.equal(rising.signals[0]?.towards, false);
    assert.match(rising.signals[0]?.words ?? '', /away from the target$/);
  });

  it('reads towards and away from a rising target too', () => {
    const up = { baseline: 10, target: 50 };
    const rising = assessOutcome(outcome(up, [['2025-01-01', 10], ['2025-04-01', 11], ['2025-07-01', 12], ['2025-10-01', 13], ['2026-01-01', 14]]), 0, DAY);
    assert.deepEqual(rising.signals.map((s) => [s.towards, s.words]), [[true, 'a trend: 5 points in a row rising (1 Jan 2025 to 1 Jan 2026), towards the target']]);
    const falling = assessOutcome(outcome(up, [['2025-01-01', 14], ['2025-04-01', 13], ['2025-07-01', 12], ['2025-10-01', 11], ['2026-01-01', 10]]), 0, DAY);
    assert.deepEqual(falling.signals.map((s) => [s.towards, s.words]), [[false, 'a trend: 5 points in a row falling (1 Jan 2025 to 1 Jan 2026), away from the target']]);
  });

  it('reads an astronomical point above the rest as away from a falling target and towards a rising one', () => {
    const values: [string, number][] = [['2025-01-01', 10], ['2025-03-01', 11], ['2025-05-01', 9], ['2025-07-01', 12], ['2025-09-01', 8], ['2025-11-01', 60]];
    const astronomical = (extra: Record<string, unknown>) => assessOutcome(outcome(extra, values), 0, DAY).signals.filter((s) => s.kind === 'astronomical').map((s) => [s.direction, s.towards]);
    assert.deepEqual(astronomical({ baseline: 10, target: 5 }), [['above', false]]);
    assert.deepEqual(astronomical({ baseline: 10, target: 50 }), [['above', true]]);
  });
});
