import * as vscode from 'vscode';
import { evaluateHealth } from '../core/health/evaluate';
import { healthDiagnostics, type HealthDiagnosticsLevel } from '../core/health/finding-diagnostics';
import { localToday } from '../core/views/dates';
import { toVscodeDiagnostic } from './diagnostics';
import type { NetworkService } from './network-service';

/** Health moves slowly: re-measure a second after the last change rather than on every keystroke. */
const DELAY_MS = 1000;

function level(): HealthDiagnosticsLevel {
  const value = vscode.workspace.getConfiguration('netgov').get<string>('health.diagnostics');
  return value === 'off' || value === 'watch' ? value : 'at-risk';
}

/**
 * Shows health findings (`netgov.health.diagnostics`) as information, each
 * once on the document where it can be acted on, with the rest of its
 * evidence as related information, in a collection of their own so that turning them
 * off never touches the rule diagnostics.
 */
export function registerHealthDiagnostics(context: vscode.ExtensionContext, service: NetworkService): void {
  const collection = vscode.languages.createDiagnosticCollection('netgov-health');
  let timer: NodeJS.Timeout | undefined;
  let generation = 0;

  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const chosen = level();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const entry of service.networks()) {
      if (chosen === 'off') break;
      const today = localToday();
      const snapshot = evaluateHealth(entry.network, entry.checklist, { asOf: today, present: today });
      for (const diagnostic of healthDiagnostics(entry.network, snapshot, chosen)) {
        const converted = toVscodeDiagnostic(diagnostic, new Map());
        if (!converted) continue;
        // Apart from the rule diagnostics: health is measured, not checked, and `netgov check` never reports it.
        converted.source = 'netgov health';
        // The rest of the finding's evidence, beside it rather than as findings of their own on each document.
        if (diagnostic.related) {
          converted.relatedInformation = diagnostic.related.map(
            (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(service.uriOf(entry, r.file), new vscode.Range(r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character)), r.message),
          );
        }
        const key = service.uriOf(entry, diagnostic.file).toString();
        byFile.set(key, [...(byFile.get(key) ?? []), converted]);
      }
    }
    // A newer refresh started while this one awaited the checklist: its result wins.
    if (mine !== generation) return;
    collection.clear();
    for (const [uri, diagnostics] of byFile) collection.set(vscode.Uri.parse(uri), diagnostics);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), DELAY_MS);
  };

  context.subscriptions.push(
    collection,
    { dispose: () => clearTimeout(timer) },
    service.onDidChange(schedule),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('netgov.health') && schedule()),
  );
  void service.ready().then(schedule);
}
