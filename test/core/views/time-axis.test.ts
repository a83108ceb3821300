import assert from 'node:assert/strict';
import { timeAxis, type TimeAxis } from '../../../src/core/views/time-axis';

/** The ticks as `date kind`, the labels as `text@position` (positions in the chart's units, whole numbers). */
function shown(axis: TimeAxis, width: number): { ticks: string[]; labels: string[] } {
  return {
    ticks: axis.ticks.map((tick) => `${tick.date} ${tick.kind}`),
    labels: axis.labels.map((label) => `${label.text}@${Math.round(label.at * width)}${label.anchor === 'start' ? ' start' : ''}`),
  };
}

describe('views: time axis', () => {
  it('draws no tick within one month, and writes the year the axis is in at its left end', () => {
    assert.deepEqual(shown(timeAxis('2026-03-01', '2026-03-31', 300), 300), { ticks: [], labels: ['2026@0 start'] });
  });

  it('ticks each quarter over 14 months across a year end, the year long and labelled, the quarters named when there is room', () => {
    const axis = timeAxis('2025-11-01', '2026-12-31', 300);
    assert.deepEqual(shown(axis, 300), {
      ticks: ['2026-01-01 year', '2026-04-01 quarter', '2026-07-01 quarter', '2026-10-01 quarter'],
      // 2025 would crowd 2026's label, 43 units in: left out.
      labels: ['2026@43', 'Q2@107', 'Q3@171', 'Q4@236'],
    });
    assert.equal(axis.ticks[0]!.at, 61 / 425, 'placed by days: 61 of the 425 days from 1 Nov 2025');
    // Wider, the year the axis starts in has room at its left end.
    assert.deepEqual(shown(timeAxis('2025-11-01', '2026-12-31', 420), 420).labels, ['2025@0 start', '2026@60', 'Q2@149', 'Q3@239', 'Q4@330']);
    // Narrower, the quarters' names go (all of them, not a few) and the year stays.
    assert.deepEqual(shown(timeAxis('2025-11-01', '2026-12-31', 120), 120).labels, ['2026@17']);
  });

  it('ticks 20 quarters over 5 years, labels every year with room and thins them to round years without', () => {
    const axis = timeAxis('2021-01-01', '2025-12-31', 300);
    assert.equal(axis.ticks.length, 20);
    assert.deepEqual(
      axis.ticks.filter((tick) => tick.kind === 'year').map((tick) => tick.date),
      ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01'],
    );
    assert.deepEqual(axis.ticks.slice(0, 4).map((tick) => `${tick.date} ${tick.kind}`), ['2021-01-01 year', '2021-04-01 quarter', '2021-07-01 quarter', '2021-10-01 quarter']);
    // 15 units a quarter is too tight for Q2, Q3, Q4: only the years are written.
    assert.deepEqual(shown(axis, 300).labels, ['2021@0', '2022@60', '2023@120', '2024@180', '2025@240']);
    // 20 units a year: every second year, the even ones.
    assert.deepEqual(shown(timeAxis('2021-01-01', '2025-12-31', 100), 100).labels, ['2022@20', '2024@60']);
    // 8 units a year: every fifth.
    assert.deepEqual(shown(timeAxis('2021-01-01', '2025-12-31', 40), 40).labels, ['2025@32']);
  });

  it('never lets two labels overlap, whatever the range and width', () => {
    const charWidth = 6.5;
    const gap = 6;
    for (const [from, to] of [['2019-06-15', '2027-02-01'], ['2025-11-01', '2026-12-31'], ['2023-03-01', '2027-10-31'], ['2026-01-01', '2026-04-01']] as const) {
      for (const width of [40, 90, 160, 302, 590, 684]) {
        const boxes = timeAxis(from, to, width, { charWidth, gap }).labels.map((label) => {
          const w = label.text.length * charWidth;
          const left = label.anchor === 'start' ? label.at * width : label.at * width - w / 2;
          return [left, left + w] as const;
        });
        boxes.slice(1).forEach(([left], i) => assert.ok(left >= boxes[i]![1] + gap, `${from} to ${to} at ${width}: labels overlap`));
      }
    }
  });

  it('draws nothing for an empty or backward range', () => {
    assert.deepEqual(timeAxis('2026-01-01', '2026-01-01', 300), { ticks: [], labels: [] });
    assert.deepEqual(timeAxis('2026-05-01', '2026-01-01', 300), { ticks: [], labels: [] });
  });
});
