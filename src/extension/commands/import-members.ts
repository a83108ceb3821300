import * as vscode from 'vscode';
import { printable } from '../../core/text/printable';
import { MAX_TABLE_BYTES, TableInputError, tableReaderFor, tableTooLarge, type Table, type TableReader } from '../../core/text/table';
import {
  ROSTER_FIELDS,
  RosterInputError,
  importMembers,
  parseRosterMapping,
  rosterReport,
  rosterTargetOf,
  skippedLine,
  type RosterImport,
  type RosterMapping,
} from '../../core/usecases/import-members';
import type { NetworkService } from '../network-service';
import { createFiles, describeExisting, takenIds } from './files';
import { authoringContext } from './prompts';
import { chooseNetwork, todayOf } from './shared';

const TITLE = 'Import members from a roster';
const SHOW = 'Show skipped rows';

/**
 * `netgov.importMembers`: a member page for each row of a roster (CSV; .xlsx in
 * desktop VS Code: `readers` are the platform's),
 * as `netgov import members` writes them (core/usecases/import-members.ts).
 * Thin: picks the file, asks for column mappings (optional), runs the use
 * case, creates the pages in one workspace edit (one Undo takes them all back;
 * nothing is overwritten), and writes what it did and every skipped row, with
 * its number and reason, to the "netgov import" output. Questions: `network`
 * (when there are several), `roster` (the file's URI), `mapping`
 * ('Header=field; Header=field', or ''). Returns the URIs of the pages created.
 */
export async function importMembersCommand(service: NetworkService, outputChannel: () => vscode.OutputChannel, readers: readonly TableReader[], arg?: unknown): Promise<vscode.Uri[] | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const today = todayOf(context);

  const roster = await context.prompts.file({
    key: 'roster',
    title: `${TITLE}: the roster, ${readers.map((reader) => reader.format).join(' or ')} (step 1 of 2)`,
    openLabel: 'Import',
    filters: { Rosters: readers.flatMap((reader) => reader.extensions.map((extension) => extension.slice(1))), 'All files': ['*'] },
    defaultUri: entry.root,
  });
  if (!roster) return undefined;
  const file = printable(vscode.workspace.asRelativePath(roster, false));

  let table: Table;
  try {
    table = await tableReaderFor(file, readers).read(await readBytes(roster, file), file);
  } catch (error) {
    if (!(error instanceof TableInputError)) throw error;
    void vscode.window.showErrorMessage(`${error.message}. Nothing was written.`);
    return undefined;
  }

  const typed = await context.prompts.input({
    key: 'mapping',
    title: TITLE,
    prompt: `Columns whose headers netgov does not know (optional): "Header=field; Header=field". Fields: ${ROSTER_FIELDS.join(', ')}`,
    placeholder: 'Surname and forename=name; Team=area',
    value: '',
    step: { step: 2, totalSteps: 2 },
    validate: (value) => {
      try {
        mappingOf(value);
        return undefined;
      } catch (error) {
        if (error instanceof RosterInputError) return { severity: 'error', message: error.message };
        throw error;
      }
    },
  });
  if (typed === undefined) return undefined;

  const { network } = entry;
  const target = rosterTargetOf(network);
  // Files on disk that the index has not read (yet) are taken too.
  const known = new Set(target.existing.map((member) => member.id));
  const onDisk = [...(await takenIds(service, entry, 'member'))].filter((id) => !known.has(id)).map((id) => ({ id }));
  let result: RosterImport;
  try {
    result = importMembers({ table, file, mapping: mappingOf(typed), root: network.root, layout: network.config.layout, today, existing: [...target.existing, ...onDisk], areas: target.areas });
  } catch (error) {
    if (!(error instanceof RosterInputError)) throw error;
    void vscode.window.showErrorMessage(`${error.message}. Nothing was written.`);
    return undefined;
  }

  let created: vscode.Uri[] = [];
  if (result.members.length > 0) {
    const files = result.members.map((member) => ({ uri: service.uriOf(entry, member.file.path), content: member.file.content }));
    const outcome = await createFiles(files, TITLE);
    if (!outcome.created) {
      void vscode.window.showErrorMessage(`${describeExisting(outcome.existing)}, so nothing was written: netgov never overwrites a document. Import again.`);
      return undefined;
    }
    created = [...outcome.uris];
  }

  const output = outputChannel();
  output.appendLine(`${TITLE}: ${file} (${today})`);
  result.members.forEach((member, index) => output.appendLine(`Created ${printable(vscode.workspace.asRelativePath(created[index]!, false))} (row ${member.row}: ${member.name})`));
  for (const line of rosterReport(result, { today })) output.appendLine(line);
  output.appendLine('');

  const pages = `${result.members.length} member ${result.members.length === 1 ? 'page' : 'pages'}`;
  if (result.skipped.length === 0) {
    void vscode.window.showInformationMessage(`Created ${pages} from ${file}. Next: run the checks, and ask each member to fill in their page.`);
  } else {
    const first = skippedLine(result.skipped[0]!);
    const more = result.skipped.length > 1 ? ` and ${result.skipped.length - 1} more` : '';
    const message = `Created ${pages} from ${file}; skipped ${result.skipped.length} ${result.skipped.length === 1 ? 'row' : 'rows'}: ${first}${more}. Nothing was overwritten.`;
    if (context.scripted) void vscode.window.showWarningMessage(message);
    else {
      void vscode.window.showWarningMessage(message, SHOW).then((choice) => {
        if (choice === SHOW) output.show(true);
      });
    }
  }
  if (isInside(roster, entry.root)) {
    void vscode.window.showWarningMessage(`${file} is inside the network and may hold contact details the pages must not; do not commit it (move it out, or add it to .gitignore).`);
  }
  return created;
}

/** `Header=field; Header=field` as --map values. */
function mappingOf(typed: string): RosterMapping {
  return parseRosterMapping(
    typed
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

async function readBytes(uri: vscode.Uri, file: string): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await vscode.workspace.fs.stat(uri)).size;
  } catch (error) {
    const reason = error instanceof vscode.FileSystemError ? error.code : error instanceof Error ? error.message : String(error);
    throw new TableInputError(`${file}: cannot be read (${reason})`);
  }
  if (size > MAX_TABLE_BYTES) throw tableTooLarge(file, size);
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    const reason = error instanceof vscode.FileSystemError ? error.code : error instanceof Error ? error.message : String(error);
    throw new TableInputError(`${file}: cannot be read (${reason})`);
  }
}

/** True when the roster lies inside the network's folder (same file system), where it could be committed. */
function isInside(uri: vscode.Uri, root: vscode.Uri): boolean {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
  const folder = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path.startsWith(folder);
}
