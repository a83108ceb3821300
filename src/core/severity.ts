import type { Diagnostic } from './diagnostic';
import type { NetworkConfig, SeveritySetting } from './config';
import type { Finding } from './model/finding';
import { rulesByCode, type RuleCode } from './rules';

/**
 * The one place a finding's code becomes a severity: the network's setting in netgov.yml, else the
 * rule's default. A code that no rule registers is a bug in netgov (test/core/rule-codes-registered
 * keeps every code in the sources registered, and `RuleCode` refuses any other at compile time), so
 * one that still arrives (from data cast to a finding) is refused loudly rather than shown as an
 * error nobody documented.
 */
export function severitySetting(code: RuleCode, config: NetworkConfig): SeveritySetting {
  const rule = rulesByCode.get(code);
  if (rule === undefined) throw new Error(`netgov emitted the code ${code}, which no rule registers (src/core/rules/index.ts).`);
  return config.severities.get(code) ?? rule.defaultSeverity;
}

/** Applies the configured severity; `off` drops the finding. */
export function toDiagnostic(file: string, finding: Finding, config: NetworkConfig): Diagnostic | undefined {
  const setting = severitySetting(finding.code, config);
  if (setting === 'off') return undefined;
  return { file, range: finding.range, severity: setting, code: finding.code, message: finding.message, ...(finding.data ? { data: finding.data } : {}) };
}
