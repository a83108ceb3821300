import * as vscode from 'vscode';
import type { StatusCounts } from '../core/views/status';
import type { NetworkEntry, NetworkService } from './network-service';

/** The sources netgov's diagnostics carry: rule checks (and CODEOWNERS) and health findings. */
export const RULE_SOURCE = 'netgov';
export const HEALTH_SOURCE = 'netgov health';

/**
 * netgov's entries in the Problems view, counted from what VS Code holds (so the user's severity
 * overrides and the health setting are already applied): for one network's files, or for every
 * network's. One count for the status bar and the "Run checks" message.
 */
export function problemCounts(service: NetworkService, entry?: NetworkEntry): StatusCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let findings = 0;
  const root = entry?.root.toString();
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    const owner = service.lookup(uri)?.entry;
    if (!owner || (root !== undefined && owner.root.toString() !== root)) continue;
    for (const diagnostic of diagnostics) {
      if (diagnostic.source === HEALTH_SOURCE) findings++;
      else if (diagnostic.source !== RULE_SOURCE) continue;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos, findings };
}
