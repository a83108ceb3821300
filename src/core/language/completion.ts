import type { AnySchemaObject } from 'ajv/dist/2020';
import { CST, isMap, isScalar, isSeq, Parser, type Document, type YAMLMap } from 'yaml';
import type { Position, Range } from '../diagnostic';
import type { NetworkDocument } from '../document';
import { areaHistory } from '../model/areas';
import { date, groupList, text } from '../model/fields';
import { actionRecords, meetingRecords, memberRecords, type MeetingRecord, type MemberRecord } from '../model/records';
import type { Network } from '../network';
import { parseYamlTree, type YamlPath } from '../parse/yaml-source';
import { fieldNames, resolve, subschemaAt } from '../schema/subschema';
import { actionCard, areaCard, meetingCard, memberCard, memberSummary, outcomeCard } from './cards';
import { eolOf } from './edits';
import { frontmatterOf, inFrontmatter, keysOf, offsetAt, type Frontmatter } from './frontmatter';
import { allowedValues, fieldDocumentation, valueDescription, isDateField, isRequired, referenceAt, typesOf } from './schema-info';
import type { CompletionItem, CompletionKind } from './types';
import { trailingRunStart } from '../text/trailing';

/**
 * Completion in the frontmatter: the fields allowed where the cursor is (those
 * not yet written), and values for the field being written: fixed values
 * (status, phase, role...), ids of members, outcomes, meetings, actions and
 * areas, and today's date for dates. Works on what is being typed, however
 * incomplete: the word at the cursor is replaced by a placeholder, the
 * frontmatter parsed again, and the placeholder found in the tree.
 */
export function completionsAt(document: NetworkDocument, network: Network, position: Position, today: string): CompletionItem[] {
  const frontmatter = frontmatterOf(document);
  if (!frontmatter || document.kind === 'config') return [];
  const offset = offsetAt(document, position);
  if (!inFrontmatter(frontmatter, offset)) return [];
  const cursor = cursorContext(frontmatter, offset - frontmatter.start);
  if (!cursor) return [];
  const range = document.lines.rangeOf(frontmatter.start + cursor.wordStart, frontmatter.start + cursor.wordEnd);
  const context: Context = { document, network, today, range, eol: eolOf(document.text) };

  const found = cursor.found;
  if (found.role === 'key') return keyItems(context, found.mapPath, found.present, cursor.editingKey);
  const schema = subschemaAt(document.kind, found.path);
  // A new entry of a list whose entries are groups of fields (roles, outcomes...): the entry's first field.
  const wrap = cursor.addDash ? (text: string): string => `- ${text}` : undefined;
  if (found.inList && (cursor.dashed || cursor.addDash) && typesOf(schema).includes('object')) return keyItems(context, found.path, [], cursor.editingKey, wrap);
  return valueItems(context, found.path, found.siblings, !found.inList, wrap);
}

interface Context {
  readonly document: NetworkDocument;
  readonly network: Network;
  readonly today: string;
  readonly range: Range;
  readonly eol: string;
}

/** Stands in for the word at the cursor while the frontmatter is parsed again. */
const CURSOR = 'netgov_cursor_0a7c';

type Found =
  | { readonly role: 'key'; readonly mapPath: YamlPath; readonly present: readonly string[] }
  | { readonly role: 'value'; readonly path: YamlPath; readonly inList: boolean; readonly siblings: readonly string[] };

interface CursorContext {
  readonly found: Found;
  /** Offsets in the YAML text of the word being typed. */
  readonly wordStart: number;
  readonly wordEnd: number;
  /** The word is a key already followed by `:` (being edited, so only the key is replaced). */
  readonly editingKey: boolean;
  /** Only indentation and `- ` come before the word on its line. */
  readonly dashed: boolean;
  /** The line is a new entry of the list above, still without its `- `: completions add it. */
  readonly addDash: boolean;
}

