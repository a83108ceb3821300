import assert from 'node:assert/strict';
import { loadNetwork } from '../../../src/core/check';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import type { Table } from '../../../src/core/text/table';
import { RosterInputError, importMembers, parseRosterMapping, rosterReport, rosterTargetOf, type RosterImportInput } from '../../../src/core/usecases/import-members';
import { ROOT as NETWORK_ROOT, charter, workspaceWith } from '../network-builder';
import { frontmatterOf } from '../../helpers/frontmatter';

const TODAY = '2026-12-05';
const ROLES = 'lead, co-chair, coordinator, sponsor, member, patient-partner, facilitator, advisor, emeritus';

/** A table as a reader gives it: cells exactly as written (no CSV parsing in between), rows numbered from 2. */
function tableOf(headers: readonly string[], ...rows: readonly (readonly string[])[]): Table {
  return { headers, rows: rows.map((cells, index) => ({ row: index + 2, cells })) };
}

function run(table: Table, input: Partial<RosterImportInput> = {}): ReturnType<typeof importMembers> {
  return importMembers({ table, file: 'roster.csv', root: '/net', layout: DEFAULT_LAYOUT, today: TODAY, existing: [], ...input });
}

/** What an import made, pages as [row, id, name, frontmatter], with everything else whole. */
function summary(result: ReturnType<typeof importMembers>): unknown {
  return { ...result, members: result.members.map((member) => [member.row, member.id, member.name, member.file.path, frontmatterOf(member.file.content)]) };
}

function rosterError(message: string): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(error instanceof RosterInputError);
    assert.equal(error.message, message);
    return true;
  };
}

