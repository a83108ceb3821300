/**
 * Networks for the authoring-aid tests: the clean base network of
 * test/core/network-builder.ts, loaded with loadNetwork from an in-memory
 * workspace, with one document written with a cursor marker in it.
 */
import { posix } from 'node:path';
import { loadNetwork } from '../../../src/core/check';
import type { Diagnostic, Position, Range } from '../../../src/core/diagnostic';
import type { NetworkDocument } from '../../../src/core/document';
import type { Network } from '../../../src/core/network';
import { checkDirectory } from '../../../src/core/check';
import { completionsAt, quickFixes, type CompletionItem, type QuickFix } from '../../../src/core/language';
import { ROOT, TODAY, workspaceWith } from '../network-builder';

export { ROOT, TODAY };

/** Marks the cursor in a test document; removed before the document is read. */
export const CURSOR = '‸';

export interface Opened {
  readonly network: Network;
  readonly document: NetworkDocument;
  /** The document's text, without the cursor marker. */
  readonly text: string;
  /** Where the marker was (the origin when there was none). */
  readonly position: Position;
}

/**
 * Loads the base network with `changes` (paths relative to ROOT; null removes
 * a file) and returns the document at `file`, with `content` (which may hold
 * one ‸) or, when it is undefined, as the network has it.
 */
export async function open(file: string, content: string | undefined, changes: Readonly<Record<string, string | null>> = {}): Promise<Opened> {
  const at = content === undefined ? -1 : content.indexOf(CURSOR);
  const text = content === undefined || at === -1 ? content : content.slice(0, at) + content.slice(at + CURSOR.length);
  const loaded = await loadNetwork(workspaceWith(text === undefined ? changes : { ...changes, [file]: text }), ROOT);
  const document = loaded.network.get(posix.join(ROOT, file));
  if (!document) throw new Error(`${file} is not a network document`);
  return { network: loaded.network, document, text: document.text, position: at === -1 ? { line: 0, character: 0 } : positionOf(document.text, at) };
}

/** The base network alone. */
export async function base(changes: Readonly<Record<string, string | null>> = {}): Promise<Network> {
  return (await loadNetwork(workspaceWith(changes), ROOT)).network;
}

/** The diagnostics a full check gives one file of the network with these changes, as of TODAY. */
export async function diagnosticsOf(file: string, changes: Readonly<Record<string, string | null>>): Promise<Diagnostic[]> {
  const report = await checkDirectory(workspaceWith(changes), ROOT, { today: TODAY });
  return report.diagnostics.filter((d) => d.file === posix.join(ROOT, file));
}

export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** A 0-based range. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** The range of the nth `needle` in `text` (which must not span lines). */
export function rangeOf(text: string, needle: string, occurrence = 1): Range {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`'${needle}' (${occurrence}) not in text`);
  }
  const start = positionOf(text, at);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

/** Applies edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const offset = (p: Position): number => {
    const lines = text.split(/(?<=\n)/);
    let total = 0;
    for (let i = 0; i < p.line; i++) total += lines[i]!.length;
    return total + p.character;
  };
  const sorted = [...edits].map((e) => ({ ...e, start: offset(e.range.start), end: offset(e.range.end) })).sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** The full path of a file of the network. */
export function pathOf(file: string): string {
  return posix.join(ROOT, file);
}

/** A file's text, the diagnostics of a full check, those of one code, and the quick fixes they get. */
export interface FixesFixture {
  readonly text: string;
  readonly all: Diagnostic[];
  readonly diagnostics: Diagnostic[];
  readonly fixes: QuickFix[];
}

/** The fixes offered for the diagnostics of one code (all of the file's, when no code is given), after a full check of the network. */
export async function fixesFor(file: string, content: string, code?: string, changes: Readonly<Record<string, string | null>> = {}): Promise<FixesFixture> {
  const { document, network, text } = await open(file, content, changes);
  const all = await diagnosticsOf(file, { ...changes, [file]: text });
  const diagnostics = code === undefined ? all : all.filter((d) => d.code === code);
  return { text, all, diagnostics, fixes: quickFixes({ document, network, diagnostics, all, today: TODAY }) };
}

/** The completions offered at the cursor (`‸`) in `content`, each as `label|insertText|line|from|to` (one line). */
export async function offered(file: string, content: string): Promise<string[]> {
  const { document, network, position } = await open(file, content);
  return completionsAt(document, network, position, TODAY).map(show);
}

function show(item: CompletionItem): string {
  const { start, end } = item.range;
  if (start.line !== end.line) throw new Error(`completion range over ${end.line - start.line + 1} lines`);
  return [item.label, item.insertText, start.line, start.character, end.character].join('|');
}
