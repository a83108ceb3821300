import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { Diagnostic, DiagnosticCode } from '../../src/core/diagnostic';
import { FIXES, type FixesByCode } from '../../src/core/language/quick-fixes';
import type { Finding } from '../../src/core/model/finding';
import { allRules, rulesByCode, type RuleCode } from '../../src/core/rules';
import { defineDocumentRule } from '../../src/core/rules/rule';
import { severitySetting } from '../../src/core/severity';

// `RuleCode` is derived from the registered rules (src/core/rules/index.ts), so a code no rule
// registers is a compile error wherever a finding, a diagnostic, a severity or a quick fix names one.
// The `@ts-expect-error` lines are the proof: `npx tsc --noEmit -p .` fails if one of them compiles,
// which it would if `RuleCode` widened to `string` (a rule declared without `defineRule`, say).
// At run time the same misspelt codes are shown to be unregistered, so the compile errors are about
// real mistakes, not about codes the type merely forgot.

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/** Misspellings of real codes, one per place a code is written. */
const MISSPELT = ['role.term-expire', 'ref.unknown-membre', 'schema.requird', 'checklist.duplicate', 'privacy.mail', 'pulse.small-count'];

describe('RuleCode (src/core/rules/index.ts)', () => {
  it('holds every registered code, and a string is not one', () => {
    const codes: readonly RuleCode[] = allRules.map((rule) => rule.code);
    assert.equal(codes.length, rulesByCode.size);
    assert.equal(rulesByCode.get('role.term-expired')?.code, 'role.term-expired');
    const someString: string = 'role.term-expired';
    // @ts-expect-error a string is not a RuleCode: the union did not widen to string
    const wide: RuleCode = someString;
    assert.equal(wide, 'role.term-expired');
  });

  it('the misspelt codes below are registered by no rule', () => {
    assert.deepEqual(
      MISSPELT.filter((code) => rulesByCode.has(code as RuleCode)),
      [],
    );
  });

  it('refuses a misspelt code in a finding, a diagnostic, a severity lookup and a quick fix, at compile time', () => {
    // @ts-expect-error misspelt: role.term-expired
    const code: RuleCode = 'role.term-expire';
    const finding: Finding = {
      // @ts-expect-error misspelt: ref.unknown-member
      code: 'ref.unknown-membre',
      range,
      message: 'm',
    };
    const diagnostic: Diagnostic = {
      file: '/n/a.md',
      range,
      severity: 'error',
      // @ts-expect-error misspelt: schema.required
      code: 'schema.requird',
      message: 'm',
    };
    // @ts-expect-error misspelt: checklist.duplicate-id
    assert.throws(() => severitySetting('checklist.duplicate', DEFAULT_CONFIG), /checklist\.duplicate, which no rule registers/);
    const fixes: FixesByCode = {
      // @ts-expect-error misspelt: privacy.email
      'privacy.mail': [],
    };
    const rule = defineDocumentRule({ code: 'pulse.small-count', defaultSeverity: 'warning', summary: 's', explanation: 'e', example: 'x', kinds: ['pulse'], check: () => undefined });
    // @ts-expect-error a rule declared but not registered has no RuleCode
    const unregistered: RuleCode = rule.code;
    // What was written is kept as written; none of it is a registered code.
    assert.deepEqual([code, finding.code, diagnostic.code, Object.keys(fixes)[0], unregistered], ['role.term-expire', 'ref.unknown-membre', 'schema.requird', 'privacy.mail', 'pulse.small-count']);
  });

  it('a diagnostic may also carry a health finding\'s code, which is no rule\'s', () => {
    const health: DiagnosticCode = 'health.overdue-share';
    // @ts-expect-error only `health.` codes beside the rules' own
    const other: DiagnosticCode = 'wealth.overdue-share';
    assert.deepEqual([rulesByCode.has(health as RuleCode), other], [false, 'wealth.overdue-share']);
  });

  it('quick fixes are keyed by registered codes only', () => {
    assert.deepEqual(
      Object.keys(FIXES).filter((code) => !rulesByCode.has(code as RuleCode)),
      [],
    );
  });
});
