import * as vscode from 'vscode';
import { hoverAt } from '../../core/language';
import { localToday } from '../../core/views/dates';
import type { NetworkService } from '../network-service';
import { fromPosition, markdown, toRange } from './convert';
import { currentDocument } from './documents';

export class FrontmatterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: NetworkService) {}

  provideHover(textDocument: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const current = currentDocument(this.service, textDocument);
    if (!current) return undefined;
    const hover = hoverAt(current.document, current.entry.network, fromPosition(position), localToday());
    return hover && new vscode.Hover(markdown(hover.contents), toRange(hover.range));
  }
}
