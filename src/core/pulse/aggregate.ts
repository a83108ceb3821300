import { isCollection, parseDocument, visit } from 'yaml';
import { isId } from '../model/kinds';
import { isMemberOn } from '../model/membership';
import { yamlScalar } from '../templates/render';
import { TableInputError, csvTable, columnLetter, type Table } from '../text/table';
import { printable, spreadsheetSafe } from '../text/printable';
import { MIN_COUNT, suppressQuestion } from './suppression';

/**
 * Turning a survey export (one row per respondent, one column per question, as
 * MS Forms and Google Forms write them) into the totals a temperature check
 * keeps. Pure: the caller reads the files. Individual rows never leave here.
 */

/** Something in the survey or the mapping file cannot be read. The message names the file, and the row and column. */
export class PulseInputError extends Error {
  override readonly name = 'PulseInputError';
}

/** The totals for one question: how many answered 1..5, and how many respondents left it blank. */
export interface QuestionTotals {
  readonly id: string;
  readonly text?: string | undefined;
  /** The header of the survey column it came from. */
  readonly column: string;
  readonly counts: [number, number, number, number, number];
  readonly blank: number;
}

export interface SurveyTotals {
  /** Rows with at least one answer to a question. */
  readonly respondents: number;
  /** In the order of the survey's columns. */
  readonly questions: readonly QuestionTotals[];
  /** Headers that are not questions and were left out. */
  readonly ignoredColumns: readonly string[];
}

/** `columns: {"Exact header text": question-id}`: header text (trimmed, spaces collapsed) -> id. */
export type ColumnMapping = ReadonlyMap<string, string>;

/** Answers written as words, lower-case with single spaces. */
const LIKERT: ReadonlyMap<string, number> = new Map([
  ['strongly disagree', 1],
  ['disagree', 2],
  ['neither agree nor disagree', 3],
  ['neither agree or disagree', 3],
  ['neutral', 3],
  ['agree', 4],
  ['strongly agree', 5],
]);

/** Columns survey tools add that are never questions (compared lower-case). */
const KNOWN_EXTRA = new Set(['id', 'timestamp', 'start time', 'completion time', 'email', 'email address', 'name', 'last modified time', 'score', 'total points']);

function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a mapping file's text. `file` names it in messages. */
export function parseMapping(source: string, file: string): ColumnMapping {
  // Warnings are kept in the document (logLevel 'error'), never printed by the yaml package, and refused
  // here with their place, like errors: a mapping is a few plain lines, and a tag or a key that is a list
  // would otherwise be read as some other text without a word.
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { version: '1.2', uniqueKeys: true, logLevel: 'error', prettyErrors: true });
  const firstLine = (message: string): string => message.split('\n', 1)[0]!.replace(/:$/, '');
  if (doc.errors[0]) throw new PulseInputError(`${file}: not valid YAML: ${firstLine(doc.errors[0].message)}`);
  if (doc.warnings[0]) throw new PulseInputError(`${file}: ${firstLine(doc.warnings[0].message)}; write the column headers and question ids as plain text`);
  let complex: string | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key) && complex === undefined) complex = String(pair.key);
    },
  });
  if (complex !== undefined) throw new PulseInputError(`${file}: the key ${complex} is a list or mapping; write each column header as text in quotes`);
  const data: unknown = doc.toJS();
  const columns = (data as { columns?: unknown } | null)?.columns;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    throw new PulseInputError(`${file}: expected 'columns:' with one line per survey column, "Exact header text": question-id`);
  }
  const mapping = new Map<string, string>();
  for (const [header, id] of Object.entries(columns as Record<string, unknown>)) {
    if (typeof id !== 'string' || !isId(id)) {
      throw new PulseInputError(`${file}: the column "${header}" maps to ${JSON.stringify(id)}, which is not a question id (lower-case words joined by hyphens)`);
    }
    mapping.set(norm(header), id);
  }
  return mapping;
}

/** Which question a header names, if any: the mapping first, then `id`, `id: text`, `[id] text`. */
function questionOf(header: string, mapping: ColumnMapping | undefined): { id: string; text?: string } | undefined {
  const clean = norm(header);
  const mapped = mapping?.get(clean);
  if (mapped !== undefined) return { id: mapped, ...(clean !== mapped && clean !== '' ? { text: clean } : {}) };
  if (KNOWN_EXTRA.has(clean.toLowerCase())) return undefined;
  if (isId(clean)) return { id: clean };
  const colon = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(.*)$/.exec(clean);
  if (colon && isId(colon[1]!)) return { id: colon[1]!, ...(colon[2] ? { text: colon[2] } : {}) };
  const bracket = /^\[\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\]\s*(.*)$/.exec(clean);
  if (bracket && isId(bracket[1]!)) return { id: bracket[1]!, ...(bracket[2] ? { text: bracket[2] } : {}) };
  return undefined;
}

/** An answer as 1..5, or 0 for blank, or undefined when it is not an answer. */
export function answerValue(cell: string): number | undefined {
  const text = norm(cell).toLowerCase();
  if (text === '') return 0;
  if (/^[1-5]$/.test(text)) return Number(text);
  return LIKERT.get(text);
}

