import * as vscode from 'vscode';
import { completionsAt, type CompletionItem, type CompletionKind } from '../../core/language';
import { localToday } from '../../core/views/dates';
import type { NetworkService } from '../network-service';
import { fromPosition, markdown, toRange } from './convert';
import { currentDocument, maybeInFrontmatter } from './documents';

const KINDS: Readonly<Record<CompletionKind, vscode.CompletionItemKind>> = {
  field: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  member: vscode.CompletionItemKind.User,
  action: vscode.CompletionItemKind.Issue,
  meeting: vscode.CompletionItemKind.Event,
  outcome: vscode.CompletionItemKind.Constant,
  area: vscode.CompletionItemKind.Module,
  date: vscode.CompletionItemKind.Value,
};

/** Typing these in the frontmatter asks for completions: after `key: `, `[`, `, ` and `- `. */
export const COMPLETION_TRIGGERS = [' ', '[', ','];

export class FrontmatterCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly service: NetworkService) {}

  provideCompletionItems(textDocument: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!maybeInFrontmatter(textDocument, position)) return undefined;
    const current = currentDocument(this.service, textDocument);
    if (!current) return undefined;
    const items = completionsAt(current.document, current.entry.network, fromPosition(position), localToday());
    return items.length > 0 ? items.map(toCompletionItem) : undefined;
  }
}

function toCompletionItem(item: CompletionItem): vscode.CompletionItem {
  const result = new vscode.CompletionItem(item.label, KINDS[item.kind]);
  if (item.detail) result.detail = item.detail;
  if (item.documentation) result.documentation = markdown(item.documentation);
  result.insertText = item.insertText;
  result.range = toRange(item.range);
  result.sortText = item.sortText;
  if (item.retrigger) result.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
  return result;
}
