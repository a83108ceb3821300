import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkDirectory } from '../../src/core/check';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';

const TODAY = '2026-12-05';

function run(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess(args, { cwd, today: TODAY });
}

const AMARA = '---\nkind: member\nname: Dr Amara Okafor\norganisation: Tyneside Riverside\njoined: 2023-03-01\n---\n\nHer own words, kept.\n';

describe('netgov import members', function () {
  let tmp: string;
  let net: string;

  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'netgov-import-'));
    net = join(tmp, 'net');
    assert.equal((await run(['init', 'net', '--name', 'Frailty network'], tmp)).code, 0);
    const charter = join(net, 'CHARTER.md');
    writeFileSync(charter, readFileSync(charter, 'utf8').replace(/\n---\n/, '\nareas:\n  - id: falls-prevention\n    title: Falls prevention\n  - id: care-homes\n    title: Care home support\n---\n'));
    writeFileSync(join(net, 'members', 'amara-okafor.md'), AMARA);
    copyFileSync(fromRoot('test/fixtures/roster/excel.csv'), join(tmp, 'roster.csv'));
  });

  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('creates a page per row, never overwrites one, and lists each skipped row with its number and reason', async () => {
    const result = await run(['import', 'members', '../roster.csv'], net);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 1, 'some rows were skipped');
    assert.equal(
      result.stdout,
      [
        'Created members/siobhan-ni-bhriain.md (row 2: Siobhán Ní Bhriain)',
        "Created members/zoe-d-souza.md (row 3: Zoë D'Souza)",
        'Created members/jose-alvarez.md (row 10: José Álvarez)',
        'Wrote 3 member pages.',
        'Skipped 5 rows:',
        "  row 4 (Tom Hughes): joined '03/04/2024' is not a date written YYYY-MM-DD; format the column as yyyy-mm-dd in the spreadsheet",
        '  row 5 (siobhán ní bhriain): the same id as row 2 (siobhan-ni-bhriain): one row per member; give one of them an id column, or add further roles on the page',
        '  row 6 (Amara Okafor): members/amara-okafor.md exists already, and is never overwritten',
        "  row 7 (Kim Lee): the area 'Dentistry' is not one the charter lists; its areas are falls-prevention, care-homes",
        '  row 8: no name',
        `No date joined on row 10: written as today, ${TODAY}; correct it on the page if they joined earlier.`,
        'No organisation on row 10: written as "Not yet recorded".',
        'Columns read: "Full name" as name, "Organisation" as organisation, "Sector" as sector, "Job title" as profession, "Date joined" as joined, "Role" as role, "Area" as area, "From" as from, "Until" as until, "GitHub handle" as github.',
        'Not read: "Email".',
        'Next: run netgov check, and ask each member to fill in their page.',
        '',
      ].join('\n'),
    );
    assert.equal(readFileSync(join(net, 'members', 'amara-okafor.md'), 'utf8'), AMARA, 'the existing page is untouched');
    assert.deepEqual(readdirSync(join(net, 'members')).sort(), ['README.md', 'amara-okafor.md', 'jose-alvarez.md', 'siobhan-ni-bhriain.md', 'zoe-d-souza.md']);

    const report = await checkDirectory(new NodeWorkspace(), toCorePath(net), { today: TODAY });
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.code}`);
    assert.deepEqual(errors, [], 'the pages pass the schema and name only the charter\'s areas');

    // The same roster again: every row that was imported is now a page that exists.
    const again = await run(['import', 'members', '../roster.csv'], net);
    assert.equal(again.code, 1);
    assert.match(again.stdout, /^No member page was written\.\nSkipped 8 rows:\n {2}row 2 \(Siobhán Ní Bhriain\): members\/siobhan-ni-bhriain\.md exists already, and is never overwritten\n/);
  });

  it('writes nothing with --dry-run, and exits 0 when every row is imported', async () => {
    writeFileSync(join(tmp, 'two.csv'), 'Name,Organization\nKim Lee,Harbourlight\nTom Hughes,Northgate\n');
    const dry = await run(['import', 'members', '../two.csv', '--dry-run'], net);
    assert.equal(dry.code, 0);
    assert.match(dry.stdout, /^Would create members\/kim-lee\.md \(row 2: Kim Lee\)\nWould create members\/tom-hughes\.md \(row 3: Tom Hughes\)\nWould write 2 member pages \(--dry-run: nothing was written\)\.\n/);
    assert.deepEqual(readdirSync(join(net, 'members')).sort(), ['README.md', 'amara-okafor.md']);
    copyFileSync(join(tmp, 'two.csv'), join(net, 'two.csv'));
    const real = await run(['import', 'members', 'two.csv', '--map', 'Organization=organisation'], net);
    assert.equal(real.code, 0, real.stderr);
    assert.equal(real.stderr, 'netgov import: warning: two.csv is inside the network and may hold contact details the pages must not; do not commit it (move it out, or add it to .gitignore).\n');
    assert.deepEqual(readdirSync(join(net, 'members')).sort(), ['README.md', 'amara-okafor.md', 'kim-lee.md', 'tom-hughes.md']);
  });

  it('imports an Excel workbook: the first sheet, headers in row 1, real dates as YYYY-MM-DD', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Members');
    sheet.addRow(['Full name', 'Organisation', 'Date joined', 'Email']);
    sheet.addRow(['Kim Lee', { richText: [{ text: 'Harbourlight ' }, { text: 'Hospice', font: { bold: true } }] }, new Date('2024-03-01T00:00:00Z'), { text: 'kim@example.org', hyperlink: 'mailto:kim@example.org' }]);
    sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
    book.addWorksheet('Notes').addRow(['Name', 'Not a member']);
    writeFileSync(join(tmp, 'roster.xlsx'), new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));

    const result = await run(['import', 'members', '../roster.xlsx'], net);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Created members\/kim-lee\.md \(row 2: Kim Lee\)\nWrote 1 member page\.\n/);
    assert.match(readFileSync(join(net, 'members', 'kim-lee.md'), 'utf8'), /^---\nkind: member\nname: Kim Lee\norganisation: Harbourlight Hospice\njoined: 2024-03-01\n/);
    assert.deepEqual(readdirSync(join(net, 'members')).sort(), ['README.md', 'amara-okafor.md', 'kim-lee.md']);
  });

  it('refuses what it cannot read, with exit 2 and nothing written', async () => {
    writeFileSync(join(tmp, 'roster.xlsx'), 'PK');
    writeFileSync(join(tmp, 'huge.csv'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    writeFileSync(join(tmp, 'huge.xlsx'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    writeFileSync(join(tmp, 'old.xls'), 'not read');
    const cases: [string[], RegExp][] = [
      [['import', 'members', '../roster.xlsx'], /^netgov import: \.\.\/roster\.xlsx: not an Excel workbook \(\.xlsx is a zip file, and this is not one\)/],
      [['import', 'members', '../huge.xlsx'], /^netgov import: \.\.\/huge\.xlsx: 11 MiB is more than netgov reads from a spreadsheet \(10 MiB\); is it the right file\?\n$/],
      [['import', 'members', '../old.xls'], /^netgov import: \.\.\/old\.xls: netgov cannot read \.xls files; in the spreadsheet, save or download the sheet as "Excel Workbook \(\.xlsx\)" or "CSV UTF-8" and import that \(netgov reads CSV \(\.csv\), Excel workbook \(\.xlsx\)\)\n$/],
      [['import', 'members', '../missing.csv'], /^netgov import: \.\.\/missing\.csv: cannot be read \(no such file\)/],
      [['import', 'members', '../huge.csv'], /^netgov import: \.\.\/huge\.csv: 11 MiB is more than netgov reads from a spreadsheet \(10 MiB\); is it the right file\?\n$/],
      [['import', 'members', '../roster.csv', '--map', 'Nickname=name'], /^netgov import: \.\.\/roster\.csv: row 1: no column is headed "Nickname", which the mapping names/],
      [['import', 'members', '../roster.csv', '--map', 'Email=mail'], /^netgov import: the mapping 'Email=mail': 'mail' is not a field/],
      [['import', 'people', '../roster.csv'], /^netgov import: cannot import 'people': use netgov import members ROSTER\.csv/],
      [['import', 'members'], /^netgov import: give the roster/],
    ];
    for (const [args, expected] of cases) {
      const result = await run(args, net);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, expected);
      assert.equal(result.stdout, '');
    }
    assert.deepEqual(readdirSync(join(net, 'members')).sort(), ['README.md', 'amara-okafor.md']);
  });
});