/**
 * The totals of a survey export. `file` names the survey in messages; rows are
 * numbered as in a spreadsheet, the header being row 1.
 */
export function aggregateSurvey(source: string, file: string, mapping?: ColumnMapping): SurveyTotals {
  let table: Table;
  try {
    table = csvTable(source, file);
  } catch (error) {
    if (error instanceof TableInputError) throw new PulseInputError(error.message);
    throw error;
  }
  const header = table.headers;
  const rows = table.rows.map((row) => row.cells);
  if (header.length === 0) throw new PulseInputError(`${file}: the file is empty; expected a header row and one row per respondent`);

  const columns: { index: number; id: string; text?: string | undefined; header: string }[] = [];
  const ignoredColumns: string[] = [];
  const seen = new Map<string, string>();
  header.forEach((cell, index) => {
    const question = questionOf(cell, mapping);
    if (!question) {
      ignoredColumns.push(norm(cell));
      return;
    }
    const where = `column ${columnLetter(index)} "${norm(cell)}"`;
    const earlier = seen.get(question.id);
    if (earlier !== undefined) throw new PulseInputError(`${file}: row 1, ${where}: question '${question.id}' is also in ${earlier}`);
    seen.set(question.id, where);
    columns.push({ index, id: question.id, text: question.text, header: norm(cell) });
  });
  if (mapping) {
    const headers = new Set(header.map(norm));
    const missing = [...mapping.keys()].find((h) => !headers.has(h));
    if (missing !== undefined) throw new PulseInputError(`${file}: row 1: no column is headed "${missing}", which the mapping file names`);
  }
  if (columns.length === 0) {
    throw new PulseInputError(
      `${file}: row 1: no column is a question: head them with the question id ('purpose-clear', 'purpose-clear: text' or '[purpose-clear] text'), or give --map`,
    );
  }

  if (rows.length === 0) throw new PulseInputError(`${file}: only a header row and no responses; expected one row per respondent below it`);

  const totals = columns.map(() => ({ counts: [0, 0, 0, 0, 0] as [number, number, number, number, number], blank: 0 }));
  let respondents = 0;
  rows.forEach((row, r) => {
    const values = columns.map((column) => {
      const cell = row[column.index] ?? '';
      const value = answerValue(cell);
      if (value === undefined) {
        throw new PulseInputError(
          `${file}: row ${r + 2}, column ${columnLetter(column.index)} "${column.header}": ${JSON.stringify(norm(cell))} is not an answer; use 1 to 5 or Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree`,
        );
      }
      return value;
    });
    if (values.every((value) => value === 0)) return;
    respondents++;
    values.forEach((value, i) => {
      if (value === 0) totals[i]!.blank++;
      else totals[i]!.counts[value - 1]! += 1;
    });
  });

  if (respondents === 0) {
    throw new PulseInputError(`${file}: none of its ${rows.length} ${rows.length === 1 ? 'row answers' : 'rows answer'} a question; a temperature check of no respondents says nothing`);
  }

  return {
    respondents,
    ignoredColumns,
    questions: columns.map((column, i) => ({ id: column.id, text: column.text, column: column.header, counts: totals[i]!.counts, blank: totals[i]!.blank })),
  };
}

/** How many answered a question (not blank). */
export function answered(question: QuestionTotals): number {
  return question.counts.reduce((sum, c) => sum + c, 0);
}

/**
 * The `questions:` block of a pulse's frontmatter, as YAML lines. A question
 * fewer than `min` answered is written as `suppressed: true` and `answered`, with no counts.
 */
export function questionsYaml(questions: readonly QuestionTotals[], min: number = MIN_COUNT): string {
  if (questions.length === 0) return '';
  const lines = ['questions:'];
  for (const question of questions) {
    const q = suppressQuestion(question, min);
    lines.push(`  ${q.id}:`);
    // Header text from a survey file is data: a formula (`=HYPERLINK(...)`) is stored with a leading apostrophe, control characters escaped.
    if (q.text !== undefined) lines.push(`    text: ${yamlScalar(spreadsheetSafe(printable(q.text)))}`);
    if ('suppressed' in q) {
      lines.push('    suppressed: true', `    answered: ${q.answered}`);
    } else {
      lines.push(`    counts: [${q.counts.join(', ')}]`, `    blank: ${q.blank}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A planned pulse page with its checklist and the question totals filled in:
 * `content` is what planPulse rendered from the template.
 */
export function withTotals(content: string, checklist: string, questions: readonly QuestionTotals[], min: number = MIN_COUNT): string {
  if (!isId(checklist)) throw new PulseInputError(`--checklist '${checklist}' is not an id (lower-case words joined by hyphens)`);
  const close = content.indexOf('\n---\n', 4);
  if (!content.startsWith('---\n') || close < 0) throw new Error('The pulse template has no frontmatter.');
  const frontmatter = content.slice(0, close + 1).replace(/^checklist: .*$/m, `checklist: ${checklist}`);
  return frontmatter + questionsYaml(questions, min) + content.slice(close + 1);
}

/** Members current on `date`: joined on or before it (or no date given), and not left by then. */
export function currentMemberCount(members: readonly { joined?: string | undefined; left?: string | undefined }[], date: string): number {
  return members.filter((m) => isMemberOn(m.joined, m.left, date)).length;
}
