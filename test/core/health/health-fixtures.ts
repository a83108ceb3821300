/**
 * Small in-memory networks for the health tests. Files are given by path
 * relative to the root; `md` (network-builder.ts) writes the frontmatter.
 */
import { posix } from 'node:path';
import { loadNetwork } from '../../../src/core/check';
import type { Network } from '../../../src/core/network';
import { AsOfFacts } from '../../../src/core/health/facts';
import type { Measurement } from '../../../src/core/health/indicator';
import { indicatorNamed } from '../../../src/core/health/indicators';
import type { ChecklistItem } from '../../../src/core/health/checklist';
import { MemoryWorkspace } from '../../helpers/memory-workspace';
import { md } from '../network-builder';

export const ROOT = '/ws/net';

export async function networkOf(files: Readonly<Record<string, string>>): Promise<Network> {
  const workspace = new MemoryWorkspace();
  for (const [relative, content] of Object.entries(files)) workspace.write(posix.join(ROOT, relative), content);
  return (await loadNetwork(workspace, ROOT)).network;
}

export async function factsOf(files: Readonly<Record<string, string>>, asOf: string, present = asOf): Promise<AsOfFacts> {
  return new AsOfFacts(await networkOf(files), asOf, present);
}

/** Measures one indicator by name on a network as of a day. */
export async function measure(name: string, files: Readonly<Record<string, string>>, asOf: string, params: Readonly<Record<string, number | string>> = {}, present = asOf): Promise<Measurement> {
  const indicator = indicatorNamed(name);
  if (!indicator) throw new Error(`no indicator ${name}`);
  return indicator.measure({ facts: await factsOf(files, asOf, present), params });
}

/** Evidence as `relative/path@field.path: note` lines: easy to read in a failing assertion. */
export function evidenceOf(measurement: Measurement): string[] {
  return measurement.evidence.map((e) => `${posix.relative(ROOT, e.file)}${e.at ? '@' + e.at.join('.') : ''}: ${e.note}`);
}

/** A charter with the given extra lines. */
export function charterWith(extra: readonly string[] = []): string {
  return md(['name: Test Network', 'phase: ongoing', 'established: 2024-01-01', ...extra]);
}

/** A member page: joined on `joined`, with extra frontmatter lines (roles, left, organisation...). */
export function memberPage(name: string, joined = '2024-01-01', extra: readonly string[] = []): string {
  return md([`name: ${name}`, `joined: ${joined}`, ...extra]);
}

/** A checklist item of weight 1 in both phases that measures one indicator, higher being better unless said. */
export function indicatorItem(id: string, dimension: ChecklistItem['dimension'], name: string, healthy: number, watch: number, title = `Check ${id}`): ChecklistItem {
  return { id, dimension, title, why: 'Why it matters.', improve: 'What helps.', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator: { name, params: {}, thresholds: { direction: 'higher-is-better', healthy, watch } } };
}

/**
 * The lines of an outcome in PURPOSE.md with a baseline, a numeric target by a date and progress
 * figures (`[date, value]`), as the outcome indicators and the report's outcomes table read them.
 */
export function trackedOutcome(id: string, title: string, baseline: number, target: number, progress: readonly (readonly [string, number])[], by = '2027-01-01'): string[] {
  return [`  - id: ${id}`, `    title: ${title}`, `    baseline: ${baseline}`, `    target: ${target}`, `    by: ${by}`, '    progress:', ...progress.map(([date, value]) => `      - { date: ${date}, value: ${value} }`)];
}
