import type { IndicatorDefinition } from '../../indicator';
import { charterDecisionRulesStated } from './charter-decision-rules-stated';
import { charterReviewedOnCadence } from './charter-reviewed-on-cadence';
import { decisionsRecorded } from './decisions-recorded';
import { proposalToDecisionDays } from './proposal-to-decision-days';
import { quorumMet } from './quorum-met';

/** The governance dimension's indicators, one per file in this folder. */
export const governanceIndicators: readonly IndicatorDefinition[] = [charterDecisionRulesStated, decisionsRecorded, quorumMet, proposalToDecisionDays, charterReviewedOnCadence];
