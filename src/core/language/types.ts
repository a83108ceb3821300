import type { Diagnostic, Range } from '../diagnostic';

/**
 * What the authoring aids return: plain objects with 0-based ranges, which
 * the VS Code adapters (src/extension/language) turn into VS Code objects.
 * Paths are core paths (absolute, '/'-separated), as in NetworkDocument.path.
 */

export type CompletionKind = 'field' | 'value' | 'member' | 'action' | 'meeting' | 'outcome' | 'area' | 'date';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label: a field's title, a member's name and organisation. */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Plain text (not a snippet). Lines after the first are relative to the current line's indentation. */
  readonly insertText: string;
  /** What the item replaces: the word at the cursor (empty at a blank position). */
  readonly range: Range;
  /** Keeps the order the items are given in. */
  readonly sortText: string;
  /** Ask for completions again once inserted (a key whose value has suggestions of its own). */
  readonly retrigger?: boolean;
}

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}

/** A place in a network document. */
export interface Location {
  readonly path: string;
  readonly range: Range;
}

export interface Definition {
  /** The id the definition was asked for. */
  readonly originRange: Range;
  readonly path: string;
  /** The whole definition: the start of a page, or an outcome's or area's entry. */
  readonly targetRange: Range;
  /** What to select in it: the start of a page, or the `id` of the outcome or area. */
  readonly targetSelectionRange: Range;
}

export interface DocumentLink {
  readonly range: Range;
  readonly path: string;
  /** 0-based line to open the target at (outcomes and areas). */
  readonly line?: number;
  readonly tooltip: string;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface QuickFix {
  readonly title: string;
  /** The diagnostics it fixes, as the core produced them. */
  readonly diagnostics: readonly Diagnostic[];
  /** Edits to the document the diagnostics are about. */
  readonly edits?: readonly TextEdit[];
  /** Create the page of a member named but not yet in the network (the `netgov.createMember` command). */
  readonly createMember?: string;
  readonly preferred?: boolean;
}
