import type { YamlPath } from '../parse/yaml-source';
import type { Dimension } from './checklist';
import type { AsOfFacts } from './facts';

/**
 * The contract of an automatic indicator: one measurement of a network's
 * health, computed from its documents as of a date. Each indicator lives in
 * its own file under indicators/<dimension>/ and says what it measures, why it
 * matters and where the idea comes from (docs/checklists.md is generated from
 * these). Indicators measure; they never judge: the checklist's thresholds
 * turn a value into healthy, watch or at risk (see score.ts).
 */

/** A document (and, when known, the field in it) behind a measurement. */
export interface Evidence {
  /** Absolute path of the document, as NetworkDocument.path. */
  readonly file: string;
  /** The field in its frontmatter; the whole frontmatter when absent. Resolved to a range only when shown. */
  readonly at?: YamlPath;
  /** The member the evidence is about, when it is about one. */
  readonly member?: string;
  /** What this document shows, in a few words: "led falls-prevention since 2023-01-01". */
  readonly note: string;
}

export interface Measurement {
  /**
   * The value the thresholds judge. Undefined means unknown: the documents do
   * not say enough to measure (no outcomes yet, no meetings in the window...).
   * Unknown is never scored as good or bad.
   */
  readonly value: number | undefined;
  /** The value in words with what it was computed from: "3 of 4 outcomes (75%)", or why it is unknown. */
  readonly summary: string;
  /** The documents and members behind the value, most telling first. Callers show only the first few. */
  readonly evidence: readonly Evidence[];
  /**
   * A question for members to discuss, phrased from the data ("3 of 4
   * workstreams have had the same lead for over 2 years: who could lead
   * next?"). Shown with the finding when the item is not healthy.
   */
  readonly question: string;
  /**
   * The best value this network can reach at its size, when that is short of
   * the checklist's healthy threshold: two lead roles cannot have five
   * different leads, and two co-chairs cannot hold less than half the roles
   * each. The thresholds are then judged against it (judgeMeasurement): the
   * healthy pattern for the network's size is healthy. Absent when the
   * thresholds are reachable.
   */
  readonly achievable?: number;
  /**
   * For a count that grows with the network (actions finished, patient
   * partners, owners of the work): the network's current members over
   * SIZE_REFERENCE_MEMBERS, when fewer. The thresholds, written for a network
   * of that size, are scaled down by it (judgeMeasurement), so seven members
   * are not held to what twenty can do.
   */
  readonly sizeScale?: number;
  /**
   * Set when what is measured is the network's design rather than a failure
   * of it: coordination running through the host in a lead-organisation or
   * administrative-organisation network. The finding is then watch at most,
   * never at risk, and this says why, in a sentence that evaluation adds to
   * the summary whenever the finding is not healthy.
   */
  readonly byDesign?: string;
}

export interface IndicatorContext {
  /** Everything known about the network on the day, computed once and shared by all indicators. */
  readonly facts: AsOfFacts;
  /** The item's `indicator.params` from the checklist (e.g. `{ days: 90 }`); indicators give defaults. */
  readonly params: Readonly<Record<string, number | string>>;
}

export type IndicatorUnit = 'share' | 'count' | 'people' | 'organisations' | 'days' | 'months' | 'per-quarter' | 'index';

export interface IndicatorDefinition {
  /** The name checklists use (`indicator.name`); one of KNOWN_INDICATORS. */
  readonly name: string;
  readonly dimension: Dimension;
  /** What is measured, exactly, in one or two sentences (the docs print it). */
  readonly what: string;
  /** Why it matters to a network, in one sentence. */
  readonly why: string;
  /**
   * Where the idea comes from (network-model.md's sources, CHAOSS metric names,
   * Freeman...): what the cited work says, described in general terms. Never a
   * phrase in quote marks: a quotation is only as good as one's certainty of
   * its exact words. Thresholds are not sources: the checklist item's `basis`
   * says where they come from.
   */
  readonly source: string;
  readonly unit: IndicatorUnit;
  /** The params it reads, with their defaults; documented. */
  readonly params?: Readonly<Record<string, number>>;
  /**
   * How the thresholds adapt to the network's size or governance model
   * (Measurement.achievable, Measurement.byDesign), in a sentence for the
   * docs; absent when they are applied as written.
   */
  readonly adapts?: string;
  measure(context: IndicatorContext): Measurement;
}

