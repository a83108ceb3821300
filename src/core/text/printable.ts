import { escapeMarkdown } from './markdown';

/**
 * The one home for making document text safe to print (issue 13, item 5).
 * Text from documents and file names reaches terminals, CI logs, job
 * summaries, SARIF viewers and spreadsheets; in each a few characters act
 * instead of showing. Every output routes document text through one of these.
 */

/**
 * Characters that act instead of showing: C0 controls (ESC starts terminal
 * sequences that erase lines; CR returns to the line's start), DEL, C1
 * controls (0x9b is a one-byte CSI), the line and paragraph separators, and
 * the bidirectional overrides that reorder what is shown.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_LINE_BREAK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** True when `text` has a character printable() would escape: a name with one is refused (`file.unsafe-name`). */
export function hasControlCharacter(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** One line of text: every control character, line breaks and tabs included, written as a visible escape (`\n`, `\x1b`). For file names and fields. */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

/** Text that may run over lines (a message): line breaks stay (CRLF becomes LF); every other control character is escaped. */
export function printableLines(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL_BUT_LINE_BREAK, escapeControl);
}

const ZERO_WIDTH_SPACE = '&#8203;';

/**
 * Markdown that came from documents, already escaped (escapeMarkdown), with
 * what code hosts turn into actions made inert: `@mentions` (which notify
 * people), `#123` and `owner/repo#123` references (which link and
 * cross-reference), and bare URLs and `www.` links. A zero-width space goes
 * in, so the text reads the same.
 */
export function neutraliseMarkdown(markdown: string): string {
  // One pass: the zero-width space's own entity (`&#8203;`) must not be read again as a `#` reference.
  return markdown.replace(/@(?=[A-Za-z0-9])|#(?=\d)|\bGH-(?=\d)|:\/\/|\bwww\./gi, (found) =>
    found === '://' ? `:${ZERO_WIDTH_SPACE}//` : found.endsWith('.') ? `${found.slice(0, -1)}${ZERO_WIDTH_SPACE}.` : `${found}${ZERO_WIDTH_SPACE}`,
  );
}

/** Document text placed into markdown for a code host (a job summary, a comment): no markup, no control characters, no mentions, references or bare links. */
export function inertMarkdown(text: string): string {
  return neutraliseMarkdown(printable(escapeMarkdown(text)));
}

/** A SARIF message's text: `[` and `]` escaped so no `[text](url)` becomes a link (SARIF 2.1.0 §3.11.6), and control characters visible. */
export function sarifText(text: string): string {
  return printableLines(text).replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

/**
 * A cell a spreadsheet will read as data, never as a formula: text starting
 * with `=`, `+`, `-`, `@`, a tab or a CR (`=HYPERLINK(...)`) gets a leading
 * apostrophe, as OWASP's advice on CSV injection has it. Numbers stay numbers.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:\.\d+)?$/.test(text) ? `'${text}` : text;
}
