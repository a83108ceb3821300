import type { IndicatorDefinition } from '../../indicator';
import { activeShare90Days } from './active-share-90-days';
import { attendanceSpread } from './attendance-spread';
import { neverActiveShare } from './never-active-share';
import { proposalsFromNonLeads } from './proposals-from-non-leads';

/** The participation dimension's indicators, one per file in this folder. */
export const participationIndicators: readonly IndicatorDefinition[] = [activeShare90Days, proposalsFromNonLeads, neverActiveShare, attendanceSpread];
