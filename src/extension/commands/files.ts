import * as vscode from 'vscode';
import type { FolderKind } from '../../core/model/kinds';
import { folderOf } from '../../core/discovery';
import { idsFromFileNames } from '../../core/views/authoring';
import { TemplateInputError } from '../../core/templates/plan';
import type { NetworkEntry, NetworkService } from '../network-service';

/** A planned file with its URI. */
export interface FileToCreate {
  readonly uri: vscode.Uri;
  readonly content: string;
}

export type CreateResult =
  | { readonly created: true; readonly uris: readonly vscode.Uri[] }
  /** Nothing was written: these files exist (found before writing, or created meanwhile so that the edit failed). */
  | { readonly created: false; readonly existing: readonly vscode.Uri[] };

/**
 * Creates new files with ONE workspace edit, so that one Undo takes them all
 * back. Nothing is ever overwritten: files that exist are looked for first, and
 * the edit itself creates with `overwrite: false`, so a file that appears in
 * between makes the whole edit fail. No file-system writes happen here.
 */
export async function createFiles(files: readonly FileToCreate[], label: string): Promise<CreateResult> {
  const existing = await existingOf(files.map((file) => file.uri));
  if (existing.length > 0) return { created: false, existing };
  const edit = new vscode.WorkspaceEdit();
  const encoder = new TextEncoder();
  for (const file of files) {
    edit.createFile(file.uri, { overwrite: false, ignoreIfExists: false, contents: encoder.encode(file.content) }, { label, needsConfirmation: false });
  }
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) return { created: true, uris: files.map((file) => file.uri) };
  // VS Code checks every file before creating any, so a failed edit wrote nothing.
  const now = await existingOf(files.map((file) => file.uri));
  if (now.length > 0) return { created: false, existing: now };
  // It can fail for other reasons too (a read-only file system).
  throw new Error(`VS Code could not create ${files.map((file) => vscode.workspace.asRelativePath(file.uri)).join(', ')}.`);
}

async function existingOf(uris: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const found = await Promise.all(uris.map(async (uri) => ((await exists(uri)) ? uri : undefined)));
  return found.filter((uri): uri is vscode.Uri => uri !== undefined);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * The ids a new document of the kind must not take: those in the network's
 * index, and every `.md` file in the kind's folder on disk (the index may not
 * have caught up with a file created a moment ago).
 */
export async function takenIds(service: NetworkService, entry: NetworkEntry, kind: FolderKind): Promise<Set<string>> {
  const ids = new Set(entry.network.idsOf(kind));
  const folder = service.uriOf(entry, `${entry.network.root.replace(/\/+$/, '')}/${folderOf(kind, entry.network.config.layout)}`);
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    for (const id of idsFromFileNames(entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name))) ids.add(id);
  } catch {
    // No folder yet: nothing taken on disk.
  }
  return ids;
}

/** Runs a planner, turning what it rejects into a message for the user (undefined). */
export function planOrExplain<T>(plan: () => T): T | undefined {
  try {
    return plan();
  } catch (error) {
    if (error instanceof TemplateInputError) {
      void vscode.window.showErrorMessage(error.message);
      return undefined;
    }
    throw error;
  }
}

/** The message a planner gives for an input, or undefined when it takes it: for live validation. */
export function plannerProblem(plan: () => unknown): string | undefined {
  try {
    plan();
    return undefined;
  } catch (error) {
    if (error instanceof TemplateInputError) return error.message;
    throw error;
  }
}

/** `members/amara-okafor.md exists already` for a refusal message, paths relative to the workspace. */
export function describeExisting(uris: readonly vscode.Uri[]): string {
  const names = uris.map((uri) => vscode.workspace.asRelativePath(uri, false));
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `${list} ${names.length === 1 ? 'exists' : 'exist'} already`;
}

/** Opens a created document in an editor tab that stays open. */
export async function openDocument(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(uri, { preview: false });
}

/** Creates one planned document of a network, opens it and returns its URI; refuses (undefined, with a message) when it exists. */
export async function createAndOpen(service: NetworkService, entry: NetworkEntry, file: { readonly path: string; readonly content: string }, label: string): Promise<vscode.Uri | undefined> {
  const uri = service.uriOf(entry, file.path);
  const result = await createFiles([{ uri, content: file.content }], label);
  if (!result.created) {
    void vscode.window.showErrorMessage(`${describeExisting(result.existing)}, so nothing was written: netgov never overwrites a document.`);
    return undefined;
  }
  await openDocument(uri);
  return uri;
}
