import { median as medianOf } from '../arrays';

/**
 * The collaboration graph's story in one sentence, worked out from the ties
 * alone: who is at the centre (the one to three members with at least twice
 * the median number of ties, when anyone stands out that far) and who is at
 * the edge (members with one tie or none). A flat network has no centre, and
 * the sentence says so rather than naming whoever happens to have one more tie.
 * Pure: the panel, the exported report and the tests read the same verdict.
 */

/** At most this many members are named as the centre. */
export const MAX_CENTRE = 3;
/** Labels drawn on the graph at most. */
export const MAX_LABELS = 15;
/** The most connected members labelled besides the centre and the leads. */
export const TOP_LABELLED = 5;

export interface StoryMember {
  readonly id: string;
  readonly name: string;
  readonly ties: number;
  readonly lead: boolean;
}

export interface GraphStory {
  /** Member ids at the centre, most ties first; empty for a flat network or fewer members than the network's minimum. */
  readonly centre: readonly string[];
  /** Member ids with one tie or none. */
  readonly edge: readonly string[];
  /** The median number of ties. */
  readonly median: number;
  /** Member ids to name on the drawing: the centre, then leads, then the most connected; at most MAX_LABELS. */
  readonly labelled: readonly string[];
  /** One sentence for under the graph. */
  readonly sentence: string;
}

/** The median of some numbers, 0 for none. */
export function median(values: readonly number[]): number {
  return medianOf(values) ?? 0;
}

/** Most ties first, then by name, then id: a stable order. */
function byTies(a: StoryMember, b: StoryMember): number {
  return b.ties - a.ties || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The centre: members with at least twice the median ties (and at least two
 * ties). When more than MAX_CENTRE qualify, the centre is the largest group of
 * at most MAX_CENTRE that has strictly more ties than everyone after it; when
 * no such group exists, ties are spread and there is no centre. With fewer
 * members than `min` (the network's minimum, AsOfFacts.minCount) it names nobody.
 */
export function centreOf(members: readonly StoryMember[], min: number): StoryMember[] {
  if (members.length < min) return [];
  const threshold = Math.max(2, 2 * median(members.map((member) => member.ties)));
  const standing = members.filter((member) => member.ties >= threshold).sort(byTies);
  if (standing.length <= MAX_CENTRE) return standing;
  for (let k = MAX_CENTRE; k >= 1; k--) if (standing[k - 1]!.ties > standing[k]!.ties) return standing.slice(0, k);
  return [];
}

/** The story of the graph; `min` is the network's minimum (AsOfFacts.minCount): with fewer members it names no centre. */
export function graphStory(members: readonly StoryMember[], min: number): GraphStory {
  const centre = centreOf(members, min);
  const edge = members.filter((member) => member.ties <= 1);
  const mid = median(members.map((member) => member.ties));
  const sorted = [...members].sort(byTies);
  const labelled: string[] = [];
  const add = (member: StoryMember): void => {
    if (labelled.length < MAX_LABELS && !labelled.includes(member.id)) labelled.push(member.id);
  };
  centre.forEach(add);
  sorted.filter((member) => member.lead).forEach(add);
  sorted.filter((member) => member.ties > 0).slice(0, TOP_LABELLED).forEach(add);
  return { centre: centre.map((member) => member.id), edge: edge.map((member) => member.id), median: mid, labelled, sentence: sentenceOf(members.length, centre, edge.length, mid, min) };
}

function names(members: readonly StoryMember[]): string {
  const list = members.map((member) => member.name);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]!}`;
}

function sentenceOf(count: number, centre: readonly StoryMember[], edge: number, mid: number, min: number): string {
  if (count === 0) return '';
  if (count < min) return `With fewer than ${min} current members, the graph is too small to say who is at its centre.`;
  const medianWords = `${mid.toLocaleString('en-GB')} ${mid === 1 ? 'tie' : 'ties'}`;
  const head = centre.length > 0
    ? `Most ties run through ${names(centre)} (at least twice the median of ${medianWords})`
    : `No one stands out at the centre: nobody has twice the median of ${medianWords}, so ties are spread across the network`;
  const tail = edge === 0 ? 'every member has at least two ties' : `${edge.toLocaleString('en-GB')} ${edge === 1 ? 'member has' : 'members have'} one tie or none`;
  return `${head}; ${tail}.`;
}
