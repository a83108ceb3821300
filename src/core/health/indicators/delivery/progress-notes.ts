import type { NetworkDocument } from '../../../document';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
/** A list item that starts with its date, the way docs/format.md writes progress: "- 2026-12-03: draft form shared". */
const DATED_ITEM = /^ {0,3}[-+*][ \t]+(\d{4}-\d{2}-\d{2})\b/;

// A trend reads each action once per day measured; an edited document is a new object, so the cache never goes stale.
const notes = new WeakMap<NetworkDocument, readonly string[]>();

/** The dates of the list items under an action body's "Progress" heading, latest first. */
function progressDates(document: NetworkDocument): readonly string[] {
  let dates = notes.get(document);
  if (dates) return dates;
  const found: string[] = [];
  let inProgress = false;
  for (const line of document.text.slice(document.bodyStart).split(/\r\n|\r|\n/)) {
    const heading = HEADING.exec(line);
    if (heading) inProgress = (heading[2] ?? '').trim().toLowerCase() === 'progress';
    else if (inProgress) {
      const day = DATED_ITEM.exec(line)?.[1];
      if (day !== undefined) found.push(day);
    }
  }
  dates = found.sort().reverse();
  notes.set(document, dates);
  return dates;
}

/** The latest progress note dated on or before the day; notes dated later were not yet written. */
export function latestProgressNote(document: NetworkDocument, asOf: string): string | undefined {
  return progressDates(document).find((day) => day <= asOf);
}
