import type * as vscode from 'vscode';
import { parseNetworkDocument, type NetworkDocument } from '../../core/document';
import type { NetworkEntry, NetworkService } from '../network-service';

/** A network document as the editor holds it now, with its network. */
export interface CurrentDocument {
  readonly entry: NetworkEntry;
  readonly document: NetworkDocument;
  /** True when the network's copy of the document has exactly this text (so its diagnostics are about it). */
  readonly checked: boolean;
}

const encoder = new TextEncoder();
let last: { readonly key: string; readonly document: NetworkDocument } | undefined;

/**
 * The network document open in an editor, read from the editor's text. The
 * network re-checks an edited document only after a pause in typing, so while
 * someone types its copy lags behind: completion must see the character just
 * typed, so the text is parsed again then (once per version).
 */
export function currentDocument(service: NetworkService, textDocument: vscode.TextDocument): CurrentDocument | undefined {
  const found = service.lookup(textDocument.uri);
  const known = found?.document;
  if (!found || !known || known.kind === 'config') return undefined;
  // The core reads a lone CR as LF (same length, so positions hold); compare the text as it reads it.
  const raw = textDocument.getText();
  const text = raw.includes('\r') ? raw.replace(/\r(?!\n)/g, '\n') : raw;
  if (known.text === text) return { entry: found.entry, document: known, checked: true };
  const key = `${textDocument.uri.toString()}#${textDocument.version}`;
  if (last?.key !== key || last.document.path !== known.path) {
    const { document } = parseNetworkDocument(known.path, known.kind, known.id, encoder.encode(text), found.entry.network.config.limits);
    last = { key, document };
  }
  return { entry: found.entry, document: last.document, checked: false };
}

/**
 * A cheap test, before any parsing, that a position may be in a document's
 * frontmatter: the first line is `---` and no `---` line comes between it and the position.
 */
export function maybeInFrontmatter(textDocument: vscode.TextDocument, position: vscode.Position): boolean {
  if (position.line === 0 || textDocument.lineCount === 0 || !textDocument.lineAt(0).text.startsWith('---')) return false;
  for (let line = 1; line < position.line; line++) {
    if (/^---\s*$/.test(textDocument.lineAt(line).text)) return false;
  }
  return true;
}
