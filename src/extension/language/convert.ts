import * as vscode from 'vscode';
import type { Position, Range } from '../../core/diagnostic';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fromPosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function sameRange(a: Range, b: vscode.Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function markdown(text: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(text);
  result.isTrusted = false;
  result.supportHtml = false;
  return result;
}
