import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * netgov's output channel ("netgov" in the Output view, at the level the user
 * picks there): what the extension did and what went wrong, for a user who
 * wants to know why, and for a bug report. Created on first use and disposed
 * with the extension (activate.ts); nothing else in the extension writes to
 * the console.
 */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('netgov', { log: true });
  return channel;
}

/** Closes the channel when the extension is deactivated. */
export function disposeLog(): vscode.Disposable {
  return new vscode.Disposable(() => {
    channel?.dispose();
    channel = undefined;
  });
}

/** An error as the log shows it: its stack where it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
