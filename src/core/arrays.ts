/**
 * Array helpers that stay safe at any length. `target.push(...items)` passes
 * every item as an argument, and past about 100,000 of them V8 throws
 * "Maximum call stack size exceeded" (issue 13: four 80 KB files with 160,000
 * findings ended `check --format sarif` with exit 2). Use these instead.
 */

/** Appends every item of `items` to `target`, one at a time; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest number in `values`, or -Infinity when there is none (as `Math.max()`), without spreading them into a call. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/** The median of some numbers (the mean of the middle two for an even count); undefined for none. The one median the core uses. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
