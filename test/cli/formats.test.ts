import * as assert from 'node:assert/strict';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Diagnostic, DiagnosticCode, Severity } from '../../src/core/diagnostic';
import type { CheckReport } from '../../src/core/report';
import { ruleDocUrl, type RuleMeta } from '../../src/core/rules/meta';
import { formats, isFormatName, type FormatOptions } from '../../src/cli/formats';
import { escapeData, escapeProperty } from '../../src/cli/formats/github';
import { pascalCaseName } from '../../src/cli/formats/sarif';
import { countSeverities } from '../../src/cli/formats/shared';
// Imported rather than read from disk so the test finds it whether run from source or from the esbuild bundle.
import sarifSchema from '../fixtures/sarif-schema-2.1.0.json';

const ROOT = '/home/ana/network';
const MEETING = `${ROOT}/réunions/2024-été, brouillon.md`;

function diagnostic(
  file: string,
  [line, character, endLine, endCharacter]: [number, number, number, number],
  severity: Severity,
  code: string,
  message: string,
): Diagnostic {
  return {
    file,
    range: { start: { line, character }, end: { line: endLine, character: endCharacter } },
    severity,
    // The formats print whatever code they are given: these tests use made-up codes and rules, so they do not change when a rule does.
    code: code as DiagnosticCode,
    message,
  };
}

const rules: RuleMeta[] = [
  {
    code: 'meeting.no-notes',
    defaultSeverity: 'info',
    summary: 'A past meeting should have notes',
    explanation: 'Notes let absent members catch up.',
    example: '```md\n## Notes\n```',
  },
  {
    code: 'ref.unknown-member',
    defaultSeverity: 'error',
    summary: 'Referenced member must exist',
    explanation: 'Every member mentioned must have a file in `members/`.',
    example: '```yaml\nowner: bob\n```',
  },
  {
    code: 'vote.quorum',
    defaultSeverity: 'warning',
    summary: 'A temperature check needs a quorum',
    explanation: 'Decisions without quorum are not binding.',
    example: '```yaml\nvotes: 1\n```',
  },
];

const QUORUM_MESSAGE = 'Quorum 50%: 3 of 6, not met\nsee charter';

const report: CheckReport = {
  root: ROOT,
  diagnostics: [
    diagnostic(`${ROOT}/members.md`, [0, 0, 0, 4], 'error', 'ref.unknown-member', 'Unknown member "bob"'),
    diagnostic(`${ROOT}/members.md`, [2, 4, 2, 10], 'warning', 'vote.quorum', QUORUM_MESSAGE),
    diagnostic(MEETING, [9, 2, 10, 0], 'info', 'meeting.no-notes', 'No notes yet'),
    // A code with no RuleMeta (e.g. a parse failure) must still be printable everywhere.
    diagnostic(MEETING, [11, 0, 11, 3], 'error', 'parse.yaml', 'Bad YAML'),
  ],
  filesChecked: 5,
  rules,
};

const emptyReport: CheckReport = { root: ROOT, diagnostics: [], filesChecked: 1, rules };
const warningsOnly: CheckReport = { ...report, diagnostics: [report.diagnostics[1]!] };

const plain: FormatOptions = { color: false, quiet: false };
const coloured: FormatOptions = { color: true, quiet: false };
const quiet: FormatOptions = { color: false, quiet: true };

