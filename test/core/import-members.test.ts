import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_LAYOUT } from '../../src/core/config';
import { RosterInputError, importMembers, parseRosterMapping, rosterReport, type RosterImportInput } from '../../src/core/usecases/import-members';
import { TableInputError, csvReader, csvTable, tableReaderFor, type Table } from '../../src/core/text/table';
import { slugify } from '../../src/core/text/suggest';
import { fromRoot } from '../helpers/paths';
import { frontmatterOf } from '../helpers/frontmatter';

const ROOT = '/net';
const TODAY = '2026-12-05';
const AREAS = [
  { id: 'falls-prevention', title: 'Falls prevention' },
  { id: 'care-homes', title: 'Care home support' },
];

function fixture(name: string): Uint8Array {
  return readFileSync(fromRoot('test/fixtures/roster', name));
}

function table(name: string): Table {
  return csvReader.read(fixture(name), name) as Table;
}

function run(input: Partial<RosterImportInput> & { table: Table }): ReturnType<typeof importMembers> {
  return importMembers({ file: 'roster.csv', root: ROOT, layout: DEFAULT_LAYOUT, today: TODAY, existing: [], areas: AREAS, ...input });
}

describe('import members (core)', () => {
  it('reads a roster as Excel saves it (BOM, CRLF, quoted commas and line breaks) and skips each row it cannot import, saying why', () => {
    const bytes = fixture('excel.csv');
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'the fixture starts with a byte order mark');
    assert.ok(Buffer.from(bytes).toString('utf8').includes('\r\n'), 'the fixture has CRLF line ends');

    const result = run({ table: table('excel.csv'), existing: [{ id: 'amara-okafor', name: 'Dr Amara Okafor' }] });
    assert.deepEqual(
      result.members.map((member) => [member.row, member.id, member.file.path]),
      [
        [2, 'siobhan-ni-bhriain', '/net/members/siobhan-ni-bhriain.md'],
        [3, 'zoe-d-souza', '/net/members/zoe-d-souza.md'],
        [10, 'jose-alvarez', '/net/members/jose-alvarez.md'],
      ],
    );
    assert.deepEqual(frontmatterOf(result.members[0]!.file.content), {
      kind: 'member',
      name: 'Siobhán Ní Bhriain',
      organisation: 'Age UK, North Shire',
      sector: 'voluntary sector',
      profession: 'Nurse, community',
      joined: '2024-03-01',
      roles: [{ role: 'lead', area: 'falls-prevention', from: '2025-01-01', until: '2026-12-31' }],
      handles: { github: 'siobhan-nb' },
    });
    assert.deepEqual(frontmatterOf(result.members[1]!.file.content), {
      kind: 'member',
      name: "Zoë D'Souza",
      organisation: 'Riverside "Hospitals" NHS Trust',
      sector: 'acute trust',
      profession: 'Physiotherapist',
      joined: '2023-09-15',
      roles: [{ role: 'patient-partner', from: '2023-09-15' }],
    });
    assert.deepEqual(frontmatterOf(result.members[2]!.file.content), {
      kind: 'member',
      name: 'José Álvarez',
      organisation: 'Not yet recorded',
      sector: 'public/patient',
      joined: TODAY,
      roles: [{ role: 'patient-partner', area: 'care-homes', from: TODAY }],
      handles: { github: 'jalvarez' },
    });
    assert.match(result.members[0]!.file.content, /\n---\n\n## About me\n/, 'the template body follows the frontmatter');
    assert.deepEqual(result.skipped, [
      { row: 4, name: 'Tom Hughes', reason: "joined '03/04/2024' is not a date written YYYY-MM-DD; format the column as yyyy-mm-dd in the spreadsheet" },
      { row: 5, name: 'siobhán ní bhriain', reason: 'the same id as row 2 (siobhan-ni-bhriain): one row per member; give one of them an id column, or add further roles on the page' },
      { row: 6, name: 'Amara Okafor', reason: 'members/amara-okafor.md exists already, and is never overwritten' },
      { row: 7, name: 'Kim Lee', reason: "the area 'Dentistry' is not one the charter lists; its areas are falls-prevention, care-homes" },
      { row: 8, reason: 'no name' },
    ]);
    assert.deepEqual(result.joinedToday, [10]);
    assert.deepEqual(result.noOrganisation, [10]);
    assert.deepEqual(
      result.columns.map((column) => `${column.header}=${column.field}`),
      ['Full name=name', 'Organisation=organisation', 'Sector=sector', 'Job title=profession', 'Date joined=joined', 'Role=role', 'Area=area', 'From=from', 'Until=until', 'GitHub handle=github'],
    );
    assert.deepEqual(result.ignoredColumns, ['Email']);
    for (const member of result.members) assert.doesNotMatch(member.file.content, /example\.org/, 'the email column is never copied');
  });

  it('reads a roster as Google Sheets downloads it (no BOM, LF), with accented names, a bad date and a bad handle', () => {
    const bytes = fixture('google.csv');
    assert.notEqual(bytes[0], 0xef);
    assert.ok(!Buffer.from(bytes).toString('utf8').includes('\r'), 'the fixture has LF line ends only');
    const result = run({ table: table('google.csv') });
    assert.deepEqual(
      result.members.map((member) => [member.row, member.id, frontmatterOf(member.file.content)]),
      [[2, 'lukasz-wrobel', { kind: 'member', name: 'Łukasz Wróbel', organisation: 'Northgate PCN, East', joined: '2025-06-01', handles: { github: 'lwrobel' } }]],
    );
    assert.deepEqual(result.skipped, [
      { row: 3, name: 'Chloé Martin', reason: "joined '2025-13-01' is written YYYY-MM-DD but there is no such day" },
      { row: 4, name: 'Ana Lúcia Ferreira', reason: "'-bad-handle' is not a GitHub username: letters, digits and hyphens, at most 39, not starting with a hyphen" },
    ]);
  });

  it('skips a row whose name matches an existing page under another id, and compares ids ignoring case', () => {
    const csv = csvTable('Name,Joined\nDr Amara Okafor,2024-01-01\nTom Hughes,2024-01-01\nKim Lee,2024-01-01\n', 'r.csv');
    const result = run({ table: csv, existing: [{ id: 'amara-okafor', name: 'Dr Amara Okafor' }, { id: 'Tom-Hughes' }] });
    assert.deepEqual(result.members.map((member) => member.id), ['kim-lee']);
    const withId = run({ table: csvTable('ID,Name,Joined\namara-okafor-2,Dr Amara Okafor,2024-01-01\n', 'r.csv'), existing: [{ id: 'amara-okafor', name: 'Dr Amara Okafor' }] });
    assert.deepEqual([withId.members.map((member) => member.id), withId.skipped], [['amara-okafor-2'], []], 'an id column tells two people of one name apart');
    assert.deepEqual(result.skipped, [
      { row: 2, name: 'Dr Amara Okafor', reason: 'members/amara-okafor.md has the same name, and is never overwritten; give the row an id column if this is another person' },
      { row: 3, name: 'Tom Hughes', reason: 'members/Tom-Hughes.md exists already, and is never overwritten' },
    ]);
  });

  it('suggests the date only when it reads one way, and takes a date with a midnight time', () => {
    const csv = csvTable('Name,Joined\nA One,27/11/2026\nB Two,03/04/2024\nC Three,2024-02-30\nD Four,2024-02-01T00:00:00Z\n', 'r.csv');
    const result = run({ table: csv });
    assert.deepEqual(result.skipped.map((row) => row.reason.replace(/; format.*/, '')), [
      "joined '27/11/2026' is not a date written YYYY-MM-DD (2026-11-27?)",
      "joined '03/04/2024' is not a date written YYYY-MM-DD",
      "joined '2024-02-30' is written YYYY-MM-DD but there is no such day",
    ]);
    assert.deepEqual(result.members.map((member) => (frontmatterOf(member.file.content) as { joined: string }).joined), ['2024-02-01']);
  });

  it('checks roles and their dates, and any area when the charter lists none', () => {
    const csv = csvTable(
      [
        'Name,Role,Area,From,Until',
        'A One,Chair,,,',
        'B Two,,frailty,,',
        'C Three,lead,Frailty Work,2026-01-01,2025-01-01',
        'D Four,Co-Chair,Frailty Work,2026-01-01,',
        'E Five,lead,,2026-01-01,2026-02-31',
      ].join('\n'),
      'r.csv',
    );
    const result = run({ table: csv, areas: undefined });
    assert.deepEqual(result.skipped, [
      { row: 2, name: 'A One', reason: "'Chair' is not a role; the roles are lead, co-chair, coordinator, sponsor, member, patient-partner, facilitator, advisor, emeritus" },
      { row: 3, name: 'B Two', reason: 'it gives an area but no role' },
      { row: 4, name: 'C Three', reason: 'the role ends (2025-01-01) before it starts (2026-01-01)' },
      { row: 6, name: 'E Five', reason: "until '2026-02-31' is written YYYY-MM-DD but there is no such day" },
    ]);
    assert.deepEqual((frontmatterOf(result.members[0]!.file.content) as { roles: unknown }).roles, [{ role: 'co-chair', area: 'frailty-work', from: '2026-01-01' }]);
    const typo = run({ table: csvTable('Name,Role,Area\nA One,lead,fals-prevention\n', 'r.csv') });
    assert.deepEqual(typo.skipped.map((row) => row.reason), ["the area 'fals-prevention' is not one the charter lists (did you mean 'falls-prevention'?); its areas are falls-prevention, care-homes"]);
  });

  it('maps columns with --map, case and spacing aside, and refuses what it cannot map', () => {
    const csv = csvTable('Surname and forename,Employer,Team,Email\n"Okafor, Amara",Riverside,Falls prevention,a@example.org\n', 'r.csv');
    const result = run({ table: csv, mapping: parseRosterMapping(['surname AND  forename=name', 'Team=area']) });
    assert.deepEqual(result.columns, [
      { header: 'Surname and forename', field: 'name' },
      { header: 'Employer', field: 'organisation' },
      { header: 'Team', field: 'area' },
    ]);
    assert.deepEqual(result.skipped.map((row) => row.reason), ['it gives an area but no role']);

    assert.throws(() => parseRosterMapping(['Team=workstream']), (error: unknown) => error instanceof RosterInputError && /'workstream' is not a field; the fields are id, name,/.test(error.message));
    assert.throws(() => parseRosterMapping(['Team=nane']), /did you mean 'name'\?/);
    assert.throws(() => parseRosterMapping(['Team']), /should be "Column header=field"/);
    assert.throws(() => run({ table: csv, mapping: parseRosterMapping(['Forename=name']) }), /row 1: no column is headed "Forename", which the mapping names/);
    assert.throws(() => run({ table: csvTable('Email,Phone\na@example.org,1\n', 'r.csv') }), /row 1: no column holds the members' names; head it "Name"/);
    assert.throws(() => run({ table: csvTable('Name,Full name\nA,B\n', 'r.csv') }), /row 1: columns A "Name" and B "Full name" both hold name/);
    assert.throws(() => run({ table: csvTable('Name\n', 'r.csv') }), /only a header row/);
    assert.throws(() => run({ table: csvTable('', 'r.csv') }), /the file is empty/);
  });

  it('writes what a roster holds as data: YAML quoting, formulas made inert, control characters gone', () => {
    const csv = csvTable('Name,Organisation,Profession\n"=HYPERLINK(""http://x"")","yes","#1: a\tb\u001b[2J"\n', 'r.csv');
    const result = run({ table: csv });
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(frontmatterOf(result.members[0]!.file.content), {
      kind: 'member',
      name: '\'=HYPERLINK("http://x")',
      organisation: 'yes',
      profession: '#1: a b [2J',
      joined: TODAY,
    });
    assert.match(result.members[0]!.file.content, /^organisation: "yes"$/m, 'quoted, so YAML 1.1 readers do not take it for true');
  });

  it('reads CSV files only (the CLI and the desktop add .xlsx: test/readers), and says how to get one from a spreadsheet', () => {
    assert.equal(tableReaderFor('Roster.CSV'), csvReader);
    assert.throws(() => tableReaderFor('roster.xlsx'), (error: unknown) => error instanceof TableInputError && /roster\.xlsx: netgov cannot read \.xlsx files; .*save or download the sheet as "CSV UTF-8"/.test(error.message));
    assert.throws(() => tableReaderFor('roster.pdf'), /not a file netgov can read as a table; it reads CSV \(\.csv\)/);
    assert.throws(() => csvReader.read(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]), 'latin1.csv'), /latin1\.csv: not UTF-8 text; save it from the spreadsheet as "CSV UTF-8/);
    assert.throws(() => csvTable('Name\n"unclosed\n', 'q.csv'), /q\.csv: not a readable CSV file: /);
  });

  it('makes ids from names whose letters do not decompose', () => {
    assert.equal(slugify('Łukasz Wróbel'), 'lukasz-wrobel');
    assert.equal(slugify('Søren Ødegård'), 'soren-odegard');
    assert.equal(slugify('Ævar Þór Straße'), 'aevar-thor-strasse');
    assert.equal(slugify('İpek Çelik'), 'ipek-celik');
  });

  it('reads an "Org" column as the organisation, and reports one row skipped as one row', () => {
    const csv = csvTable('Name,Org,Joined,Email\nAmara Okafor,Riverside Trust,2024-03-01,a@example.org\n,Age UK,2024-03-01,b@example.org\n', 'r.csv');
    const result = run({ table: csv });
    assert.equal((frontmatterOf(result.members[0]!.file.content) as Record<string, unknown>).organisation, 'Riverside Trust');
    assert.deepEqual(rosterReport(result, { today: TODAY }), [
      'Wrote 1 member page.',
      'Skipped 1 row:',
      '  row 3: no name',
      'Columns read: "Name" as name, "Org" as organisation, "Joined" as joined.',
      'Not read: "Email".',
    ]);
  });
});
