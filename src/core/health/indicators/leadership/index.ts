import type { IndicatorDefinition } from '../../indicator';

/** The leadership dimension's indicators, one per file in this folder. */
export const leadershipIndicators: readonly IndicatorDefinition[] = [];
