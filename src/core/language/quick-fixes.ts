import { posix } from 'node:path';
import type { Diagnostic, DiagnosticCode } from '../diagnostic';
import type { NetworkDocument } from '../document';
import { date, text } from '../model/fields';
import { actionRecord, meetingRecord, meetingRecords } from '../model/records';
import { ID_PATTERN } from '../model/kinds';
import { newTermEnd, termEndDay, termMonthsFor } from '../model/charter-leadership';
import type { Network } from '../network';
import type { YamlPath } from '../parse/yaml-source';
import { describeRole, rolesOf } from '../rules/roles';
import type { RuleCode } from '../rules';
import { VIA_PULL_REQUEST } from '../rules/ref-unknown-meeting';
import { ORGANISATION_NOT_GIVEN } from '../templates/plan';
import { slugify } from '../text/suggest';
import { addFields, appendItem, blockLines, eolOf, type Field, type YamlValue, yamlScalar } from './edits';
import { frontmatterOf, type Frontmatter } from './frontmatter';
import { isDateField, typesOf } from './schema-info';
import { subschemaAt } from '../schema/subschema';
import type { QuickFix, TextEdit } from './types';
import { pushAll } from '../arrays';

/**
 * Quick fixes for netgov's diagnostics, from the facts each finding carries in
 * its `data`: add a missing required field with a sensible value, take the
 * suggestion of a "did you mean", renew a lead term that has run out, or
 * create the page of a member who is named but has none. Every fix is a text
 * edit to the document (so it can be undone) or, for a new page, a command.
 */
export interface QuickFixInput {
  readonly document: NetworkDocument;
  readonly network: Network;
  /** The diagnostics to fix (at the cursor or in the selection), as the core produced them for this very text. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every diagnostic of the document: when several fields are missing, one fix adds them all. */
  readonly all?: readonly Diagnostic[];
  readonly today: string;
}

/** The fixes for one diagnostic, from the facts in its `data`; none when they are not there. */
export type FixProvider = (input: QuickFixInput, frontmatter: Frontmatter, diagnostic: Diagnostic) => QuickFix[];

/** Which fixes each rule's diagnostics get, in the order they are offered: keyed by `RuleCode`, so a fix for a code no rule registers does not compile. */
export type FixesByCode = Partial<Readonly<Record<RuleCode, readonly FixProvider[]>>>;

// The fixes that need less than the whole input. `replace`: its `data.suggestion` replaces exactly the text the diagnostic points at.
const replace: FixProvider = (input, _frontmatter, diagnostic) => replaceWithSuggestion(input.document, diagnostic);
const create: FixProvider = (_input, _frontmatter, diagnostic) => createMember(diagnostic);
const removeTemplateGuidance: FixProvider = (input, _frontmatter, diagnostic) => removeGuidance(input.document, diagnostic);
const suppress: FixProvider = (input, _frontmatter, diagnostic) => suppressCounts(input.document, diagnostic);
const removePersonalData: FixProvider = (input, _frontmatter, diagnostic) => (diagnostic.data?.removeLine === true ? [removeLine(input.document, diagnostic)] : []);

/** Every privacy rule's finding can be removed with its line: a `Record`, so a new privacy rule does not compile until it is listed. */
const PRIVACY_FIXES: Readonly<Record<Extract<RuleCode, `privacy.${string}`>, readonly FixProvider[]>> = {
  'privacy.email': [removePersonalData],
  'privacy.phone': [removePersonalData],
  'privacy.nhs-number': [removePersonalData],
  'privacy.postcode': [removePersonalData],
  'privacy.date-of-birth': [removePersonalData],
  'privacy.health-detail': [removePersonalData],
};

/** The rules with quick fixes. */
export const FIXES: FixesByCode = {
  'schema.required': [addRequired],
  'ref.unknown-member': [replace, create],
  'ref.unknown-action': [replace],
  'ref.unknown-meeting': [replace],
  'ref.unknown-outcome': [replace],
  'ref.unknown-area': [replace],
  'schema.unknown-field': [replace],
  'schema.enum': [replace],
  'schema.date': [replace],
  'schema.pattern': [replace],
  'kind.mismatch': [replace],
  'decision.mismatch': [replace],
  'role.term-expired': [renewTerm],
  'template.unedited': [removeTemplateGuidance],
  'pulse.small-counts': [suppress],
  ...PRIVACY_FIXES,
};

