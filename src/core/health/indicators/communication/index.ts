import type { IndicatorDefinition } from '../../indicator';

/** The communication dimension's indicators, one per file in this folder. */
export const communicationIndicators: readonly IndicatorDefinition[] = [];
