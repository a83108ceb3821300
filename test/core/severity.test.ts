import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { Finding } from '../../src/core/model/finding';
import { toDiagnostic } from '../../src/core/severity';

const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };

describe('toDiagnostic (src/core/severity.ts)', () => {
  it('takes the rule\'s default severity, the network\'s setting over it, and drops a finding set to off', () => {
    const finding: Finding = { code: 'checklist.duplicate-id', range, message: 'm' };
    assert.deepEqual(toDiagnostic('/n/c.yml', finding, DEFAULT_CONFIG), { file: '/n/c.yml', range, severity: 'error', code: 'checklist.duplicate-id', message: 'm' });
    assert.equal(toDiagnostic('/n/c.yml', finding, { ...DEFAULT_CONFIG, severities: new Map([['checklist.duplicate-id', 'info']]) })?.severity, 'info');
    assert.equal(toDiagnostic('/n/c.yml', finding, { ...DEFAULT_CONFIG, severities: new Map([['checklist.duplicate-id', 'off']]) }), undefined);
  });

  it('refuses a code no rule registers instead of calling it an error', () => {
    // The type refuses such a code at compile time; a finding built from untyped data could still carry one.
    const finding = { code: 'ref.no-such-rule', range, message: 'm' } as unknown as Finding;
    assert.throws(() => toDiagnostic('/n/a.md', finding, DEFAULT_CONFIG), /ref\.no-such-rule, which no rule registers/);
  });
});