/** The fixes a diagnostic's code gets (a health finding's none). */
function fixesFor(code: DiagnosticCode): readonly FixProvider[] {
  // Widening the keys to every code is safe: a code with no entry has no fixes. Codes have a dot, so none is a property of Object.prototype.
  return (FIXES as Readonly<Partial<Record<DiagnosticCode, readonly FixProvider[]>>>)[code] ?? [];
}

export function quickFixes(input: QuickFixInput): QuickFix[] {
  const { document } = input;
  const frontmatter = frontmatterOf(document);
  if (!frontmatter) return [];
  const fixes: QuickFix[] = [];
  for (const diagnostic of input.diagnostics) {
    if (diagnostic.file !== document.path) continue;
    for (const provide of fixesFor(diagnostic.code)) pushAll(fixes, provide(input, frontmatter, diagnostic));
  }
  const missing = (input.all ?? []).filter((d) => d.code === 'schema.required' && d.file === document.path && requiredFacts(d));
  if (missing.length > 1 && input.diagnostics.some((d) => d.code === 'schema.required')) {
    const all = addAllRequired(input, frontmatter, missing);
    if (all) fixes.push(all);
  }
  return fixes;
}

// ---------------------------------------------------------------------------
// Missing fields

function requiredFacts(diagnostic: Diagnostic): { path: YamlPath; missing: string } | undefined {
  const path = diagnostic.data?.path;
  const missing = diagnostic.data?.missing;
  if (!Array.isArray(path) || typeof missing !== 'string') return undefined;
  return { path: path as YamlPath, missing };
}

function addRequired(input: QuickFixInput, frontmatter: Frontmatter, diagnostic: Diagnostic): QuickFix[] {
  const facts = requiredFacts(diagnostic);
  if (!facts) return addAlternative(input, frontmatter, diagnostic);
  const field: Field = [facts.missing, suggestedValue(input, [...facts.path, facts.missing])];
  const edit = addFields(input.document, frontmatter, facts.path, [field]);
  if (!edit) return [];
  const lines = blockLines(field);
  const title = lines.length === 1 ? `Add \`${lines[0]}\`` : `Add \`${facts.missing}\` with its required fields`;
  return [{ title, diagnostics: [diagnostic], edits: [edit], preferred: true }];
}

/**
 * A finding that needs one of several sets of fields (a pulse question's `counts`, or `suppressed` and
 * `answered`): one fix per set, none preferred, and never part of "add all missing fields", which would
 * add every set at once.
 */
function addAlternative(input: QuickFixInput, frontmatter: Frontmatter, diagnostic: Diagnostic): QuickFix[] {
  const path = diagnostic.data?.path;
  const alternatives = diagnostic.data?.alternatives;
  if (!Array.isArray(path) || !Array.isArray(alternatives)) return [];
  const fixes: QuickFix[] = [];
  for (const names of alternatives as unknown[]) {
    if (!Array.isArray(names) || names.length === 0) continue;
    const fields: Field[] = names.map((name) => [String(name), suggestedValue(input, [...(path as YamlPath), String(name)])]);
    const edit = addFields(input.document, frontmatter, path as YamlPath, fields);
    if (!edit) continue;
    const shown = fields.map((field) => {
      const lines = blockLines(field);
      return lines.length === 1 ? `\`${lines[0]}\`` : `\`${field[0]}\``;
    });
    fixes.push({ title: `Add ${shown.join(' and ')}`, diagnostics: [diagnostic], edits: [edit] });
  }
  return fixes;
}

