export { median } from '../../../arrays';

/** "9 days", "9.5 days": a median rounded to half a day for reading. */
export function daysText(days: number): string {
  const rounded = Math.round(days * 2) / 2;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}
