/**
 * The collaboration graph laid out for drawing (PanelData.graph), computed in
 * the core so that the panel and the exported report draw the same picture and
 * the browser does no layout work.
 *
 * ForceAtlas2 (graphology-layout-forceatlas2) places the nodes, from starting
 * positions seeded by each node's id: the same documents always give the same
 * picture, and a member keeps roughly their place when the as-of day moves.
 * Only the ties drawn are laid out: a large network's working ties (ties.ts)
 * still run to tens of thousands (everyone in a small meeting is tied to
 * everyone else there), so laying out all of them gives a hairball and takes
 * seconds, while the strongest ties show its shape. Nodes without a tie go on rings round the edge, where they
 * are easy to see and cannot overlap the rest.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Collaboration } from './graph';
import type { GraphEdge, GraphNode, GraphPicture, SourceRef } from './graph-picture';
import { graphStory } from './graph-story';
import { maxOf } from '../arrays';
import { isRealOrganisation } from '../model/organisations';

/**
 * Above this many members the picture draws one node per organisation. A
 * thousand circles and a few thousand lines stay responsive in a webview; the
 * issue asks for graphs of up to 1,000 members to be drawn as members.
 */
export const MEMBER_NODES_LIMIT = 1000;
/** Ties drawn at most (besides each node's strongest tie): keeps the SVG to a few hundred kilobytes. */
export const MAX_EDGES = 3000;
/**
 * Fixed, so that the layout is deterministic. From seeded starting positions
 * ForceAtlas2 has the shape of a 1,000-member graph by then, in about a
 * quarter of a second.
 */
export const ITERATIONS = 100;

export interface LayoutEdge {
  readonly source: number;
  readonly target: number;
  readonly weight: number;
}

/** Where the connected nodes go: a disc round the centre; isolates go on rings outside it. */
const OUTER_RING = 0.47;
/** The smallest gap between two isolates on a ring, and between rings. */
const RING_GAP = 0.025;

/**
 * Positions in [0, 1] x [0, 1] for nodes `0..keys.length - 1`. `keys` seed the
 * starting positions; nodes with no edge are isolates, placed on rings.
 */
export function layoutPositions(keys: readonly string[], edges: readonly LayoutEdge[], iterations = ITERATIONS): { readonly x: readonly number[]; readonly y: readonly number[] } {
  // The panel redraws on every edit and as-of change, and most leave the drawn graph as it was: then the layout is too.
  const key = JSON.stringify([iterations, keys, edges.map((edge) => [edge.source, edge.target, edge.weight])]);
  if (lastLayout?.key !== key) lastLayout = { key, positions: computeLayout(keys, edges, iterations) };
  return lastLayout.positions;
}

/** The last layout worked out: a layout depends only on its input, so this cache is never stale. */
let lastLayout: { readonly key: string; readonly positions: { readonly x: readonly number[]; readonly y: readonly number[] } } | undefined;

function computeLayout(keys: readonly string[], edges: readonly LayoutEdge[], iterations: number): { x: number[]; y: number[] } {
  const n = keys.length;
  const x = new Array<number>(n).fill(0.5);
  const y = new Array<number>(n).fill(0.5);
  const tied = new Uint8Array(n);
  for (const edge of edges) tied[edge.source] = tied[edge.target] = 1;
  const isolates = keys.flatMap((_, i) => (tied[i] ? [] : [i]));
  const rings = ringsFor(isolates.length);
  const inner = rings.length === 0 ? OUTER_RING : rings[rings.length - 1]!.radius - RING_GAP * 2;

  const connected = keys.flatMap((_, i) => (tied[i] ? [i] : []));
  if (connected.length > 0) {
    const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
    for (const i of connected) {
      const random = seeded(keys[i]!);
      graph.addNode(String(i), { x: random() * 100, y: random() * 100 });
    }
    for (const edge of edges) graph.mergeUndirectedEdge(String(edge.source), String(edge.target), { weight: edge.weight });
    // inferSettings turns Barnes-Hut on above 2,000 nodes; below that, measured on the synthetic network's
    // 889 members, the exact repulsion is twice as fast as Barnes-Hut's tree.
    const settings = forceAtlas2.inferSettings(graph);
    // Weights count shared actions and small meetings, which can run to dozens: their square root keeps strong ties from collapsing pairs onto each other.
    const positions = forceAtlas2(graph, { iterations, settings: { ...settings, edgeWeightInfluence: 0.5 } });
    const cx = mean(connected.map((i) => positions[String(i)]!.x));
    const cy = mean(connected.map((i) => positions[String(i)]!.y));
    const reach = maxOf(connected.map((i) => Math.hypot(positions[String(i)]!.x - cx, positions[String(i)]!.y - cy)));
    for (const i of connected) {
      const p = positions[String(i)]!;
      x[i] = reach === 0 ? 0.5 : 0.5 + ((p.x - cx) / reach) * inner;
      y[i] = reach === 0 ? 0.5 : 0.5 + ((p.y - cy) / reach) * inner;
    }
  }

  let next = 0;
  for (const ring of rings) {
    for (let k = 0; k < ring.count; k++, next++) {
      // From the top, clockwise, so the first isolates (by id) are the easiest to find.
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / ring.count;
      x[isolates[next]!] = 0.5 + ring.radius * Math.cos(angle);
      y[isolates[next]!] = 0.5 + ring.radius * Math.sin(angle);
    }
  }
  return { x, y };
}

