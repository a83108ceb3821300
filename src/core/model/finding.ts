import type { Range } from '../diagnostic';
import type { RuleCode } from '../rules';

/**
 * What a check reports before the checker knows the file's path or the
 * configured severity: the rule code, where, and what to say.
 */
export interface Finding {
  /** A registered rule's code: a code no rule registers does not compile. */
  readonly code: RuleCode;
  readonly range: Range;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
}
