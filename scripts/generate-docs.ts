// Writes the generated reference pages: `npm run docs`.
// docs/rules.md from the rule definitions; docs/health-checks.md from the built-in checklist and the indicators.
import { writeFileSync } from 'node:fs';
import { allRules } from '../src/core/rules';
import { renderRulesDoc } from '../src/core/rules/rules-doc';
import { builtInChecklist } from '../src/core/health/checklist';
import { allIndicators } from '../src/core/health/indicators';
import { renderHealthChecksDoc } from '../src/core/health/health-checks-doc';

writeFileSync('docs/rules.md', renderRulesDoc(allRules));
writeFileSync('docs/health-checks.md', renderHealthChecksDoc(builtInChecklist(), allIndicators));
console.log(`docs/rules.md: ${allRules.length} rules; docs/health-checks.md: ${builtInChecklist().items.length} checks`);