function addAllRequired(input: QuickFixInput, frontmatter: Frontmatter, diagnostics: readonly Diagnostic[]): QuickFix | undefined {
  const byMap = new Map<string, { path: YamlPath; fields: Field[] }>();
  for (const diagnostic of diagnostics) {
    const facts = requiredFacts(diagnostic)!;
    const key = JSON.stringify(facts.path);
    const entry = byMap.get(key) ?? { path: facts.path, fields: [] };
    entry.fields.push([facts.missing, suggestedValue(input, [...facts.path, facts.missing])]);
    byMap.set(key, entry);
  }
  const edits: TextEdit[] = [];
  for (const { path, fields } of byMap.values()) {
    // In the order the schema lists them, which is the order the docs show.
    const order = subschemaAt(input.document.kind, path)?.required;
    const rank = (name: string): number => (Array.isArray(order) ? order.indexOf(name) : 0);
    fields.sort((a, b) => rank(a[0]) - rank(b[0]));
    const edit = addFields(input.document, frontmatter, path, fields);
    if (edit) edits.push(edit);
  }
  if (edits.length === 0) return undefined;
  return { title: `Add all ${diagnostics.length} missing fields`, diagnostics, edits };
}

/**
 * A sensible first value for a required field: one the document itself
 * implies where it can (a title from the file name, a decision's meeting from
 * the meeting that lists the action), else today for a date, the first of a
 * fixed list of values, an empty list, or empty quotes for the author to fill.
 */
export function suggestedValue(input: Pick<QuickFixInput, 'document' | 'network' | 'today'>, path: YamlPath): YamlValue {
  const { document, today } = input;
  const schema = subschemaAt(document.kind, path);
  const implied = impliedValue(input, path);
  if (implied !== undefined) return implied;
  if (!schema) return '""';
  if (schema.const !== undefined) return typeof schema.const === 'string' ? yamlScalar(schema.const) : String(schema.const);
  if (schema.default !== undefined && typeof schema.default !== 'object') return typeof schema.default === 'string' ? yamlScalar(schema.default) : String(schema.default);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return yamlScalar(String(schema.enum[0]));
  if (isDateField(schema)) return today;
  const types = typesOf(schema);
  if (types.includes('object')) {
    const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
    return { fields: required.map((name): Field => [name, suggestedValue(input, [...path, name])]) };
  }
  if (types.includes('array')) {
    const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
    if (count === 0) return { items: [] };
    return { items: Array.from({ length: count }, (_, index) => suggestedValue(input, [...path, index])) };
  }
  if (types.includes('integer') || types.includes('number')) {
    // The charter's numbers are settings (its first example is a fair start); elsewhere they are counts.
    const example = Array.isArray(schema.examples) ? schema.examples.find((e) => typeof e === 'number') : undefined;
    const minimum = typeof schema.minimum === 'number' ? schema.minimum : undefined;
    return String(document.kind === 'charter' ? (example ?? minimum ?? 1) : (minimum ?? 0));
  }
  if (types.includes('boolean')) return 'false';
  return '""';
}

/** Values the rest of the network implies, field by field. */
function impliedValue(input: Pick<QuickFixInput, 'document' | 'network' | 'today'>, path: YamlPath): YamlValue | undefined {
  const { document, network } = input;
  const field = path.filter((segment) => typeof segment === 'string').join('.');
  const parent = dataAt(document.data, path.slice(0, -1));
  const undated = document.id.replace(/^\d{4}-\d{2}-\d{2}-?/, '');
  switch (`${document.kind}:${field}`) {
    case 'action:title':
    case 'meeting:title':
      return undated ? yamlScalar(humanise(undated)) : undefined;
    case 'member:name':
      return yamlScalar(humanise(document.id, true));
    case 'member:organisation':
      return yamlScalar(ORGANISATION_NOT_GIVEN);
    case 'charter:name':
      return slugify(posix.basename(network.root)) ? yamlScalar(humanise(slugify(posix.basename(network.root)))) : undefined;
    case 'pulse:checklist':
      return 'netgov-core';
    case 'action:proposed':
    case 'meeting:date':
      return dateInId(document.id);
    case 'action:proposed_by': {
      return actionRecord(document).owners.find((owner) => network.idsOf('member').has(owner));
    }
    case 'action:decision.via': {
      return [...meetingRecords(network).values()].find((meeting) => meeting.decisions.includes(document.id))?.id;
    }
    case 'action:decision.date': {
      const via = actionRecord(document).decision?.via;
      return via !== undefined && via !== VIA_PULL_REQUEST ? meetingRecords(network).get(via)?.date : undefined;
    }
    case 'meeting:attendees': {
      const facilitator = meetingRecord(document).facilitator;
      return facilitator !== undefined && network.idsOf('member').has(facilitator) ? { items: [facilitator] } : undefined;
    }
    case 'charter:areas.id':
    case 'purpose:outcomes.id': {
      const title = text(parent, 'title');
      return title !== undefined && slugify(title) ? slugify(title) : undefined;
    }
    case 'charter:areas.title':
    case 'purpose:outcomes.title': {
      const id = text(parent, 'id');
      return id !== undefined && id !== '' ? yamlScalar(humanise(id)) : undefined;
    }
    default:
      return undefined;
  }
}