describe('import members: mutants (headers, mapping, cells, ids, dates, roles, areas, report)', () => {
  it('knows each field by every header it lists, whatever the case and spacing', () => {
    const known: [string, string][] = [
      ['ID', 'id'], ['Member ID', 'id'], ['NetGov ID', 'id'],
      ['Name', 'name'], ['Full name', 'name'], ['Member name', 'name'], ['Member', 'name'], ['Display name', 'name'], ['Person', 'name'],
      ['Organisation', 'organisation'], ['Organization', 'organisation'], ['Employer', 'organisation'], ['Org', 'organisation'],
      ['Organisation name', 'organisation'], ['Organization name', 'organisation'], ['Company', 'organisation'],
      ['Sector', 'sector'],
      ['Profession', 'profession'], ['Job title', 'profession'], ['Job', 'profession'], ['Occupation', 'profession'],
      ['Joined', 'joined'], ['Date joined', 'joined'], ['Joined on', 'joined'], ['Join date', 'joined'], ['Joining date', 'joined'], ['Member since', 'joined'],
      ['Role', 'role'], ['Network role', 'role'], ['Role in network', 'role'],
      ['Area', 'area'], ['Workstream', 'area'], ['Work stream', 'area'], ['Area of work', 'area'],
      ['From', 'from'], ['Role from', 'from'], ['Role start', 'from'], ['Role start date', 'from'], ['Role since', 'from'],
      ['Until', 'until'], ['Role until', 'until'], ['Role end', 'until'], ['Role end date', 'until'], ['Term ends', 'until'], ['Term end', 'until'],
      ['GitHub', 'github'], ['GitHub handle', 'github'], ['GitHub username', 'github'], ['GitHub user', 'github'], ['GitHub login', 'github'], ['GitHub account', 'github'],
    ];
    const read = known.map(([header, field]) => {
      const headers = field === 'name' ? [header] : ['Name', header];
      return run(tableOf(headers, headers.map(() => 'x'))).columns.at(-1)!;
    });
    assert.deepEqual(
      read.map((column) => [column.header, column.field]),
      known,
    );
  });

  it('names its error RosterInputError', () => {
    assert.throws(() => run(tableOf(['Email', 'Phone'], ['a@example.org', '1'])), (error: unknown) => error instanceof RosterInputError && error.name === 'RosterInputError');
    assert.equal(new RosterInputError('x').name, 'RosterInputError');
  });

  it('trims the header and the field of a mapping, and reads the field in any case', () => {
    assert.deepEqual([...parseRosterMapping([' Full name = NAME ', 'Team=Area'])], [
      ['Full name', 'name'],
      ['Team', 'area'],
    ]);
    assert.throws(() => parseRosterMapping(['  =name']), rosterError('the mapping \'  =name\' should be "Column header=field", such as "Full name=name"'));
    assert.throws(() => parseRosterMapping(['Team']), rosterError('the mapping \'Team\' should be "Column header=field", such as "Full name=name"'));
  });

  it('takes the members and the areas of a network, and no areas when the charter lists none', async () => {
    const plain = (await loadNetwork(workspaceWith({}), NETWORK_ROOT)).network;
    assert.deepEqual(rosterTargetOf(plain), {
      existing: [
        { id: 'amara-okafor', name: 'Amara Okafor' },
        { id: 'sam-lee', name: 'Sam Lee' },
        { id: 'tom-hughes', name: 'Tom Hughes' },
      ],
      areas: undefined,
    });
    const withAreas = (await loadNetwork(workspaceWith({ 'CHARTER.md': charter({ areas: true }) }), NETWORK_ROOT)).network;
    assert.deepEqual(rosterTargetOf(withAreas).areas, [
      { id: 'frailty', title: 'Frailty' },
      { id: 'discharge', title: 'Discharge' },
    ]);
  });

  it('lists every header, quoted and comma-separated, when no column holds the names', () => {
    assert.throws(
      () => run(tableOf(['Email', 'Phone\u0007'], ['a@example.org', '1'])),
      rosterError('roster.csv: row 1: no column holds the members\' names; head it "Name" (or "Full name"), or map it: "Your header=name" (the headers are "Email", "Phone\\\\x07")'),
    );
  });

  it('names, in the message, the first existing page of a name when two pages share it', () => {
    const result = run(tableOf(['Name', 'Joined'], ['Amara Okafor', '2024-01-01'], ['Sam Lee', '2024-01-01']), {
      existing: [{ id: 'nameless' }, { id: 'a-okafor', name: 'Amara Okafor' }, { id: 'amara-okafor-2', name: 'amara okafor' }, { id: 'dots', name: '...' }],
    });
    assert.deepEqual(summary(result), {
      members: [[3, 'sam-lee', 'Sam Lee', '/net/members/sam-lee.md', { kind: 'member', name: 'Sam Lee', organisation: 'Not yet recorded', joined: '2024-01-01' }]],
      skipped: [{ row: 2, name: 'Amara Okafor', reason: 'members/a-okafor.md has the same name, and is never overwritten; give the row an id column if this is another person' }],
      columns: [
        { header: 'Name', field: 'name' },
        { header: 'Joined', field: 'joined' },
      ],
      ignoredColumns: [],
      joinedToday: [],
      noOrganisation: [3],
    });
  });

  it('gathers the spaces in a cell into one and trims them, and passes over a row of blank cells', () => {
    const result = run(tableOf(['Name', 'Organisation', 'Email'], ['  Amara \t\n Okafor ', ' Riverside  Trust', 'a@example.org'], [' ', '\t', '  '], ['Sam Lee', '', '']));
    assert.deepEqual(summary(result), {
      members: [
        [2, 'amara-okafor', 'Amara Okafor', '/net/members/amara-okafor.md', { kind: 'member', name: 'Amara Okafor', organisation: 'Riverside Trust', joined: TODAY }],
        [4, 'sam-lee', 'Sam Lee', '/net/members/sam-lee.md', { kind: 'member', name: 'Sam Lee', organisation: 'Not yet recorded', joined: TODAY }],
      ],
      skipped: [],
      columns: [
        { header: 'Name', field: 'name' },
        { header: 'Organisation', field: 'organisation' },
      ],
      ignoredColumns: ['Email'],
      joinedToday: [2, 4],
      noOrganisation: [4],
    });
  });

  it('skips a row whose id is not an id, or whose name makes none, saying what would do', () => {
    const result = run(tableOf(['Id', 'Name'], ['Amara Okafor', 'Amara Okafor'], ['***', 'Sam Lee'], ['', '***'], ['tom-hughes', '***']));
    assert.deepEqual(summary(result), {
      members: [[5, 'tom-hughes', '***', '/net/members/tom-hughes.md', { kind: 'member', name: '***', organisation: 'Not yet recorded', joined: TODAY }]],
      skipped: [
        { row: 2, name: 'Amara Okafor', reason: "the id 'Amara Okafor' is not an id: lower-case words joined by hyphens, such as 'amara-okafor'" },
        { row: 3, name: 'Sam Lee', reason: "the id '***' is not an id: lower-case words joined by hyphens" },
        { row: 4, name: '***', reason: 'the name has no letters or digits (a to z, 0 to 9) to make an id from; give the row an id column' },
      ],
      columns: [
        { header: 'Id', field: 'id' },
        { header: 'Name', field: 'name' },
      ],
      ignoredColumns: [],
      joinedToday: [5],
      noOrganisation: [5],
    });
  });

  it('takes a GitHub handle as @name or as a profile address, and nothing else', () => {
    const handles = ['@amara', 'https://github.com/bea/', 'http://www.github.com/cal', 'github.com/dee', 'ab@cd', 'xgithub.com/eve', 'github.com/fay/repo', 'a.b'];
    const result = run(tableOf(['Name', 'GitHub'], ...handles.map((handle, index) => [`Person ${index + 1}`, handle])));
    assert.deepEqual(
      result.members.map((member) => [member.row, (frontmatterOf(member.file.content).handles as { github: string }).github]),
      [
        [2, 'amara'],
        [3, 'bea'],
        [4, 'cal'],
        [5, 'dee'],
      ],
    );
    const rule = 'is not a GitHub username: letters, digits and hyphens, at most 39, not starting with a hyphen';
    assert.deepEqual(result.skipped, [
      { row: 6, name: 'Person 5', reason: `'ab@cd' ${rule}` },
      { row: 7, name: 'Person 6', reason: `'xgithub.com/eve' ${rule}` },
      { row: 8, name: 'Person 7', reason: `'github.com/fay/repo' ${rule}` },
      { row: 9, name: 'Person 8', reason: `'a.b' ${rule}` },
    ]);
  });

  it('gives the headers trimmed, in the columns read, the columns not read and a refusal of two columns for one field', () => {
    const result = run(tableOf([' Name ', '\tOrg ', ' Email ', 'Phone '], ['Amara Okafor', 'Riverside', 'a@example.org', '1']));
    assert.deepEqual([result.columns, result.ignoredColumns], [
      [
        { header: 'Name', field: 'name' },
        { header: 'Org', field: 'organisation' },
      ],
      ['Email', 'Phone'],
    ]);
    assert.deepEqual(rosterReport(result, { today: TODAY }), [
      'Wrote 1 member page.',
      `No date joined on row 2: written as today, ${TODAY}; correct it on the page if they joined earlier.`,
      'Columns read: "Name" as name, "Org" as organisation.',
      'Not read: "Email", "Phone".',
    ]);
    assert.throws(
      () => run(tableOf([' Name ', ' Full name\t'], ['A', 'B'])),
      rosterError('roster.csv: row 1: columns A "Name" and B "Full name" both hold name; rename one, or map it to another field ("Header=field")'),
    );
  });

  it('leaves out the skipped rows and the columns not read from the report when there are none', () => {
    const result = run(tableOf(['Name', 'Organisation', 'Joined'], ['Amara Okafor', 'Riverside', '2024-01-01']));
    assert.deepEqual(rosterReport(result, { today: TODAY }), ['Wrote 1 member page.', 'Columns read: "Name" as name, "Organisation" as organisation, "Joined" as joined.']);
  });

  it('reads a date with a midnight time, refuses anything around a date, and suggests a date only when it reads one way', () => {
    const values = [
      '2024-02-01 00:00',
      '2024-02-02T00:00:00.000Z',
      'x2024-02-03 00:00',
      '2024-02-04 00:00:00 later',
      'x2024-02-30',
      '2024-02-30x',
      'soon',
      '12/04/2024',
      '03/12/2024',
      '13/12/2024',
      '04/13/2024',
    ];
    const result = run(tableOf(['Name', 'Joined'], ...values.map((value, index) => [`Person ${index + 1}`, value])));
    assert.deepEqual(
      result.members.map((member) => [member.row, frontmatterOf(member.file.content).joined]),
      [
        [2, '2024-02-01'],
        [3, '2024-02-02'],
      ],
    );
    const format = '; format the column as yyyy-mm-dd in the spreadsheet';
    assert.deepEqual(result.skipped, [
      { row: 4, name: 'Person 3', reason: `joined 'x2024-02-03 00:00' is not a date written YYYY-MM-DD${format}` },
      { row: 5, name: 'Person 4', reason: `joined '2024-02-04 00:00:00 later' is not a date written YYYY-MM-DD${format}` },
      { row: 6, name: 'Person 5', reason: `joined 'x2024-02-30' is not a date written YYYY-MM-DD${format}` },
      { row: 7, name: 'Person 6', reason: `joined '2024-02-30x' is not a date written YYYY-MM-DD${format}` },
      { row: 8, name: 'Person 7', reason: `joined 'soon' is not a date written YYYY-MM-DD${format}` },
      { row: 9, name: 'Person 8', reason: `joined '12/04/2024' is not a date written YYYY-MM-DD${format}` },
      { row: 10, name: 'Person 9', reason: `joined '03/12/2024' is not a date written YYYY-MM-DD${format}` },
      { row: 11, name: 'Person 10', reason: `joined '13/12/2024' is not a date written YYYY-MM-DD (2024-12-13?)${format}` },
      { row: 12, name: 'Person 11', reason: `joined '04/13/2024' is not a date written YYYY-MM-DD${format}` },
    ]);
  });

  it("says which of a role's fields is given without a role, and suggests the role meant", () => {
    const result = run(tableOf(['Name', 'Role', 'From', 'Until'], ['A One', '', '2024-01-01', ''], ['B Two', '', '', '2024-01-01'], ['C Three', 'Leed', '', '']));
    assert.deepEqual(result.skipped, [
      { row: 2, name: 'A One', reason: "it gives a role's from but no role" },
      { row: 3, name: 'B Two', reason: "it gives a role's until but no role" },
      { row: 4, name: 'C Three', reason: `'Leed' is not a role (did you mean 'lead'?); the roles are ${ROLES}` },
    ]);
  });

  it('takes any area when the charter lists none (an empty list too), but not one with no letters', () => {
    const rows = [
      ['A One', 'lead', 'Frailty Work'],
      ['B Two', 'lead', '***'],
    ];
    for (const areas of [undefined, []]) {
      const result = run(tableOf(['Name', 'Role', 'Area'], ...rows), { areas });
      assert.deepEqual(
        [result.members.map((member) => [member.row, frontmatterOf(member.file.content).roles]), result.skipped],
        [
          [[2, [{ role: 'lead', area: 'frailty-work', from: TODAY }]]],
          [{ row: 3, name: 'B Two', reason: "the area '***' has no letters or digits to make an id from" }],
        ],
        `areas: ${JSON.stringify(areas)}`,
      );
    }
  });

  it("finds the charter's area by its id as written, by the id it makes, or by its title", () => {
    const areas = [
      { id: 'falls', title: 'Falls prevention' },
      { id: 'care_homes', title: 'Residential' },
    ];
    const result = run(tableOf(['Name', 'Role', 'Area'], ['A One', 'lead', 'falls'], ['B Two', 'lead', 'Falls'], ['C Three', 'lead', 'Falls prevention'], ['D Four', 'lead', 'care_homes']), { areas });
    assert.deepEqual(
      result.members.map((member) => [member.row, frontmatterOf(member.file.content).roles]),
      [
        [2, [{ role: 'lead', area: 'falls', from: TODAY }]],
        [3, [{ role: 'lead', area: 'falls', from: TODAY }]],
        [4, [{ role: 'lead', area: 'falls', from: TODAY }]],
      ],
    );
    assert.deepEqual(result.skipped, [{ row: 5, name: 'D Four', reason: "the area 'care_homes' is not an id: ids are lower-case words joined by hyphens, such as 'care-homes'" }]);
  });
});
