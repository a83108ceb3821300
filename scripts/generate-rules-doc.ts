// Writes docs/rules.md from the rule definitions: `npm run docs:rules`.
import { writeFileSync } from 'node:fs';
import { allRules } from '../src/core/rules';
import { renderRulesDoc } from '../src/core/rules/rules-doc';

writeFileSync('docs/rules.md', renderRulesDoc(allRules));
console.log(`docs/rules.md: ${allRules.length} rules`);
