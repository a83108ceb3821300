import type * as vscode from 'vscode';
import { activateOn, type NetworkApi } from './activate';
import { desktopPlatform } from './platform-desktop';

/** The desktop entry (package.json "main"): the Node extension host. */
export function activate(context: vscode.ExtensionContext): NetworkApi {
  return activateOn(desktopPlatform, context);
}

export type { NetworkApi } from './activate';

export function deactivate(): void {}
