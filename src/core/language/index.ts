/**
 * The authoring aids for network documents, as pure functions of a
 * NetworkDocument and its Network: completion, hover, go to definition, find
 * references, document links and quick fixes. Nothing here knows about VS
 * Code; src/extension/language adapts the results.
 */
export { completionsAt } from './completion';
export { hoverAt } from './hover';
export { definitionAt } from './definition';
export { referencesAt, type ReferenceOptions } from './references';
export { documentLinks } from './links';
export { quickFixes, type QuickFixInput } from './quick-fixes';
export type { CompletionItem, CompletionKind, Definition, DocumentLink, Hover, Location, QuickFix, TextEdit } from './types';
