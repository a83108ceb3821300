import { posix } from 'node:path';
import type { Range } from '../diagnostic';
import { beginningOf, notYetBegun } from '../model/beginning';
import { charterRecordOf } from '../model/records';
import type { Network } from '../network';
import { DIMENSION_TITLES, type Checklist, type Dimension, type Direction, type Phase } from './checklist';
import { evaluateHealth, type HealthSnapshot, type ItemResult } from './evaluate';
import type { Evidence } from './indicator';
import type { PulseFact } from './facts';
import type { Coverage, Status } from './score';
import { answersIn, hasEnoughRespondents } from './survey';
import { suggestConnections, type ConnectionKind } from './connect';
import { healthTrend, type TrendPoint } from './trend';
import { mirrorOf, type MirrorEntry, type MirrorRating } from './mirror';
import { areaOf, type AreaScope } from './area';
import { tieDefinition } from './ties';
import type { TieSettings } from '../config';
import { outcomeReports, type OutcomeReport } from './outcome-report';

/**
 * The health of a network as plain data: what `netgov health` prints in every
 * format and what the editor shows. Everything here is JSON-safe, and every
 * piece of evidence carries its file and range so a reader can open it.
 */

/** How many pieces of evidence a finding shows; the rest are counted. */
export const EVIDENCE_SHOWN = 10;

export interface EvidenceRef {
  /** Absolute '/'-separated path. */
  readonly file: string;
  /** Path relative to the network root, for printing. */
  readonly relative: string;
  readonly range: Range;
  readonly note: string;
  readonly member?: string;
}

export interface ItemReport {
  readonly id: string;
  readonly title: string;
  readonly type: 'indicator' | 'question';
  readonly status: Status;
  readonly value: number | undefined;
  /** Which way `value` gets healthier (a survey question's mean: higher). */
  readonly direction: Direction;
  readonly summary: string;
  readonly weight: number;
  readonly why: string;
  readonly improve: string;
  readonly question: string;
  readonly evidence: readonly EvidenceRef[];
  /** All evidence, of which `evidence` holds the first EVIDENCE_SHOWN. */
  readonly evidenceCount: number;
}

export interface DimensionReport {
  readonly dimension: Dimension;
  readonly title: string;
  readonly score: number | undefined;
  readonly status: Status;
  readonly coverage: number;
  /** Known checks, all checks and the known share of the weight (no score below MIN_COVERAGE). */
  readonly known: Coverage;
  readonly items: readonly ItemReport[];
}

export interface Finding extends ItemReport {
  readonly dimension: Dimension;
}

export interface PulseReport {
  readonly id: string;
  readonly date: string;
  readonly file: string;
  readonly invited: number | undefined;
  readonly respondents: number | undefined;
  /** True when it had at least `minAnswers` respondents (the network's minimum): only then do its results (and its maturity ratings) count. */
  readonly enough: boolean;
  /** Per question: the counts, or `suppressed` when fewer than `minAnswers` answered. */
  readonly questions: readonly { readonly id: string; readonly answered: number; readonly counts: readonly number[] | 'suppressed'; readonly mean: number | undefined }[];
  readonly maturity: readonly { readonly dimension: string; readonly current: number | undefined; readonly target: number | undefined }[];
}

/** An introduction worth making (connect.ts), with the member pages located. */
export interface ConnectionReport {
  readonly kind: ConnectionKind;
  readonly members: readonly [string, string];
  readonly reason: string;
  readonly evidence: readonly EvidenceRef[];
}

/** A mirror entry (mirror.ts) with the temperature checks behind members' ratings located. */
export interface MirrorReport extends Omit<MirrorEntry, 'members'> {
  readonly members: { readonly status: MirrorEntry['members']['status']; readonly parts: readonly (Omit<MirrorRating, 'evidence'> & { readonly evidence: EvidenceRef })[] };
}

export interface HealthReport {
  readonly network: { readonly name: string; readonly root: string; readonly phase: Phase | undefined };
  readonly checklist: { readonly id: string; readonly title: string | undefined };
  /** Present when the report is of one area (workstream) only (area.ts): which, and how many documents it rests on. */
  readonly area?: AreaScope;
  readonly asOf: string;
  /**
   * Present when the network had not begun on the day (model/beginning.ts): why, as a clause
   * ("the network did not exist yet on 1900-01-01 (...)"). Its scores then measure nothing and
   * are not shown; `netgov health` refuses such a day outright.
   */
  readonly notYetBegun?: string;
  readonly score: number | undefined;
  readonly status: Status;
  /** How much of the overall score rests on data; with less than half of the weight known there is no score. */
  readonly coverage: Coverage;
  readonly dimensions: readonly DimensionReport[];
  /** Items at risk, then on watch; the heaviest first within each. */
  readonly findings: readonly Finding[];
  readonly trend: readonly TrendPoint[];
  /** Temperature checks on or before the day, oldest first; small counts suppressed. */
  readonly pulses: readonly PulseReport[];
  /** The fewest people a figure may come from in this network (netgov.yml `privacy.min_count`, never below MIN_COUNT): what every output prints as its minimum. */
  readonly minAnswers: number;
  /** Introductions members could make: ties the network lacks (a network lead's most important job). */
  readonly connections: readonly ConnectionReport[];
  /** Dimensions where what members say and what the documents show disagree by two levels (mirror.ts). */
  readonly mirror: readonly MirrorReport[];
  /** What made a working tie in the collaboration graph (netgov.yml `health.ties`), with the sentence every output prints. */
  readonly ties: TiesReport;
  /** Each outcome in PURPOSE.md against its target, as a run chart (outcome-report.ts). */
  readonly outcomes: readonly OutcomeReport[];
}

