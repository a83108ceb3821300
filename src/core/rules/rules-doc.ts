import type { RuleMeta } from './meta';

/**
 * docs/rules.md, generated from the rule definitions so the documentation
 * cannot drift from what netgov checks (a test compares them).
 */
export function renderRulesDoc(rules: readonly RuleMeta[]): string {
  const groups = new Map<string, RuleMeta[]>();
  for (const rule of rules) {
    const area = rule.code.split('.')[0]!;
    groups.set(area, [...(groups.get(area) ?? []), rule]);
  }
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from src/core/rules by `npm run docs`. Do not edit by hand. -->',
    '',
    'Every diagnostic netgov reports has a stable code. This page lists them all: what each means, why it',
    'matters, and an example of a document that triggers it. Severities are the defaults; a network can change',
    'them, or switch a rule off, in `netgov.yml` beside its charter:',
    '',
    '```yaml',
    'rules:',
    '  role.no-end: info',
    '  body.broken-link: off',
    '```',
    '',
    '| code | default | summary |',
    '| --- | --- | --- |',
    ...rules.map((rule) => `| [\`${rule.code}\`](#${anchor(rule.code)}) | ${rule.defaultSeverity} | ${rule.summary} |`),
    '',
  ];
  for (const [area, members] of groups) {
    out.push(`## ${AREA_TITLES[area] ?? area}`, '');
    for (const rule of members) {
      out.push(`### \`${rule.code}\``, '', `**${rule.summary}.** Default severity: ${rule.defaultSeverity}.`, '', rule.explanation, '', 'Example:', '', rule.example, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const AREA_TITLES: Readonly<Record<string, string>> = {
  file: 'Reading files',
  yaml: 'YAML frontmatter',
  config: 'netgov.yml',
  schema: 'Fields and values',
  kind: 'Kinds',
  ref: 'References between documents',
  id: 'Ids',
  charter: 'Charter changes',
  decision: 'Decisions',
  action: 'Actions',
  date: 'Dates',
  role: 'Roles and terms',
  member: 'Members',
  body: 'Document text',
  pulse: 'Temperature checks',
  checklist: 'The network\'s health checklist',
};

/** GitHub's heading anchor for "### `ref.unknown-member`": backticks and dots dropped. */
function anchor(code: string): string {
  return code.replace(/\./g, '');
}
