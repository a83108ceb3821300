import type { NetworkDocument } from '../document';
import { group, text, textList } from '../model/fields';
import type { YamlPath } from '../parse/yaml-source';
import { fieldLabel } from '../schema/validate';
import { didYouMean } from '../text/suggest';
import type { RuleContext } from './rule';

/** One id written in a document, with where it is written. */
export interface IdReference {
  readonly id: string;
  readonly path: YamlPath;
}

/**
 * The ids a document names in the given fields: `owners` (a list), `facilitator`
 * (a single id) or `decision.via` (a field of a group).
 */
export function referencesIn(document: NetworkDocument, fields: readonly string[]): IdReference[] {
  const found: IdReference[] = [];
  for (const field of fields) {
    const [head, sub] = field.split('.') as [string, string | undefined];
    if (sub !== undefined) {
      const value = text(group(document.data, head), sub);
      if (value !== undefined) found.push({ id: value, path: [head, sub] });
      for (const { value: item, index } of textList(group(document.data, head), sub)) found.push({ id: item, path: [head, sub, index] });
      continue;
    }
    const single = text(document.data, head);
    if (single !== undefined) found.push({ id: single, path: [head] });
    for (const { value, index } of textList(document.data, head)) found.push({ id: value, path: [head, index] });
  }
  return found;
}

/**
 * Reports every reference that names nothing in `known`, with the closest
 * real id as a suggestion (the quick fix uses it).
 * `problem` completes "`owners`: 'j-smith' ...", e.g. "is not a member of this network".
 */
export function reportUnknown(
  context: RuleContext,
  document: NetworkDocument,
  references: readonly IdReference[],
  known: Iterable<string> & { has(id: string): boolean },
  problem: string,
): void {
  let candidates: string[] | undefined;
  for (const reference of references) {
    if (known.has(reference.id)) continue;
    candidates ??= [...known];
    const guess = didYouMean(reference.id, candidates);
    context.report(
      document.rangeOf(reference.path),
      `\`${fieldLabel(listField(reference.path))}\`: '${reference.id}' ${problem}.` + (guess ? ` Did you mean '${guess}'?` : ''),
      { path: reference.path, id: reference.id, ...(guess ? { suggestion: guess } : {}) },
    );
  }
}

/** `owners[2]` reads better as `owners`; `roles[0].area` stays as it is. */
function listField(path: YamlPath): YamlPath {
  return typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path;
}
