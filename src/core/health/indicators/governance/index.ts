import type { IndicatorDefinition } from '../../indicator';

/** The governance dimension's indicators, one per file in this folder. */
export const governanceIndicators: readonly IndicatorDefinition[] = [];
