import type { HealthReport } from './report';
import type { ActionStatus } from './facts';

/**
 * Everything the health panel and the exported HTML report draw, computed in
 * the core (so the CLI's `--format html` and the editor's panel show the same
 * thing) and handed to the renderers in src/webview/render. Plain data: no
 * documents, no functions, safe to serialise.
 */
export interface PanelData {
  /** Scores, statuses, findings with located evidence, the monthly trend, temperature checks. */
  readonly report: HealthReport;
  readonly graph: GraphPicture;
  readonly leadership: LeadershipTimeline;
  readonly funnel: ActionFunnel;
  /** One point per month end of the trend, oldest first. */
  readonly participation: readonly ParticipationPoint[];
}

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
  /** "lead for falls-prevention until 2027-03-31", ... */
  readonly roles: readonly string[];
  readonly source?: SourceRef;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  /** Actions and meetings shared. */
  readonly weight: number;
}

/** Who led which area when: one row per area (or role without an area), terms oldest first. */
export interface LeadershipTimeline {
  /** The span drawn: from the earliest term start (or the network's start) to a year after the day. */
  readonly from: string;
  readonly to: string;
  readonly rows: readonly { readonly area: string; readonly label: string; readonly terms: readonly LeadTerm[] }[];
}

export interface LeadTerm {
  readonly member: string;
  readonly name: string;
  readonly role: string;
  readonly from: string;
  /** Undefined: no end date recorded. */
  readonly until: string | undefined;
  /** The term's end has passed with nobody after it (role.term-expired), or it ends within 90 days of the day. */
  readonly state: 'past' | 'current' | 'ending-soon' | 'expired' | 'open-ended';
  readonly source: SourceRef;
}

export interface ActionFunnel {
  /** Actions by status on the day, in funnel order: proposed, agreed, in-progress, blocked, done, dropped. */
  readonly counts: readonly { readonly status: ActionStatus; readonly count: number }[];
  /** Open agreed work past its due date, most overdue first. */
  readonly overdue: readonly { readonly id: string; readonly title: string; readonly due: string; readonly daysOverdue: number; readonly owners: readonly string[]; readonly source: SourceRef }[];
}

export interface ParticipationPoint {
  /** The month end (or the report's day for the last point). */
  readonly date: string;
  readonly members: number;
  /** Members who took part (attended, facilitated, proposed, owned, contributed) in the 90 days to the date. */
  readonly active: number;
  /** Meetings held in the month. */
  readonly meetings: number;
  /** Mean attendance at those meetings; undefined with none. */
  readonly meanAttendance: number | undefined;
}
