import assert from 'node:assert/strict';
import { actionsFor, assessOutcome, astronomicalPoints, figure, OUTCOME_RULE, runChartSignals } from '../../../src/core/health/outcomes';
import type { ActionFact } from '../../../src/core/health/facts';
import type { ActionStatus } from '../../../src/core/model/action-status';
import { brief, outcome, type Point } from './outcome-fixtures';


const DAY = '2026-12-01';
describe('outcomes: mutation-focused checks', () => {
  describe('run-chart signals', () => {
    it('a point exactly at the astronomical limit is not astronomical; one beyond it, below the median, is "below"', () => {
      // Centre 0, deviations 0,1,1,1,1,1.4826 -> MAD 1; with 1 deviation the limit is exactly 1.4826.
      assert.deepEqual(brief(astronomicalPoints([0, 1, -1, 1, -1, 1.4826], 0, 1)), []);
      assert.deepEqual(brief(astronomicalPoints([0, 1, -1, 1, -1, -1.5], 0, 1)), ['astronomical below 5-5 (1)']);
      assert.deepEqual(brief(astronomicalPoints([10, 11, 9, 12, 8, -40], 10)), ['astronomical below 5-5 (1)']);
    });

    it('three points are enough for an astronomical point', () => {
      // Median 1, deviations 1,0,99 -> MAD 1, limit 4.45: 100 is far above.
      assert.deepEqual(brief(runChartSignals([0, 1, 100])), ['astronomical above 2-2 (1)']);
    });
  });

  describe('which points count, and in what order', () => {
    it('an outcome with no id is named by its place in the list, and so is its title', () => {
      const a = assessOutcome({ baseline: 1, target: 2, progress: [] }, 2, DAY);
      assert.equal(a.id, 'outcome-3');
      assert.equal(a.title, 'outcome-3');
    });

    it('sorts points oldest first whatever their order in the list, and keeps a note only where there is one', () => {
      const a = assessOutcome(outcome({}, [['2026-01-01', 80, 'Audit done'], ['2025-01-01', 100], ['2025-07-01', 90]]), 0, DAY);
      assert.deepEqual(a.points, [
        { date: '2025-01-01', value: 100, index: 1 },
        { date: '2025-07-01', value: 90, index: 2 },
        { date: '2026-01-01', value: 80, index: 0, note: 'Audit done' },
      ]);
      assert.equal(a.verdict, 'on-track');
      assert.equal(a.reason, '80 on 1 Jan 2026; the straight path from 100 on 1 Jan 2025 to 60 by 1 Jan 2027 stood at 80: on track.');
      const b = assessOutcome(outcome({}, [['2025-07-01', 90], ['2026-01-01', 80], ['2025-01-01', 100]]), 0, DAY);
      assert.deepEqual(b.points.map((p) => p.index), [2, 0, 1]);
      const c = assessOutcome(outcome({}, [['2026-01-01', 80], ['2025-07-01', 90], ['2025-01-01', 100]]), 0, DAY);
      assert.deepEqual(c.points.map((p) => p.index), [2, 1, 0]);
    });

    it('points on the same day keep their order in the list, so the later-listed one is the latest figure', () => {
      const a = assessOutcome(outcome({}, [['2025-01-01', 100], ['2026-01-01', 85], ['2026-01-01', 80]]), 0, DAY);
      assert.deepEqual(a.points.map((p) => p.index), [0, 1, 2]);
      assert.equal(a.verdict, 'on-track');
      assert.equal(a.reason, '80 on 1 Jan 2026; the straight path from 100 on 1 Jan 2025 to 60 by 1 Jan 2027 stood at 80: on track.');
      const b = assessOutcome(outcome({}, [['2026-01-01', 80], ['2026-01-01', 85], ['2025-01-01', 100], ['2026-01-01', 90]]), 0, DAY);
      assert.deepEqual(b.points.map((p) => p.index), [2, 0, 1, 3]);
      assert.equal(b.verdict, 'off-track');
      const c = assessOutcome(outcome({}, [['2025-01-01', 100], ['2025-01-01', 99], ['2025-01-01', 98], ['2025-01-01', 97], ['2025-01-01', 96]]), 0, DAY);
      assert.deepEqual(c.points.map((p) => p.index), [0, 1, 2, 3, 4]);
    });
  });

  describe('the verdict in words', () => {
    it('says why it is unknown with no target date, one point or none', () => {
      assert.equal(assessOutcome(outcome({ by: undefined }, [['2025-01-01', 1], ['2025-06-01', 2], ['2026-01-01', 3]]), 0, DAY).reason, 'Its target has no date (`by`), so there is no path to be on or off.');
      assert.equal(assessOutcome(outcome({}, [['2025-01-01', 100]]), 0, DAY).reason, 'Only 1 progress point in numbers by 1 Dec 2026; at least 3 are needed to say.');
      assert.equal(assessOutcome(outcome({}, []), 0, DAY).reason, 'Only no progress points in numbers by 1 Dec 2026; at least 3 are needed to say.');
    });

    it('a target equal to the baseline is unknown, with no direction for its signals', () => {
      const a = assessOutcome(outcome({ baseline: 50, target: 50 }, [['2025-01-01', 50], ['2025-04-01', 51], ['2025-07-01', 52], ['2025-10-01', 53], ['2026-01-01', 54]]), 0, DAY);
      assert.equal(a.verdict, 'unknown');
      assert.equal(a.expected, undefined);
      assert.equal(a.reason, 'Its target is the same as its baseline, so there is no direction to move in.');
      assert.deepEqual(a.signals.map((s) => [s.towards, s.words]), [[undefined, 'a trend: 5 points in a row rising (1 Jan 2025 to 1 Jan 2026)']]);
      const b = assessOutcome(outcome({ baseline: 54, target: 54 }, [['2025-01-01', 54], ['2025-04-01', 53], ['2025-07-01', 52], ['2025-10-01', 51], ['2026-01-01', 50]]), 0, DAY);
      assert.deepEqual(b.signals.map((s) => [s.towards, s.words]), [[undefined, 'a trend: 5 points in a row falling (1 Jan 2025 to 1 Jan 2026)']]);
    });

    it('with no target in numbers a signal is said with no towards or away', () => {
      const a = assessOutcome(outcome({ target: 'Every practice' }, [['2025-01-01', 14], ['2025-04-01', 13], ['2025-07-01', 12], ['2025-10-01', 11], ['2026-01-01', 10]]), 0, DAY);
      assert.deepEqual(a.signals.map((s) => [s.towards, s.words]), [[undefined, 'a trend: 5 points in a row falling (1 Jan 2025 to 1 Jan 2026)']]);
    });

    it('a target dated on the first point, with every point on that day: the path is the target itself', () => {
      const a = assessOutcome(outcome({ by: '2025-01-01' }, [['2025-01-01', 100], ['2025-01-01', 80], ['2025-01-01', 60]]), 0, DAY);
      assert.equal(a.expected, 60);
      assert.equal(a.verdict, 'on-track');
      assert.equal(a.reason, '60 on 1 Jan 2025; the straight path from 100 on 1 Jan 2025 to 60 by 1 Jan 2025 stood at 60: on track.');
    });

    it('words a shift, with its side of the median and its meaning', () => {
      const values: Point[] = [['2025-01-01', 90], ['2025-02-01', 91], ['2025-03-01', 90], ['2025-04-01', 91], ['2025-05-01', 90], ['2025-06-01', 91], ['2025-07-01', 99], ['2025-08-01', 98], ['2025-09-01', 99], ['2025-10-01', 98], ['2025-11-01', 99], ['2025-12-01', 98]];
      const a = assessOutcome(outcome({}, values), 0, DAY);
      assert.deepEqual(a.signals.map((s) => [s.kind, s.towards, s.words]), [
        ['shift', true, 'a shift: 6 points in a row below the median (1 Jan 2025 to 1 Jun 2025), towards the target'],
        ['shift', false, 'a shift: 6 points in a row above the median (1 Jul 2025 to 1 Dec 2025), away from the target'],
      ]);
    });

    it('words an astronomical point with its figure and date', () => {
      const values: Point[] = [['2025-01-01', 10], ['2025-03-01', 11], ['2025-05-01', 9], ['2025-07-01', 12], ['2025-09-01', 8], ['2025-11-01', 1.234]];
      const a = assessOutcome(outcome({ baseline: 10, target: 5 }, values), 0, DAY);
      assert.deepEqual(a.signals.map((s) => s.words), ['an astronomical point: 1.23 on 1 Nov 2025, far below the rest, towards the target']);
    });
  });

  it('figures: two decimals under 10, one from 10, whole from 100', () => {
    assert.deepEqual([1.234, 9.876, -9.876, 10.26, 99.96, 100.4, -123.5].map(figure), ['1.23', '9.88', '-9.88', '10.3', '100', '100', '-123']);
  });

  describe('linked actions', () => {
    const act = (id: string, status: ActionStatus, outcomes: readonly string[] = ['fewer-falls'], title = id): ActionFact => ({ id, title, status, outcomes }) as unknown as ActionFact;
    const order = (actions: readonly ActionFact[]): string[] => actionsFor('fewer-falls', actions).map((a) => `${a.id} ${a.title}`);

    it('open work first, then by id within a status, leaving out actions for other outcomes', () => {
      assert.deepEqual(order([act('c', 'agreed'), act('b', 'agreed'), act('z', 'in-progress'), act('x', 'done'), act('a', 'agreed'), act('q', 'agreed', ['other'])]), ['z z', 'a a', 'b b', 'c c', 'x x']);
      assert.deepEqual(order([act('a', 'agreed'), act('c', 'agreed'), act('b', 'agreed')]), ['a a', 'b b', 'c c']);
      assert.deepEqual(order([act('b', 'agreed'), act('a', 'agreed'), act('c', 'agreed')]), ['a a', 'b b', 'c c']);
    });

    it('actions sharing an id keep their order', () => {
      assert.deepEqual(order([act('a', 'agreed', undefined, 'first'), act('a', 'agreed', undefined, 'second'), act('a', 'agreed', undefined, 'third')]), ['a first', 'a second', 'a third']);
    });
  });

  it('states the rule with its figures', () => {
    assert.equal(
      OUTCOME_RULE,
      "An outcome is on track when its latest figure is at or beyond the straight path from its baseline (at its first progress point) to its target by its date, give or take 5% of the distance; unknown with no target in numbers, no target date or fewer than 3 figures. Signals follow NHS England's Making Data Count run charts: a shift is 6 or more points in a row on one side of the median, a trend 5 or more in a row rising or falling, an astronomical point one far outside the rest.",
    );
  });
});
