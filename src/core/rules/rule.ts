import type { Range } from '../diagnostic';
import type { NetworkDocument } from '../document';
import type { DocumentKind } from '../model/kinds';
import type { Network } from '../network';
import type { RuleMeta } from './meta';

export interface RuleContext {
  readonly network: Network;
  /** ISO date the check runs "as of"; rules about the past and the future compare against it. */
  readonly today: string;
  report(range: Range, message: string, data?: Readonly<Record<string, unknown>>): void;
}

/**
 * A check on one document, which may consult the rest of the network. Every
 * rule, even one about references between documents, reports on a single
 * document, so the editor can re-check just the documents an edit affects.
 */
export interface DocumentRule<C extends string = string> extends RuleMeta<C> {
  readonly kinds: readonly DocumentKind[];
  check(document: NetworkDocument, context: RuleContext): void;
}

/** Declares a document rule, keeping its code a literal type (see `defineRule`). */
export function defineDocumentRule<const C extends string>(rule: DocumentRule<C>): DocumentRule<C> {
  return rule;
}
