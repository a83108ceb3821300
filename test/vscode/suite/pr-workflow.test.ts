// The pull-request workflow in a real VS Code, through its built-in git
// extension: compare health with a branch, propose an action and put it on a
// branch of its own (offered when it is saved written, or on request), add
// the CI workflow. The workspace (a temporary copy of the kitchen sink) is
// made a git repository here, with the git command line, and put back as it
// was afterwards so that the other suites see the fixture unchanged.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import * as vscode from 'vscode';
import { planAction } from '../../../src/core/templates/plan';
import { localToday } from '../../../src/core/views/dates';
import type { NetworkApi } from '../../../src/extension/extension';
import type { OfferOutcome } from '../../../src/extension/git/proposal-offers';
import { activate, waitFor, workspaceRoot, whenTrue } from './helpers';

const TODAY = localToday();
const decoder = new TextDecoder();

let root: vscode.Uri;
let api: NetworkApi;
/** Files the tests created, deleted in after(). */
const created: vscode.Uri[] = [];

/** git in the workspace, with only the repository's own settings (and the machine's user settings kept out). */
function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root.fsPath,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}

function args(answers: Record<string, string | readonly string[] | true | null>): { answers: Record<string, unknown>; today: string } {
  return { answers: { network: root.toString(), ...answers }, today: TODAY };
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** Whether VS Code's git extension has the workspace's repository open. */
async function gitRepositoryOpen(): Promise<boolean> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): { repositories: readonly { rootUri: vscode.Uri }[] } }>('vscode.git');
  if (!extension) return false;
  const gitApi = (await extension.activate()).getAPI(1);
  return gitApi.repositories.some((repository) => repository.rootUri.path === root.path);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  created.push(uri);
}

async function run(command: string, arg: unknown): Promise<vscode.Uri | undefined> {
  const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, arg);
  if (result && result.scheme === 'file') created.push(result);
  return result;
}

/** Propose action, answered, once netgov has read the new file. */
async function propose(title: string): Promise<vscode.Uri> {
  const uri = await run('netgov.proposeAction', args({ title, owners: [], outcomes: [], proposedBy: true }));
  assert.ok(uri, 'Propose action did not create the proposal');
  await waitFor(() => api.service.lookup(uri)?.document, 15_000, 'netgov never read the new proposal');
  return uri;
}

/** The template's guidance under each heading replaced by the member's own words. */
function written(text: string, sections: readonly string[] = ['Proposal', 'Expected impact']): string {
  return sections.reduce((result, section) => result.replace(new RegExp(`(## ${section}\\n\\n)[^\\n]+`), `$1Our own words on ${section.toLowerCase()}.`), text);
}

/** Edits the proposal in its editor and saves it; resolves with what the branch offer made of the save. */
async function saveEdited(uri: vscode.Uri, edit: (text: string) => string): Promise<OfferOutcome> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const before = document.getText();
  const after = edit(before);
  assert.notEqual(after, before, 'the edit changes nothing, so there is nothing to save');
  // Listening before the edit: the web client's auto save (after a delay) may save it first on a busy machine.
  const settled = new Promise<OfferOutcome>((resolve) => {
    const subscription = api.offers.onDidSettle((event) => {
      if (event.uri.toString() !== uri.toString()) return;
      subscription.dispose();
      resolve(event.outcome);
    });
  });
  assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(document.positionAt(0), document.positionAt(before.length)), after)));
  // save() is false when there was nothing left to save: then auto save got there first, and the file on disk is the edit.
  const saved = await document.save();
  assert.ok(saved || (!document.isDirty && document.getText() === after), 'the proposal was not saved');
  return settled;
}

describe('pull-request workflow, before the folder is a git repository', () => {
  before(async () => {
    root = workspaceRoot();
    api = (await activate()) as NetworkApi;
  });

  after(() => api.offers.script(undefined));

  it('Compare health with branch shows nothing, and a written proposal is saved with no branch offered', async () => {
    assert.equal(await run('netgov.compareWithBranch', args({ base: 'main' })), undefined);
    api.offers.script('branch');
    const asked = api.offers.asked.length;
    const uri = await propose('Before git');
    assert.equal(await saveEdited(uri, (text) => written(text)), 'no-branch');
    assert.equal(api.offers.asked.length, asked, 'a branch was offered with no git repository');
    assert.equal(await exists(vscode.Uri.joinPath(root, '.git')), false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => !api.service.lookup(uri)?.document, 15_000, 'netgov still holds the deleted proposal');
  });
});

