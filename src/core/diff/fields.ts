import type { NetworkDocument } from '../document';
import type { YamlPath } from '../parse/yaml-source';
import { subschemaAt } from '../schema/subschema';
import type { Network } from '../network';

/**
 * The charter's and the purpose's fields, compared one by one and named in
 * plain words ("Decision rule: consent → lead-decides"), so a reviewer sees
 * what a change to how the network governs itself does, not only that the
 * file changed.
 */
export interface FieldChange {
  readonly document: 'charter' | 'purpose';
  /** Where the field sits in the frontmatter (of the head version, or the base one for a removed field). */
  readonly path: YamlPath;
  /** The field in words, from the schema's titles: `Decision rule`, `Area falls-prevention: title`. */
  readonly label: string;
  /** The value before and after, as written; undefined where the field is not there. Member-written text is not escaped. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** True for changes that move power: the decision rule, quorum, decisions by pull request, lead terms, the governance model. */
  readonly shiftsPower: boolean;
}

/** Charter fields that decide who has a say and for how long: a change to them needs the network's agreement. */
const POWER_FIELDS: readonly string[] = ['governance.model', 'decisions.rule', 'decisions.quorum', 'decisions.pull_requests', 'leadership.term_months'];

/** True where a charter field, e.g. `['decisions', 'quorum']`, is one of those that shift power. */
export function shiftsPower(document: 'charter' | 'purpose', path: YamlPath): boolean {
  return document === 'charter' && POWER_FIELDS.includes(path.filter((s) => typeof s === 'string').join('.'));
}

/** Every changed charter and purpose field, in document order; empty when neither changed. */
export function fieldChanges(base: Network | undefined, head: Network | undefined): FieldChange[] {
  return [...documentFieldChanges('charter', base?.charter, head?.charter), ...documentFieldChanges('purpose', base?.purpose, head?.purpose)];
}

/** The changed fields of one version of the charter or the purpose against another; either may be missing. */
export function documentFieldChanges(kind: 'charter' | 'purpose', before: NetworkDocument | undefined, after: NetworkDocument | undefined): FieldChange[] {
  const changes: FieldChange[] = [];
  if ((!after && !before) || before?.text === after?.text) return changes;
  compare(kind, [], [], dataOf(before), dataOf(after), changes);
  return changes;
}

/** `Decision rule: consent → lead-decides`, `Values: added "…"`. */
export function fieldChangeText(change: FieldChange): string {
  const { before, after } = change;
  if (before === undefined) return `${change.label}: ${after} (added)`;
  if (after === undefined) return `${change.label}: ${before} (removed)`;
  return `${change.label}: ${before} → ${after}`;
}

function dataOf(document: NetworkDocument | undefined): unknown {
  return document?.data ?? undefined;
}

type Json = unknown;

function compare(kind: 'charter' | 'purpose', path: YamlPath, labels: readonly string[], before: Json, after: Json, out: FieldChange[]): void {
  if (same(before, after)) return;
  // A value that turns into a mapping or a list (or back) is one change, before and after: taken apart,
  // one side would go unsaid (`rule: consent` → `rule: {name: vote}` lost both consent and the power mark).
  if (present(before) && present(after) && shape(before) !== shape(after)) {
    push(kind, path, labels, before, after, out);
    return;
  }
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      // The kind line only says which document this is.
      if (path.length === 0 && key === 'kind') continue;
      const child = [...path, key];
      compare(kind, child, [...labels, titleOf(kind, child, key)], b[key], a[key], out);
    }
    return;
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    compareList(kind, path, labels, Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], out);
    return;
  }
  push(kind, path, labels, before, after, out);
}

/** Lists of things with ids (areas, outcomes) are matched by id; lists of words by value; other lists (progress) as a whole. */
function compareList(kind: 'charter' | 'purpose', path: YamlPath, labels: readonly string[], before: readonly Json[], after: readonly Json[], out: FieldChange[]): void {
  const idOf = (item: Json): string | undefined => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined);
  const itemLabel = titleOf(kind, [...path, 0], 'item');
  if ([...before, ...after].every((item) => idOf(item) !== undefined)) {
    const earlier = new Map(before.map((item) => [idOf(item)!, item]));
    const later = new Map(after.map((item) => [idOf(item)!, item]));
    after.forEach((item, index) => {
      const id = idOf(item)!;
      const was = earlier.get(id);
      if (was === undefined) push(kind, [...path, index], [`${itemLabel} ${id}`], undefined, summary(item), out);
      else compareItem(kind, [...path, index], `${itemLabel} ${id}`, was, item, out);
    });
    before.forEach((item, index) => {
      if (!later.has(idOf(item)!)) push(kind, [...path, index], [`${itemLabel} ${id(item)}`], summary(item), undefined, out);
    });
    return;
  }
  if ([...before, ...after].every((item) => typeof item !== 'object' || item === null)) {
    const words = (list: readonly Json[]): string[] => list.map((item) => String(item));
    const was = words(before);
    const now = words(after);
    now.forEach((word, index) => {
      if (!was.includes(word)) push(kind, [...path, index], labels, undefined, word, out);
    });
    was.forEach((word, index) => {
      if (!now.includes(word)) push(kind, [...path, index], labels, word, undefined, out);
    });
    return;
  }
  push(kind, path, labels, `${before.length} ${before.length === 1 ? 'entry' : 'entries'}`, `${after.length} ${after.length === 1 ? 'entry' : 'entries'}`, out);

  function id(item: Json): string {
    return idOf(item) ?? '';
  }
}

function compareItem(kind: 'charter' | 'purpose', path: YamlPath, label: string, before: Json, after: Json, out: FieldChange[]): void {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    if (key === 'id') continue;
    const child = [...path, key];
    // "Area falls-prevention: title", with the field's own title in lower case after the item it belongs to.
    const title = titleOf(kind, child, key).replace(/^(Area|Outcome) /, '');
    compare(kind, child, [`${label}: ${lowerFirst(title)}`], b[key], a[key], out);
  }
}

function push(kind: 'charter' | 'purpose', path: YamlPath, labels: readonly string[], before: Json, after: Json, out: FieldChange[]): void {
  const raw = labels.at(-1) ?? kind;
  // "Review every (months)" reads better as "Review every: 12 months → 6 months".
  const unit = /\s*\((months|days|years)\)$/.exec(raw);
  const label = unit ? raw.slice(0, unit.index) : raw;
  const show = (value: Json): string | undefined => (value === undefined || value === null ? undefined : unit ? `${summary(value)} ${unit[1]}` : summary(value));
  out.push({ document: kind, path, label, before: show(before), after: show(after), shiftsPower: shiftsPower(kind, path) });
}

function titleOf(kind: 'charter' | 'purpose', path: YamlPath, fallback: string): string {
  const title = subschemaAt(kind, path)?.title;
  return typeof title === 'string' ? title : fallback;
}

function summary(value: Json): string {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (isRecord(value)) return typeof value.title === 'string' ? value.title : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function present(value: Json): boolean {
  return value !== undefined && value !== null;
}

function shape(value: Json): 'mapping' | 'list' | 'value' {
  return isRecord(value) ? 'mapping' : Array.isArray(value) ? 'list' : 'value';
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
