import { posix } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import type { Network } from '../network';

/** A diagnostic the change brought in or cleared, with its path from the network root for printing. */
export interface DiagnosticChange extends Diagnostic {
  readonly relative: string;
}

export interface DiagnosticsDiff {
  readonly introduced: readonly DiagnosticChange[];
  readonly fixed: readonly DiagnosticChange[];
  /** Diagnostics found on both sides. */
  readonly unchanged: number;
}

/**
 * Which diagnostics the change introduced and which it fixed. Two are the same
 * problem when they share the file, the code, the message and the text they
 * point at, wherever that text now sits: an edit that moves lines neither
 * fixes nor introduces anything. Identical problems are paired off one for one.
 */
export function diffDiagnostics(
  base: { readonly network: Network | undefined; readonly diagnostics: readonly Diagnostic[] },
  head: { readonly network: Network | undefined; readonly diagnostics: readonly Diagnostic[] },
  root: string,
): DiagnosticsDiff {
  const waiting = new Map<string, Diagnostic[]>();
  for (const d of base.diagnostics) {
    const key = matchKey(base.network, d);
    waiting.set(key, [...(waiting.get(key) ?? []), d]);
  }
  const introduced: Diagnostic[] = [];
  let unchanged = 0;
  for (const d of head.diagnostics) {
    const same = waiting.get(matchKey(head.network, d));
    if (same && same.length > 0) {
      same.shift();
      unchanged++;
    } else {
      introduced.push(d);
    }
  }
  const fixed = [...waiting.values()].flat();
  const withRelative = (list: Diagnostic[]): DiagnosticChange[] => list.sort(compareDiagnostics).map((d) => ({ ...d, relative: posix.relative(root, d.file) }));
  return { introduced: withRelative(introduced), fixed: withRelative(fixed), unchanged };
}

function matchKey(network: Network | undefined, d: Diagnostic): string {
  return JSON.stringify([d.file, d.code, d.message, anchorText(network, d)]);
}

/** The text a diagnostic points at: what stays the same when lines above it come or go. */
function anchorText(network: Network | undefined, d: Diagnostic): string {
  const document = network?.get(d.file);
  if (!document) return '';
  const start = document.lines.lineStart(d.range.start.line) + d.range.start.character;
  const end = document.lines.lineStart(d.range.end.line) + d.range.end.character;
  return document.text.slice(start, end);
}
