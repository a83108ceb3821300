import { parseArgs } from 'node:util';
import { join, relative, resolve } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { pushAll } from '../../core/arrays';
import { loadNetwork } from '../../core/check';
import { folderOf } from '../../core/discovery';
import { printable } from '../../core/text/printable';
import { MAX_TABLE_BYTES, TableInputError, tableReaderFor, tableTooLarge, type Table } from '../../core/text/table';
import { ROSTER_FIELDS, RosterInputError, importMembers, parseRosterMapping, rosterReport, rosterTargetOf, type RosterImport } from '../../core/usecases/import-members';
import { oneNetworkFor } from '../../core/usecases/discover-networks';
import { FilesExistError, idsInFolder, todayFor, writePlannedFiles } from '../node-files';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';
import { DESKTOP_TABLE_READERS } from '../../readers/xlsx';

const HELP = `Usage: netgov import members ROSTER.csv|ROSTER.xlsx [--map "Header=field"]... [--dry-run] [--dir NETWORK]

Creates a member page for each row of a roster: one row per member, one
column per field, as a spreadsheet keeps it: a CSV file ("CSV UTF-8") or an
Excel workbook (.xlsx; its first sheet, with the headers in row 1). A page
that exists is never overwritten: its row is skipped and said so, with every
other row that cannot make a page (no name, a date that is not YYYY-MM-DD, an
area the charter does not list...), by its row number. Fix those rows and
import the same file again: the rows imported the first time are then skipped.

Columns are found by their header, in any case:
  name          Name, Full name
  organisation  Organisation, Organization, Employer
  sector        Sector
  profession    Profession, Job title
  joined        Joined, Date joined, Member since (blank: today)
  role          Role (one of the member schema's roles: lead, co-chair...)
  area          Area, Workstream (the charter's area id or title)
  from, until   From, Until (the role's dates; from defaults to joined)
  github        GitHub, GitHub handle, GitHub username
  id            ID (default: made from the name, as netgov new member does)
Other columns (email, phone...) are never read.

  --map <h=field>  read the column headed h as the field: --map "Surname, first name=name"
                   (fields: ${ROSTER_FIELDS.join(', ')}); give it once per column
  --dry-run        say what would be written, and write nothing
  --dir <folder>   the network's folder (or any folder inside it)

Exit codes: 0 every row imported; 1 some rows skipped (the others, if any, were
written); 2 usage error, or a roster that cannot be read (nothing written).`;

const OPTIONS = {
  dir: { type: 'string' },
  map: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
} as const;

export const importCommand: Command = {
  name: 'import',
  summary: 'create member pages from a roster spreadsheet (never overwrites)',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: OPTIONS });
    const [what, roster, ...extra] = positionals;
    if (what !== 'members') {
      throw new UsageError(what === undefined ? 'say what to import: netgov import members ROSTER.csv' : `cannot import '${printable(what)}': use netgov import members ROSTER.csv (a survey: netgov pulse import)`);
    }
    if (roster === undefined) throw new UsageError('give the roster: netgov import members ROSTER.csv');
    if (extra.length > 0) throw new UsageError(`one roster at a time; unexpected ${printable(extra.join(' '))}`);

    const root = await networkRoot(io, values.dir);
    const rosterPath = resolve(io.cwd, roster);
    const table = await readTable(rosterPath, roster);
    if (!relative(root, rosterPath).startsWith('..')) {
      io.stderr(`netgov import: warning: ${printable(shown(io.cwd, rosterPath))} is inside the network and may hold contact details the pages must not; do not commit it (move it out, or add it to .gitignore).\n`);
    }
    const { network } = await loadNetwork(new NodeWorkspace(), toCorePath(root));
    const layout = network.config.layout;
    const target = rosterTargetOf(network);
    // Files the index could not read as members (a broken page) still hold their names.
    const onDisk = await idsInFolder(join(root, folderOf('member', layout)));
    const known = new Set(target.existing.map((member) => member.id));
    const existing = [...target.existing, ...onDisk.filter((id) => !known.has(id)).map((id) => ({ id }))];

    let result: RosterImport;
    try {
      result = importMembers({ table, file: printable(roster), mapping: parseRosterMapping(values.map ?? []), root: toCorePath(root), layout, today: todayFor(io.env), existing, areas: target.areas });
    } catch (error) {
      if (error instanceof RosterInputError) throw new UsageError(error.message);
      throw error;
    }

    const lines: string[] = [];
    const dryRun = values['dry-run'] === true;
    if (result.members.length > 0 && !dryRun) {
      try {
        await writePlannedFiles(result.members.map((member) => member.file), undefined, root);
      } catch (error) {
        if (!(error instanceof FilesExistError)) throw error;
        io.stderr(`netgov import: ${error.paths.map((path) => printable(shown(io.cwd, path))).join(', ')} appeared meanwhile; nothing was written. Import again.\n`);
        return 2;
      }
    }
    const verb = dryRun ? 'Would create' : 'Created';
    for (const member of result.members) lines.push(`${verb} ${printable(shown(io.cwd, member.file.path))} (row ${member.row}: ${member.name})`);
    pushAll(lines, rosterReport(result, { today: todayFor(io.env), dryRun }));
    if (result.members.length > 0 && !dryRun) lines.push('Next: run netgov check, and ask each member to fill in their page.');
    io.stdout(`${lines.join('\n')}\n`);
    return result.skipped.length > 0 ? 1 : 0;
  },
};

async function networkRoot(io: CliIO, dirOption: string | undefined): Promise<string> {
  const start = resolve(io.cwd, dirOption ?? '.');
  if (dirOption !== undefined) {
    const info = await stat(start).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`--dir ${printable(dirOption)} is not a folder`);
  }
  const found = await oneNetworkFor(new NodeWorkspace(), toCorePath(start));
  if ('several' in found) throw new UsageError(`${found.several.length} networks under ${printable(dirOption ?? 'this folder')}: say which with --dir`);
  if ('none' in found) throw new UsageError(`no network found in ${printable(dirOption ?? 'this folder')}, any folder under it or any folder above it: a network is a folder holding CHARTER.md (--dir points at one)`);
  return found.root;
}

async function readTable(path: string, shownAs: string): Promise<Table> {
  try {
    const reader = tableReaderFor(printable(shownAs), DESKTOP_TABLE_READERS);
    let bytes: Uint8Array;
    try {
      const size = (await stat(path)).size;
      if (size > MAX_TABLE_BYTES) throw tableTooLarge(printable(shownAs), size);
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof TableInputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`${printable(shownAs)}: cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error)})`);
    }
    return await reader.read(bytes, printable(shownAs));
  } catch (error) {
    if (error instanceof TableInputError) throw new UsageError(error.message);
    throw error;
  }
}

/** A path as the user would type it from where they are. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') || rel === '' ? path : rel).replace(/\\/g, '/');
}
