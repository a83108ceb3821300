import type { IndicatorDefinition } from '../../indicator';

/** The connectivity dimension's indicators, one per file in this folder. */
export const connectivityIndicators: readonly IndicatorDefinition[] = [];