function dataAt(data: unknown, path: YamlPath): Readonly<Record<string, unknown>> | undefined {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

function dateInId(id: string): string | undefined {
  const prefix = /^\d{4}-\d{2}-\d{2}(?=-|$)/.exec(id)?.[0];
  return prefix !== undefined && date({ prefix }, 'prefix') !== undefined ? prefix : undefined;
}

/** `shared-referral-form` -> `Shared referral form`; `amara-okafor` as a name -> `Amara Okafor`. */
function humanise(id: string, name = false): string {
  const words = id.split('-').filter(Boolean);
  return words.map((word, index) => (index === 0 || name ? word.charAt(0).toUpperCase() + word.slice(1) : word)).join(' ');
}

// ---------------------------------------------------------------------------
// Did you mean

function replaceWithSuggestion(document: NetworkDocument, diagnostic: Diagnostic): QuickFix[] {
  const suggestion = diagnostic.data?.suggestion;
  if (typeof suggestion !== 'string' || suggestion === '') return [];
  const start = document.lines.lineStart(diagnostic.range.start.line) + diagnostic.range.start.character;
  const end = document.lines.lineStart(diagnostic.range.end.line) + diagnostic.range.end.character;
  const current = document.text.slice(start, end);
  const replacement = diagnostic.code === 'schema.unknown-field' ? suggestion : yamlScalar(suggestion);
  if (current === replacement || current === '') return [];
  const unquoted = current.replace(/^(["'])(.*)\1$/, '$2');
  const title =
    diagnostic.code === 'schema.unknown-field'
      ? `Change \`${unquoted}\` to \`${suggestion}\``
      : diagnostic.code === 'schema.date'
        ? `Write the date as ${suggestion}`
        : diagnostic.code === 'decision.mismatch'
          ? `Use the meeting's date, ${suggestion}`
          : `Change '${unquoted}' to '${suggestion}'`;
  return [{ title, diagnostics: [diagnostic], edits: [{ range: diagnostic.range, newText: replacement }], preferred: true }];
}

// ---------------------------------------------------------------------------
// Lead terms

/**
 * A lead term that ended with nobody after it: history stays as it is, and a
 * new term is added from today for the charter's term length (ending the day
 * before the same date that many months on).
 */
function renewTerm(input: QuickFixInput, frontmatter: Frontmatter, diagnostic: Diagnostic): QuickFix[] {
  const { document, network, today } = input;
  const path = diagnostic.data?.path;
  const index = Array.isArray(path) && path[0] === 'roles' && typeof path[1] === 'number' ? path[1] : undefined;
  const role = rolesOf(document).find((r) => r.index === index);
  if (!role) return [];
  const months = termMonthsFor(network.charter?.data, role.role);
  const until = newTermEnd(network.charter?.data, role.role, today);
  const fields: Field[] = [['role', yamlScalar(role.role)]];
  if (role.area !== undefined) fields.push(['area', yamlScalar(role.area)]);
  fields.push(['from', today]);
  if (until !== undefined) fields.push(['until', until]);
  const edit = appendItem(document, frontmatter, ['roles'], { fields });
  if (!edit) return [];
  const title =
    until === undefined
      ? `Start a new term of the ${describeRole(role)} from ${today}`
      : months === undefined || termEndDay(network.charter?.data) !== undefined
        ? `Renew the ${describeRole(role)} (${today} to ${until})`
        : `Renew the ${describeRole(role)} for ${months} months (${today} to ${until})`;
  return [{ title, diagnostics: [diagnostic], edits: [edit] }];
}

// ---------------------------------------------------------------------------
// New members

function createMember(diagnostic: Diagnostic): QuickFix[] {
  const id = diagnostic.data?.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return [];
  return [{ title: `Create a member page for '${id}'`, diagnostics: [diagnostic], createMember: id }];
}

// ---------------------------------------------------------------------------
// Template guidance

/**
 * A paragraph of template guidance still in the document: remove it (with the
 * blank line after it), leaving its heading for the member's own words.
 */
function removeGuidance(document: NetworkDocument, diagnostic: Diagnostic): QuickFix[] {
  const first = diagnostic.data?.firstLine;
  const last = diagnostic.data?.lastLine;
  if (typeof first !== 'number' || typeof last !== 'number' || last < first || last >= document.lines.lineCount) return [];
  let end = last + 1;
  if (end < document.lines.lineCount && document.text.slice(document.lines.lineStart(end), document.lines.lineEnd(end)).trim() === '') end += 1;
  const range = end < document.lines.lineCount ? { start: { line: first, character: 0 }, end: { line: end, character: 0 } } : { start: { line: first, character: 0 }, end: document.lines.lineRange(last).end };
  return [{ title: 'Remove the template\'s guidance, to write your own words under this heading', diagnostics: [diagnostic], edits: [{ range, newText: '' }] }];
}

// ---------------------------------------------------------------------------
// Small counts

/** The whole lines a block-style `key: value` pair takes, when nothing else shares them. */
function pairLines(document: NetworkDocument, path: YamlPath): { first: number; last: number; indent: string } | undefined {
  const key = document.rangeOf(path, 'key');
  const value = document.rangeOf(path);
  const lineText = document.text.slice(document.lines.lineStart(key.start.line), document.lines.lineEnd(key.start.line));
  const indent = lineText.slice(0, key.start.character);
  if (!/^ *$/.test(indent)) return undefined;
  // A block value (`counts:` then `- 1` lines) ends at the start of the line after it: that line is not the pair's.
  const last = value.end.character === 0 ? value.end.line - 1 : value.end.line;
  return { first: key.start.line, last, indent };
}

/** `pulse.small-counts`: the counts (and the blank count) give way to `suppressed: true` and `answered`. */
function suppressCounts(document: NetworkDocument, diagnostic: Diagnostic): QuickFix[] {
  const path = diagnostic.data?.path;
  const answered = diagnostic.data?.answered;
  if (!Array.isArray(path) || typeof answered !== 'number') return [];
  const question = path as YamlPath;
  const counts = pairLines(document, [...question, 'counts']);
  if (!counts) return [];
  const wholeLines = (first: number, last: number) => ({ start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } });
  const eol = eolOf(document.text);
  const edits: TextEdit[] = [{ range: wholeLines(counts.first, counts.last), newText: `${counts.indent}suppressed: true${eol}${counts.indent}answered: ${answered}${eol}` }];
  if (diagnostic.data?.blank === true) {
    const blank = pairLines(document, [...question, 'blank']);
    if (!blank) return [];
    edits.push({ range: wholeLines(blank.first, blank.last), newText: '' });
  }
  return [{ title: `Remove the counts: write suppressed: true and answered: ${answered}`, diagnostics: [diagnostic], edits, preferred: true }];
}

/** privacy.*: the lines holding the personal data go, whole (a finding can run over a line break). */
function removeLine(document: NetworkDocument, diagnostic: Diagnostic): QuickFix {
  const line = diagnostic.range.start.line;
  const last = Math.max(line, diagnostic.range.end.line);
  const range = last + 1 < document.lines.lineCount ? { start: { line, character: 0 }, end: { line: last + 1, character: 0 } } : { start: { line, character: 0 }, end: document.lines.lineRange(last).end };
  return { title: 'Remove the line with the personal data', diagnostics: [diagnostic], edits: [{ range, newText: '' }] };
}
