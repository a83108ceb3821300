import type { IndicatorDefinition } from '../indicator';
import { purposeIndicators } from './purpose';
import { leadershipIndicators } from './leadership';
import { participationIndicators } from './participation';
import { connectivityIndicators } from './connectivity';
import { governanceIndicators } from './governance';
import { deliveryIndicators } from './delivery';
import { communicationIndicators } from './communication';
import { inclusionIndicators } from './inclusion';

/** Every automatic indicator netgov computes, by dimension in the model's order. */
export const allIndicators: readonly IndicatorDefinition[] = [
  ...purposeIndicators,
  ...leadershipIndicators,
  ...participationIndicators,
  ...connectivityIndicators,
  ...governanceIndicators,
  ...deliveryIndicators,
  ...communicationIndicators,
  ...inclusionIndicators,
];

const byName = new Map(allIndicators.map((indicator) => [indicator.name, indicator]));

export function indicatorNamed(name: string): IndicatorDefinition | undefined {
  return byName.get(name);
}
