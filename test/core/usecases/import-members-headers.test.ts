import assert from 'node:assert/strict';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import { csvTable } from '../../../src/core/text/table';
import { ORGANISATION_NOT_GIVEN } from '../../../src/core/templates/plan';
import { RosterInputError, importMembers, parseRosterMapping, rosterReport } from '../../../src/core/usecases/import-members';
import { frontmatterOf } from '../../helpers/frontmatter';

function run(csv: string): ReturnType<typeof importMembers> {
  return importMembers({ table: csvTable(csv, 'roster.csv'), file: 'roster.csv', root: '/net', layout: DEFAULT_LAYOUT, today: '2026-12-05', existing: [] });
}

describe('import members: headers as coordinators write them', () => {
  it('reads "Role in network" as the role and "GitHub username" as the handle', () => {
    const result = run('Name,Role in network,GitHub username\nAmara Okafor,coordinator,amara-o\n');
    assert.deepEqual(result.columns, [
      { header: 'Name', field: 'name' },
      { header: 'Role in network', field: 'role' },
      { header: 'GitHub username', field: 'github' },
    ]);
    const frontmatter = frontmatterOf(result.members[0]!.file.content);
    assert.deepEqual([frontmatter.roles, frontmatter.handles], [[{ role: 'coordinator', from: '2026-12-05' }], { github: 'amara-o' }]);
  });

  it('names columns past the twenty-fourth by their spreadsheet letters when two hold the same field', () => {
    const headers = ['Name', ...Array.from({ length: 23 }, (_, i) => `Note ${i + 1}`), 'Full name', 'Member name'];
    assert.throws(() => run(`${headers.join(',')}\n`), /row 1: columns A "Name" and Y "Full name" both hold name/);
    const later = ['Name', ...Array.from({ length: 24 }, (_, i) => `Note ${i + 1}`), 'Full name'];
    assert.throws(() => run(`${later.join(',')}\n`), /row 1: columns A "Name" and Z "Full name" both hold name/);
  });

  it('refuses a mapping with no field after its "=", saying how one is written', () => {
    assert.throws(() => parseRosterMapping(['Full name=']), (error: unknown) => error instanceof RosterInputError && error.message === "the mapping 'Full name=' should be \"Column header=field\", such as \"Full name=name\"");
    assert.throws(() => parseRosterMapping(['=name']), /should be "Column header=field"/);
  });
});

describe('import members: what the messages list (mutants)', () => {
  it('lists the headers there are when the mapping names one that is not', () => {
    assert.throws(
      () => importMembers({ table: csvTable('Forename,Org\n', 'roster.csv'), file: 'roster.csv', root: '/net', layout: DEFAULT_LAYOUT, today: '2026-12-05', existing: [], mapping: parseRosterMapping(['Full name=name']) }),
      (error: unknown) => error instanceof RosterInputError && error.message === 'roster.csv: row 1: no column is headed "Full name", which the mapping names (the headers are "Forename", "Org")',
    );
  });

  it('says "rows" for the rows given a default when there are several', () => {
    const result = run('Name,Organisation,Joined\nAmara Okafor,,\nSam Lee,,\nTom Hughes,Riverside,2024-01-01\n');
    assert.deepEqual(
      rosterReport(result, { today: '2026-12-05' }).filter((line) => line.startsWith('No ')),
      ['No date joined on rows 2, 3: written as today, 2026-12-05; correct it on the page if they joined earlier.', `No organisation on rows 2, 3: written as "${ORGANISATION_NOT_GIVEN}".`],
    );
  });
});
