import type { IndicatorDefinition } from '../../indicator';
import { actionsOwnedDated } from './actions-owned-dated';
import { completionsPerQuarter } from './completions-per-quarter';
import { impactEvidenceShare } from './impact-evidence-share';
import { overdueShare } from './overdue-share';
import { staleShare } from './stale-share';

/** The delivery dimension's indicators, one per file in this folder. */
export const deliveryIndicators: readonly IndicatorDefinition[] = [actionsOwnedDated, overdueShare, staleShare, completionsPerQuarter, impactEvidenceShare];
