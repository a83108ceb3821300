import type { IndicatorDefinition } from '../../indicator';
import { elephantFactor } from './elephant-factor';
import { organisationsInLeadershipVsMembership } from './organisations-in-leadership-vs-membership';
import { patientPartnersInvolved } from './patient-partners-involved';

/** The inclusion dimension's indicators, one per file in this folder. */
export const inclusionIndicators: readonly IndicatorDefinition[] = [organisationsInLeadershipVsMembership, elephantFactor, patientPartnersInvolved];
