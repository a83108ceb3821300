import type { IndicatorDefinition } from '../../indicator';

/** The participation dimension's indicators, one per file in this folder. */
export const participationIndicators: readonly IndicatorDefinition[] = [];
