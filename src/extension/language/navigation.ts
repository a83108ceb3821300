import * as vscode from 'vscode';
import { definitionAt, documentLinks, referencesAt } from '../../core/language';
import type { NetworkService } from '../network-service';
import { fromPosition, toRange } from './convert';
import { currentDocument } from './documents';

/** From an id to where it is defined: a member's, action's or meeting's page, an outcome's or area's entry. */
export class IdDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: NetworkService) {}

  provideDefinition(textDocument: vscode.TextDocument, position: vscode.Position): vscode.LocationLink[] | undefined {
    const current = currentDocument(this.service, textDocument);
    if (!current) return undefined;
    const definition = definitionAt(current.document, current.entry.network, fromPosition(position));
    if (!definition) return undefined;
    return [
      {
        originSelectionRange: toRange(definition.originRange),
        targetUri: this.service.uriOf(current.entry, definition.path),
        targetRange: toRange(definition.targetRange),
        targetSelectionRange: toRange(definition.targetSelectionRange),
      },
    ];
  }
}

/** Every place the network's documents name a member (or an action, meeting, outcome or area). */
export class IdReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: NetworkService) {}

  provideReferences(textDocument: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] | undefined {
    const current = currentDocument(this.service, textDocument);
    if (!current) return undefined;
    const found = referencesAt(current.document, current.entry.network, fromPosition(position), { includeDeclaration: context.includeDeclaration });
    return found.map((location) => new vscode.Location(this.service.uriOf(current.entry, location.path), toRange(location.range)));
  }
}

/** Links from ids to their documents; an outcome or area opens at its entry. */
export class IdLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly service: NetworkService) {}

  provideDocumentLinks(textDocument: vscode.TextDocument): vscode.DocumentLink[] | undefined {
    const current = currentDocument(this.service, textDocument);
    if (!current) return undefined;
    return documentLinks(current.document, current.entry.network).map((link) => {
      const uri = this.service.uriOf(current.entry, link.path);
      // VS Code opens a file link with the fragment `L12` at line 12.
      const result = new vscode.DocumentLink(toRange(link.range), link.line === undefined ? uri : uri.with({ fragment: `L${link.line + 1}` }));
      result.tooltip = link.tooltip;
      return result;
    });
  }
}
