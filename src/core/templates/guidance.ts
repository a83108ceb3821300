import charterTemplate from '../../../templates/charter.md';
import purposeTemplate from '../../../templates/purpose.md';
import memberTemplate from '../../../templates/member.md';
import actionTemplate from '../../../templates/action.md';
import meetingTemplate from '../../../templates/meeting.md';
import pulseTemplate from '../../../templates/pulse.md';

/**
 * The guidance the templates carry ("Say who the network brings together...")
 * and the placeholder values `netgov init` and `netgov new` write, so that a
 * check can tell text still left as the template wrote it. The templates in
 * templates/ are the one home of the guidance: every paragraph of a
 * template's body (not its headings, not code) is guidance, and a paragraph
 * of a document that matches one, with any text where the template has a
 * `{{slot}}`, has not been edited.
 */

/** The purpose statement `netgov init` writes, until members agree their own. */
export function purposeStatementPlaceholder(name: string): string {
  return `To be agreed by the members of ${name}.`;
}

/** Matches any name in purposeStatementPlaceholder. */
const PURPOSE_STATEMENT_PLACEHOLDER = /^To be agreed by the members of .+\.$/;

/** The title of the outcome `netgov init` writes, until members agree their own. */
export const FIRST_OUTCOME_TITLE = 'Our first outcome (to be agreed)';

/** Whether a purpose statement is still the placeholder `netgov init` wrote: nothing members agreed. */
export function isPlaceholderStatement(statement: string | undefined): boolean {
  return statement !== undefined && PURPOSE_STATEMENT_PLACEHOLDER.test(statement.trim());
}

/** Whether an outcome's title is still the placeholder `netgov init` wrote: an outcome nobody agreed. */
export function isPlaceholderOutcome(title: string | undefined): boolean {
  return title?.trim() === FIRST_OUTCOME_TITLE;
}

const TEMPLATES: Readonly<Record<string, string>> = {
  charter: charterTemplate,
  purpose: purposeTemplate,
  member: memberTemplate,
  action: actionTemplate,
  meeting: meetingTemplate,
  pulse: pulseTemplate,
};

/** A paragraph: its text with runs of white space made one space, and its lines (0-based, relative to the body). */
export interface Paragraph {
  readonly text: string;
  readonly firstLine: number;
  readonly lastLine: number;
}

/** The prose paragraphs of a markdown body: headings, fenced code, lists of fields and HTML comments left out. */
export function paragraphsOf(body: string): Paragraph[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: Paragraph[] = [];
  let current: { lines: string[]; first: number } | undefined;
  let fence = false;
  const close = (last: number): void => {
    if (current) out.push({ text: current.lines.join(' ').replace(/\s+/g, ' ').trim(), firstLine: current.first, lastLine: last });
    current = undefined;
  };
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      close(i - 1);
      fence = !fence;
      return;
    }
    if (fence) return;
    if (line.trim() === '' || /^\s*#/.test(line)) {
      close(i - 1);
      return;
    }
    if (current) current.lines.push(line);
    else current = { lines: [line], first: i };
  });
  close(lines.length - 1);
  return out.filter((p) => p.text !== '');
}

/**
 * The guidance paragraphs of each kind's template, as patterns over a whitespace-normalised
 * paragraph. Built once, when the module loads, from the bundled templates: not memoised on first
 * use, which would hide a bug planted in this code from every test but the first to call it
 * (Stryker runs its mutants in one process, and a module-load mutant with all the tests).
 */
const GUIDANCE: ReadonlyMap<string, readonly RegExp[]> = new Map(
  Object.entries(TEMPLATES).map(([kind, template]) => {
    const body = template.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
    return [kind, paragraphsOf(body).map((p) => new RegExp(`^${p.text.split(/\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/).map(escapeRegExp).join('.+?')}$`))];
  }),
);

/** The guidance paragraphs of the template for a kind (none for a kind without a template). */
export function guidanceFor(kind: string): readonly RegExp[] {
  return GUIDANCE.get(kind) ?? [];
}

/** The paragraphs of a document's body still as its template wrote them. */
export function uneditedGuidance(kind: string, body: string): Paragraph[] {
  const patterns = guidanceFor(kind);
  if (patterns.length === 0) return [];
  return paragraphsOf(body).filter((p) => isGuidance(patterns, p));
}

/** The paragraphs of a document's body that someone wrote: not the template's guidance, and not only an HTML comment. */
export function writtenParagraphs(kind: string, body: string): Paragraph[] {
  const patterns = guidanceFor(kind);
  return paragraphsOf(body).filter((p) => !isGuidance(patterns, p) && !/^(<!--[\s\S]*?-->\s*)+$/.test(p.text));
}

function isGuidance(patterns: readonly RegExp[], paragraph: Paragraph): boolean {
  return patterns.some((pattern) => pattern.test(paragraph.text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