function cursorContext(frontmatter: Frontmatter, offset: number): CursorContext | undefined {
  const source = frontmatter.source;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = source.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = source.length;
  if (source.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  if (offset > lineEnd) return undefined;
  const prefix = source.slice(lineStart, offset);
  const suffix = source.slice(offset, lineEnd);
  if (inComment(prefix)) return undefined;

  const wordBefore = wordEnding(prefix);
  const wordAfter = (wordBefore ? /^[\w.-]*/ : /^(?:\w[\w.-]*)?/).exec(suffix)?.[0] ?? '';
  const before = prefix.slice(0, prefix.length - wordBefore.length);
  const after = suffix.slice(wordAfter.length);
  const wordStart = offset - wordBefore.length;
  const wordEnd = offset + wordAfter.length;
  const bare = /^[ \t]*(?:-[ \t]+)*$/.test(before);
  // Read without the word: a word typed at the left margin would otherwise end the collection it is typed in.
  const flow = flowAround(source.slice(0, wordStart) + source.slice(wordEnd), lineStart, lineEnd - wordBefore.length - wordAfter.length, wordStart);
  const dashed = bare && before.includes('-');
  const editingKey = bare && /^[ \t]*:(?:\s|$)/.test(after);
  // A word alone on its line is a key being typed (give it its colon so that it parses as one), or,
  // lined up with the dashes of the list above, that list's next entry (give it its dash); inside a
  // flow collection over several lines, it is one of that collection's entries.
  const addDash = bare && !flow && !dashed && !editingKey && after.trim() === '' && listAbove(source, lineStart, before.length);
  const line = flow
    ? `${flow.indent}${before}${CURSOR}${flow.separator}${after}`
    : addDash
      ? `${before}- ${CURSOR}`
      : bare && !dashed && !editingKey
        ? `${before}${CURSOR}:${after}`
        : `${before}${CURSOR}${after}`;
  const tree = parseYamlTree(source.slice(0, lineStart) + line + source.slice(lineEnd));
  const found = findCursor(tree);
  if (!found) return undefined;
  return { found, wordStart, wordEnd, editingKey, dashed, addDash };
}

/** How to write the cursor's line inside a flow collection that spans more than that line. */
interface FlowLine {
  /** Blanks put before the line, which yaml wants indented past the block the collection sits in. */
  readonly indent: string;
  /** `,` when another entry of the collection follows the word, so that the two stay apart. */
  readonly separator: string;
}

/**
 * Whether offset `at` of the YAML text (the word being typed taken out of it)
 * sits inside a flow collection (`[...]`, `{...}`) that begins on an earlier
 * line or goes on past the cursor's line (`lineStart`–`lineEnd`), as yaml's
 * own parser reads the text: then the cursor's line alone cannot tell what
 * the word is, and the line is written as an entry of that collection
 * (undefined when it is not inside one).
 */
function flowAround(source: string, lineStart: number, lineEnd: number, at: number): FlowLine | undefined {
  // The outermost collection around `at`, and where its entries end: at its closing bracket (the first
  // of its end tokens), or, never closed, where the parser stops reading it (a field on a line of its own).
  const around = (token: CST.Token | undefined): { readonly collection: CST.FlowCollection; readonly end: number } | undefined => {
    if (token?.type === 'document') return around(token.value);
    if (token?.type === 'flow-collection') {
      const end = token.end[0]?.offset ?? token.offset + CST.stringify(token).length;
      return token.offset < at && at <= end ? { collection: token, end } : undefined;
    }
    if (!CST.isCollection(token)) return undefined;
    for (const item of token.items) {
      const found = around(item.value);
      if (found) return found;
    }
    return undefined;
  };
  const outer = Array.from(new Parser().parse(source), around).find((found) => found !== undefined);
  if (!outer || (outer.collection.offset >= lineStart && source.slice(lineEnd, outer.end).trim() === '')) return undefined;
  const blanks = /^ */.exec(source.slice(lineStart, lineEnd))![0].length;
  const indent = outer.collection.offset < lineStart ? ' '.repeat(Math.max(0, outer.collection.indent + 1 - blanks)) : '';
  // A `:` makes the word a key; a `,` or a closing bracket already parts it from the next entry.
  const next = source.slice(at, outer.end).trimStart().charAt(0);
  return { indent, separator: /^[,:\]}]?$/.test(next) ? '' : ',' };
}

/**
 * True when the nearest line above at the same or a lower indentation is a
 * list entry (`- `) whose dash is at `column`: a line typed there continues the list.
 */
function listAbove(source: string, lineStart: number, column: number): boolean {
  let end = lineStart - 1;
  while (end > 0) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const line = source.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const indent = /^ */.exec(line)![0].length;
    if (indent > column) continue;
    return indent === column && /^ *-(?:\s|$)/.test(line);
  }
  return false;
}

/**
 * The word the text ends with: letters, digits, `_`, `.` and `-`, starting with a letter, digit
 * or `_` (what `/[A-Za-z0-9_][\w.-]*$/` finds, read in linear time: 0.4 s on a 30 KB line before).
 */
function wordEnding(text: string): string {
  let start = trailingRunStart(text, /[\w.-]/);
  while (start < text.length && !/\w/.test(text[start]!)) start += 1;
  return text.slice(start);
}

