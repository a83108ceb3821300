import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostic';
import type { Dimension } from '../health/checklist';
import type { HealthReport, ItemReport } from '../health/report';
import type { Status } from '../health/score';
import type { Network } from '../network';
import { describeChanges, type ChangeNote } from './changes';
import { diffDiagnostics, type DiagnosticsDiff } from './diagnostics';
import { fieldChanges, type FieldChange } from './fields';
import { toDiagnostic } from '../severity';
import { checkCharterChange } from '../rules/charter-change-undecided';

export type { ChangeKind, ChangeNote } from './changes';
export type { DiagnosticChange, DiagnosticsDiff } from './diagnostics';
export type { FieldChange } from './fields';

/** One version of a network, as loaded, checked and measured. */
export interface NetworkState {
  readonly network: Network;
  readonly diagnostics: readonly Diagnostic[];
  /** Measured as of the same day on both sides, so the change in scores is the change's doing. */
  readonly health: HealthReport;
}

export interface ScoreChange {
  readonly before: number | undefined;
  readonly after: number | undefined;
  readonly statusBefore: Status | undefined;
  readonly statusAfter: Status | undefined;
}

export interface DimensionChange extends ScoreChange {
  readonly dimension: Dimension;
  readonly title: string;
}

/** One checklist item whose finding the change moved: `Ownership spread: 45/90 → 46/91`. */
export interface ItemChange {
  readonly dimension: Dimension;
  readonly id: string;
  readonly title: string;
  /** The item's summary before and after; undefined on the side where the network or the item is missing. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly statusBefore: Status | undefined;
  readonly statusAfter: Status | undefined;
  /**
   * The change made this finding worse: it created it (a status further from
   * healthy than before: watch or at risk where it was healthy, unknown or
   * absent), or, while it stays at risk or on watch, moved its value further
   * from healthy, or, at the same value, gave the one person at its centre
   * more of it (one more action for the member who already owns half the
   * work). What `check --changed` shows on the changed lines.
   */
  readonly worse: boolean;
}

