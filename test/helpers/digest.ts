/**
 * A report as text for golden files: one line per value, `path = JSON value`, in the order the
 * report writes them, a range on one line and numbers rounded (so that a last digit of floating
 * point never decides a comparison).
 */

/**
 * Keys left out: absolute paths (`file`, `root`: they differ per machine); the checklist's fixed
 * texts and attributes of each check; and `findings`, the checks at risk or on watch again, whose
 * order health-report tests pin.
 */
export const LEFT_OUT: ReadonlySet<string> = new Set(['file', 'root', 'why', 'improve', 'tool', 'version', 'title', 'direction', 'weight', 'type', 'findings']);

interface Position {
  readonly line: number;
  readonly character: number;
}
const isRange = (value: object): value is { start: Position; end: Position } => Object.keys(value).join() === 'start,end';
/** A range as `line:column-line:column`, 1-based as the CLI prints positions. */
export const rangeText = ({ start, end }: { start: Position; end: Position }): string => `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
/** A number with at most six decimals. */
const numberText = (value: number): string => String(Number.isInteger(value) ? value : Number(value.toFixed(6)));

export function digest(value: unknown, path = '', leftOut: ReadonlySet<string> = LEFT_OUT): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => digest(item, `${path}[${index}]`, leftOut));
  if (value !== null && typeof value === 'object' && isRange(value)) return [`${path} = ${rangeText(value)}`];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (leftOut.has(key) ? [] : digest(item, path ? `${path}.${key}` : key, leftOut)));
  }
  return [`${path} = ${typeof value === 'number' ? numberText(value) : JSON.stringify(value)}`];
}
