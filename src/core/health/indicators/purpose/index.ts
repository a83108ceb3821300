import type { IndicatorDefinition } from '../../indicator';
import { purposeExists } from './purpose-exists';

/** The purpose dimension's indicators, one per file in this folder. */
export const purposeIndicators: readonly IndicatorDefinition[] = [purposeExists];
