// Helpers for the suites that run inside VS Code's extension host, desktop (Node) or web worker:
// VS Code's API only, no Node built-in but path's posix functions (path-browserify in the web bundle).
import * as vscode from 'vscode';
import { posix } from 'node:path';

export const EXTENSION_ID = 'netgov.netgov';

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Polls `condition` until it returns a truthy value; throws `message` after `timeoutMs`. */
export async function waitFor<T>(condition: () => T | Promise<T>, timeoutMs: number, message: string | (() => string)): Promise<NonNullable<Awaited<T>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<Awaited<T>>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s: ${typeof message === 'function' ? message() : message}`);
    await sleep(200);
  }
}

/**
 * Resolves once `condition` holds, checking it now and again on each of `events`
 * (netgov's onDidChange, VS Code's tab changes): it waits on what happens, not on
 * the clock. `boundMs` only keeps a run that never gets there from hanging; it is
 * generous because a loaded machine may deliver the events late.
 */
export function whenTrue(events: readonly vscode.Event<unknown>[], condition: () => boolean, message: string | (() => string), boundMs = 120_000): Promise<void> {
  return new Promise((done, fail) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      if (error) fail(error);
      else done();
    };
    const check = (): void => {
      if (condition()) finish();
    };
    const timer = setTimeout(() => (condition() ? finish() : finish(new Error(`Not so after ${Math.round(boundMs / 1000)} s: ${typeof message === 'function' ? message() : message}`))), boundMs);
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/** Every editor tab closed: VS Code's own event says so. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await whenTrue([vscode.window.tabGroups.onDidChangeTabs], () => vscode.window.tabGroups.all.every((group) => group.tabs.length === 0), 'editors still open after closing them all');
}

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  if (!found) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return found;
}

/** Activates netgov (it normally activates on its own, on CHARTER.md) and waits for its first check when its API offers that. */
export async function activate(): Promise<unknown> {
  const api = (await extension().activate()) as { service?: { ready?: () => Promise<void> } } | undefined;
  await api?.service?.ready?.();
  return api;
}

/** The one workspace folder: a temporary copy of a fixture that tests may change. */
export function workspaceRoot(): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length !== 1) throw new Error(`expected one workspace folder, found ${folders.length}`);
  return folders[0]!.uri;
}

/** A diagnostic as the CLI's JSON prints it: file relative to the checked folder, 1-based positions. */
export interface PrintedDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function byPosition(a: PrintedDiagnostic, b: PrintedDiagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}

/** Every netgov diagnostic VS Code holds, with the file it is on. */
export function netgovDiagnostics(): [vscode.Uri, vscode.Diagnostic][] {
  return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics.filter((d) => d.source === 'netgov').map((d): [vscode.Uri, vscode.Diagnostic] => [uri, d]));
}

/** The code's value, whether VS Code holds it as a plain value or as {value, target}. */
export function codeValue(code: vscode.Diagnostic['code']): string {
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** VS Code's netgov diagnostics under `root`, printed as the CLI prints them, sorted. */
export function editorDiagnostics(root: vscode.Uri): PrintedDiagnostic[] {
  return netgovDiagnostics()
    .map(([uri, d]) => ({
      file: posix.relative(root.path, uri.path),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: SEVERITY_NAMES[d.severity],
      code: codeValue(d.code),
      message: d.message,
    }))
    .sort(byPosition);
}

/** The kinds of notification withMessages records. */
export type MessageKind = 'error' | 'warning' | 'info';

/**
 * Runs `body` while recording the notifications shown through the vscode API
 * (the extension and its tests share the API object), still showing them.
 */
export async function withMessages<T>(body: () => Promise<T>): Promise<{ result: T; messages: { kind: MessageKind; text: string }[] }> {
  const window = vscode.window as unknown as Record<string, (...rest: unknown[]) => unknown>;
  const names: Record<MessageKind, string> = { error: 'showErrorMessage', warning: 'showWarningMessage', info: 'showInformationMessage' };
  const originals = new Map<MessageKind, (...rest: unknown[]) => unknown>();
  const messages: { kind: MessageKind; text: string }[] = [];
  for (const [kind, name] of Object.entries(names) as [MessageKind, string][]) {
    const original = window[name]!;
    originals.set(kind, original);
    window[name] = (message: unknown, ...rest: unknown[]) => {
      messages.push({ kind, text: String(message) });
      return original.call(vscode.window, message, ...rest);
    };
  }
  try {
    return { result: await body(), messages };
  } finally {
    for (const [kind, original] of originals) window[names[kind]] = original;
  }
}
