import { parse as parseCsv } from 'csv-parse/sync';

/**
 * A spreadsheet as the importers read it: a header row and the rows below it,
 * every cell as text. The one home for reading a spreadsheet export; each file
 * format is a small reader behind `TableReader`, so that the importers never
 * see what the file was (CSV as Excel or Google Sheets write it here; .xlsx
 * in src/readers/xlsx.ts, outside the core). Pure: the caller reads the bytes.
 */

/** A row below the header: its number as the spreadsheet shows it (the header is row 1) and its cells. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

/** The file cannot be read as a table. The message names the file and says why. */
export class TableInputError extends Error {
  override readonly name = 'TableInputError';
}

/** Reads one file format. `file` names the file in messages. */
export interface TableReader {
  /** What the format is called in messages: 'CSV'. */
  readonly format: string;
  /** File name endings it reads, lower-case, with the dot: '.csv'. */
  readonly extensions: readonly string[];
  read(bytes: Uint8Array, file: string): Table | Promise<Table>;
}

/**
 * CSV as spreadsheets write it: UTF-8 with or without a byte order mark, CRLF
 * or LF line ends, quoted fields holding commas, quotes and line breaks. Rows
 * are numbered by record, so a cell holding a line break does not shift the
 * numbers away from those the spreadsheet shows; empty lines are skipped.
 */
export const csvReader: TableReader = {
  format: 'CSV',
  extensions: ['.csv'],
  read(bytes: Uint8Array, file: string): Table {
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new TableInputError(`${file}: not UTF-8 text; save it from the spreadsheet as "CSV UTF-8 (Comma delimited)"`);
    }
    return csvTable(source, file);
  },
};

/** A CSV's text as a table (see csvReader); no headers and no rows when it is empty. */
export function csvTable(source: string, file: string): Table {
  let records: string[][];
  try {
    records = parseCsv(source.replace(/^\uFEFF/, ''), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new TableInputError(`${file}: not a readable CSV file: ${(error instanceof Error ? error.message : String(error)).split('\n', 1)[0]}`);
  }
  const [headers = [], ...rows] = records;
  return { headers, rows: rows.map((cells, index) => ({ row: index + 2, cells })) };
}

/** The largest spreadsheet file read (10 MiB): a roster of thousands of members is a few hundred KiB. */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;

/** The refusal for a file over MAX_TABLE_BYTES, before it is read. */
export function tableTooLarge(file: string, size: number): TableInputError {
  return new TableInputError(`${file}: ${Math.ceil(size / (1024 * 1024))} MiB is more than netgov reads from a spreadsheet (${MAX_TABLE_BYTES / (1024 * 1024)} MiB); is it the right file?`);
}

/**
 * The readers the core has, which run everywhere (the web extension too). The
 * CLI and the desktop extension add the .xlsx reader (src/readers/xlsx.ts,
 * DESKTOP_TABLE_READERS), which is too large and too Node-bound for the core.
 */
export const TABLE_READERS: readonly TableReader[] = [csvReader];

/**
 * The reader for a file, by the end of its name; a TableInputError naming the
 * formats that can be read when there is none (`.xls`, `.ods`: save it as a format that can).
 */
export function tableReaderFor(file: string, readers: readonly TableReader[] = TABLE_READERS): TableReader {
  const lower = file.toLowerCase();
  const reader = readers.find((candidate) => candidate.extensions.some((extension) => lower.endsWith(extension)));
  if (reader) return reader;
  const formats = readers.map((candidate) => `${candidate.format} (${candidate.extensions.join(', ')})`).join(', ');
  const spreadsheet = /\.(xlsx|xlsm|xls|ods|numbers)$/.exec(lower);
  const saveAs = readers.some((candidate) => candidate.extensions.includes('.xlsx')) ? '"Excel Workbook (.xlsx)" or "CSV UTF-8"' : '"CSV UTF-8"';
  throw new TableInputError(
    spreadsheet
      ? `${file}: netgov cannot read .${spreadsheet[1]} files; in the spreadsheet, save or download the sheet as ${saveAs} and import that (netgov reads ${formats})`
      : `${file}: not a file netgov can read as a table; it reads ${formats}`,
  );
}

/** A, B, ... Z, AA: the column as a spreadsheet names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
