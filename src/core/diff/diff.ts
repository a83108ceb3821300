import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostic';
import type { Dimension } from '../health/checklist';
import type { HealthReport } from '../health/report';
import type { Status } from '../health/score';
import type { Network } from '../network';
import { describeChanges, type ChangeNote } from './changes';
import { diffDiagnostics, type DiagnosticsDiff } from './diagnostics';

export type { ChangeKind, ChangeNote } from './changes';
export type { DiagnosticChange, DiagnosticsDiff } from './diagnostics';

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
  readonly changes: readonly ChangeNote[];
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
    diagnostics: diffDiagnostics({ network: base?.network, diagnostics: base?.diagnostics ?? [] }, { network: head?.network, diagnostics: head?.diagnostics ?? [] }, root),
    score: scoreChange(base?.health, head?.health),
    dimensions,
    changes: describeChanges(base?.network, head?.network),
  };
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
