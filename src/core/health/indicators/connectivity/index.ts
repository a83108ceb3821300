import type { IndicatorDefinition } from '../../indicator';
import { graphDensity } from './graph-density';
import { degreeCentralisation } from './degree-centralisation';
import { betweennessCentralisation } from './betweenness-centralisation';
import { isolatesShare } from './isolates-share';
import { singleBrokers } from './single-brokers';
import { leadsInCore } from './leads-in-core';
import { degreeGini } from './degree-gini';

/** The connectivity dimension's indicators, one per file in this folder. */
export const connectivityIndicators: readonly IndicatorDefinition[] = [graphDensity, degreeCentralisation, betweennessCentralisation, isolatesShare, singleBrokers, leadsInCore, degreeGini];