/** Concentric rings from the outside in, each holding as many isolates as fit at RING_GAP apart. */
function ringsFor(count: number): { radius: number; count: number }[] {
  const rings: { radius: number; count: number }[] = [];
  let left = count;
  // Keep at least a small disc for the connected nodes, however many isolates there are: the last ring takes the rest.
  for (let radius = OUTER_RING; left > 0; radius -= RING_GAP) {
    const fits = radius - RING_GAP < 0.2 ? left : Math.max(1, Math.floor((2 * Math.PI * radius) / RING_GAP));
    rings.push({ radius, count: Math.min(left, fits) });
    left -= Math.min(left, fits);
  }
  return rings;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** A small seeded generator (mulberry32 over an FNV-1a hash of the key): the same key gives the same numbers. */
function seeded(key: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The ties to draw: each node's strongest tie (so nobody with a tie looks
 * alone), then the strongest of the rest up to `limit`. Ties of equal weight
 * are taken in index order, so the choice is deterministic.
 */
export function strongestEdges(neighbours: readonly ArrayLike<number>[], weights: readonly ArrayLike<number>[], limit = MAX_EDGES): { edges: LayoutEdge[]; total: number } {
  const all: LayoutEdge[] = [];
  neighbours.forEach((list, i) => {
    for (let k = 0; k < list.length; k++) if (list[k]! > i) all.push({ source: i, target: list[k]!, weight: weights[i]![k]! });
  });
  all.sort((a, b) => b.weight - a.weight || a.source - b.source || a.target - b.target);
  const chosen = new Uint8Array(all.length);
  const covered = new Uint8Array(neighbours.length);
  let count = 0;
  // In strength order, the first tie met for a node is its strongest.
  all.forEach((edge, k) => {
    if (covered[edge.source] && covered[edge.target]) return;
    covered[edge.source] = covered[edge.target] = 1;
    chosen[k] = 1;
    count++;
  });
  for (let k = 0; k < all.length && count < limit; k++) {
    if (chosen[k]) continue;
    chosen[k] = 1;
    count++;
  }
  return { edges: all.filter((_, k) => chosen[k]), total: all.length };
}

/** What the picture says about each member, beyond the graph. */
export interface People {
  readonly name: (id: string) => string;
  /** Lead roles held on the day, in words. */
  readonly roles: (id: string) => readonly string[];
  readonly source: (id: string) => SourceRef | undefined;
  /** Single brokers: articulation points of the graph. */
  readonly brokers: ReadonlySet<string>;
}

export interface PictureOptions {
  /** Members above which organisations are drawn instead (default MEMBER_NODES_LIMIT). */
  readonly memberLimit?: number;
  readonly maxEdges?: number;
  readonly iterations?: number;
}

/** The drawing and its story; `minCount` is the network's minimum (AsOfFacts.minCount), below which the story names no centre. */
export function graphPicture(collaboration: Collaboration, people: People, minCount: number, options: PictureOptions = {}): Omit<GraphPicture, 'definition'> {
  const story = graphStory(collaboration.ids.map((id, i) => ({ id, name: people.name(id), ties: collaboration.neighbours[i]!.length, lead: collaboration.nodes[i]!.lead })), minCount);
  const organisations = organisationsByMembers(collaboration);
  const limit = options.memberLimit ?? MEMBER_NODES_LIMIT;
  const aggregated = collaboration.ids.length > limit;
  const base = aggregated ? organisationNodes(collaboration, organisations, people) : memberNodes(collaboration, organisations, people);
  const { edges, total } = strongestEdges(base.neighbours, base.weights, options.maxEdges ?? MAX_EDGES);
  const { x, y } = layoutPositions(
    base.nodes.map((node) => node.id),
    edges,
    options.iterations,
  );
  const round = (value: number): number => Math.round(value * 10000) / 10000;
  const nodes: GraphNode[] = base.nodes.map((node, i) => ({ ...node, x: round(x[i]!), y: round(y[i]!) }));
  const drawn: GraphEdge[] = edges.map((edge) => {
    const k = indexOf(base.neighbours[edge.source]!, edge.target);
    return { source: nodes[edge.source]!.id, target: nodes[edge.target]!.id, weight: edge.weight, work: base.work[edge.source]![k]!, meetings: base.meetings[edge.source]![k]! };
  });
  const real = organisations.filter((name) => isRealOrganisation(name)).length;
  return { mode: aggregated ? 'organisations' : 'members', story, nodes, edges: drawn, hiddenEdges: total - drawn.length, organisations, summary: summaryOf(collaboration, people, aggregated ? limit : undefined, real, total - drawn.length) };
}

type Unplaced = Omit<GraphNode, 'x' | 'y'>;

/** Nodes to place, with their ties as adjacency lists: the weights, and the strength through shared work and through meetings, parallel. */
interface Unlaid {
  readonly nodes: Unplaced[];
  readonly neighbours: readonly ArrayLike<number>[];
  readonly weights: readonly ArrayLike<number>[];
  readonly work: readonly ArrayLike<number>[];
  readonly meetings: readonly ArrayLike<number>[];
}

/** Where `value` is in an ascending list (it is there: the caller took it from the list). */
function indexOf(list: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many entries of a list are above zero. */
function positive(list: ArrayLike<number>): number {
  let count = 0;
  for (let k = 0; k < list.length; k++) if (list[k]! > 0) count++;
  return count;
}

/** Organisation names, most members first, then alphabetically. */
function organisationsByMembers(collaboration: Collaboration): string[] {
  const counts = new Map<string, number>();
  for (const node of collaboration.nodes) if (node.organisation !== undefined) counts.set(node.organisation, (counts.get(node.organisation) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([name]) => name);
}

function memberNodes(collaboration: Collaboration, organisations: readonly string[], people: People): Unlaid {
  const index = new Map(organisations.map((name, i) => [name, i]));
  const meetings = collaboration.weights.map((list, i) => list.map((weight, k) => weight - collaboration.work[i]![k]!));
  const nodes = collaboration.ids.map((id, i): Unplaced => {
    const source = people.source(id);
    return {
      id,
      label: people.name(id),
      organisation: index.get(collaboration.nodes[i]!.organisation ?? '') ?? -1,
      lead: collaboration.nodes[i]!.lead,
      isolate: collaboration.neighbours[i]!.length === 0,
      broker: people.brokers.has(id),
      degree: collaboration.neighbours[i]!.length,
      ties: { work: positive(collaboration.work[i]!), meetings: positive(meetings[i]!) },
      roles: people.roles(id),
      ...(source ? { source } : {}),
    };
  });
  return { nodes, neighbours: collaboration.neighbours, weights: collaboration.weights, work: collaboration.work, meetings };
}

/** Roles listed on an organisation's node before the rest are counted. */
const ROLES_SHOWN = 6;
const NO_ORGANISATION = 'No organisation stated';

/** One node per organisation (members who state none share one); a tie between two counts the member ties between them. */
function organisationNodes(collaboration: Collaboration, organisations: readonly string[], people: People): Unlaid {
  const index = new Map(organisations.map((name, i) => [name, i]));
  // Node k is organisation k; the last node, when needed, holds members with no organisation.
  const groupOf = collaboration.nodes.map((node) => index.get(node.organisation ?? '') ?? organisations.length);
  const groups = groupOf.some((g) => g === organisations.length) ? organisations.length + 1 : organisations.length;
  // Per pair of organisations: member ties between them, those with shared work, those with meetings.
  const ties = Array.from({ length: groups }, () => new Map<number, [number, number, number]>());
  const add = (a: number, b: number, work: number, meetings: number): void => {
    const counts = ties[a]!.get(b) ?? [0, 0, 0];
    ties[a]!.set(b, [counts[0] + 1, counts[1] + work, counts[2] + meetings]);
  };
  collaboration.neighbours.forEach((list, i) => {
    for (let k = 0; k < list.length; k++) {
      const a = groupOf[i]!;
      const b = groupOf[list[k]!]!;
      if (a !== b && list[k]! > i) {
        const work = collaboration.work[i]![k]! > 0 ? 1 : 0;
        const meetings = collaboration.weights[i]![k]! > collaboration.work[i]![k]! ? 1 : 0;
        add(a, b, work, meetings);
        add(b, a, work, meetings);
      }
    }
  });
  const members = Array.from({ length: groups }, () => [] as number[]);
  groupOf.forEach((g, i) => members[g]!.push(i));
  const nodes = members.map((list, g): Unplaced => {
    const ids = list.map((i) => collaboration.ids[i]!);
    const roles = ids.flatMap((id) => people.roles(id).map((role) => `${people.name(id)}: ${role}`));
    const brokers = ids.filter((id) => people.brokers.has(id)).length;
    return {
      id: g < organisations.length ? organisations[g]! : NO_ORGANISATION,
      label: g < organisations.length ? organisations[g]! : NO_ORGANISATION,
      organisation: g < organisations.length ? g : -1,
      lead: list.some((i) => collaboration.nodes[i]!.lead),
      isolate: ties[g]!.size === 0,
      broker: brokers > 0,
      degree: list.length,
      ties: { work: [...ties[g]!.values()].filter((counts) => counts[1] > 0).length, meetings: [...ties[g]!.values()].filter((counts) => counts[2] > 0).length },
      roles: [
        `${count(list.length, 'member')}${brokers > 0 ? `, ${count(brokers, 'single broker')}` : ''}`,
        ...roles.slice(0, ROLES_SHOWN),
        ...(roles.length > ROLES_SHOWN ? [`and ${count(roles.length - ROLES_SHOWN, 'other lead role')}`] : []),
      ],
    };
  });
  const sorted = ties.map((map) => [...map].sort(([a], [b]) => a - b));
  return {
    nodes,
    neighbours: sorted.map((list) => list.map(([b]) => b)),
    weights: sorted.map((list) => list.map(([, counts]) => counts[0])),
    work: sorted.map((list) => list.map(([, counts]) => counts[1])),
    meetings: sorted.map((list) => list.map(([, counts]) => counts[2])),
  };
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

/** `aggregatedAbove`: the member limit, when organisations are drawn instead; `organisations`: how many real organisations (isRealOrganisation) members come from. */
function summaryOf(collaboration: Collaboration, people: People, aggregatedAbove: number | undefined, organisations: number, hidden: number): string {
  const n = collaboration.ids.length;
  if (n === 0) return 'There are no current members, so there is no collaboration graph to draw.';
  const ties = collaboration.neighbours.reduce((sum, list) => sum + list.length, 0) / 2;
  const leads = collaboration.nodes.filter((node) => node.lead).length;
  const isolates = collaboration.neighbours.filter((list) => list.length === 0).length;
  const brokers = collaboration.ids.filter((id) => people.brokers.has(id)).length;
  const missing = collaboration.nodes.filter((node) => node.organisation === undefined).length;
  const unrecorded = missing > 0 ? ` (${count(missing, 'member')} ${missing === 1 ? 'has' : 'have'} no organisation recorded)` : '';
  const shape = `${count(n, 'current member')} with ${count(ties, 'tie')} between them (working ties: shared actions and small meetings), from ${count(organisations, 'organisation')}${unrecorded}.`;
  const drawn = aggregatedAbove !== undefined ? ` Drawn as one circle per organisation, as there are more than ${aggregatedAbove.toLocaleString('en-GB')} members.` : '';
  const hiddenNote = hidden > 0 ? ` Only the strongest ties are drawn (${count(hidden, 'weaker tie')} left out).` : '';
  const roles = ` ${count(leads, 'member')} ${leads === 1 ? 'holds' : 'hold'} a lead role; ${count(isolates, 'member')} ${isolates === 1 ? 'has' : 'have'} no tie to anyone; ${count(brokers, 'member')} ${brokers === 1 ? 'is a single broker' : 'are single brokers'}, the only link between parts of the network.`;
  return shape + drawn + hiddenNote + roles;
}
