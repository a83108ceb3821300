/** The middle value (the mean of the two middle values for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** "9 days", "9.5 days": a median rounded to half a day for reading. */
export function daysText(days: number): string {
  const rounded = Math.round(days * 2) / 2;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}
