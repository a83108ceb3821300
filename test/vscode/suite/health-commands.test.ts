// The commands built on the health model (Prepare next meeting, Import
// temperature check) and the health findings shown as diagnostics, in the
// temporary copy of the kitchen-sink fixture the harness opens. Every file a
// test creates is deleted afterwards, and the setting it changes is restored,
// so that the other suites see the fixture as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import type { NetworkEntry } from '../../../src/extension/network-service';
import { localToday } from '../../../src/core/views/dates';
import { activate, codeValue, repoRoot, waitFor, withMessages, whenTrue } from './helpers';

const TODAY = localToday();
const decoder = new TextDecoder();

let api: NetworkApi;
let entry: NetworkEntry;
/** Files the tests created, deleted in after(). */
const created: vscode.Uri[] = [];
/** Temporary folders outside the workspace, removed in after(). */
const outside: string[] = [];

function network(): NetworkEntry {
  // The service replaces its entries when it reloads; always use the current one.
  return api.service.networks().find((candidate) => candidate.root.toString() === entry.root.toString()) ?? entry;
}

/** Scripted answers, plus the network when the workspace holds several. */
function args(answers: Record<string, string | readonly string[] | true | null>): { answers: Record<string, unknown>; today: string } {
  return { answers: { network: entry.root.toString(), ...answers }, today: TODAY };
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function run(command: string, ...commandArgs: unknown[]): Promise<vscode.Uri | undefined> {
  const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, ...commandArgs);
  if (result) created.push(result);
  return result;
}

/** Waits until the service has read a created document (and checked it). */
async function indexed(uri: vscode.Uri): Promise<void> {
  await waitFor(() => api.service.lookup(uri)?.document, 15_000, `netgov did not pick up ${uri.path}`);
}

function relative(uri: vscode.Uri | undefined): string | undefined {
  return uri && posix.relative(entry.root.path, uri.path);
}

/** netgov's error diagnostics on a file, from the service and from VS Code, as `code message`. */
function errorsOn(uri: vscode.Uri): string[] {
  const fromService = api.service.diagnosticsOf(uri).filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
  const fromEditor = vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'netgov' && d.severity === vscode.DiagnosticSeverity.Error)
    .map((d) => `${codeValue(d.code)} ${d.message}`);
  return [...new Set([...fromService, ...fromEditor])];
}

/** The `.md` files in a folder of the network (none when it does not exist). */
async function filesIn(folder: string): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(entry.root, folder));
    return entries.map(([name]) => name).sort();
  } catch {
    return [];
  }
}

/** A file written with Node outside the workspace (the extension host and the files share one machine). */
function outsideFile(name: string, content: string): vscode.Uri {
  const dir = mkdtempSync(join(tmpdir(), 'netgov-pulse-'));
  outside.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content, 'utf8');
  return vscode.Uri.file(path);
}


/**
 * health.* diagnostics VS Code holds for files of the test network. Owned by it, not
 * merely under its folder: other suites put networks of their own inside the workspace
 * (concurrency-net/), and their findings are theirs.
 */
function healthDiagnostics(): [vscode.Uri, vscode.Diagnostic][] {
  const root = entry.root.toString();
  return vscode.languages
    .getDiagnostics()
    .filter(([uri]) => api.service.lookup(uri)?.entry.root.toString() === root)
    .flatMap(([uri, diagnostics]) => diagnostics.filter((d) => codeValue(d.code).startsWith('health.')).map((d): [vscode.Uri, vscode.Diagnostic] => [uri, d]));
}

async function setHealthDiagnostics(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('netgov').update('health.diagnostics', value, vscode.ConfigurationTarget.Workspace);
}

