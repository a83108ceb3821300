import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parse } from 'yaml';
import { checkDirectory } from '../../src/core/check';
import type { Diagnostic } from '../../src/core/diagnostic';
import { NetworkSession } from '../../src/core/session';
import { workspaceFromFolder, type MemoryWorkspace } from '../helpers/memory-workspace';
import { fromRoot } from '../helpers/paths';

/**
 * The editor's incremental session must always agree with a full check of the
 * same files. These tests apply edits of every kind to the example network,
 * and after each one compare the session's diagnostics with a fresh check.
 */
const ROOT = '/ws/network';
const TODAY = '2026-11-27';
const EXAMPLE = fromRoot('examples/north-east-frailty-network');

function exampleWorkspace(): MemoryWorkspace {
  return workspaceFromFolder(EXAMPLE, ROOT);
}

const key = (d: Diagnostic): string => `${d.file}:${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;

async function assertAgreesWithFullCheck(session: NetworkSession, workspace: MemoryWorkspace, step: string): Promise<void> {
  const full = await checkDirectory(workspace, ROOT, { today: TODAY });
  const incremental = [...session.diagnostics().values()].flat();
  assert.deepEqual(incremental.map(key).sort(), full.diagnostics.map(key).sort(), `after: ${step}`);
}

/** Edits a file in both the workspace (the truth) and the session; returns the files the session re-checked. */
function edit(workspace: MemoryWorkspace, session: NetworkSession, relative: string, change: ((text: string) => string) | 'delete' | string): Set<string> {
  const path = posix.join(ROOT, relative);
  if (change === 'delete') {
    workspace.remove(path);
    return session.update(path, undefined);
  }
  const previous = workspace.has(path) ? new TextDecoder().decode(workspace.bytes(path)) : '';
  const text = typeof change === 'string' ? change : change(previous);
  workspace.write(path, text);
  return session.update(path, new TextEncoder().encode(text));
}

function actionsNaming(workspace: MemoryWorkspace, member: string): string[] {
  return workspace
    .paths()
    .filter((p) => (p.includes('/actions/') || p.includes('/meetings/')) && new TextDecoder().decode(workspace.bytes(p)).includes(member))
    .sort();
}

/** The `role|area` keys of a member page's lead roles (lead, co-chair, coordinator). */
function leadKeys(workspace: MemoryWorkspace, path: string): Set<string> {
  const text = new TextDecoder().decode(workspace.bytes(path));
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { roles?: { role?: string; area?: string }[] } | null;
  return new Set((data?.roles ?? []).filter((r) => ['lead', 'co-chair', 'coordinator'].includes(r.role ?? '')).map((r) => `${r.role}|${r.area ?? ''}`));
}

/** Other member pages holding a lead role of the same role and area: whether their terms were handed on depends on the member's. */
function sharingLeadRoles(workspace: MemoryWorkspace, member: string): string[] {
  const own = leadKeys(workspace, posix.join(ROOT, `members/${member}.md`));
  return workspace
    .paths()
    .filter((p) => p.includes('/members/') && !p.endsWith(`/${member}.md`) && [...leadKeys(workspace, p)].some((key) => own.has(key)))
    .sort();
}

describe('incremental session', () => {
  let workspace: MemoryWorkspace;
  let session: NetworkSession;

  beforeEach(async () => {
    workspace = exampleWorkspace();
    session = await NetworkSession.open(workspace, ROOT, TODAY);
  });

  it('starts equal to a full check', async () => {
    await assertAgreesWithFullCheck(session, workspace, 'open');
  });

  it('says how many documents it found before it reads them (the status bar shows "checking N documents")', async () => {
    const heard: string[] = [];
    const counting = new Proxy(workspace, {
      get: (target, key, receiver) => (key === 'readFile' ? (path: string, max?: number) => (heard.push('read'), target.readFile(path, max)) : Reflect.get(target, key, receiver)),
    });
    const opened = await NetworkSession.open(counting, ROOT, TODAY, (documents) => heard.push(`listed ${documents}`));
    const documents = [...opened.network.documents].length;
    assert.ok(documents > 30, 'the example network');
    assert.deepEqual(heard.filter((h) => h.startsWith('listed')), [`listed ${documents}`]);
    // Heard once the folders are listed: every document is read after it.
    assert.equal(heard.slice(heard.indexOf(`listed ${documents}`) + 1).filter((h) => h === 'read').length, documents);
  });

  it('re-checks exactly the documents that name a deleted member', async () => {
    const dependents = [...actionsNaming(workspace, 'rebecca-thornton'), ...sharingLeadRoles(workspace, 'rebecca-thornton')].sort();
    assert.ok(dependents.length > 5, 'the example has a busy member');
    const affected = edit(workspace, session, 'members/rebecca-thornton.md', 'delete');
    assert.deepEqual([...affected].filter((p) => p !== posix.join(ROOT, 'members/rebecca-thornton.md')).sort(), dependents);
    await assertAgreesWithFullCheck(session, workspace, 'delete a member');
  });

  it('re-checks only the document itself for an edit of its text', async () => {
    const affected = edit(workspace, session, 'members/amara-okafor.md', (t) => `${t}\nAnother paragraph.\n`);
    assert.deepEqual([...affected], [posix.join(ROOT, 'members/amara-okafor.md')]);
  });

  it('agrees with a full check through a long run of edits of every kind', async () => {
    const steps: [string, string, Parameters<typeof edit>[3]][] = [
      ['rename a member', 'members/rebecca-thornton.md', 'delete'],
      ['the renamed member appears', 'members/rebecca-thornton-smith.md', readFileSync(posix.join(EXAMPLE, 'members/rebecca-thornton.md'), 'utf8')],
      ['the member comes back', 'members/rebecca-thornton.md', readFileSync(posix.join(EXAMPLE, 'members/rebecca-thornton.md'), 'utf8')],
      ['break the YAML of an action', firstFile('actions'), (t) => t.replace('status:', 'status: [')],
      ['fix it again', firstFile('actions'), readFileSync(posix.join(EXAMPLE, firstFile('actions')), 'utf8')],
      ['drop an outcome from the purpose', 'PURPOSE.md', (t) => t.replace(/\n {2}- id: /, '\n  - id: renamed-')],
      ['remove the areas from the charter', 'CHARTER.md', (t) => t.replace(/\nareas:[\s\S]*?\n---/, '\n---')],
      ['empty a meeting\'s decisions', firstFile('meetings'), (t) => t.replace(/decisions:[\s\S]*?\n(?=[a-z_]+:|---)/, 'decisions: []\n')],
      ['delete a meeting', lastFile('meetings'), 'delete'],
      ['end a lead term early', 'members/amara-okafor.md', (t) => t.replace(/until: 2027-01-15/, 'until: 2026-01-15')],
      ['an action with a broken link', 'actions/2026-11-27-new.md', '---\ntitle: New\nstatus: proposed\nproposed_by: amara-okafor\nproposed: 2026-11-27\n---\n## Proposal\nSee [x](../members/nobody.md).\n## Expected impact\nSome.\n'],
      ['the linked member appears', 'members/nobody.md', '---\nname: No Body\norganisation: X\njoined: 2026-01-01\n---\n'],
      ['a case clash', 'members/Nobody.md', '---\nname: No Body\norganisation: X\njoined: 2026-01-01\n---\n'],
      ['the case clash goes', 'members/Nobody.md', 'delete'],
      ['an empty file', 'pulses/2026-q4.md', ''],
    ];
    for (const [step, relative, change] of steps) {
      edit(workspace, session, relative, change);
      await assertAgreesWithFullCheck(session, workspace, step);
    }
  });

  it('agrees with a full check when lead terms under a renamed area\'s old id meet terms under its new id', async () => {
    const oldLead = (until: string): string => `---\nname: Old Lead\norganisation: X\njoined: 2025-01-01\nroles:\n  - role: lead\n    area: old-falls\n    from: 2026-01-01\n    until: ${until}\n---\n`;
    const steps: [string, string, Parameters<typeof edit>[3]][] = [
      ['rename an area', 'CHARTER.md', (t) => t.replace('\nareas:\n', '\nareas:\n  - id: old-falls\n    title: Falls (old name)\n    renamed_to: falls-prevention\n')],
      ['a lead under the old id, while the new id is led', 'members/old-lead.md', oldLead('2026-06-30')],
      ['the new id\'s lead ends early: nobody holds the area today', 'members/david-adeyemi.md', (t) => t.replace('until: 2026-12-31', 'until: 2026-03-31')],
      ['the old id\'s lead runs on', 'members/old-lead.md', oldLead('2026-12-31')],
      ['the area retires', 'CHARTER.md', (t) => t.replace('    title: Falls prevention\n', '    title: Falls prevention\n    retired: 2026-10-31\n')],
    ];
    for (const [step, relative, change] of steps) {
      edit(workspace, session, relative, change);
      await assertAgreesWithFullCheck(session, workspace, step);
    }
    assert.deepEqual(
      [...session.diagnostics().values()].flat().filter((d) => d.code.startsWith('role.') && d.file.endsWith('old-lead.md')).map((d) => d.code),
      [],
    );
  });

  it('agrees with a full check when a lead\'s leaving date moves into the past, emptying a seat the charter declares', async () => {
    const steps: [string, string, Parameters<typeof edit>[3]][] = [
      ['the charter gives falls prevention three lead seats', 'CHARTER.md', (t) => t.replace('    title: Falls prevention\n', '    title: Falls prevention\n    seats:\n      lead: 3\n')],
      ['the falls lead says they will leave next year', 'members/david-adeyemi.md', (t) => t.replace('joined: 2023-05-10\n', 'joined: 2023-05-10\nleft: 2027-03-31\n')],
      ['they left in the summer after all', 'members/david-adeyemi.md', (t) => t.replace('left: 2027-03-31', 'left: 2026-06-30')],
    ];
    const vacancies: string[] = [];
    for (const [step, relative, change] of steps) {
      edit(workspace, session, relative, change);
      await assertAgreesWithFullCheck(session, workspace, step);
      vacancies.push(...(session.diagnostics().get(posix.join(ROOT, 'CHARTER.md')) ?? []).filter((d) => d.code === 'role.seat-vacant').map((d) => d.message));
    }
    assert.deepEqual(vacancies, [
      'The lead role for falls-prevention has 3 seats and 1 held today: 2 seats are empty.',
      'The lead role for falls-prevention has 3 seats and 1 held today: 2 seats are empty.',
      'The lead role for falls-prevention has 3 seats and 0 held today: 3 seats are empty.',
    ]);
  });

  it('ignores files outside the network layout', () => {
    assert.deepEqual([...session.update(posix.join(ROOT, 'notes/todo.md'), new TextEncoder().encode('x'))], []);
  });
});

function filesIn(folder: string): string[] {
  return readdirSync(posix.join(EXAMPLE, folder))
    .filter((n) => n.endsWith('.md') && n !== 'README.md')
    .sort()
    .map((n) => `${folder}/${n}`);
}

function firstFile(folder: string): string {
  return filesIn(folder)[0]!;
}

function lastFile(folder: string): string {
  return filesIn(folder).at(-1)!;
}
