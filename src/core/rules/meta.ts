import type { Severity } from '../diagnostic';

/**
 * What every rule says about itself. The CLI's SARIF output, docs/rules.md and
 * the extension's hovers and code descriptions are all generated from this.
 */
export interface RuleMeta<C extends string = string> {
  /** Stable code, `area.name`, e.g. `ref.unknown-member`. Never renamed once shipped. */
  readonly code: C;
  readonly defaultSeverity: Severity;
  /** One line, imperative or descriptive, no trailing full stop. */
  readonly summary: string;
  /** Why it matters and how to fix it, in plain words (markdown). */
  readonly explanation: string;
  /** A short example of a document that triggers the rule (markdown, usually a fenced block). */
  readonly example: string;
}

/**
 * Declares a rule that has no document check of its own (its findings come from reading a file,
 * the schema, CODEOWNERS, a change or the checklist). The code stays a literal type, so the
 * registry's codes make up `RuleCode` (rules/index.ts) and no second list of them is written.
 */
export function defineRule<const C extends string>(rule: RuleMeta<C>): RuleMeta<C> {
  return rule;
}

/** Where the published rule documentation lives; each rule has an anchor there. */
export const RULES_DOC_URL = 'https://github.com/netgov/netgov/blob/main/docs/rules.md';

/** Where the health checks are documented; each checklist item has an anchor there. */
export const CHECKLIST_DOC_URL = 'https://github.com/netgov/netgov/blob/main/docs/health-checks.md';

export function ruleDocUrl(code: string): string {
  // Health findings are named after their checklist item (`health.<item-id>`), documented with the checklist.
  if (code.startsWith('health.')) return `${CHECKLIST_DOC_URL}#${code.slice('health.'.length)}`;
  return `${RULES_DOC_URL}#${code.replace(/\./g, '')}`;
}