describe('health commands', () => {
  before(async () => {
    api = (await activate()) as NetworkApi;
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['netgov.prepareMeeting', 'netgov.importPulse']) assert.ok(commands.includes(id), `${id} is not registered`);
    entry = api.service.networks()[0]!;
    assert.ok(entry, 'the workspace holds no network');
  });

  after(async () => {
    await setHealthDiagnostics(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    for (const dir of outside) rmSync(dir, { recursive: true, force: true });
    await whenTrue([api.service.onDidChange], () => created.every((uri) => !api.service.lookup(uri)?.document), 'netgov still holds documents the tests deleted');
  });

  it('shows health findings at risk as information diagnostics (health.*), and none when netgov.health.diagnostics is off', async () => {
    // The fixture has findings at risk: an action past its due date, a charter overdue for review, members not active...
    await waitFor(() => healthDiagnostics().length > 0, 30_000, 'no health.* diagnostics appeared on the test network');
    const shown = healthDiagnostics();
    for (const [uri, diagnostic] of shown) {
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information, `${relative(uri)}: ${codeValue(diagnostic.code)} is not information`);
      assert.equal(diagnostic.source, 'netgov health');
    }
    const codes = new Set(shown.map(([, d]) => codeValue(d.code)));
    // Each finding once, on the one document where it can be acted on; its other evidence is related information.
    assert.equal(codes.size, shown.length, `a health finding is shown on more than one document: ${shown.map(([uri, d]) => `${relative(uri)} ${codeValue(d.code)}`).join(', ')}`);
    assert.ok(codes.has('health.overdue-share'), `expected health.overdue-share among ${[...codes].join(', ')}`);
    const overdue = shown.find(([, d]) => codeValue(d.code) === 'health.overdue-share')!;
    assert.equal(relative(overdue[0]), `${network().network.config.layout.actions}/2026-01-01-form.md`);

    await setHealthDiagnostics('off');
    await waitFor(() => healthDiagnostics().length === 0, 15_000, () => `health.* diagnostics remain with the setting off: ${healthDiagnostics().length}`);
    // Rule diagnostics are another collection: still there.
    assert.ok(vscode.languages.getDiagnostics().some(([, ds]) => ds.some((d) => d.source === 'netgov' && !codeValue(d.code).startsWith('health.'))));

    await setHealthDiagnostics(undefined);
    await waitFor(() => healthDiagnostics().length > 0, 15_000, 'health.* diagnostics did not come back with the setting at its default');
  });

  it('Prepare next meeting drafts <date>-network-meeting with the agenda, as netgov agenda does, and opens it', async () => {
    // The CLI's draft first: the new meeting would change the documents it reads.
    const cli = spawnSync(process.execPath, [join(repoRoot(), 'dist/cli.js'), 'agenda', entry.root.fsPath, '--print', '--date', TODAY], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1', NETGOV_TODAY: TODAY },
    });
    assert.equal(cli.status, 0, `netgov agenda failed: ${cli.stderr}`);

    const { result: uri, messages } = await withMessages(() => run('netgov.prepareMeeting', args({ date: true })));
    const layout = network().network.config.layout;
    assert.equal(relative(uri), `${layout.meetings}/${TODAY}-network-meeting.md`);
    const content = await read(uri!);
    assert.equal(content, cli.stdout, 'the editor and netgov agenda drafted different notes');
    assert.match(content, /^kind: meeting$/m);
    assert.match(content, new RegExp(`^date: ${TODAY}$`, 'm'));
    assert.match(content, /^type: network$/m);
    assert.match(content, /^attendees: \[\]$/m);
    assert.doesNotMatch(content, /^facilitator:/m, 'the facilitator is for the lead to fill in');
    const headings = content.split('\n').filter((line) => /^#{2,3} /.test(line));
    assert.deepEqual(headings, [
      '## Agenda',
      '### Proposals waiting for a decision',
      '### Findings at risk',
      '### Lead roles ending soon',
      '### Temperature check',
      '### Overdue actions',
      '## Notes',
      '## Decisions',
    ]);
    assert.match(content, /Nothing here has been decided\./);
    // From the fixture: the overdue action, the lead whose term ended, no temperature check yet.
    assert.match(content, /^- Form \(\[2026-01-01-form\]\(\.\.\/actions\/2026-01-01-form\.md\)\): due 1 Dec 2025/m);
    assert.match(content, /^- Amara Okafor, lead: the term ended on 31 Jan 2025/m);
    assert.match(content, /the network has not had one yet/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri!.toString());
    assert.ok(
      messages.some((m) => m.kind === 'info' && /^The agenda has 0 proposals waiting, \d+ findings at risk, 1 lead role ending or ended, a temperature check due, 1 overdue action\./.test(m.text)),
      `no summary among ${JSON.stringify(messages)}`,
    );

    await indexed(uri!);
    assert.deepEqual(errorsOn(uri!), []);
  });

  it('Prepare next meeting a second time for the same date gives -2 and leaves the first as it was', async () => {
    const layout = network().network.config.layout;
    const first = vscode.Uri.joinPath(entry.root, layout.meetings, `${TODAY}-network-meeting.md`);
    await vscode.workspace.fs.writeFile(first, new TextEncoder().encode(`${await read(first)}\nEdited by the lead.\n`));
    const before = await read(first);
    const { result: second, messages } = await withMessages(() => run('netgov.prepareMeeting', args({ date: TODAY })));
    assert.equal(relative(second), `${layout.meetings}/${TODAY}-network-meeting-2.md`);
    assert.equal(await read(first), before, 'the first draft was changed');
    assert.ok(messages.some((m) => m.kind === 'info' && m.text.includes(`A meeting ${TODAY}-network-meeting exists already, so this draft is ${TODAY}-network-meeting-2`)));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('netgov.prepareMeeting', args({ date: '27/11/2026' }))), /YYYY-MM-DD/);
    assert.equal(await run('netgov.prepareMeeting', args({ date: null })), undefined);
  });

  it('Import temperature check keeps only the totals of a CSV outside the workspace (BOM, Likert labels, blanks, extra columns)', async () => {
    const csv = [
      '\uFEFFTimestamp,Email,purpose-clear: Our purpose is clear,[decisions-transparent] Decisions are open,Department,Comments',
      '2026-11-01 09:00,a@example.nhs.uk,Strongly agree,4,Ward 1,"Good, thanks"',
      '2026-11-01 10:00,b@example.nhs.uk,Agree,Neither agree nor disagree,Ward 2,',
      '2026-11-02 11:00,c@example.nhs.uk, agree ,,Ward 3,"Line one\nline two"',
      '2026-11-02 12:00,d@example.nhs.uk,Disagree,2,Ward 1,',
      '2026-11-03 13:00,e@example.nhs.uk,5,Strongly disagree,Ward 2,',
      '2026-11-03 14:00,f@example.nhs.uk,Neutral,,Ward 3,',
      '2026-11-04 15:00,g@example.nhs.uk,,,Ward 1,"Answered nothing"',
      '',
    ].join('\r\n');
    const survey = outsideFile('survey export.csv', csv);
    const { result: uri, messages } = await withMessages(() =>
      run('netgov.importPulse', args({ survey: survey.toString(), mapping: true, date: '2026-11-05', invited: '12', id: true })),
    );
    const layout = network().network.config.layout;
    assert.equal(relative(uri), `${layout.pulses}/2026-q4.md`);
    const content = await read(uri!);
    // By hand: the last row answered nothing, so 6 respondents.
    // purpose-clear: 5, 4, 4, 2, 5, 3 -> [0, 1, 1, 2, 2], no blank.
    // decisions-transparent: 4, 3, blank, 2, 1, blank -> [1, 1, 1, 1, 0], 2 blank (4 answers: suppressed, so written as suppressed: true, answered: 4).
    assert.match(content, /^kind: pulse$/m);
    assert.match(content, /^date: 2026-11-05$/m);
    assert.match(content, /^checklist: netgov-core$/m);
    assert.match(content, /^invited: 12$/m);
    assert.match(content, /^respondents: 6$/m);
    assert.ok(
      content.includes(
        [
          'questions:',
          '  purpose-clear:',
          '    text: Our purpose is clear',
          '    counts: [0, 1, 1, 2, 2]',
          '    blank: 0',
          '  decisions-transparent:',
          '    text: Decisions are open',
          '    suppressed: true',
          '    answered: 4',
          '---',
        ].join('\n'),
      ),
      content,
    );
    for (const individual of ['example.nhs.uk', 'Ward', 'thanks', 'Answered nothing', '2026-11-01']) assert.ok(!content.includes(individual), `the page holds '${individual}'`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri!.toString());

    const info = messages.filter((m) => m.kind === 'info').map((m) => m.text);
    assert.equal(info.length, 1, JSON.stringify(messages));
    assert.match(info[0]!, /6 respondents of 12 invited to 2 questions/);
    assert.match(info[0]!, /counts were not written \(suppressed\): decisions-transparent \(4\)\./);
    assert.doesNotMatch(info[0]!, /purpose-clear \(/);
    assert.match(info[0]!, /Left out \(not questions\): "Timestamp", "Email", "Department", "Comments"/);
    assert.deepEqual(messages.filter((m) => m.kind !== 'info'), [], 'a CSV outside the network needs no warning');

    await indexed(uri!);
    assert.deepEqual(errorsOn(uri!), []);
  });

  it('Import temperature check offers the current members as invited, warns about a CSV inside the network, and takes the next free id', async () => {
    const survey = vscode.Uri.joinPath(entry.root, 'test-survey.csv');
    await vscode.workspace.fs.writeFile(survey, new TextEncoder().encode('Name,purpose-clear\nAmara,4\nZoe,5\n'));
    created.push(survey);
    const { result: uri, messages } = await withMessages(() =>
      run('netgov.importPulse', args({ survey: survey.toString(), mapping: '', date: '2026-11-06', invited: true, id: true })),
    );
    assert.equal(relative(uri), `${network().network.config.layout.pulses}/2026-q4-2.md`);
    // Amara, Sam and Zoë: Sam's `joined: 27/11/2024` is not a date (the schema says so), and a member with no usable
    // join date counts from the start, as in netgov pulse import and every other view of who belongs.
    assert.match(await read(uri!), /^invited: 3$/m);
    const warnings = messages.filter((m) => m.kind === 'warning');
    assert.equal(warnings.length, 1, JSON.stringify(messages));
    assert.match(warnings[0]!.text, /test-survey\.csv is inside the network and holds individual responses; do not commit it/);
  });

  it('Import temperature check shows one error naming the file, row and column for an answer it cannot read, and writes nothing', async () => {
    const folder = network().network.config.layout.pulses;
    const before = await filesIn(folder);
    const survey = outsideFile('bad.csv', 'Timestamp,purpose-clear\n2026-11-01,4\n2026-11-02,Sometimes\n');
    const answers = { survey: survey.toString(), mapping: true as const, date: '2026-11-05', invited: '12', id: 'bad-import' };
    const { result, messages } = await withMessages(() => run('netgov.importPulse', args(answers)));
    assert.equal(result, undefined);
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.equal(messages[0]!.kind, 'error');
    assert.match(messages[0]!.text, /bad\.csv: row 3, column B "purpose-clear": "Sometimes" is not an answer/);
    assert.match(messages[0]!.text, /Nothing was written\.$/);

    const broken = outsideFile('broken.csv', 'purpose-clear\n"4\n');
    const second = await withMessages(() => run('netgov.importPulse', args({ ...answers, survey: broken.toString() })));
    assert.equal(second.result, undefined);
    assert.equal(second.messages.length, 1, JSON.stringify(second.messages));
    assert.match(second.messages[0]!.text, /broken\.csv: not a readable CSV file/);
    assert.deepEqual(await filesIn(folder), before);
  });
});
