import type { IndicatorDefinition } from '../../indicator';
import { daysSinceTemperatureCheck } from './days-since-temperature-check';
import { firstResponseDays } from './first-response-days';
import { minutesDelayDays } from './minutes-delay-days';
import { minutesPublishedShare } from './minutes-published-share';

/** The communication dimension's indicators, one per file in this folder. */
export const communicationIndicators: readonly IndicatorDefinition[] = [minutesPublishedShare, minutesDelayDays, firstResponseDays, daysSinceTemperatureCheck];
