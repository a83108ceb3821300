import { DIMENSION_TITLES, DIMENSIONS, type Dimension } from './checklist';
import type { DimensionResult, HealthSnapshot } from './evaluate';
import type { AsOfFacts, PulseFact } from './facts';
import type { Evidence } from './indicator';
import { statusOfScore, weightedScore, type Status } from './score';
import { questionHistory } from './survey';

/**
 * Holding up a mirror (docs/health.md, "The mirror"): where what members say
 * about a dimension in their temperature checks and what the documents show
 * about it point opposite ways, say so, as a question to discuss. Neither side
 * is taken to be right: the gap itself is worth talking about.
 *
 * Deliberately simple, so a member can follow it by hand. Each side gets a
 * status the way a dimension does (healthy 100, watch 50, at risk 0; the
 * weighted mean of its known parts; 75 or more healthy, below 50 at risk):
 *
 * - members' side: the dimension's survey questions that are known (each
 *   answered by at least the network's minimum (facts.minCount), else it is unknown and left
 *   out), and the maturity self-rating `current` for the dimension in the
 *   latest temperature check that gives one, when that check had at least
 *   the minimum of respondents (level 4-5 healthy, 3 watch, 1-2 at risk);
 * - documents' side: the dimension's automatic indicators that are known.
 *
 * They disagree when one side is healthy and the other at risk: two levels
 * apart. A side that is unknown, or one level apart (watch against either),
 * says nothing: a mirror entry must be a clear contrast, not noise.
 */

/** Maturity levels (1-5) from which a self-rating counts as healthy, and as watch rather than at risk: netgov's default. */
export const MATURITY_HEALTHY_FROM = 4;
export const MATURITY_WATCH_FROM = 3;

/** One thing members said about the dimension. */
export interface MirrorRating {
  readonly kind: 'question' | 'maturity';
  /** The checklist item id for a question; the dimension for a maturity rating. */
  readonly id: string;
  /** The question as asked, or "maturity self-rating". */
  readonly title: string;
  readonly status: Exclude<Status, 'unknown'>;
  /** "mean 4.2 of 5 from 14 answers", "level 4 of 5 (aiming for 4)". */
  readonly value: string;
  /** The temperature check's date. */
  readonly date: string;
  readonly evidence: Evidence;
}

/** One automatic indicator on the documents' side. */
export interface MirrorIndicator {
  readonly id: string;
  readonly title: string;
  readonly status: Exclude<Status, 'unknown'>;
  readonly summary: string;
}

export interface MirrorSide<T> {
  readonly status: 'healthy' | 'at-risk';
  /** Its parts, those with the side's own status first. */
  readonly parts: readonly T[];
}

export interface MirrorEntry {
  readonly dimension: Dimension;
  readonly title: string;
  /** `members-higher`: members rate it well, the documents show it at risk; `documents-higher`: the reverse. */
  readonly direction: 'members-higher' | 'documents-higher';
  readonly members: MirrorSide<MirrorRating>;
  readonly documents: MirrorSide<MirrorIndicator>;
  readonly question: string;
}

/** Every dimension where members and documents disagree by two levels, in the dimensions' order. */
export function mirrorOf(snapshot: HealthSnapshot): MirrorEntry[] {
  return DIMENSIONS.flatMap((dimension) => {
    const result = snapshot.dimensions.find((d) => d.dimension === dimension);
    const entry = result ? mirrorEntry(result, snapshot.facts) : undefined;
    return entry ? [entry] : [];
  });
}

function mirrorEntry(result: DimensionResult, facts: AsOfFacts): MirrorEntry | undefined {
  const ratings = membersRatings(result, facts);
  const indicators: MirrorIndicator[] = result.items.flatMap((r) =>
    r.item.type === 'indicator' && r.status !== 'unknown' ? [{ id: r.item.id, title: r.item.title, status: r.status, summary: r.measurement.summary }] : [],
  );
  const members = sideStatus(ratings.map(({ rating, weight }) => ({ status: rating.status, weight })));
  const documents = sideStatus(result.items.filter((r) => r.item.type === 'indicator'));
  if (members === undefined || documents === undefined || members === documents) return undefined;
  const first = <T extends { readonly status: Status }>(status: Status, parts: readonly T[]): T[] => [...parts.filter((p) => p.status === status), ...parts.filter((p) => p.status !== status)];
  const title = DIMENSION_TITLES[result.dimension];
  const direction = members === 'healthy' ? 'members-higher' : 'documents-higher';
  const memberParts = first(members, ratings.map(({ rating }) => rating));
  const documentParts = first(documents, indicators);
  return {
    dimension: result.dimension,
    title,
    direction,
    members: { status: members, parts: memberParts },
    documents: { status: documents, parts: documentParts },
    question: questionFor(direction, title, memberParts, documentParts.filter((p) => p.status === documents)),
  };
}

