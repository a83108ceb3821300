import type * as vscode from 'vscode';
import type { Network } from '../core/network';
import type { NetworkDocument } from '../core/document';
import type { Diagnostic } from '../core/diagnostic';
import type { Checklist } from '../core/health/checklist';

/** One network (a folder holding CHARTER.md) in the workspace, as the extension currently sees it. */
export interface NetworkEntry {
  /** The network's root folder. */
  readonly root: vscode.Uri;
  /**
   * The core's index of the network. Documents open in an editor reflect the
   * editor's text (unsaved changes included); the rest reflect the disk.
   */
  readonly network: Network;
  /**
   * The health checklist the network is measured by: the built-in one with the network's own file
   * laid over it, read with the network (a change to that file reads the network again).
   */
  readonly checklist: Checklist;
}

/**
 * What the extension's features (providers, views, commands) know about the
 * networks in the workspace. Implemented by NetworkServiceImpl, which keeps the
 * index and the diagnostics up to date as files change.
 */
export interface NetworkService {
  /** Fires after the index or diagnostics changed (debounced; once per re-check). */
  readonly onDidChange: vscode.Event<void>;
  /** Resolves once the first full check of the workspace has finished. */
  ready(): Promise<void>;
  /** While the first full check runs: how many documents it has listed so far (undefined before they are listed, and after). */
  checking(): number | undefined;
  /** Fires when {@link checking} changes. */
  readonly onDidChangeChecking: vscode.Event<void>;
  /** Every network in the workspace, in a stable order. */
  networks(): readonly NetworkEntry[];
  /** The network a file belongs to and, if it is one of its documents, the parsed document. */
  lookup(uri: vscode.Uri): { readonly entry: NetworkEntry; readonly document: NetworkDocument | undefined } | undefined;
  /** The URI of a core path (core paths are URI paths of the root's scheme and authority). */
  uriOf(entry: NetworkEntry, path: string): vscode.Uri;
  /** The current diagnostics of one file, as the core produced them. */
  diagnosticsOf(uri: vscode.Uri): readonly Diagnostic[];
  /** Throws everything away and checks the whole workspace again. */
  recheckAll(): Promise<void>;
}
