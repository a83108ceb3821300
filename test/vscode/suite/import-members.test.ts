// Import members from a roster, in the temporary copy of the kitchen-sink
// fixture the harness opens: the same use case as `netgov import members`,
// written with one workspace edit. Every file a test creates is deleted
// afterwards, so that the other suites see the fixture as it was.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { NetworkEntry } from '../../../src/extension/network-service';
import { activate, withMessages, whenTrue } from './helpers';

const TODAY = '2026-12-05';
const decoder = new TextDecoder();

let api: NetworkApi;
let entry: NetworkEntry;
const created: vscode.Uri[] = [];
const outside: string[] = [];

function args(answers: Record<string, string>): { answers: Record<string, unknown>; today: string } {
  return { answers: { network: entry.root.toString(), ...answers }, today: TODAY };
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

function outsideFile(name: string, content: string | Uint8Array): vscode.Uri {
  const dir = mkdtempSync(join(tmpdir(), 'netgov-roster-'));
  outside.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return vscode.Uri.file(path);
}

async function importMembers(answers: Record<string, string>): Promise<{ result: vscode.Uri[] | undefined; messages: { kind: string; text: string }[] }> {
  const outcome = await withMessages(() => Promise.resolve(vscode.commands.executeCommand<vscode.Uri[] | undefined>('netgov.importMembers', args(answers))));
  created.push(...(outcome.result ?? []));
  return outcome;
}

describe('import members', () => {
  before(async () => {
    api = (await activate()) as NetworkApi;
    assert.ok((await vscode.commands.getCommands(true)).includes('netgov.importMembers'), 'netgov.importMembers is not registered');
    entry = api.service.networks()[0]!;
    assert.ok(entry, 'the workspace holds no network');
  });

  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    for (const dir of outside) rmSync(dir, { recursive: true, force: true });
    await whenTrue([api.service.onDidChange], () => created.every((uri) => !api.service.lookup(uri)?.document), 'netgov still holds documents the tests deleted');
  });

  it('creates a page per row in one edit, never overwrites one, and names each skipped row with its reason', async () => {
    const members = entry.network.config.layout.members;
    const amara = vscode.Uri.joinPath(entry.root, members, 'amara-okafor.md');
    const before = await read(amara);
    const roster = outsideFile('roster.csv', '\uFEFFFull name,Organization,Role,Workstream,Email\r\n"Kim Lee","Harbourlight, Hospice",Lead,Falls prevention,kim@example.org\r\nAmara Okafor,Riverside,,,\r\n,No name,,,\r\n');
    const { result, messages } = await importMembers({ roster: roster.toString(), mapping: '' });
    assert.deepEqual(result?.map((uri) => posix.relative(entry.root.path, uri.path)), [`${members}/kim-lee.md`]);
    const page = await read(result![0]!);
    assert.match(page, /^---\nkind: member\nname: Kim Lee\norganisation: Harbourlight, Hospice\njoined: 2026-12-05\nroles:\n {2}- role: lead\n {4}area: falls-prevention\n {4}from: 2026-12-05\n---\n/);
    assert.doesNotMatch(page, /example\.org/);
    assert.equal(await read(amara), before, 'the existing page is untouched');
    assert.deepEqual(messages, [
      {
        kind: 'warning',
        text: 'Created 1 member page from roster.csv; skipped 2 rows: row 3 (Amara Okafor): members/amara-okafor.md exists already, and is never overwritten and 1 more. Nothing was overwritten.'.replace('members/', `${members}/`).replace('roster.csv', posixPath(roster)),
      },
    ]);
  });

  it('imports an Excel workbook (desktop VS Code): the first sheet, headers in row 1, real dates as YYYY-MM-DD', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Roster');
    sheet.addRow(['Full name', 'Organisation', 'Date joined']);
    sheet.addRow(['Rosa Workbook', 'Harbourlight Hospice', new Date('2024-03-01T00:00:00Z')]);
    sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
    const roster = outsideFile('roster.xlsx', new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const { result, messages } = await importMembers({ roster: roster.toString(), mapping: '' });
    assert.equal(result?.length, 1, JSON.stringify(messages));
    assert.equal(posix.basename(result[0]!.path), 'rosa-workbook.md');
    assert.match(await read(result[0]!), /^---\nkind: member\nname: Rosa Workbook\norganisation: Harbourlight Hospice\njoined: 2024-03-01\n/);
  });

  it('refuses a spreadsheet it cannot read, and a mapping to no field, writing nothing', async () => {
    const sheet = outsideFile('roster.xlsx', 'PK');
    const first = await importMembers({ roster: sheet.toString(), mapping: '' });
    assert.equal(first.result, undefined);
    assert.equal(first.messages.length, 1, JSON.stringify(first.messages));
    assert.match(first.messages[0]!.text, /roster\.xlsx: not an Excel workbook \(\.xlsx is a zip file, and this is not one\); .*"CSV UTF-8"\. Nothing was written\.$/);

    const roster = outsideFile('people.csv', 'Person,Employer\nKim Two,Harbourlight\n');
    const second = await importMembers({ roster: roster.toString(), mapping: 'Persn=name' });
    assert.equal(second.result, undefined);
    assert.equal(second.messages.length, 1, JSON.stringify(second.messages));
    assert.match(second.messages[0]!.text, /row 1: no column is headed "Persn", which the mapping names/);
  });
});

/** The roster as the command names it: relative to the workspace when inside it, else its full path. */
function posixPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
