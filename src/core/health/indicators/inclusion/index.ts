import type { IndicatorDefinition } from '../../indicator';

/** The inclusion dimension's indicators, one per file in this folder. */
export const inclusionIndicators: readonly IndicatorDefinition[] = [];
