import * as vscode from 'vscode';
import type { NetworkService } from '../network-service';
import { QuickFixProvider } from './code-actions';
import { COMPLETION_TRIGGERS, FrontmatterCompletionProvider } from './completion';
import { FrontmatterHoverProvider } from './hover';
import { IdDefinitionProvider, IdLinkProvider, IdReferenceProvider } from './navigation';

/**
 * Every markdown document, whatever its scheme (file, vscode-remote,
 * vscode-vfs...); each provider answers only for the documents the service
 * knows as a network document, and otherwise returns nothing.
 */
export const NETWORK_DOCUMENTS: vscode.DocumentSelector = { language: 'markdown' };

/**
 * Registers the authoring aids for network documents: completion, hover, go
 * to definition, find references, document links and quick fixes. The work
 * is done by the pure functions of src/core/language; these are thin adapters.
 */
export function registerLanguageFeatures(context: vscode.ExtensionContext, service: NetworkService): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(NETWORK_DOCUMENTS, new FrontmatterCompletionProvider(service), ...COMPLETION_TRIGGERS),
    vscode.languages.registerHoverProvider(NETWORK_DOCUMENTS, new FrontmatterHoverProvider(service)),
    vscode.languages.registerDefinitionProvider(NETWORK_DOCUMENTS, new IdDefinitionProvider(service)),
    vscode.languages.registerReferenceProvider(NETWORK_DOCUMENTS, new IdReferenceProvider(service)),
    vscode.languages.registerDocumentLinkProvider(NETWORK_DOCUMENTS, new IdLinkProvider(service)),
    vscode.languages.registerCodeActionsProvider(NETWORK_DOCUMENTS, new QuickFixProvider(service), QuickFixProvider.metadata),
  );
}
