import type { Layout } from '../config';
import { folderOf } from '../discovery';
import { memberRecords } from '../model/records';
import { isId } from '../model/kinds';
import type { Network } from '../network';
import { schemaFor } from '../schema/schemas';
import { ORGANISATION_NOT_GIVEN, TemplateInputError, cutAtWord, MAX_GENERATED_ID_LENGTH, planFullMember, type PlannedFile, type RoleInput } from '../templates/plan';
import { printable, spreadsheetSafe } from '../text/printable';
import { didYouMean, isoDateFrom, slugify } from '../text/suggest';
import { columnLetter, type Table } from '../text/table';
import { isIsoDate } from '../views/dates';
import { areasOf } from '../views/outline';

/**
 * `netgov import members` and the editor's "Import members": a member page for
 * each row of a roster (one row per member, one column per field), as a
 * coordinator keeps it in a spreadsheet. Pure: the caller reads the file (a
 * TableReader makes it a Table), gives the network's existing members and
 * areas, and writes the planned files, never over an existing one.
 *
 * A row that cannot make a page is skipped, with its row number and the reason,
 * and the others are still imported: the coordinator fixes those rows and
 * imports the file again, and the rows imported the first time are then
 * skipped as pages that exist. Columns that are not fields (email, phone...)
 * are never read.
 */

