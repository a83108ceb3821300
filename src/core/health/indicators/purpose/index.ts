import type { IndicatorDefinition } from '../../indicator';
import { actionsLinkedToOutcomes } from './actions-linked-to-outcomes';
import { outcomesMeasurable } from './outcomes-measurable';
import { outcomesOnTrack } from './outcomes-on-track';
import { purposeExists } from './purpose-exists';
import { purposeReviewedRecently } from './purpose-reviewed-recently';

/** The purpose dimension's indicators, one per file in this folder. */
export const purposeIndicators: readonly IndicatorDefinition[] = [purposeExists, outcomesMeasurable, outcomesOnTrack, actionsLinkedToOutcomes, purposeReviewedRecently];
