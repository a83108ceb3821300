import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { checkDirectory } from '../../../src/core/check';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { allRules } from '../../../src/core/rules';
import { workspaceFromFolder } from '../../helpers/memory-workspace';
import { fromRoot } from '../../helpers/paths';

/**
 * The example network keeps the rules it teaches: the whole personal-data
 * check (every privacy.* rule) finds nothing in it. A second case plants one
 * finding per rule in one of its pages, so the first cannot pass because a
 * rule is off or the pages were not read.
 */

const ROOT = '/ws/example';
const EXAMPLE = fromRoot('examples/north-east-frailty-network');
const PAGE = 'members/dorothy-bell.md';
const PRIVACY_CODES = ['privacy.email', 'privacy.phone', 'privacy.nhs-number', 'privacy.postcode', 'privacy.date-of-birth', 'privacy.health-detail'];

async function privacyFindings(changes: Readonly<Record<string, string>> = {}): Promise<Diagnostic[]> {
  const workspace = workspaceFromFolder(EXAMPLE, ROOT);
  for (const [file, text] of Object.entries(changes)) workspace.write(posix.join(ROOT, file), text);
  const report = await checkDirectory(workspace, ROOT, { today: '2026-11-27' });
  return report.diagnostics.filter((d) => d.code.startsWith('privacy.'));
}

describe('the example network and the personal-data check', () => {
  it('knows these personal-data rules, and no others', () => {
    assert.deepEqual(
      allRules.map((rule) => rule.code).filter((code) => code.startsWith('privacy.')),
      PRIVACY_CODES,
    );
  });

  it('finds no personal data anywhere in the example', async () => {
    assert.deepEqual(
      (await privacyFindings()).map((d) => `${posix.relative(ROOT, d.file)} ${d.code} ${d.range.start.line}:${d.range.start.character}`),
      [],
    );
  });

  it('finds each kind of personal data planted in one of its member pages', async () => {
    const planted = [
      'Write to dorothy.bell@example.org or call 07700 900123.',
      'NHS number 943 476 5919; lives at NE4 6BE; born 3 March 1944.',
      'I had two falls in 2024.',
    ];
    const text = `${readFileSync(posix.join(EXAMPLE, PAGE), 'utf8')}\n${planted.join('\n')}\n`;
    const findings = await privacyFindings({ [PAGE]: text });
    assert.deepEqual(findings.map((d) => posix.relative(ROOT, d.file)).filter((file) => file !== PAGE), []);
    assert.deepEqual([...new Set(findings.map((d) => d.code))].sort(), [...PRIVACY_CODES].sort());
    assert.equal(findings.length, 6);
  });
});