describe('pull-request workflow', () => {
  let actions: string;

  before(async () => {
    root = workspaceRoot();
    api = (await activate()) as NetworkApi;
    actions = api.service.networks()[0]!.network.config.layout.actions;
    git('init', '-q');
    git('checkout', '-q', '-b', 'main');
    git('config', 'user.name', 'Test Member');
    git('config', 'user.email', 'member@example.org');
    git('config', 'commit.gpgsign', 'false');
    git('add', '-A');
    git('commit', '-q', '-m', 'Base');
    // The change: a new proposal, committed on a branch of its own.
    git('checkout', '-q', '-b', 'change');
    const network = api.service.networks()[0]!.network;
    const [planned] = planAction(network.root, network.config.layout, { title: 'Shared rota', proposedBy: 'sam-lee', today: TODAY, existingIds: [] });
    await write(root.with({ path: planned!.path }), planned!.content);
    git('add', '--', posix.relative(root.path, planned!.path));
    git('commit', '-q', '-m', 'Propose a shared rota');
    const gitExtension = vscode.extensions.getExtension<{ getAPI(version: 1): { openRepository(uri: vscode.Uri): Promise<unknown> } }>('vscode.git');
    assert.ok(gitExtension, "VS Code's git extension is not in this VS Code");
    const gitApi = (await gitExtension.activate()).getAPI(1);
    await waitFor(() => gitApi.openRepository(root), 30_000, 'the git extension never opened the repository');
  });

  after(async () => {
    api.offers.script(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // VS Code's git extension checks every changed file with `git check-ignore`; deleting the files and then the
    // repository under it makes its child process die mid-write (an EPIPE it does not catch, which mocha would
    // blame on this hook). Close the repository in the git extension first, so that it no longer watches.
    await vscode.commands.executeCommand('git.close', root).then(undefined, () => undefined);
    await waitFor(async () => !(await gitRepositoryOpen()), 30_000, 'the git extension still has the repository open');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.github'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.git'), { recursive: true }).then(undefined, () => undefined);
    await whenTrue([api.service.onDidChange], () => created.every((uri) => !api.service.lookup(uri)?.document), 'netgov still holds documents the tests deleted');
  });

  it('Compare health with branch shows, in markdown, what the change does since it left main', async () => {
    const uri = await run('netgov.compareWithBranch', args({ base: 'main' }));
    assert.ok(uri, 'no comparison was shown');
    assert.equal(uri.scheme, 'netgov-diff');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(text, /^## .+: what this change does$/m);
    assert.match(text, /Compared with main \(merge base [0-9a-f]{7}\)/);
    assert.match(text, /New proposal: Shared rota \(proposed by sam-lee\)/);
    assert.match(text, /### Health by dimension/);
    // Only the new proposal differs: the base was read whole from git, not taken for an empty network.
    assert.match(text, /files: 1 added$/m);
  });

  it('Propose action makes no offer at creation, nor when the proposal is saved before its sections are written', async () => {
    api.offers.script('branch');
    const asked = api.offers.asked.length;
    const head = git('rev-parse', 'HEAD');
    const uri = await propose('Half written');
    assert.equal(api.offers.asked.length, asked, 'a branch was offered at creation');
    // "Expected impact" is still the template's guidance.
    assert.equal(await saveEdited(uri, (text) => written(text, ['Proposal'])), 'not-ready');
    assert.equal(api.offers.asked.length, asked, 'a branch was offered for a half-written proposal');
    assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), 'change');
    assert.equal(git('rev-parse', 'HEAD'), head);
    assert.match(git('status', '--porcelain', '--', posix.relative(root.path, uri.path)), /^\?\? /);
  });

  it('Put proposal on a branch refuses to commit while something else is staged', async () => {
    const uri = await propose('Staged elsewhere');
    const notes = vscode.Uri.joinPath(root, 'notes.txt');
    await write(notes, 'staged by hand\n');
    git('add', '--', 'notes.txt');
    const head = git('rev-parse', 'HEAD');
    // The sections are not written: Escape at "Commit it as it is?" stops it; answered, it reaches the refusal.
    assert.equal(await run('netgov.proposeOnBranch', args({ unwritten: null })), undefined);
    assert.equal(await run('netgov.proposeOnBranch', args({ proposal: uri.toString(), unwritten: 'commit' })), undefined);
    assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), 'change', 'a branch was made anyway');
    assert.equal(git('rev-parse', 'HEAD'), head, 'a commit was made anyway');
    assert.equal(git('diff', '--cached', '--name-only'), 'notes.txt');
    git('rm', '-q', '--cached', '--', 'notes.txt');
  });

  it('Saving a proposal with its sections written offers a branch; accepted, the file alone is on propose/<id> in one commit, and nothing is pushed', async () => {
    const charter = vscode.Uri.joinPath(root, 'CHARTER.md');
    const charterText = await read(charter);
    // An unstaged edit elsewhere stays out of the commit and stays in the working tree.
    await vscode.workspace.fs.writeFile(charter, new TextEncoder().encode(`${charterText}\nA local note.\n`));
    try {
      api.offers.script('branch');
      const asked = api.offers.asked.length;
      const parent = git('rev-parse', 'HEAD');
      const uri = await propose('Weekly huddle');
      const id = posix.basename(uri.path, '.md');
      assert.equal(id, `${TODAY}-weekly-huddle`);
      assert.equal(await saveEdited(uri, (text) => written(text)), 'committed');
      assert.equal(api.offers.asked.length, asked + 1, 'not offered exactly once');
      assert.match(api.offers.asked[asked]!, new RegExp(`propose/${id}`));
      assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), `propose/${id}`);
      assert.equal(git('log', '-1', '--format=%s'), 'Propose: Weekly huddle');
      assert.equal(git('rev-parse', 'HEAD~1'), parent, 'not one commit on top of where the proposer was');
      assert.equal(git('show', '--format=', '--name-only', 'HEAD'), `${actions}/${id}.md`);
      assert.equal(git('show', `HEAD:${actions}/${id}.md`), (await read(uri)).trim());
      assert.match(git('show', `HEAD:${actions}/${id}.md`), /Our own words on expected impact\./);
      assert.equal(git('diff', '--name-only'), 'CHARTER.md', 'the edit to the charter is no longer in the working tree');
      assert.equal(git('diff', '--cached', '--name-only'), '', 'something is left staged');
      // No remote, no remote-tracking ref, no upstream: nothing was pushed or set up to be.
      assert.equal(git('remote'), '');
      assert.equal(git('for-each-ref', 'refs/remotes'), '');
      assert.doesNotMatch(git('config', '--list', '--local'), /^branch\..*\.remote=/m);
    } finally {
      await vscode.workspace.fs.writeFile(charter, new TextEncoder().encode(charterText));
    }
  });

  it('After "Not now" the offer is not made again for that file; the Network view\'s Put proposal on a branch still commits it', async () => {
    api.offers.script('not-now');
    const asked = api.offers.asked.length;
    const head = git('rev-parse', 'HEAD');
    const uri = await propose('Not yet');
    const id = posix.basename(uri.path, '.md');
    assert.equal(await saveEdited(uri, (text) => written(text)), 'declined');
    assert.equal(await saveEdited(uri, (text) => `${text}\nOne more line.\n`), 'offered-before');
    assert.equal(api.offers.asked.length, asked + 1, 'offered again after "Not now"');
    assert.equal(git('rev-parse', 'HEAD'), head);
    // The view passes the item's node; its contextValue is what the menu matches (src/core/views/tree.ts).
    const node = { id: `view/${id}`, label: 'Not yet', icon: { id: 'lightbulb' }, path: uri.path, contextValue: 'action-proposed' };
    assert.equal((await run('netgov.proposeOnBranch', node))?.toString(), uri.toString());
    assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), `propose/${id}`);
    assert.equal(git('rev-parse', 'HEAD~1'), head);
    assert.equal(git('show', '--format=', '--name-only', 'HEAD'), `${actions}/${id}.md`);
    assert.match(git('show', `HEAD:${actions}/${id}.md`), /One more line\./);
  });

  it('Put proposal on a branch asks which proposal when no editor shows one, and leaves a committed one alone', async () => {
    api.offers.script(null);
    const uri = await propose('Asked for');
    const id = posix.basename(uri.path, '.md');
    await saveEdited(uri, (text) => written(text));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const head = git('rev-parse', 'HEAD');
    assert.equal((await run('netgov.proposeOnBranch', args({ proposal: uri.toString() })))?.toString(), uri.toString());
    assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), `propose/${id}`);
    assert.equal(git('rev-parse', 'HEAD~1'), head);
    assert.equal(git('log', '-1', '--format=%s'), 'Propose: Asked for');
    // Committed now: asked again, it makes no branch and no commit.
    const committed = git('rev-parse', 'HEAD');
    assert.equal(await run('netgov.proposeOnBranch', args({ proposal: uri.toString() })), undefined);
    assert.equal(git('rev-parse', 'HEAD'), committed);
    assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), `propose/${id}`);
  });

  it('Add CI workflow writes .github/workflows/netgov.yml and the proposal files once, never overwrites them, and adds those missing', async () => {
    const uri = await run('netgov.addCiWorkflow', { answers: { provider: 'github' } });
    assert.ok(uri);
    assert.equal(posix.relative(root.path, uri.path), '.github/workflows/netgov.yml');
    const form = vscode.Uri.joinPath(root, '.github/ISSUE_TEMPLATE/propose-action.yml');
    const proposals = vscode.Uri.joinPath(root, '.github/workflows/netgov-proposals.yml');
    created.push(form, proposals);
    const content = await read(uri);
    assert.match(content, /check --changed/);
    assert.match(await read(form), /\nname: Propose an action\n/);
    assert.match(await read(proposals), /new action --from-issue/);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# mine\n'));
    await vscode.workspace.fs.delete(proposals);
    // The check workflow and the form are there: only the proposals workflow is added.
    assert.equal((await run('netgov.addCiWorkflow', { answers: { provider: 'github' } }))?.toString(), proposals.toString());
    assert.equal(await read(uri), '# mine\n');
    assert.match(await read(proposals), /new action --from-issue/);
    assert.equal(await run('netgov.addCiWorkflow', { answers: { provider: 'github' } }), undefined);
    assert.equal(await read(uri), '# mine\n');
  });
});