export interface FileChanges {
  /** Paths from the network root. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly modified: readonly string[];
}

/** What a change does to one network: JSON-safe, and what every diff format prints. */
export interface NetworkDiff {
  readonly name: string;
  /** Absolute, '/'-separated. */
  readonly root: string;
  /** `added` and `removed` when the network exists on one side only. */
  readonly state: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly asOf: string;
  readonly files: FileChanges;
  readonly diagnostics: DiagnosticsDiff;
  readonly score: ScoreChange;
  readonly dimensions: readonly DimensionChange[];
  /** The checklist items whose summary or status moved, in checklist order. */
  readonly items: readonly ItemChange[];
  readonly changes: readonly ChangeNote[];
  /** Every changed charter and purpose field, in words. */
  readonly fields: readonly FieldChange[];
}

/**
 * Compares two versions of a network: the base (where the change started) and
 * the head (the change). Pure: the caller loads, checks and measures both.
 * Either may be missing, when the change adds or removes the whole network.
 */
export function diffNetworks(base: NetworkState | undefined, head: NetworkState | undefined): NetworkDiff {
  const either = (head ?? base)!;
  const root = either.network.root;
  const files = fileChanges(base?.network, head?.network);
  const touched = files.added.length + files.removed.length + files.modified.length > 0;
  const dimensions = (head ?? base)!.health.dimensions.map((d): DimensionChange => {
    const before = base?.health.dimensions.find((b) => b.dimension === d.dimension);
    const after = head?.health.dimensions.find((a) => a.dimension === d.dimension);
    return { dimension: d.dimension, title: d.title, ...scoreChange(before, after) };
  });
  return {
    name: either.health.network.name,
    root,
    state: !base ? 'added' : !head ? 'removed' : touched ? 'changed' : 'unchanged',
    asOf: either.health.asOf,
    files,
    diagnostics: diffDiagnostics({ network: base?.network, diagnostics: base?.diagnostics ?? [] }, { network: head?.network, diagnostics: [...(head?.diagnostics ?? []), ...changeDiagnostics(base, head, files)] }, root),
    score: scoreChange(base?.health, head?.health),
    dimensions,
    items: itemChanges(base?.health, head?.health),
    changes: describeChanges(base?.network, head?.network),
    fields: fieldChanges(base?.network, head?.network),
  };
}

/** What only the change as a whole can show: a charter change with no decision agreeing it. */
function changeDiagnostics(base: NetworkState | undefined, head: NetworkState | undefined, files: FileChanges): Diagnostic[] {
  if (!base || !head) return [];
  const root = head.network.root;
  const touched = new Set([...files.added, ...files.modified].map((relative) => posix.join(root, relative)));
  const finding = checkCharterChange(base.network.charter, head.network.charter, head.network, (path) => touched.has(path));
  const diagnostic = finding && head.network.charter ? toDiagnostic(head.network.charter.path, finding, head.network.config) : undefined;
  return diagnostic ? [diagnostic] : [];
}

/** The checklist items whose summary or status moved between two reports, in checklist order. */
export function itemChanges(base: HealthReport | undefined, head: HealthReport | undefined): ItemChange[] {
  const changes: ItemChange[] = [];
  const items = (report: HealthReport | undefined): Map<string, { dimension: Dimension; item: ItemReport }> =>
    new Map((report?.dimensions ?? []).flatMap((d) => d.items.map((item) => [item.id, { dimension: d.dimension, item }] as const)));
  const before = items(base);
  const after = items(head);
  for (const [id, entry] of new Map([...before, ...after])) {
    const was = before.get(id)?.item;
    const now = after.get(id)?.item;
    if (was?.summary === now?.summary && was?.status === now?.status) continue;
    changes.push({ dimension: entry.dimension, id, title: (now ?? was)!.title, before: was?.summary, after: now?.summary, statusBefore: was?.status, statusAfter: now?.status, worse: isWorse(was, now) });
  }
  return changes;
}

/** How far from healthy a status is; unknown is no finding at all. */
const CONCERN: Readonly<Record<Status, number>> = { healthy: 0, unknown: 0, watch: 1, 'at-risk': 2 };

function isWorse(was: ItemReport | undefined, now: ItemReport | undefined): boolean {
  if (!now) return false;
  const before = was ? CONCERN[was.status] : 0;
  const after = CONCERN[now.status];
  if (after !== before) return after > before;
  if (after === 0 || !was) return false;
  if (was.value !== now.value && was.value !== undefined && now.value !== undefined) return now.direction === 'higher-is-better' ? now.value < was.value : now.value > was.value;
  return was.value === now.value && now.evidenceCount > was.evidenceCount && centre(was) !== undefined && centre(was) === centre(now);
}

/** The one member all of a finding's evidence is about, if there is one. */
function centre(item: ItemReport): string | undefined {
  const members = new Set(item.evidence.map((e) => e.member));
  const [only] = members;
  return members.size === 1 ? only : undefined;
}

function scoreChange(before: { score: number | undefined; status: Status } | undefined, after: { score: number | undefined; status: Status } | undefined): ScoreChange {
  return { before: before?.score, after: after?.score, statusBefore: before?.status, statusAfter: after?.status };
}

function fileChanges(base: Network | undefined, head: Network | undefined): FileChanges {
  const root = (head ?? base)!.root;
  const relative = (path: string): string => posix.relative(root, path);
  const added: string[] = [];
  const modified: string[] = [];
  const removed: string[] = [];
  for (const document of head?.documents ?? []) {
    const before = base?.get(document.path);
    if (!before) added.push(relative(document.path));
    else if (before.text !== document.text) modified.push(relative(document.path));
  }
  for (const document of base?.documents ?? []) if (!head?.get(document.path)) removed.push(relative(document.path));
  return { added: added.sort(), removed: removed.sort(), modified: modified.sort() };
}
