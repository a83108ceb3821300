import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { DEFAULT_LAYOUT } from '../../src/core/config';
import { TableInputError, csvReader, tableReaderFor, type Table } from '../../src/core/text/table';
import { importMembers, type RosterImportInput } from '../../src/core/usecases/import-members';
import { DESKTOP_TABLE_READERS, MAX_UNZIPPED_BYTES, unzippedSize, xlsxReader } from '../../src/readers/xlsx';
import { fromRoot } from '../helpers/paths';

/**
 * The .xlsx reader (src/readers/xlsx.ts). The workbooks are generated here with
 * exceljs, shaped as Excel saves them (shared strings, dates as date cells with
 * a date number format) and as Google Sheets downloads them (strings inline in
 * the sheet, dates as numbers with a yyyy-mm-dd format): generated, not saved
 * by Excel or Google Sheets themselves.
 */

type Shape = 'excel' | 'google';

/**
 * A workbook's bytes, as `shape` writes it; `fill` writes its first sheet.
 * Excel's shape: exceljs's workbook, which shares its strings. Google's: its
 * streaming writer without shared strings (rich text is then written inline).
 */
async function workbook(shape: Shape, fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  if (shape === 'excel') {
    const book = new ExcelJS.Workbook();
    fill(book.addWorksheet('Sheet1'), book);
    return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  }
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  fill(book.addWorksheet('Roster'), book);
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** A date at midnight UTC, as exceljs writes a date cell. */
function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A file in a zip, as text (its central directory says where): to show the fixtures have the shape they claim. */
function zipEntry(bytes: Uint8Array, name: string): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index++) {
    const nameLength = view.getUint16(at + 28, true);
    const entryName = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    if (entryName === name) {
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + view.getUint32(at + 20, true));
      return (view.getUint16(at + 10, true) === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8');
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return undefined;
}

const DATE_COLUMNS = new Set(['Date joined', 'From', 'Until']);

/**
 * test/fixtures/roster/excel.csv as a workbook: the same cells, with the ISO
 * dates as date cells (`2023-09-15 00:00:00` as a date-time) and the others
 * (`03/04/2024`) as text, as a coordinator's sheet has them.
 */
async function rosterWorkbook(shape: Shape): Promise<Uint8Array> {
  const csv = csvReader.read(readFileSync(fromRoot('test/fixtures/roster/excel.csv')), 'excel.csv') as Table;
  return workbook(shape, (sheet) => {
    sheet.addRow(csv.headers.map((header) => (shape === 'google' ? { richText: [{ text: header }] } : header)));
    for (const { row, cells } of csv.rows) {
      cells.forEach((value, index) => {
        if (value === '') return;
        const cell = sheet.getCell(row, index + 1);
        const date = /^(\d{4}-\d{2}-\d{2})( 00:00:00)?$/.exec(value);
        if (DATE_COLUMNS.has(csv.headers[index]!) && date) {
          cell.value = day(date[1]!);
          cell.numFmt = shape === 'excel' ? (date[2] ? 'yyyy-mm-dd hh:mm:ss' : 'mm-dd-yy') : 'yyyy-mm-dd';
        } else {
          // Google Sheets writes its strings inline in the sheet (exceljs does so for rich text only).
          // Google Sheets writes its strings inline in the sheet (exceljs does so for rich text only).
          cell.value = shape === 'google' ? { richText: [{ text: value }] } : value;
        }
      });
    }
  });
}

function imported(table: Table, file: string): ReturnType<typeof importMembers> {
  const input: RosterImportInput = {
    table,
    file,
    root: '/net',
    layout: DEFAULT_LAYOUT,
    today: '2026-12-05',
    existing: [{ id: 'amara-okafor', name: 'Dr Amara Okafor' }],
    areas: [
      { id: 'falls-prevention', title: 'Falls prevention' },
      { id: 'care-homes', title: 'Care home support' },
    ],
  };
  return importMembers(input);
}

describe('the .xlsx reader', () => {
  for (const shape of ['excel', 'google'] as const) {
    it(`reads a roster shaped as ${shape === 'excel' ? 'Excel saves it' : 'Google Sheets downloads it'} as the CSV of the same sheet reads`, async () => {
      const bytes = await rosterWorkbook(shape);
      const sheetXml = zipEntry(bytes, 'xl/worksheets/sheet1.xml') ?? '';
      if (shape === 'excel') {
        assert.ok(zipEntry(bytes, 'xl/sharedStrings.xml')?.includes('<t>Siobhán Ní Bhriain</t>'), 'the strings are shared');
        assert.match(sheetXml, /<c r="A2" t="s"><v>\d+<\/v><\/c>/);
      } else {
        assert.equal(zipEntry(bytes, 'xl/sharedStrings.xml'), undefined, 'no shared strings');
        assert.match(sheetXml, /<c r="A2" t="inlineStr"><is><r><t>Siobhán Ní Bhriain<\/t><\/r><\/is><\/c>/);
      }
      // The date joined as a number (45352 is 2024-03-01) with a style, not as text.
      assert.match(sheetXml, /<c r="E2" s="\d+"><v>45352<\/v><\/c>/);

      const table = await xlsxReader.read(bytes, `roster-${shape}.xlsx`);
      assert.deepEqual(table.headers, ['Full name', 'Organisation', 'Sector', 'Job title', 'Date joined', 'Role', 'Area', 'From', 'Until', 'GitHub handle', 'Email']);
      assert.deepEqual(
        table.rows.map((row) => row.row),
        [2, 3, 4, 5, 6, 7, 8, 10],
        'row 9 is empty and left out; the numbers are those the sheet shows',
      );
      assert.deepEqual(table.rows[0]!.cells.slice(4, 9), ['2024-03-01', 'Lead', 'Falls prevention', '2025-01-01', '2026-12-31']);
      assert.equal(table.rows[1]!.cells[1], 'Riverside "Hospitals"\nNHS Trust');
      assert.equal(table.rows[1]!.cells[4], '2023-09-15', 'a date-time is its date');
      assert.equal(table.rows[2]!.cells[4], '03/04/2024', 'a date typed as text stays text');

      const fromCsv = imported(csvReader.read(readFileSync(fromRoot('test/fixtures/roster/excel.csv')), 'roster.csv') as Table, 'roster.csv');
      const fromXlsx = imported(table, 'roster.csv');
      assert.deepEqual(fromXlsx.members, fromCsv.members);
      assert.deepEqual(fromXlsx.skipped, fromCsv.skipped);
      assert.deepEqual(
        fromXlsx.skipped.map((row) => row.row),
        [4, 5, 6, 7, 8],
      );
      assert.equal(fromXlsx.members.length, 3);
    });
  }

  it('reads formulas as their results, rich text and hyperlinks as their text, numbers, true/false and errors as shown', async () => {
    const bytes = await workbook('excel', (sheet) => {
      sheet.addRow(['Name', 'Joined', 'Phone', 'Web', 'Lead?', 'Score', 'Check']);
      sheet.addRow([
        { richText: [{ text: 'Kim ' }, { font: { bold: true }, text: 'Lee' }] },
        { formula: 'DATE(2024,3,1)', result: day('2024-03-01') },
        447700900123,
        { text: 'Harbourlight', hyperlink: 'https://harbourlight.example.org' },
        true,
        { formula: 'F3*2', result: 12.5 },
        { error: '#N/A' },
      ]);
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
      sheet.addRow(['  Amara  ', { formula: 'B2+1', result: undefined }, 0, '', false, 6.25, 'fine']);
    });
    const table = await xlsxReader.read(bytes, 'cells.xlsx');
    assert.deepEqual(table.rows, [
      { row: 2, cells: ['Kim Lee', '2024-03-01', '447700900123', 'Harbourlight', 'TRUE', '12.5', '#N/A'] },
      { row: 3, cells: ['Amara', '', '0', '', 'FALSE', '6.25', 'fine'] },
    ]);
  });

  it('reads a number with a date format as a date, and the same number without one as a number', async () => {
    const bytes = await workbook('google', (sheet) => {
      sheet.addRow(['Name', 'Joined', 'Count']);
      sheet.addRow(['Kim Lee', 45352, 45352]);
      sheet.getCell('B2').numFmt = 'd mmm yyyy';
    });
    assert.deepEqual((await xlsxReader.read(bytes, 'numbers.xlsx')).rows, [{ row: 2, cells: ['Kim Lee', '2024-03-01', '45352'] }]);
  });

  it('reads the first sheet only', async () => {
    const bytes = await workbook('excel', (sheet, book) => {
      sheet.addRow(['Name']);
      sheet.addRow(['Kim Lee']);
      const other = book.addWorksheet('Former members');
      other.addRow(['Name']);
      other.addRow(['Someone Else']);
    });
    assert.deepEqual(await xlsxReader.read(bytes, 'two.xlsx'), { headers: ['Name'], rows: [{ row: 2, cells: ['Kim Lee'] }] });
  });

  it('reads the first sheet the tabs show: a hidden sheet before it is passed over', async () => {
    const bytes = await workbook('excel', (sheet, book) => {
      sheet.state = 'hidden';
      sheet.addRow(['Lookup']);
      sheet.addRow(['not a member']);
      const shown = book.addWorksheet('Members');
      shown.addRow(['Name']);
      shown.addRow(['Kim Lee']);
    });
    assert.deepEqual(await xlsxReader.read(bytes, 'hidden.xlsx'), { headers: ['Name'], rows: [{ row: 2, cells: ['Kim Lee'] }] });
  });

  it('takes the headers from row 1, and says so when the sheet starts lower', async () => {
    const bytes = await workbook('excel', (sheet) => {
      sheet.getCell('A3').value = 'Name';
      sheet.getCell('A4').value = 'Kim Lee';
    });
    await assert.rejects(
      xlsxReader.read(bytes, 'low.xlsx'),
      (error: unknown) =>
        error instanceof TableInputError &&
        error.message === 'low.xlsx: row 1 of the sheet "Sheet1" is empty; netgov reads the headers (Name, Organisation...) from row 1 of the first sheet, so delete the rows above them (the first row with a value is row 3)',
    );
  });

  it('reads an empty sheet as no headers and no rows (the import then says the file is empty)', async () => {
    const bytes = await workbook('excel', () => undefined);
    assert.deepEqual(await xlsxReader.read(bytes, 'empty.xlsx'), { headers: [], rows: [] });
  });

  it('refuses a file that is not a workbook, saying so', async () => {
    const text = new TextEncoder().encode('Name,Organisation\nKim Lee,Harbourlight\n');
    await assert.rejects(xlsxReader.read(text, 'renamed.xlsx'), /^TableInputError: renamed\.xlsx: not an Excel workbook \(\.xlsx is a zip file, and this is not one\); open it in the spreadsheet and save it as "Excel Workbook \(\.xlsx\)" or "CSV UTF-8"$/);
    await assert.rejects(xlsxReader.read(new TextEncoder().encode('PK'), 'short.xlsx'), /short\.xlsx: not an Excel workbook/);
    // A workbook whose zip is damaged.
    const damaged = (await workbook('excel', (sheet) => sheet.addRow(['Name']))).slice();
    damaged.fill(0x41, 600, 900);
    await assert.rejects(xlsxReader.read(damaged, 'damaged.xlsx'), /^TableInputError: damaged\.xlsx: not a readable Excel workbook \(Corrupted zip.*\); open it in the spreadsheet and save it as "Excel Workbook \(\.xlsx\)" or "CSV UTF-8"$/);
    // A zip, but no workbook in it.
    await assert.rejects(xlsxReader.read(zip([{ name: 'readme.txt', size: 0 }]), 'other.xlsx'), /^TableInputError: other\.xlsx: not a readable Excel workbook \(it has no sheet\); open it in the spreadsheet/);
  });

  it('refuses a workbook that unzips to more than it reads, before unzipping it', async () => {
    await assert.rejects(xlsxReader.read(zip([{ name: 'xl/worksheets/sheet1.xml', size: MAX_UNZIPPED_BYTES + 1 }]), 'bomb.xlsx'), /^TableInputError: bomb\.xlsx: unzipped, the workbook holds 33 MiB, more than netgov reads from a spreadsheet \(32 MiB\); is it the right file\?$/);
  });

  it('counts what a zip holds unzipped from its central directory', async () => {
    assert.equal(unzippedSize(zip([{ name: 'a', size: 10 }, { name: 'bb', size: 32 }])), 42);
    assert.equal(unzippedSize(zip([{ name: 'big', size: 0xffffffff }])), Infinity);
    assert.equal(unzippedSize(new Uint8Array(30)), undefined);
    const bytes = await workbook('excel', (sheet) => sheet.addRow(['Name']));
    const sheetXml = zipEntry(bytes, 'xl/worksheets/sheet1.xml')!;
    const total = unzippedSize(bytes)!;
    assert.ok(total > Buffer.byteLength(sheetXml) && total < 20_000, `a one-cell workbook unzips to ${total} bytes`);
  });

  it('is the reader the CLI and the desktop extension use for .xlsx; the core alone names the formats it has', () => {
    assert.equal(tableReaderFor('Roster.XLSX', DESKTOP_TABLE_READERS), xlsxReader);
    assert.equal(tableReaderFor('roster.csv', DESKTOP_TABLE_READERS), csvReader);
    assert.throws(() => tableReaderFor('roster.xls', DESKTOP_TABLE_READERS), /^TableInputError: roster\.xls: netgov cannot read \.xls files; in the spreadsheet, save or download the sheet as "Excel Workbook \(\.xlsx\)" or "CSV UTF-8" and import that \(netgov reads CSV \(\.csv\), Excel workbook \(\.xlsx\)\)$/);
    assert.throws(() => tableReaderFor('roster.xlsx'), /^TableInputError: roster\.xlsx: netgov cannot read \.xlsx files; in the spreadsheet, save or download the sheet as "CSV UTF-8" and import that \(netgov reads CSV \(\.csv\)\)$/);
  });
});

/** A zip of empty stored entries whose central directory claims `size` bytes for each: enough for the size check and for exceljs to open. */
function zip(entries: readonly { readonly name: string; readonly size: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(0, 18);
    local.writeUInt32LE(0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(0, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name);
    centrals.push(central, name);
    offset += local.length + name.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
