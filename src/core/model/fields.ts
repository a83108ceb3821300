/**
 * Safe readers for frontmatter data. The schema reports wrong types; the
 * cross-document rules still run on the rest, so they read fields through
 * these and simply see nothing where a value has the wrong shape.
 */
import { isIsoDate } from '../views/dates';

export type Data = Readonly<Record<string, unknown>> | undefined;

export function text(data: Data, key: string): string | undefined {
  const value = data?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function group(data: Data, key: string): Data {
  const value = data?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function number(data: Data, key: string): number | undefined {
  const value = data?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The string items of a list, each with its index (for pointing at it). */
export function textList(data: Data, key: string): { value: string; index: number }[] {
  const value = data?.[key];
  if (!Array.isArray(value)) return [];
  const items: { value: string; index: number }[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string') items.push({ value: item, index });
  });
  return items;
}

/** The mapping items of a list, each with its index. */
export function groupList(data: Data, key: string): { value: Readonly<Record<string, unknown>>; index: number }[] {
  const value = data?.[key];
  if (!Array.isArray(value)) return [];
  const items: { value: Readonly<Record<string, unknown>>; index: number }[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) items.push({ value: item as Record<string, unknown>, index });
  });
  return items;
}

/** An ISO date string, only when it is a real calendar date (so comparisons as strings are safe; 2026-02-31 is not one). */
export function date(data: Data, key: string): string | undefined {
  const value = text(data, key);
  return value !== undefined && isIsoDate(value) ? value : undefined;
}

/** Adds whole months to an ISO date, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The `id`s of a list of groups, e.g. the outcome ids of a purpose or the area ids of a charter. */
export function idsInList(data: Data, key: string): string[] {
  return groupList(data, key).flatMap(({ value }) => {
    const id = text(value, 'id');
    return id === undefined ? [] : [id];
  });
}
