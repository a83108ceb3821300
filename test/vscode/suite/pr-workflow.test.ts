// The pull-request workflow in a real VS Code, through its built-in git
// extension: compare health with a branch, propose an action on a branch of
// its own, add the CI workflow. The workspace (a temporary copy of the kitchen
// sink) is made a git repository here, with the git command line, and put back
// as it was afterwards so that the other suites see the fixture unchanged.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import * as vscode from 'vscode';
import { planAction } from '../../../src/core/templates/plan';
import { localToday } from '../../../src/core/views/dates';
import type { NetworkApi } from '../../../src/extension/extension';
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

describe('pull-request workflow, before the folder is a git repository', () => {
  before(async () => {
    root = workspaceRoot();
    api = (await activate()) as NetworkApi;
  });

  it('Compare health with branch shows nothing, and Propose action creates the file and offers no branch', async () => {
    assert.equal(await run('netgov.compareWithBranch', args({ base: 'main' })), undefined);
    const uri = await run('netgov.proposeAction', args({ title: 'Before git', owners: [], outcomes: [], proposedBy: true, branch: 'branch' }));
    assert.ok(uri, 'Propose action no longer works without git');
    assert.equal(await exists(vscode.Uri.joinPath(root, '.git')), false);
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
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
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

  it('Propose action refuses to commit on a branch while something else is staged', async () => {
    const notes = vscode.Uri.joinPath(root, 'notes.txt');
    await write(notes, 'staged by hand\n');
    git('add', '--', 'notes.txt');
    const head = git('rev-parse', 'HEAD');
    const uri = await run('netgov.proposeAction', args({ title: 'Staged elsewhere', owners: [], outcomes: [], proposedBy: true, branch: 'branch' }));
    assert.ok(uri, 'the proposal itself was not created');
    assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), 'change', 'a branch was made anyway');
    assert.equal(git('rev-parse', 'HEAD'), head, 'a commit was made anyway');
    assert.equal(git('diff', '--cached', '--name-only'), 'notes.txt');
    git('rm', '-q', '--cached', '--', 'notes.txt');
  });

  it('Propose action puts the new file alone on propose/<id> in one commit, and pushes nothing', async () => {
    const charter = vscode.Uri.joinPath(root, 'CHARTER.md');
    const charterText = await read(charter);
    // An unstaged edit elsewhere stays out of the commit and stays in the working tree.
    await vscode.workspace.fs.writeFile(charter, new TextEncoder().encode(`${charterText}\nA local note.\n`));
    try {
      const parent = git('rev-parse', 'HEAD');
      const uri = await run('netgov.proposeAction', args({ title: 'Weekly huddle', owners: [], outcomes: [], proposedBy: true, branch: 'branch' }));
      assert.ok(uri);
      const id = posix.basename(uri.path, '.md');
      assert.equal(id, `${TODAY}-weekly-huddle`);
      assert.equal(git('rev-parse', '--abbrev-ref', 'HEAD'), `propose/${id}`);
      assert.equal(git('log', '-1', '--format=%s'), 'Propose: Weekly huddle');
      assert.equal(git('rev-parse', 'HEAD~1'), parent, 'not one commit on top of where the proposer was');
      assert.equal(git('show', '--format=', '--name-only', 'HEAD'), `${actions}/${id}.md`);
      assert.equal(git('show', `HEAD:${actions}/${id}.md`), (await read(uri)).trim());
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

  it('Propose action without a branch leaves git alone', async () => {
    const head = git('rev-parse', 'HEAD');
    const uri = await run('netgov.proposeAction', args({ title: 'No branch please', owners: [], outcomes: [], proposedBy: true }));
    assert.ok(uri);
    assert.equal(git('rev-parse', 'HEAD'), head);
    assert.match(git('status', '--porcelain', '--', posix.relative(root.path, uri.path)), /^\?\? /);
  });

  it('Add CI workflow writes .github/workflows/netgov.yml once and refuses to overwrite it', async () => {
    const uri = await run('netgov.addCiWorkflow', { answers: { provider: 'github' } });
    assert.ok(uri);
    assert.equal(posix.relative(root.path, uri.path), '.github/workflows/netgov.yml');
    const content = await read(uri);
    assert.match(content, /check --changed/);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# mine\n'));
    assert.equal(await run('netgov.addCiWorkflow', { answers: { provider: 'github' } }), undefined);
    assert.equal(await read(uri), '# mine\n');
  });
});
