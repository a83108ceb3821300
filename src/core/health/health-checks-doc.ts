import { DIMENSION_TITLES, DIMENSIONS, type Checklist } from './checklist';
import type { IndicatorDefinition } from './indicator';

/**
 * docs/health-checks.md, generated from the built-in checklist and the
 * indicators' own descriptions so the page cannot drift from what netgov
 * measures (a test compares them). Each check's heading is its item id,
 * which is where a `health.<id>` finding in the editor links to.
 */
export function renderHealthChecksDoc(checklist: Checklist, indicators: readonly IndicatorDefinition[]): string {
  const byName = new Map(indicators.map((indicator) => [indicator.name, indicator]));
  const out: string[] = [
    '# Health checks',
    '',
    '<!-- Generated from checklists/netgov-core.yml and src/core/health/indicators by `npm run docs`. Do not edit by hand. -->',
    '',
    `Every check in the built-in checklist \`${checklist.id}\`, by dimension. An **indicator** is worked out from the network's`,
    'own documents, as of any date; a **question** is answered by members in a temperature check. How the',
    'thresholds, weights and phases work, and how to change them, is in [checklists.md](checklists.md).',
    '',
    '**Source** names the work an indicator draws on, described in general terms (never quoted). **Basis** says where the',
    "thresholds come from: none of the sources sets numbers for these checks, so each is netgov's default, to agree at",
    "charter review. The survey questions are netgov's own wording, inspired by the themes of the sources.",
    '',
    "Some thresholds adapt to the network (each says so): to its size, so that the healthy pattern for a small network is",
    'healthy (two co-chairs holding one role each; two lead roles cannot have five different leads), and to its',
    "governance model (the charter's `governance.model`, after Provan & Kenis, 2008): in a lead-organisation or",
    'administrative-organisation network, coordination running through the host is the design, so those checks stop at',
    'watch and say why; in shared governance they flag the concentration.',
    '',
  ];
  for (const dimension of DIMENSIONS) {
    out.push(`## ${DIMENSION_TITLES[dimension]}`, '');
    for (const item of checklist.items.filter((i) => i.dimension === dimension)) {
      out.push(`### ${item.id}`, '', `**${item.title}** (${item.type}, weight ${item.weight}; start-up ×${item.phaseWeights['start-up']}, ongoing ×${item.phaseWeights.ongoing})`, '');
      if (item.type === 'question') {
        out.push(`Asked (netgov's own wording): “${item.question.text}” Healthy from a mean of ${item.question.healthy}, watch from ${item.question.watch} (1 to 5). ${thresholdOrigin(item.basis)}`, '');
      } else {
        const indicator = byName.get(item.indicator.name);
        const { direction, healthy, watch } = item.indicator.thresholds;
        const side = direction === 'higher-is-better' ? 'or more' : 'or less';
        out.push(`Measures (\`${item.indicator.name}\`, ${indicator?.unit ?? 'value'}): ${indicator?.what ?? ''}`, '');
        out.push(`Healthy at ${healthy} ${side}; watch at ${watch} ${side}; otherwise at risk. ${thresholdOrigin(item.basis)}`, '');
        if (indicator?.adapts) out.push(`For the network's size and governance: ${indicator.adapts}`, '');
        const params = { ...indicator?.params, ...item.indicator.params };
        if (Object.keys(params).length > 0) out.push(`Parameters: ${Object.entries(params).map(([k, v]) => `\`${k}\` = ${v}`).join(', ')}.`, '');
        if (indicator) out.push(`Source: ${indicator.source}`, '');
      }
      if (item.basis !== undefined) out.push(`Basis: ${item.basis}`, '');
      out.push(`Why it matters: ${item.why}`, '', `What helps: ${item.improve}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Where an item's thresholds come from, in a sentence beside them: netgov's default, a source, or not stated. */
export function thresholdOrigin(basis: string | undefined): string {
  if (basis === undefined) return 'Where these thresholds come from is not stated.';
  if (/Thresholds[^.]*: netgov default/.test(basis)) return "These thresholds are netgov's default, to agree at charter review.";
  return 'These thresholds come from the basis below.';
}