/** The network size the built-in count thresholds are written for (netgov's default, to agree at charter review): smaller networks' are scaled down. */
export const SIZE_REFERENCE_MEMBERS = 20;

/** Measurement.sizeScale for a network of `members` current members: absent from SIZE_REFERENCE_MEMBERS up. */
export function sizeScaleOf(members: number): { sizeScale?: number } {
  return members > 0 && members < SIZE_REFERENCE_MEMBERS ? { sizeScale: members / SIZE_REFERENCE_MEMBERS } : {};
}

/** " Judged for a network of 7 current members rather than 20.": how a scaled count says so in its summary. */
export function sizeWords(members: number): string {
  return members > 0 && members < SIZE_REFERENCE_MEMBERS ? ` Judged for a network of ${plural(members, 'current member')} rather than ${SIZE_REFERENCE_MEMBERS}.` : '';
}

/** A number param from the checklist, or the default when absent or not a positive number. */
export function numberParam(context: IndicatorContext, name: string, fallback: number): number {
  const value = context.params[name];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * The verb after a share: singular when the share is one thing, or one of one ("1 of 4 outcomes
 * has", "0 of 1 outcome has"), plural otherwise ("0 of 4 outcomes have", "3 of 4 outcomes have").
 */
export function shareVerb(part: number, whole: number, singular: string, pluralVerb: string): string {
  return part === 1 || whole === 1 ? singular : pluralVerb;
}

/**
 * "3 of 4 outcomes (75%)", "0 of 1 outcome (0%)": the noun in the number of the whole. Given both
 * forms, so that no share can read "1 of 1 meetings"; the verb after it comes from shareVerb().
 */
export function shareSummary(part: number, whole: number, [one, many]: readonly [one: string, many: string]): string {
  return `${part} of ${whole} ${whole === 1 ? one : many} (${Math.round((part / whole) * 100)}%)`;
}

/**
 * Every one of `count` things and its verb: "The one open action has", "All 3 open actions have"
 * (never "All 1 open action have").
 */
export function allOf(count: number, [one, many]: readonly [one: string, many: string], [verbOne, verbMany]: readonly [one: string, many: string]): string {
  return count === 1 ? `The one ${one} ${verbOne}` : `All ${count} ${many} ${verbMany}`;
}

/** An unknown measurement: says why, gives no evidence and asks how to find out. */
export function unknown(summary: string, question: string): Measurement {
  return { value: undefined, summary, evidence: [], question };
}

/**
 * A check that counts from when the network was established and is not yet
 * due: unknown, never healthy, because a brand new network has not yet had
 * the chance to do what the check looks for. Its summary starts "Not yet due".
 */
export function notYetDue(reason: string, question: string): Measurement {
  return unknown(`Not yet due: ${reason}`, question);
}

/** The kinds of record a network may not keep at all, as notKept says them. */
export const NOT_KEPT = {
  meetings: 'meeting notes (no meeting recorded on or before the day)',
  pulses: 'temperature checks (no pulse on or before the day)',
  actions: 'actions (none proposed on or before the day)',
  dueDates: 'due dates on its actions (no action gives one)',
  activity: 'meeting notes or actions, the records of taking part (none on or before the day)',
} as const;

/**
 * A check on a kind of record the network does not keep at all (no meeting
 * notes ever, no due dates on any action, no temperature checks): unknown,
 * never at risk, with a summary that says what is not kept.
 */
export function notKept(what: keyof typeof NOT_KEPT, question: string): Measurement {
  return unknown(`The network does not keep ${NOT_KEPT[what]}, so this cannot be measured.`, question);
}

/** Pluralises a count with its noun: plural(1, 'member') = '1 member'; plural(3, 'member') = '3 members'. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
