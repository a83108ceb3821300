import type { IndicatorDefinition } from '../../indicator';
import { continuousTenure } from './continuous-tenure';
import { distinctLeads24Months } from './distinct-leads-24-months';
import { expiredTermsHeld } from './expired-terms-held';
import { leadRolesHaveTerms } from './lead-roles-have-terms';
import { ownershipAbsenceFactor } from './ownership-absence-factor';
import { topHolderShare } from './top-holder-share';

/** The leadership dimension's indicators, one per file in this folder. */
export const leadershipIndicators: readonly IndicatorDefinition[] = [leadRolesHaveTerms, expiredTermsHeld, distinctLeads24Months, continuousTenure, topHolderShare, ownershipAbsenceFactor];
