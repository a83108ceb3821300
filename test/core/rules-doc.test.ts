import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRules } from '../../src/core/rules';
import { renderRulesDoc } from '../../src/core/rules/rules-doc';
import { ruleDocUrl } from '../../src/core/rules/meta';
import { fromRoot } from '../helpers/paths';

describe('rule definitions', () => {
  it('docs/rules.md is up to date (run `npm run docs` after changing a rule)', () => {
    assert.equal(readFileSync(fromRoot('docs/rules.md'), 'utf8'), renderRulesDoc(allRules));
  });

  it('every code is unique and of the form area.name', () => {
    const codes = allRules.map((rule) => rule.code);
    assert.deepEqual(codes.filter((code, i) => codes.indexOf(code) !== i), []);
    for (const code of codes) assert.match(code, /^[a-z]+\.[a-z0-9-]+$/);
  });

  it('every rule says what, why and shows an example', () => {
    for (const rule of allRules) {
      assert.ok(rule.summary.length > 10 && !rule.summary.endsWith('.'), `${rule.code}: summary`);
      assert.ok(rule.explanation.length > 60, `${rule.code}: explanation`);
      assert.ok(rule.example.length > 5, `${rule.code}: example`);
    }
  });

  it('links a rule to docs/rules.md and a health finding to docs/health-checks.md, on GitHub', () => {
    assert.equal(ruleDocUrl('ref.unknown-member'), 'https://github.com/netgov/netgov/blob/main/docs/rules.md#refunknown-member');
    assert.equal(ruleDocUrl('health.outcomes-measurable'), 'https://github.com/netgov/netgov/blob/main/docs/health-checks.md#outcomes-measurable');
  });

  it('links each code to its heading in docs/rules.md', () => {
    const doc = readFileSync(fromRoot('docs/rules.md'), 'utf8');
    for (const rule of allRules) {
      const anchor = ruleDocUrl(rule.code).split('#')[1]!;
      assert.ok(doc.includes(`](#${anchor})`), rule.code);
      assert.ok(doc.includes(`### \`${rule.code}\``), rule.code);
    }
  });
});