/** The fields a roster column can fill. */
export const ROSTER_FIELDS = ['id', 'name', 'organisation', 'sector', 'profession', 'joined', 'role', 'area', 'from', 'until', 'github'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/**
 * The headers each field is known by, as slugs (`Full name` -> `full-name`):
 * headers are compared by slug, so case, spaces, underscores and accents do not matter.
 */
const HEADERS: Readonly<Record<RosterField, readonly string[]>> = {
  id: ['id', 'member-id', 'netgov-id'],
  name: ['name', 'full-name', 'member-name', 'member', 'display-name', 'person'],
  organisation: ['organisation', 'organization', 'employer', 'org', 'organisation-name', 'organization-name', 'company'],
  sector: ['sector'],
  profession: ['profession', 'job-title', 'job', 'occupation'],
  joined: ['joined', 'date-joined', 'joined-on', 'join-date', 'joining-date', 'member-since'],
  role: ['role', 'network-role', 'role-in-network'],
  area: ['area', 'workstream', 'work-stream', 'area-of-work'],
  from: ['from', 'role-from', 'role-start', 'role-start-date', 'role-since'],
  until: ['until', 'role-until', 'role-end', 'role-end-date', 'term-ends', 'term-end'],
  github: ['github', 'github-handle', 'github-username', 'github-user', 'github-login', 'github-account'],
};

/** The roster cannot be imported at all (no name column, a mapping that names no column...). The message is for the user. */
export class RosterInputError extends Error {
  override readonly name = 'RosterInputError';
}

/** `--map "Column header=field"`, parsed: the header as given -> the field. */
export type RosterMapping = ReadonlyMap<string, RosterField>;

/** Reads `--map` values, each `Column header=field`; throws RosterInputError for a field that does not exist. */
export function parseRosterMapping(values: readonly string[]): RosterMapping {
  const mapping = new Map<string, RosterField>();
  for (const value of values) {
    const equals = value.lastIndexOf('=');
    const header = equals < 0 ? '' : value.slice(0, equals).trim();
    const field = equals < 0 ? '' : value.slice(equals + 1).trim().toLowerCase();
    if (header === '' || field === '') throw new RosterInputError(`the mapping '${printable(value)}' should be "Column header=field", such as "Full name=name"`);
    if (!(ROSTER_FIELDS as readonly string[]).includes(field)) {
      const guess = didYouMean(field, ROSTER_FIELDS);
      throw new RosterInputError(`the mapping '${printable(value)}': '${printable(field)}' is not a field${guess ? ` (did you mean '${guess}'?)` : ''}; the fields are ${ROSTER_FIELDS.join(', ')}`);
    }
    mapping.set(header, field as RosterField);
  }
  return mapping;
}

export interface RosterImportInput {
  readonly table: Table;
  /** Names the roster in messages. */
  readonly file: string;
  readonly mapping?: RosterMapping | undefined;
  readonly root: string;
  readonly layout: Layout;
  /** Written as `joined` (and a role's `from`) for a row that gives no date joined. */
  readonly today: string;
  /** The network's member pages: their ids (file stems) and the names on them. */
  readonly existing: readonly { readonly id: string; readonly name?: string | undefined }[];
  /** The charter's areas; undefined when it lists none, and then any area is taken (as ref.unknown-area does). */
  readonly areas?: readonly { readonly id: string; readonly title: string }[] | undefined;
}

/** A row that made no page, and why. `name` is as the roster has it (printable). */
export interface SkippedRow {
  readonly row: number;
  readonly name?: string | undefined;
  readonly reason: string;
}

export interface ImportedMember {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly file: PlannedFile;
}

export interface RosterImport {
  readonly members: readonly ImportedMember[];
  readonly skipped: readonly SkippedRow[];
  /** Each column read: its header and the field it fills, in the roster's order. */
  readonly columns: readonly { readonly header: string; readonly field: RosterField }[];
  /** Headers of the columns that were not read (email, phone...). */
  readonly ignoredColumns: readonly string[];
  /** Rows imported with no date joined, so `today` was written. */
  readonly joinedToday: readonly number[];
  /** Rows imported with no organisation, so ORGANISATION_NOT_GIVEN was written. */
  readonly noOrganisation: readonly number[];
}

/** What an import needs to know of a network: its member pages (id and name) and the charter's areas, if it lists any. */
export function rosterTargetOf(network: Network): Pick<RosterImportInput, 'existing' | 'areas'> {
  const existing = [...memberRecords(network)].map(([id, member]) => ({ id, name: member.name }));
  const areas = network.areaIds === undefined ? undefined : areasOf(network);
  return { existing, areas };
}

/** The roles a member page can hold, from the member schema (its one home). */
function roleNames(): readonly string[] {
  const schema = schemaFor('member') as { properties?: { roles?: { items?: { properties?: { role?: { enum?: unknown } } } } } };
  const names = schema.properties?.roles?.items?.properties?.role?.enum;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

/** Plans a page for each row that can make one, and says why each other row was skipped. */
export function importMembers(input: RosterImportInput): RosterImport {
  const { table, file } = input;
  if (table.headers.length === 0) throw new RosterInputError(`${file}: the file is empty; expected a header row (Name, Organisation, Joined...) and one row per member`);
  const columns = columnsOf(table.headers, file, input.mapping);
  const fieldIndex = new Map(columns.map((column) => [column.field, column.index]));
  if (!fieldIndex.has('name')) {
    throw new RosterInputError(
      `${file}: row 1: no column holds the members' names; head it "Name" (or "Full name"), or map it: "Your header=name" (the headers are ${table.headers.map((h) => JSON.stringify(printable(h))).join(', ')})`,
    );
  }
  if (table.rows.length === 0) throw new RosterInputError(`${file}: only a header row; expected one row per member below it`);

  const roles = roleNames();
  const existingIds = new Map(input.existing.map((member) => [member.id.toLowerCase(), member.id]));
  const existingNames = new Map<string, string>();
  for (const member of input.existing) {
    const key = member.name === undefined ? '' : slugify(member.name);
    if (key !== '' && !existingNames.has(key)) existingNames.set(key, member.id);
  }
  const seenIds = new Map<string, number>();
  const members: ImportedMember[] = [];
  const skipped: SkippedRow[] = [];
  const joinedToday: number[] = [];
  const noOrganisation: number[] = [];

  for (const { row, cells } of table.rows) {
    const cell = (field: RosterField): string | undefined => {
      const index = fieldIndex.get(field);
      const value = index === undefined ? undefined : cells[index]?.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
      return value === '' ? undefined : value;
    };
    if (cells.every((value) => value.trim() === '')) continue;
    const name = cell('name');
    const skip = (reason: string): void => {
      skipped.push({ row, ...(name === undefined ? {} : { name: printable(name) }), reason });
    };
    if (name === undefined) {
      skip('no name');
      continue;
    }

    const given = cell('id');
    let id: string;
    if (given !== undefined) {
      if (!isId(given)) {
        const guess = slugify(given);
        skip(`the id '${printable(given)}' is not an id: lower-case words joined by hyphens${guess ? `, such as '${guess}'` : ''}`);
        continue;
      }
      id = given;
    } else {
      const slug = slugify(name);
      if (slug === '') {
        skip('the name has no letters or digits (a to z, 0 to 9) to make an id from; give the row an id column');
        continue;
      }
      id = cutAtWord(slug, MAX_GENERATED_ID_LENGTH);
    }
    const key = id.toLowerCase();
    const earlier = seenIds.get(key);
    if (earlier !== undefined) {
      skip(`the same id as row ${earlier} (${id}): one row per member; give one of them an id column, or add further roles on the page`);
      continue;
    }
    seenIds.set(key, row);
    const existing = existingIds.get(key);
    if (existing !== undefined) {
      skip(`${memberPath(input.layout, existing)} exists already, and is never overwritten`);
      continue;
    }
    // A row that gives its own id says who it is: another person of the same name is imported.
    const sameName = given === undefined ? existingNames.get(slugify(name)) : undefined;
    if (sameName !== undefined) {
      skip(`${memberPath(input.layout, sameName)} has the same name, and is never overwritten; give the row an id column if this is another person`);
      continue;
    }

    const joined = dateCell(cell('joined'), 'joined');
    if ('problem' in joined) {
      skip(joined.problem);
      continue;
    }
    const role = roleOf(cell, roles, input.areas, joined.date ?? input.today);
    if (role !== undefined && 'problem' in role) {
      skip(role.problem);
      continue;
    }
    const github = cell('github')?.replace(/^@/, '').replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#]+)\/?$/i, '$1');
    const organisation = cell('organisation');
    let planned: PlannedFile;
    try {
      planned = planFullMember(input.root, input.layout, {
        id,
        name: spreadsheetSafe(name),
        organisation: organisation === undefined ? undefined : spreadsheetSafe(organisation),
        sector: optionalSafe(cell('sector')),
        profession: optionalSafe(cell('profession')),
        joined: joined.date ?? input.today,
        roles: role === undefined ? [] : [role],
        github,
      });
    } catch (error) {
      if (!(error instanceof TemplateInputError)) throw error;
      skip(lowerFirst(error.message.replace(/\.$/, '')));
      continue;
    }
    if (joined.date === undefined) joinedToday.push(row);
    if (organisation === undefined) noOrganisation.push(row);
    members.push({ row, id, name: printable(name), file: planned });
  }

  const read = new Set(columns.map((column) => column.index));
  return {
    members,
    skipped,
    columns: columns.map((column) => ({ header: column.header, field: column.field })),
    ignoredColumns: table.headers.flatMap((header, index) => (read.has(index) ? [] : [printable(header.trim())])),
    joinedToday,
    noOrganisation,
  };
}

/** Which column fills which field: --map first, then the known headers; a field filled by two columns is refused. */
function columnsOf(headers: readonly string[], file: string, mapping: RosterMapping | undefined): { index: number; header: string; field: RosterField }[] {
  const mapped = new Map<string, RosterField>();
  for (const [header, field] of mapping ?? []) {
    const index = headers.findIndex((candidate) => slugify(candidate) === slugify(header));
    if (index < 0) throw new RosterInputError(`${file}: row 1: no column is headed "${printable(header)}", which the mapping names (the headers are ${headers.map((h) => JSON.stringify(printable(h))).join(', ')})`);
    mapped.set(slugify(header), field);
  }
  const columns: { index: number; header: string; field: RosterField }[] = [];
  const byField = new Map<RosterField, number>();
  headers.forEach((header, index) => {
    const slug = slugify(header);
    const field = mapped.get(slug) ?? ROSTER_FIELDS.find((candidate) => HEADERS[candidate].includes(slug));
    if (field === undefined) return;
    const earlier = byField.get(field);
    if (earlier !== undefined) {
      throw new RosterInputError(
        `${file}: row 1: columns ${columnLetter(earlier)} "${printable(headers[earlier]!.trim())}" and ${columnLetter(index)} "${printable(header.trim())}" both hold ${field}; rename one, or map it to another field ("Header=field")`,
      );
    }
    byField.set(field, index);
    columns.push({ index, header: printable(header.trim()), field });
  });
  return columns;
}

type DateCell = { readonly date: string | undefined } | { readonly problem: string };

/** A date cell: blank, or YYYY-MM-DD (what a spreadsheet writes for a cell formatted so). */
function dateCell(value: string | undefined, field: 'joined' | 'from' | 'until'): DateCell {
  if (value === undefined) return { date: undefined };
  if (isIsoDate(value)) return { date: value };
  // A spreadsheet's date-and-time, `2024-03-01 00:00:00`, is the date.
  const withTime = /^(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0+)?)?Z?$/.exec(value);
  if (withTime && isIsoDate(withTime[1]!)) return { date: withTime[1] };
  // Written right, but no such day (2026-02-31): formatting the column would not help.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { problem: `${field} '${printable(value)}' is written YYYY-MM-DD but there is no such day` };
  const guess = isoDateFrom(value);
  // 03/04/2024 reads as 3 April in the UK and 4 March in the US: only a date that reads one way is suggested.
  const ambiguous = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}$/.exec(value);
  const suggestion = guess !== undefined && !(ambiguous && Number(ambiguous[1]) <= 12 && Number(ambiguous[2]) <= 12) ? ` (${guess}?)` : '';
  return { problem: `${field} '${printable(value)}' is not a date written YYYY-MM-DD${suggestion}; format the column as yyyy-mm-dd in the spreadsheet` };
}