/** True when the text before the cursor ends in a comment. */
function inComment(prefix: string): boolean {
  const unquoted = prefix.replace(/"(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?/g, (quoted) => ' '.repeat(quoted.length));
  return /(?:^|\s)#/.test(unquoted);
}

function findCursor(tree: Document.Parsed): Found | undefined {
  const visit = (node: unknown, path: YamlPath): Found | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (pair.key.value === CURSOR) return { role: 'key', mapPath: path, present: keysOf(node as YAMLMap).filter((key) => key !== CURSOR) };
        const key = String(pair.key.value);
        if (isScalar(pair.value) && pair.value.value === CURSOR) return { role: 'value', path: [...path, key], inList: false, siblings: [] };
        const inner = visit(pair.value, [...path, key]);
        if (inner) return inner;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        if (isScalar(item) && item.value === CURSOR) {
          const siblings = node.items.flatMap((other) => (other !== item && isScalar(other) && typeof other.value === 'string' ? [other.value] : []));
          return { role: 'value', path: [...path, index], inList: true, siblings };
        }
        const inner = visit(item, [...path, index]);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return visit(tree.contents, []);
}

// ---------------------------------------------------------------------------
// Keys

function keyItems(context: Context, mapPath: YamlPath, present: readonly string[], editingKey: boolean, wrap: (text: string) => string = (text) => text): CompletionItem[] {
  const { document } = context;
  const schema = subschemaAt(document.kind, mapPath);
  if (!schema) return [];
  // `owners:` then a new line: the list's entries, each with its `- `.
  if (typesOf(schema).includes('array') && !editingKey && present.length === 0) {
    return valueItems(context, [...mapPath, 0], [], false, (text) => `- ${text}`);
  }
  let names = fieldNames(schema);
  let shared: string | undefined;
  if (names.length === 0) {
    // A map whose keys come from a fixed list, such as a pulse's maturity dimensions.
    const keys = schema.propertyNames ? resolve(schema.propertyNames as AnySchemaObject, '')?.schema : undefined;
    names = allowedValues(keys);
    shared = keys && typeof keys.description === 'string' ? keys.description : undefined;
  }
  const items = names
    .filter((name) => !present.includes(name))
    .map((name) => {
      const path = [...mapPath, name];
      const field = subschemaAt(document.kind, path);
      const required = isRequired(document.kind, path);
      const title = typeof field?.title === 'string' ? field.title : undefined;
      const documentation = fieldDocumentation(document.kind, path, { title: false }) ?? shared;
      return {
        required,
        item: {
          label: name,
          kind: 'field' as const,
          ...(title ? { detail: required ? `${title} (required)` : title } : {}),
          ...(documentation ? { documentation } : {}),
          insertText: wrap(editingKey ? name : name + keySuffix(document, path, field, context.eol)),
          range: context.range,
          ...(!editingKey && hasSuggestions(document, path, field) ? { retrigger: true } : {}),
        },
      };
    });
  // Required fields first, then the schema's order.
  const ordered = [...items.filter((i) => i.required), ...items.filter((i) => !i.required)];
  return ordered.map(({ item }, index) => ({ ...item, sortText: sortText(index) }));
}

/** What follows a key: a space for a value, or a new indented line for a group of fields or a list of them. */
function keySuffix(document: NetworkDocument, path: YamlPath, field: AnySchemaObject | undefined, eol: string): string {
  const types = typesOf(field);
  if (types.includes('object')) return `:${eol}  `;
  if (types.includes('array') && typesOf(subschemaAt(document.kind, [...path, 0])).includes('object')) return `:${eol}  - `;
  return ': ';
}

function hasSuggestions(document: NetworkDocument, path: YamlPath, field: AnySchemaObject | undefined): boolean {
  const types = typesOf(field);
  if (types.includes('object')) return true;
  if (types.includes('array')) {
    const items = subschemaAt(document.kind, [...path, 0]);
    return typesOf(items).includes('object') || referenceAt(document.kind, [...path, 0]) !== undefined || allowedValues(items).length > 0;
  }
  return referenceAt(document.kind, path) !== undefined || allowedValues(field).length > 0 || isDateField(field);
}

// ---------------------------------------------------------------------------
// Values

interface Candidate {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
}

/**
 * Values for the field at `path`. `direct` is a value written straight after
 * its key: for a list field the value is then offered as a one-item list.
 */
function valueItems(context: Context, path: YamlPath, siblings: readonly string[], direct: boolean, wrap: (text: string) => string = (text) => text): CompletionItem[] {
  const { document } = context;
  const schema = subschemaAt(document.kind, path);
  if (!schema) return [];
  const list = direct && typesOf(schema).includes('array');
  const candidates = candidatesFor(context, list ? [...path, 0] : path);
  return candidates
    .filter((candidate) => !siblings.includes(candidate.label))
    .map((candidate, index) => ({ ...candidate, insertText: wrap(list ? `[${candidate.label}]` : candidate.label), range: context.range, sortText: sortText(index) }));
}

function candidatesFor(context: Context, path: YamlPath): Candidate[] {
  const { document, network, today } = context;
  const schema = subschemaAt(document.kind, path);
  const reference = referenceAt(document.kind, path);
  if (reference) {
    if (reference.declaration) return [];
    const ids = idCandidates(network, reference.kind, today);
    const literals = reference.literals.map((literal) => ({ label: literal, kind: 'value' as const, detail: literalDetail(literal) }));
    return [...ids, ...literals];
  }
  const values = allowedValues(schema);
  if (values.length > 0) {
    const detail = typeof schema?.title === 'string' ? schema.title : undefined;
    const field = typeof schema?.description === 'string' ? schema.description : undefined;
    return values.map((value) => {
      // The value's own meaning first; the whole field's description only where the schema gives none.
      const documentation = valueDescription(schema, value) ?? field;
      return { label: value, kind: 'value', ...(detail ? { detail } : {}), ...(documentation ? { documentation } : {}) };
    });
  }
  if (isDateField(schema)) {
    const dates: Candidate[] = [{ label: today, kind: 'date', detail: 'Today' }];
    const named = dateInFileName(document, path);
    if (named && named !== today) dates.push({ label: named, kind: 'date', detail: 'The date in the file name' });
    return dates;
  }
  return [];
}

function literalDetail(literal: string): string | undefined {
  return literal === 'pull-request' ? 'Agreed by approving a pull request' : undefined;
}

/** An action's `proposed` and a meeting's `date` usually match the date their file name starts with. */
function dateInFileName(document: NetworkDocument, path: YamlPath): string | undefined {
  const field = path.join('.');
  if (!((document.kind === 'action' && field === 'proposed') || (document.kind === 'meeting' && field === 'date'))) return undefined;
  const named = /^\d{4}-\d{2}-\d{2}(?=-|$)/.exec(document.id)?.[0];
  return named !== undefined && date({ named }, 'named') !== undefined ? named : undefined;
}

function idCandidates(network: Network, kind: 'member' | 'action' | 'meeting' | 'outcome' | 'area', today: string): Candidate[] {
  switch (kind) {
    case 'member': {
      // Current members first; those who have left stay available (minutes of past meetings name them).
      const members = [...memberRecords(network).values()].sort((a, b) => compare(a.id, b.id));
      const hasLeft = ({ left }: MemberRecord): boolean => left !== undefined && left <= today;
      return [...members.filter((m) => !hasLeft(m)), ...members.filter(hasLeft)].map((member) => {
        const summary = memberSummary(member.document);
        const detail = hasLeft(member) ? `${summary} (left ${member.left})` : summary;
        return { label: member.id, kind: 'member', ...(detail ? { detail } : {}), documentation: memberCard(member.document, today) };
      });
    }
    case 'action':
      // The latest first: file names start with the date proposed.
      return [...actionRecords(network).values()]
        .sort((a, b) => compare(b.id, a.id))
        .map((action) => ({ label: action.id, kind: 'action', ...optionalDetail(action.title), documentation: actionCard(action.document) }));
    case 'meeting':
      return [...meetingRecords(network).values()]
        .sort((a, b) => compare(b.id, a.id))
        .map((meeting) => ({ label: meeting.id, kind: 'meeting', ...optionalDetail(meetingSummary(meeting)), documentation: meetingCard(meeting.document) }));
    case 'outcome':
      return listed(network.purpose, 'outcomes').map(({ id, entry }) => ({ label: id, kind: 'outcome', ...optionalDetail(text(entry, 'title')), documentation: outcomeCard(id, entry) }));
    case 'area':
      // An area retired by today, or an old id renamed to another, is not offered for new roles and actions.
      return listed(network.charter, 'areas')
        .filter(({ id }) => areaHistory(network).isOpen(id, today))
        .map(({ id, entry }) => ({ label: id, kind: 'area', ...optionalDetail(text(entry, 'title')), documentation: areaCard(id, entry) }));
  }
}

/** `November network meeting, 2026-11-12`. */
function meetingSummary(record: MeetingRecord): string {
  const type = record.type;
  const title = record.title ?? (type ? `${type.charAt(0).toUpperCase()}${type.slice(1)} meeting` : undefined);
  return [title, record.date].filter((part) => part !== undefined).join(', ');
}

function listed(document: NetworkDocument | undefined, list: string): { id: string; entry: Readonly<Record<string, unknown>> }[] {
  const seen = new Set<string>();
  return groupList(document?.data, list).flatMap(({ value }) => {
    const id = text(value, 'id');
    if (id === undefined || seen.has(id)) return [];
    seen.add(id);
    return [{ id, entry: value }];
  });
}

function optionalDetail(detail: string | undefined): { detail?: string } {
  return detail !== undefined && detail.trim() !== '' ? { detail } : {};
}

function sortText(index: number): string {
  return String(index).padStart(4, '0');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
