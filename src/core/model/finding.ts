import type { Range } from '../diagnostic';

/**
 * What a check reports before the checker knows the file's path or the
 * configured severity: the rule code, where, and what to say.
 */
export interface Finding {
  readonly code: string;
  readonly range: Range;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
}
