import type * as vscode from 'vscode';
import { activateOn, type NetworkApi } from './activate';
import { webPlatform } from './platform';

/** The browser entry (package.json "browser"): the web worker extension host of vscode.dev and github.dev. */
export function activate(context: vscode.ExtensionContext): NetworkApi {
  return activateOn(webPlatform, context);
}

export type { NetworkApi } from './activate';

export function deactivate(): void {}