describe('cli formats', () => {
  it('registers every format by name', () => {
    assert.deepEqual(Object.keys(formats).sort(), ['github', 'gitlab', 'json', 'sarif', 'text']);
    assert.ok(isFormatName('sarif'));
    assert.ok(!isFormatName('toString'));
  });

  it('counts severities', () => {
    assert.deepEqual(countSeverities(report.diagnostics), { error: 2, warning: 1, info: 1 });
  });

  describe('text', () => {
    it('prints one line per diagnostic and a summary', () => {
      assert.equal(
        formats.text(report, plain),
        [
          'members.md:1:1 error ref.unknown-member Unknown member "bob"',
          'members.md:3:5 warning vote.quorum Quorum 50%: 3 of 6, not met',
          '  see charter',
          'réunions/2024-été, brouillon.md:10:3 info meeting.no-notes No notes yet',
          'réunions/2024-été, brouillon.md:12:1 error parse.yaml Bad YAML',
          '',
          '✖ 2 errors, 1 warning, 1 info in 5 files',
          '',
        ].join('\n'),
      );
    });

    it('colours only the severity word when asked', () => {
      const red = (s: string) => `\x1b[31m${s}\x1b[39m`;
      const yellow = (s: string) => `\x1b[33m${s}\x1b[39m`;
      const blue = (s: string) => `\x1b[34m${s}\x1b[39m`;
      assert.equal(
        formats.text(report, coloured),
        [
          `members.md:1:1 ${red('error')} ref.unknown-member Unknown member "bob"`,
          `members.md:3:5 ${yellow('warning')} vote.quorum Quorum 50%: 3 of 6, not met`,
          '  see charter',
          `réunions/2024-été, brouillon.md:10:3 ${blue('info')} meeting.no-notes No notes yet`,
          `réunions/2024-été, brouillon.md:12:1 ${red('error')} parse.yaml Bad YAML`,
          '',
          '✖ 2 errors, 1 warning, 1 info in 5 files',
          '',
        ].join('\n'),
      );
    });

    it('pluralises the summary and leaves out zero counts', () => {
      assert.equal(formats.text(emptyReport, plain), '✔ 1 file checked, no problems\n');
      assert.equal(formats.text({ ...emptyReport, filesChecked: 42 }, plain), '✔ 42 files checked, no problems\n');
      const infos: CheckReport = { ...report, filesChecked: 1, diagnostics: [report.diagnostics[2]!, report.diagnostics[2]!] };
      assert.match(formats.text(infos, plain), /\n\n✖ 2 infos in 1 file\n$/);
      assert.match(formats.text(warningsOnly, plain), /\n\n✖ 1 warning in 5 files\n$/);
    });

    it('prints only errors and no summary when quiet', () => {
      assert.equal(
        formats.text(report, quiet),
        [
          'members.md:1:1 error ref.unknown-member Unknown member "bob"',
          'réunions/2024-été, brouillon.md:12:1 error parse.yaml Bad YAML',
          '',
        ].join('\n'),
      );
      assert.equal(formats.text(warningsOnly, quiet), '');
      assert.equal(formats.text(emptyReport, quiet), '');
    });
  });

  describe('json', () => {
    it('prints exactly one object with 1-based positions and a summary', () => {
      const out = formats.json(report, plain);
      assert.ok(out.endsWith('}\n'));
      assert.equal(out.indexOf('\n'), out.length - 1, 'a single line');
      const parsed: unknown = JSON.parse(out);
      assert.deepEqual(parsed, {
        diagnostics: [
          { file: 'members.md', line: 1, column: 1, endLine: 1, endColumn: 5, severity: 'error', code: 'ref.unknown-member', message: 'Unknown member "bob"' },
          { file: 'members.md', line: 3, column: 5, endLine: 3, endColumn: 11, severity: 'warning', code: 'vote.quorum', message: QUORUM_MESSAGE },
          { file: 'réunions/2024-été, brouillon.md', line: 10, column: 3, endLine: 11, endColumn: 1, severity: 'info', code: 'meeting.no-notes', message: 'No notes yet' },
          { file: 'réunions/2024-été, brouillon.md', line: 12, column: 1, endLine: 12, endColumn: 4, severity: 'error', code: 'parse.yaml', message: 'Bad YAML' },
        ],
        summary: { files: 5, errors: 2, warnings: 1, infos: 1 },
      });
    });

    it('keeps keys in the documented order', () => {
      const parsed = JSON.parse(formats.json(report, plain)) as { diagnostics: object[]; summary: object };
      assert.deepEqual(Object.keys(parsed), ['diagnostics', 'summary']);
      assert.deepEqual(Object.keys(parsed.diagnostics[0]!), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
      assert.deepEqual(Object.keys(parsed.summary), ['files', 'errors', 'warnings', 'infos']);
    });

    it('lists and counts only errors when quiet', () => {
      const parsed = JSON.parse(formats.json(report, quiet)) as { diagnostics: { code: string }[]; summary: object };
      assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['ref.unknown-member', 'parse.yaml']);
      assert.deepEqual(parsed.summary, { files: 5, errors: 2, warnings: 0, infos: 0 });
      assert.equal(formats.json(emptyReport, quiet), '{"diagnostics":[],"summary":{"files":1,"errors":0,"warnings":0,"infos":0}}\n');
    });
  });

  describe('github', () => {
    it('escapes data and property values like @actions/core', () => {
      assert.equal(escapeData('a%b:c,d\r\ne'), 'a%25b:c,d%0D%0Ae');
      assert.equal(escapeProperty('a%b:c,d\r\ne'), 'a%25b%3Ac%2Cd%0D%0Ae');
    });

    it('prints one workflow command per diagnostic', () => {
      assert.equal(
        formats.github(report, plain),
        [
          '::error file=members.md,line=1,col=1,endLine=1,endColumn=5,title=ref.unknown-member::Unknown member "bob"',
          '::warning file=members.md,line=3,col=5,endLine=3,endColumn=11,title=vote.quorum::Quorum 50%25: 3 of 6, not met%0Asee charter',
          '::notice file=réunions/2024-été%2C brouillon.md,line=10,col=3,endLine=11,endColumn=1,title=meeting.no-notes::No notes yet',
          '::error file=réunions/2024-été%2C brouillon.md,line=12,col=1,endLine=12,endColumn=4,title=parse.yaml::Bad YAML',
          '',
        ].join('\n'),
      );
    });

    it('prints only errors when quiet, and nothing at all when there is nothing', () => {
      assert.equal(
        formats.github(report, quiet),
        [
          '::error file=members.md,line=1,col=1,endLine=1,endColumn=5,title=ref.unknown-member::Unknown member "bob"',
          '::error file=réunions/2024-été%2C brouillon.md,line=12,col=1,endLine=12,endColumn=4,title=parse.yaml::Bad YAML',
          '',
        ].join('\n'),
      );
      assert.equal(formats.github(emptyReport, plain), '');
      assert.equal(formats.github(warningsOnly, quiet), '');
    });
  });

  describe('sarif', () => {
    // Compiled once: the official schema is large.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // <unknown>: otherwise ajv infers a data type from the schema JSON and the type guard narrows logs to it.
    const validate = ajv.compile<unknown>(sarifSchema);

    interface SarifLog {
      $schema: string;
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
        originalUriBaseIds: Record<string, { uri: string }>;
        columnKind: string;
        results: {
          ruleId: string;
          ruleIndex?: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
        }[];
      }[];
    }

    function sarif(r: CheckReport, options: FormatOptions): SarifLog {
      const out = formats.sarif(r, options);
      assert.ok(out.endsWith('\n'));
      const log: unknown = JSON.parse(out);
      assert.ok(validate(log), ajv.errorsText(validate.errors));
      return log as SarifLog;
    }

    it('is valid against the official SARIF 2.1.0 schema', () => {
      sarif(report, plain);
      sarif(report, quiet);
      sarif(emptyReport, { ...plain, toolVersion: '1.2.3' });
    });

    it('has a validator that does reject broken logs', () => {
      // Guards against a vacuous check, e.g. a schema that failed to load or a format left unchecked.
      const log = JSON.parse(formats.sarif(report, plain)) as SarifLog;
      log.runs[0]!.results[0]!.level = 'fatal';
      assert.equal(validate(log), false);
      const badUri = JSON.parse(formats.sarif(report, plain)) as SarifLog;
      badUri.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri = 'not a uri';
      assert.equal(validate(badUri), false);
    });

    it('describes the tool and every rule', () => {
      const log = sarif(report, { ...plain, toolVersion: '1.2.3' });
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const run = log.runs[0]!;
      assert.equal(run.tool.driver.name, 'netgov');
      assert.equal(run.tool.driver.version, '1.2.3');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/ana/network/' } });
      assert.deepEqual(run.tool.driver.rules[1], {
        id: 'ref.unknown-member',
        name: 'RefUnknownMember',
        shortDescription: { text: 'Referenced member must exist' },
        fullDescription: { text: 'Every member mentioned must have a file in `members/`.' },
        help: {
          text: 'Every member mentioned must have a file in `members/`.\n\n```yaml\nowner: bob\n```',
          markdown: 'Every member mentioned must have a file in `members/`.\n\n```yaml\nowner: bob\n```',
        },
        helpUri: ruleDocUrl('ref.unknown-member'),
        defaultConfiguration: { level: 'error' },
      });
      assert.deepEqual(
        run.tool.driver.rules.map((r) => [r['id'], r['helpUri'], (r['defaultConfiguration'] as { level: string }).level]),
        rules.map((r) => [r.code, ruleDocUrl(r.code), { error: 'error', warning: 'warning', info: 'note' }[r.defaultSeverity]]),
      );
    });

    it('defaults the version to 0.0.0', () => {
      assert.equal(sarif(report, plain).runs[0]!.tool.driver.version, '0.0.0');
    });

    it('maps diagnostics to results that point at their rule', () => {
      const run = sarif(report, plain).runs[0]!;
      assert.deepEqual(
        run.results.map((r) => [r.ruleId, r.ruleIndex, r.level]),
        [
          ['ref.unknown-member', 1, 'error'],
          ['vote.quorum', 2, 'warning'],
          ['meeting.no-notes', 0, 'note'],
          ['parse.yaml', undefined, 'error'],
        ],
      );
      for (const result of run.results) {
        if (result.ruleIndex !== undefined) assert.equal(run.tool.driver.rules[result.ruleIndex]!['id'], result.ruleId);
      }
      assert.deepEqual(run.results[1], {
        ruleId: 'vote.quorum',
        ruleIndex: 2,
        level: 'warning',
        message: { text: QUORUM_MESSAGE },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'members.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 11 },
            },
          },
        ],
      });
      // Non-ASCII, space and comma are percent-encoded so the URI reference is valid.
      assert.equal(
        run.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri,
        'r%C3%A9unions/2024-%C3%A9t%C3%A9%2C%20brouillon.md',
      );
      assert.equal(decodeURIComponent(run.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri), 'réunions/2024-été, brouillon.md');
    });

    it('lists only errors when quiet but keeps every rule', () => {
      const run = sarif(report, quiet).runs[0]!;
      assert.deepEqual(run.results.map((r) => r.ruleId), ['ref.unknown-member', 'parse.yaml']);
      assert.equal(run.tool.driver.rules.length, rules.length);
    });

    it('names rules in PascalCase words', () => {
      assert.equal(pascalCaseName('ref.unknown-member'), 'RefUnknownMember');
      assert.equal(pascalCaseName('meeting.no-notes'), 'MeetingNoNotes');
    });
  });
});
