/** Builders shared by the outcome tests: an outcome with its progress points, and signals in brief. */

/** A progress point: date, value (a string to test values that are not numbers), and an optional note. */
export type Point = readonly [string, number | string] | readonly [string, number | string, string];

/** The outcome `fewer-falls`, 100 down to 60 by 2027-01-01, with `extra` fields and the given points. */
export const outcome = (extra: Record<string, unknown>, values: readonly Point[]): Record<string, unknown> => ({
  id: 'fewer-falls',
  title: 'Fewer falls',
  baseline: 100,
  target: 60,
  by: '2027-01-01',
  ...extra,
  progress: values.map(([date, value, note]) => ({ date, value, ...(note !== undefined ? { note } : {}) })),
});

/** Signals in brief: `kind direction from-to (count)`. */
export const brief = (signals: readonly { kind: string; direction: string; from: number; to: number; count: number }[]): string[] =>
  signals.map((s) => `${s.kind} ${s.direction} ${s.from}-${s.to} (${s.count})`);