/** Healthy or at risk by the same rule as a dimension's score; undefined for unknown or watch. */
function sideStatus(parts: readonly { readonly status: Status; readonly weight: number }[]): 'healthy' | 'at-risk' | undefined {
  const status = statusOfScore(weightedScore(parts));
  return status === 'healthy' || status === 'at-risk' ? status : undefined;
}

function membersRatings(result: DimensionResult, facts: AsOfFacts): { rating: MirrorRating; weight: number }[] {
  const ratings: { rating: MirrorRating; weight: number }[] = [];
  for (const r of result.items) {
    if (r.item.type !== 'question' || r.status === 'unknown') continue;
    const answers = questionHistory(facts, r.item.id).valid;
    // A known question was answered by at least the network's minimum (survey.ts); checked again so no rule here rests on another file's.
    if (!answers || answers.mean === undefined || answers.answered < facts.minCount) continue;
    ratings.push({
      weight: r.weight,
      rating: {
        kind: 'question',
        id: r.item.id,
        title: r.item.question.text,
        status: r.status,
        value: `mean ${answers.mean.toFixed(1)} of 5 from ${answers.answered} answers`,
        date: answers.pulse.date,
        evidence: { file: answers.pulse.document.path, at: ['questions', r.item.id], note: `asked in the ${answers.pulse.date} temperature check` },
      },
    });
  }
  const maturity = latestMaturity(facts.pulses, result.dimension, facts.minCount);
  if (maturity) ratings.push({ rating: maturity, weight: 1 });
  return ratings;
}

/** The dimension's maturity self-rating in the latest temperature check that gives one, when at least `min` members (the network's minimum) took part in it. */
function latestMaturity(pulses: readonly PulseFact[], dimension: Dimension, min: number): MirrorRating | undefined {
  for (let i = pulses.length - 1; i >= 0; i--) {
    const pulse = pulses[i]!;
    const current = pulse.maturity.get(dimension)?.current;
    if (current === undefined) continue;
    if (pulse.respondents === undefined || pulse.respondents < min) return undefined;
    const target = pulse.maturity.get(dimension)?.target;
    return {
      kind: 'maturity',
      id: dimension,
      title: 'maturity self-rating',
      status: current >= MATURITY_HEALTHY_FROM ? 'healthy' : current >= MATURITY_WATCH_FROM ? 'watch' : 'at-risk',
      value: `level ${current} of 5${target === undefined ? '' : ` (aiming for ${target})`}`,
      date: pulse.date,
      evidence: { file: pulse.document.path, at: ['maturity', dimension, 'current'], note: `maturity rated in the ${pulse.date} temperature check` },
    };
  }
  return undefined;
}

function questionFor(direction: MirrorEntry['direction'], title: string, ratings: readonly MirrorRating[], telling: readonly MirrorIndicator[]): string {
  const dimension = title.charAt(0).toLowerCase() + title.slice(1);
  const lead = ratings.find((r) => r.kind === 'question') ?? ratings[0];
  const said = lead ? ` (${lead.value}, ${lead.date})` : '';
  const shown = telling.map((p) => p.title.charAt(0).toLowerCase() + p.title.slice(1));
  const items = shown.length <= 2 ? shown.join(' and ') : `${shown.slice(0, 2).join(', ')} and ${shown.length - 2} more`;
  return direction === 'members-higher'
    ? `Members rate ${dimension} well${said}, while the documents show it at risk (${items}): what do members see that the documents miss, or what are the documents showing that members have not felt yet?`
    : `The documents look healthy on ${dimension} (${items}), while members rate it poorly${said}: what do members experience that the documents do not record?`;
}

/** A member rating in words, plain text for the formats to escape: `"Leaders … dominate." mean 4.2 of 5 from 14 answers (temperature check of 2026-09-30)`. */
export function ratingWords(rating: Pick<MirrorRating, 'kind' | 'title' | 'value' | 'date'>): string {
  const what = rating.kind === 'question' ? `“${rating.title.trimEnd()}”` : 'Maturity self-rating';
  return `${what} ${rating.value} (temperature check of ${rating.date})`;
}

/** The line that introduces an entry: "members rate it healthy; the documents show it at risk". */
export function mirrorVerdict(entry: Pick<MirrorEntry, 'direction'>): string {
  return entry.direction === 'members-higher' ? 'members rate it well; the documents show it at risk' : 'the documents show it healthy; members rate it poorly';
}

/** How the mirror is worked out, in one sentence for every format; `min` is the network's minimum (HealthReport.minAnswers). */
export function mirrorRule(min: number): string {
  return `A dimension is listed when members' ratings (survey questions answered by at least ${min} people, and the maturity self-rating) come out healthy and the documents' checks at risk, or the reverse; sides one level apart or unknown are not listed.`;
}
