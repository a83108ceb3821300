import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInChecklist, KNOWN_INDICATORS } from '../../../src/core/health/checklist';
import { renderHealthChecksDoc } from '../../../src/core/health/health-checks-doc';
import { allIndicators } from '../../../src/core/health/indicators';
import { ruleDocUrl } from '../../../src/core/rules/meta';
import { fromRoot } from '../../helpers/paths';

describe('health check definitions', () => {
  it('docs/health-checks.md is up to date (run `npm run docs` after changing a check or an indicator)', () => {
    assert.equal(readFileSync(fromRoot('docs/health-checks.md'), 'utf8'), renderHealthChecksDoc(builtInChecklist(), allIndicators));
  });

  it('every known indicator is implemented once, in its dimension, and says what, why and where from', () => {
    assert.deepEqual(allIndicators.map((i) => i.name).sort(), [...KNOWN_INDICATORS].sort());
    for (const item of builtInChecklist().items) {
      if (item.type !== 'indicator') continue;
      const indicator = allIndicators.find((i) => i.name === item.indicator.name)!;
      assert.equal(indicator.dimension, item.dimension, indicator.name);
      assert.ok(indicator.what.length > 30 && indicator.why.length > 30 && indicator.source.length > 5, indicator.name);
    }
  });

  it('links each health finding to its check\'s heading', () => {
    const doc = readFileSync(fromRoot('docs/health-checks.md'), 'utf8');
    for (const item of builtInChecklist().items) {
      assert.equal(ruleDocUrl(`health.${item.id}`).split('#')[1], item.id);
      assert.ok(doc.includes(`\n### ${item.id}\n`), item.id);
    }
  });
});