/** The row's role, if it names one (area, from and until need a role); a problem when one of them cannot be read. */
function roleOf(
  cell: (field: RosterField) => string | undefined,
  roles: readonly string[],
  areas: RosterImportInput['areas'],
  defaultFrom: string,
): RoleInput | { problem: string } | undefined {
  const typed = cell('role');
  const area = cell('area');
  if (typed === undefined) {
    const stray = (['area', 'from', 'until'] as const).find((field) => cell(field) !== undefined);
    return stray === undefined ? undefined : { problem: `it gives ${stray === 'area' ? 'an area' : `a role's ${stray}`} but no role` };
  }
  const role = slugify(typed);
  if (!roles.includes(role)) {
    const guess = didYouMean(role, roles);
    return { problem: `'${printable(typed)}' is not a role${guess ? ` (did you mean '${guess}'?)` : ''}; the roles are ${roles.join(', ')}` };
  }
  let areaId: string | undefined;
  if (area !== undefined) {
    const known = areaOf(area, areas);
    if ('problem' in known) return known;
    areaId = known.id;
  }
  const from = dateCell(cell('from'), 'from');
  if ('problem' in from) return from;
  const until = dateCell(cell('until'), 'until');
  if ('problem' in until) return until;
  return { role, ...(areaId === undefined ? {} : { area: areaId }), from: from.date ?? defaultFrom, ...(until.date === undefined ? {} : { until: until.date }) };
}

/**
 * What an import did, as lines of text for the CLI and the editor's output,
 * after the list of pages: how many were written, each skipped row with its
 * number and reason, the defaults written, and the columns read and not read.
 * Every value from the roster in it is printable already.
 */
export function rosterReport(result: RosterImport, options: { readonly today: string; readonly dryRun?: boolean | undefined }): string[] {
  const lines: string[] = [];
  const count = result.members.length;
  if (count === 0) lines.push('No member page was written.');
  else lines.push(`${options.dryRun ? 'Would write' : 'Wrote'} ${count} member ${count === 1 ? 'page' : 'pages'}${options.dryRun ? ' (--dry-run: nothing was written)' : ''}.`);
  if (result.skipped.length > 0) {
    lines.push(`Skipped ${result.skipped.length} ${result.skipped.length === 1 ? 'row' : 'rows'}:`);
    for (const row of result.skipped) lines.push(`  ${skippedLine(row)}`);
  }
  if (result.joinedToday.length > 0) lines.push(`No date joined on ${rowList(result.joinedToday)}: written as today, ${options.today}; correct it on the page if they joined earlier.`);
  if (result.noOrganisation.length > 0) lines.push(`No organisation on ${rowList(result.noOrganisation)}: written as "${ORGANISATION_NOT_GIVEN}".`);
  lines.push(`Columns read: ${result.columns.map((column) => `${JSON.stringify(column.header)} as ${column.field}`).join(', ')}.`);
  if (result.ignoredColumns.length > 0) lines.push(`Not read: ${result.ignoredColumns.map((header) => JSON.stringify(header)).join(', ')}.`);
  return lines;
}

/** `row 4 (Tom Hughes): joined '03/04/2024' is not a date...` */
export function skippedLine(row: SkippedRow): string {
  return `row ${row.row}${row.name === undefined ? '' : ` (${row.name})`}: ${row.reason}`;
}

function rowList(rows: readonly number[]): string {
  return `${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}`;
}

/** The charter's area a cell names, by its id or its title; any area when the charter lists none. */
function areaOf(typed: string, areas: RosterImportInput['areas']): { id: string } | { problem: string } {
  const slug = slugify(typed);
  if (areas === undefined || areas.length === 0) {
    return slug === '' ? { problem: `the area '${printable(typed)}' has no letters or digits to make an id from` } : { id: slug };
  }
  const found = areas.find((area) => area.id === typed || area.id === slug || slugify(area.title) === slug);
  if (found) return { id: found.id };
  const guess = didYouMean(slug, areas.map((area) => area.id));
  return { problem: `the area '${printable(typed)}' is not one the charter lists${guess ? ` (did you mean '${guess}'?)` : ''}; its areas are ${areas.map((area) => area.id).join(', ')}` };
}

function optionalSafe(value: string | undefined): string | undefined {
  return value === undefined ? undefined : spreadsheetSafe(value);
}

function memberPath(layout: Layout, id: string): string {
  return `${folderOf('member', layout)}/${id}.md`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