export interface TiesReport {
  /** Meetings of at most this many people tie those present. */
  readonly meetingSize: number;
  /** Actions and meetings of this many months up to the day count (agreed work still open always does). */
  readonly months: number;
  /** The definition in one line (ties.ts, tieDefinition). */
  readonly definition: string;
}

/** The tie settings of the day as the report states them. */
export function tiesReport(settings: TieSettings, asOf: string): TiesReport {
  return { meetingSize: settings.meetingSize, months: settings.months, definition: tieDefinition(settings, asOf) };
}

export interface HealthReportOptions {
  readonly asOf: string;
  /** Today: the day the documents' written statuses describe. */
  readonly present: string;
  /** Month ends in the trend (default 24; 0 for none). */
  readonly trendMonths?: number;
}

export function buildHealthReport(network: Network, checklist: Checklist, options: HealthReportOptions): HealthReport {
  return reportOf(network, checklist, evaluateHealth(network, checklist, options), options);
}

/** The report from a snapshot already evaluated on `options.asOf` (the panel draws its pictures from the same day's facts). */
export function reportOf(network: Network, checklist: Checklist, snapshot: HealthSnapshot, options: HealthReportOptions): HealthReport {
  const area = areaOf(network);
  const notYet = notYetBegun(beginningOf(network), snapshot.asOf);
  return {
    network: { name: charterRecordOf(network)?.name ?? posix.basename(network.root), root: network.root, phase: snapshot.phase },
    checklist: { id: checklist.id, title: checklist.title },
    ...(area ? { area } : {}),
    asOf: snapshot.asOf,
    ...(notYet ? { notYetBegun: `${notYet.because}; choose a later date, or check ${notYet.check}` } : {}),
    score: snapshot.score,
    status: snapshot.status,
    coverage: snapshot.coverage,
    dimensions: snapshot.dimensions.map((d) => ({ dimension: d.dimension, title: DIMENSION_TITLES[d.dimension], score: d.score, status: d.status, coverage: d.coverage, known: d.known, items: d.items.map((item) => itemReport(network, item)) })),
    findings: findingsOf(network, snapshot),
    trend: options.trendMonths === 0 ? [] : healthTrend(network, checklist, { asOf: options.asOf, present: options.present, months: options.trendMonths ?? 24 }),
    pulses: snapshot.facts.pulses.map((pulse) => pulseReport(pulse, snapshot.facts.minCount)),
    minAnswers: snapshot.facts.minCount,
    connections: suggestConnections(snapshot.facts).map((suggestion) => ({ ...suggestion, evidence: suggestion.evidence.map((evidence) => locateEvidence(network, evidence)) })),
    // Temperature checks are the whole network's answers: they say nothing about one area's documents, so an area holds up no mirror.
    mirror: (area ? [] : mirrorOf(snapshot)).map((entry) => ({ ...entry, members: { ...entry.members, parts: entry.members.parts.map((part) => ({ ...part, evidence: locateEvidence(network, part.evidence) })) } })),
    ties: tiesReport(snapshot.facts.ties, snapshot.asOf),
    outcomes: outcomeReports(snapshot.facts, (evidence) => locateEvidence(network, evidence)),
  };
}

/** One temperature check as shown: nothing from fewer than `min` people (the network's minimum). */
function pulseReport(pulse: PulseFact, min: number): PulseReport {
  const enough = hasEnoughRespondents(pulse, min);
  return {
    id: pulse.id,
    date: pulse.date,
    file: pulse.document.path,
    invited: pulse.invited,
    respondents: pulse.respondents,
    enough,
    questions: (pulse.questionOrder ?? [...pulse.questions.keys()]).flatMap((id) => {
      const answers = answersIn(pulse, id, min);
      return answers ? [{ id, answered: answers.answered, counts: answers.suppressed ? ('suppressed' as const) : answers.counts, mean: answers.mean }] : [];
    }),
    // A check of too few people shows nothing, its maturity ratings included.
    maturity: enough ? [...pulse.maturity].map(([dimension, levels]) => ({ dimension, ...levels })) : [],
  };
}

const STATUS_ORDER: Readonly<Record<Status, number>> = { 'at-risk': 0, watch: 1, healthy: 2, unknown: 3 };

function findingsOf(network: Network, snapshot: HealthSnapshot): Finding[] {
  return snapshot.dimensions
    .flatMap((d) => d.items.filter((item) => item.status === 'at-risk' || item.status === 'watch').map((item) => ({ ...itemReport(network, item), dimension: d.dimension })))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

function itemReport(network: Network, result: ItemResult): ItemReport {
  const { item, measurement } = result;
  return {
    id: item.id,
    title: item.title,
    type: item.type,
    status: result.status,
    value: measurement.value,
    direction: item.type === 'indicator' ? item.indicator.thresholds.direction : 'higher-is-better',
    summary: measurement.summary,
    weight: result.weight,
    why: item.why,
    improve: item.improve,
    question: measurement.question,
    // Ranges need the document's YAML tree, so only the evidence shown is located.
    evidence: measurement.evidence.slice(0, EVIDENCE_SHOWN).map((evidence) => locateEvidence(network, evidence)),
    evidenceCount: measurement.evidence.length,
  };
}

export function locateEvidence(network: Network, evidence: Evidence): EvidenceRef {
  const document = network.get(evidence.file);
  const range = document ? document.rangeOf(evidence.at ?? [], 'value') : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { file: evidence.file, relative: posix.relative(network.root, evidence.file), range, note: evidence.note, ...(evidence.member !== undefined ? { member: evidence.member } : {}) };
}
