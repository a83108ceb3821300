import type { Network } from '../network';
import { date } from './fields';
import { charterRecordOf, memberRecords } from './records';

/**
 * What the documents say about when a network began: the charter's
 * `established`, and when its members joined.
 */
export interface Beginning {
  /** The charter's `established`, when it gives one. */
  readonly established?: string | undefined;
  /** Each member page's `joined` (undefined when the page gives none, which counts as a member from the start). */
  readonly joined: readonly (string | undefined)[];
}

/** When the network began, as far as its documents say: the charter's `established`, else its earliest dated document. */
export function networkStart(network: Network): string | undefined {
  const established = charterRecordOf(network)?.established;
  if (established !== undefined) return established;
  let earliest: string | undefined;
  for (const document of network.documents) {
    for (const key of ['joined', 'proposed', 'date']) {
      const day = date(document.data, key);
      if (day !== undefined && (earliest === undefined || day < earliest)) earliest = day;
    }
  }
  return earliest;
}

/** The beginning of a loaded network. */
export function beginningOf(network: Network): Beginning {
  return {
    established: charterRecordOf(network)?.established,
    joined: [...memberRecords(network).values()].map((member) => member.joined),
  };
}

/** Why a network had not begun on a day, in netgov's words. */
export interface NotYetBegun {
  /** A clause such as "the network did not exist yet on 1900-01-01 (its charter says it was established on 2023-01-05)". */
  readonly because: string;
  /** The dates to check besides the day itself: "the charter's `established`" or "the members' `joined` dates". */
  readonly check: string;
}

/**
 * Whether nothing can be measured on `day` because the network had not begun:
 * the day is before the charter's `established`, or before the first member
 * joined. The one test for `health --as-of`, the health panel's date and a
 * survey's date, so that they never disagree; undefined when the network
 * existed on the day. `network` names it in the clause ("the network in
 * examples/north").
 */
export function notYetBegun(beginning: Beginning, day: string, network = 'the network'): NotYetBegun | undefined {
  const { established, joined } = beginning;
  if (established !== undefined && day < established) {
    return { because: `${network} did not exist yet on ${day} (its charter says it was established on ${established})`, check: "the charter's `established`" };
  }
  // No member pages, or one with no join date (a member from the start): nothing says the network was empty.
  if (joined.length === 0 || joined.some((when) => when === undefined)) return undefined;
  const first = (joined as readonly string[]).reduce((a, b) => (b < a ? b : a));
  return day < first ? { because: `no member of ${network} had joined yet on ${day} (the first joined on ${first})`, check: "the members' `joined` dates" } : undefined;
}
