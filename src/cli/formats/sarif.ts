import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/diagnostic';
import type { CheckReport } from '../../core/report';
import { ruleDocUrl, type RuleMeta } from '../../core/rules/meta';
import { sarifText } from '../../core/text/printable';
import { printedRange, relativePath, selectDiagnostics, type FormatOptions } from './shared';

/** Home of the project that publishes the rule docs (see RULES_DOC_URL). */
const INFORMATION_URI = 'https://github.com/netgov/netgov';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';
// SARIF has no "info" level; "note" is its lowest one that still shows up.
const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

/** `ref.unknown-member` → `RefUnknownMember`: SARIF wants a readable, identifier-like rule name. */
export function pascalCaseName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** A relative path as a URI reference: each segment percent-encoded, so spaces and non-ASCII names stay valid. */
function relativeUri(root: string, file: string): string {
  return relativePath(root, file).split('/').map(encodeURIComponent).join('/');
}

/** SARIF resolves relative URIs against the base, which only works when the base ends in '/'. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function sarifRule(rule: RuleMeta) {
  const help = `${rule.explanation}\n\n${rule.example}`;
  return {
    id: rule.code,
    name: pascalCaseName(rule.code),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.explanation },
    help: { text: help, markdown: help },
    helpUri: ruleDocUrl(rule.code),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

/** SARIF 2.1.0 for code-scanning uploads; pretty-printed because it is usually kept as a file and read by people too. */
export function formatSarif(report: CheckReport, options: FormatOptions): string {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.code, index]));
  const results = selectDiagnostics(report, options).map((d) => {
    const { line, column, endLine, endColumn } = printedRange(d);
    const index = ruleIndex.get(d.code);
    return {
      ruleId: d.code,
      // Only a code that is a known rule can point into the rules array.
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[d.severity],
      message: { text: sarifText(d.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(report.root, d.file), uriBaseId: SRCROOT },
            region: { startLine: line, startColumn: column, endLine, endColumn },
          },
        },
      ],
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'netgov',
            informationUri: INFORMATION_URI,
            version: options.toolVersion ?? '0.0.0',
            rules: report.rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(report.root) } },
        // Our columns count UTF-16 code units; saying so explicitly spares consumers the guess.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
