import type { IndicatorDefinition } from '../../indicator';

/** The delivery dimension's indicators, one per file in this folder. */
export const deliveryIndicators: readonly IndicatorDefinition[] = [];
