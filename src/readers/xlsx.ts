import type { Cell, CellValue } from 'exceljs';
import { printable } from '../core/text/printable';
import { TABLE_READERS, TableInputError, type Table, type TableReader, type TableRow } from '../core/text/table';

/**
 * Excel workbooks (.xlsx), as Excel saves them and Google Sheets downloads
 * them, read by exceljs. Not in the core (exceljs is large and written for
 * Node) and not in the web extension: the CLI and the desktop extension give
 * this reader to the import (DESKTOP_TABLE_READERS); the browser says .xlsx
 * needs desktop VS Code or the CLI (src/extension/platform.ts).
 *
 * What it reads: the first sheet only (the first visible one, as the tabs
 * show it); row 1 holds the headers and every
 * row below it that has a value is a row, numbered as the spreadsheet shows
 * it (an empty row is skipped, and the numbers of the rows after it do not
 * move). A cell is read as the spreadsheet shows its value: a date (a real
 * date, or a date-time) as YYYY-MM-DD, a formula as its last calculated
 * result, rich text and a hyperlink as their text, a number as it is
 * stored. exceljs is loaded only when a workbook is read.
 */

/**
 * The most a workbook may hold once unzipped (32 MiB): the file limit
 * (MAX_TABLE_BYTES) is on the zipped bytes, and a few MiB of zip can hold
 * gigabytes of repeated XML. exceljs keeps the whole sheet in memory: 20,000
 * rows of ten columns unzip to about 9 MiB and take about 60 MiB to read, so
 * this allows some 70,000 such rows; a roster of thousands of members unzips to a few MiB.
 */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;

export const xlsxReader = {
  format: 'Excel workbook',
  extensions: ['.xlsx'],
  async read(bytes: Uint8Array, file: string): Promise<Table> {
    const unzipped = unzippedSize(bytes);
    if (unzipped === undefined) {
      throw new TableInputError(`${file}: not an Excel workbook (.xlsx is a zip file, and this is not one); open it in the spreadsheet and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8"`);
    }
    if (unzipped > MAX_UNZIPPED_BYTES) {
      throw new TableInputError(`${file}: unzipped, the workbook holds ${Math.ceil(unzipped / (1024 * 1024))} MiB, more than netgov reads from a spreadsheet (${MAX_UNZIPPED_BYTES / (1024 * 1024)} MiB); is it the right file?`);
    }
    // A CommonJS package: its exports are the default export (in the bundle and in Node alike).
    const exceljs = await import('exceljs');
    const { Workbook } = exceljs.default ?? exceljs;
    const book = new Workbook();
    try {
      await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
      throw new TableInputError(`${file}: not a readable Excel workbook (${printable(reason ?? '')}); open it in the spreadsheet and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8"`);
    }
    // The first sheet as the spreadsheet shows its tabs: a hidden one is not it.
    const sheet = book.worksheets.find((each) => each.state === 'visible') ?? book.worksheets[0];
    if (!sheet) throw new TableInputError(`${file}: not a readable Excel workbook (it has no sheet); open it in the spreadsheet and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8"`);
    const lines: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell);
      });
      const filled = Array.from(cells, (value) => value ?? '');
      if (filled.some((value) => value !== '')) lines.push({ row: number, cells: filled });
    });
    const [first, ...rest] = lines;
    if (!first) return { headers: [], rows: [] };
    if (first.row !== 1) {
      throw new TableInputError(
        `${file}: row 1 of the sheet "${sheet.name}" is empty; netgov reads the headers (Name, Organisation...) from row 1 of the first sheet, so delete the rows above them (the first row with a value is row ${first.row})`,
      );
    }
    return { headers: first.cells, rows: rest };
  },
} satisfies TableReader;

/** What the CLI and the desktop extension read: the core's readers (CSV) and .xlsx. */
export const DESKTOP_TABLE_READERS: readonly TableReader[] = [...TABLE_READERS, xlsxReader];

/** A cell as the spreadsheet shows its value, trimmed. */
function cellText(cell: Cell): string {
  return valueText(cell.value).trim();
}

function valueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return valueText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: CellValue }).result);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The bytes a zip file holds once unzipped, from its central directory (read
 * without unzipping anything), or undefined when the bytes are not a zip file.
 * A zip64 entry (over 4 GiB) counts as Infinity.
 */
export function unzippedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end of central directory record: 22 bytes and a comment of up to 65535 bytes, at the end.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    total += size === 0xffffffff ? Infinity : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
