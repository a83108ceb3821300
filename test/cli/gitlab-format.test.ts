import * as assert from 'node:assert/strict';
import type { Diagnostic, DiagnosticCode, Severity } from '../../src/core/diagnostic';
import type { CheckReport } from '../../src/core/report';
import { formats, isFormatName } from '../../src/cli/formats';
import type { CodeQualityIssue } from '../../src/cli/formats/gitlab';

/** `--format gitlab`: the code quality report GitLab shows in a merge request. */

const ROOT = '/repo';

function diagnostic(file: string, line: number, severity: Severity, code: string, message: string): Diagnostic {
  // The format prints whatever code it is given: these tests use made-up ones, so they do not change when a rule does.
  return { file: `${ROOT}/${file}`, range: { start: { line, character: 2 }, end: { line, character: 9 } }, severity, code: code as DiagnosticCode, message };
}

function report(diagnostics: readonly Diagnostic[]): CheckReport {
  return { root: ROOT, diagnostics, filesChecked: 3, rules: [] };
}

function issues(diagnostics: readonly Diagnostic[], quiet = false): CodeQualityIssue[] {
  return JSON.parse(formats.gitlab(report(diagnostics), { color: false, quiet })) as CodeQualityIssue[];
}

const KEYS = ['check_name', 'description', 'fingerprint', 'location', 'severity'];

describe('--format gitlab', () => {
  it('is a format name', () => {
    assert.ok(isFormatName('gitlab'));
  });

  it('writes each finding with the fields GitLab reads, paths from the repository root and 1-based lines', () => {
    const [first, second, third] = issues([
      diagnostic('network/actions/2026-11-20-shared-form.md', 6, 'error', 'ref.unknown-member', "`owners`: 'sam-le' is not a member of this network."),
      diagnostic('network/CHARTER.md', 0, 'warning', 'decision.pull-request-no-ref', 'No ref.'),
      diagnostic('network/members/sam-lee.md', 3, 'info', 'role.no-end', 'No end.'),
    ]);
    assert.deepEqual(Object.keys(first!).sort(), KEYS);
    assert.deepEqual({ ...first!, fingerprint: undefined }, {
      description: "`owners`: 'sam-le' is not a member of this network.",
      check_name: 'ref.unknown-member',
      fingerprint: undefined,
      severity: 'major',
      location: { path: 'network/actions/2026-11-20-shared-form.md', lines: { begin: 7 } },
    });
    assert.match(first!.fingerprint, /^[0-9a-f]{64}$/);
    assert.deepEqual([second!.severity, second!.location.lines.begin, third!.severity], ['minor', 1, 'info']);
  });

  it('keeps a fingerprint when the finding moves to another line, and tells identical findings apart', () => {
    const at = (line: number): Diagnostic => diagnostic('network/members/sam-lee.md', line, 'warning', 'role.no-end', 'No end.');
    const [moved] = issues([at(8)]);
    const twice = issues([at(3), at(5)]);
    assert.equal(moved!.fingerprint, twice[0]!.fingerprint);
    assert.notEqual(twice[0]!.fingerprint, twice[1]!.fingerprint);
  });

  it('writes an empty list when nothing is found, and errors only when quiet', () => {
    assert.equal(formats.gitlab(report([]), { color: false, quiet: false }), '[]\n');
    const quiet = issues([diagnostic('a.md', 0, 'warning', 'x.y', 'w'), diagnostic('b.md', 0, 'error', 'x.z', 'e')], true);
    assert.deepEqual(quiet.map((i) => i.check_name), ['x.z']);
  });
});
