/**
 * The collaboration graph as drawn (PanelData.graph): plain data, in a module
 * of its own so that the layout (graph-layout.ts) and the panel data
 * (panel-data.ts) both use it without importing each other.
 */
import type { GraphStory } from './graph-story';

/** A place in a network document: what a click on it opens. */
export interface SourceRef {
  /** Absolute '/'-separated path. */
  readonly file: string;
  /** Path relative to the network root, for showing. */
  readonly relative: string;
  /** 0-based line. */
  readonly line: number;
}

/** The collaboration graph laid out for drawing, on the report's day. */
export interface GraphPicture {
  /** `members` draws each member; `organisations` (for large networks) one node per organisation. */
  readonly mode: 'members' | 'organisations';
  readonly nodes: readonly GraphNode[];
  /** The ties drawn; very large graphs draw only their strongest ties (`hiddenEdges` counts the rest). */
  readonly edges: readonly GraphEdge[];
  readonly hiddenEdges: number;
  /** Organisations in legend order (most members first); a node's colour is its index here. */
  readonly organisations: readonly string[];
  /** The picture in words, for screen readers and as the chart's text alternative. */
  readonly summary: string;
  /** Who is at the centre and the edge, and the sentence that says so (graph-story.ts). */
  readonly story: GraphStory;
  /** What makes a tie, in one line (ties.ts, tieDefinition). */
  readonly definition: string;
}

export interface GraphNode {
  /** Member id, or organisation name in `organisations` mode. */
  readonly id: string;
  readonly label: string;
  /** Index into GraphPicture.organisations; -1 when unknown. */
  readonly organisation: number;
  /** Holds a lead, co-chair or coordinator role on the day. */
  readonly lead: boolean;
  /** Has no tie. */
  readonly isolate: boolean;
  /** An articulation point: the only link between parts of the network. */
  readonly broker: boolean;
  /** Layout position in [0, 1] x [0, 1]. */
  readonly x: number;
  readonly y: number;
  /** Number of ties (members mode) or members (organisations mode). */
  readonly degree: number;
  /**
   * Ties through shared work and through meetings, counted apart (a pair who do both counts in each): other
   * members in members mode, other organisations in organisations mode.
   */
  readonly ties: { readonly work: number; readonly meetings: number };
  /** "lead for falls-prevention until 2027-03-31", ... */
  readonly roles: readonly string[];
  readonly source?: SourceRef;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  /** Actions and meetings shared that count as working ties (ties.ts). */
  readonly weight: number;
  /**
   * The tie's strength through shared work alone and through meetings alone: in members mode the actions and the
   * meetings (together the weight); in organisations mode the member ties with shared work and with meetings.
   */
  readonly work: number;
  readonly meetings: number;
}
