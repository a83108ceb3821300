// Diagnostics in a real VS Code match the command line's, exactly.
// Workspace: a temporary copy of test/fixtures/networks/kitchen-sink.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleDocUrl } from '../../../src/core/rules/meta';
import type { NetworkApi } from '../../../src/extension/extension';
import { activate, cliDiagnostics, codeValue, editorDiagnostics, netgovDiagnostics, waitFor, workspaceRoot, type PrintedDiagnostic } from './helpers';

/** Waits until the editor shows exactly what the CLI reports for the workspace folder, then asserts it (for a readable diff). */
async function expectEditorToMatchCli(root: vscode.Uri, timeoutMs = 90_000): Promise<PrintedDiagnostic[]> {
  const expected = cliDiagnostics(root.fsPath);
  await waitFor(
    () => {
      try {
        assert.deepEqual(editorDiagnostics(root), expected);
        return true;
      } catch {
        return false;
      }
    },
    timeoutMs,
    () => `the editor's diagnostics never matched the CLI's ${expected.length} (it has ${editorDiagnostics(root).length})`,
  ).catch(() => undefined);
  assert.deepEqual(editorDiagnostics(root), expected);
  return expected;
}

describe('diagnostics in VS Code', () => {
  let root: vscode.Uri;

  before(async () => {
    root = workspaceRoot();
    await activate();
  });

  it('come from a first check that said how many documents it was checking before it published them (what bench/editor.ts reads)', async () => {
    const api = (await activate()) as NetworkApi;
    const { activated, returned, listed, documents, published } = api.firstSight;
    // Order only, never durations: the status bar said "checking N documents" after activation and before the first diagnostics.
    assert.ok(returned !== undefined && listed !== undefined && published !== undefined, JSON.stringify(api.firstSight));
    assert.ok(activated <= returned && activated <= listed && listed <= published, JSON.stringify(api.firstSight));
    assert.ok((documents ?? 0) > 10, `the kitchen sink's documents, not ${documents}`);
    // Once published, the item shows the counts again.
    assert.equal(api.service.checking(), undefined);
  });

  it('are exactly what `netgov check` reports for the same folder', async () => {
    const expected = await expectEditorToMatchCli(root);
    // The kitchen sink has one of almost every problem: make sure this is not an empty match.
    assert.ok(expected.length >= 20, `expected the kitchen sink to have many diagnostics, the CLI reported ${expected.length}`);
    assert.ok(new Set(expected.map((d) => d.severity)).size >= 2, 'expected errors and warnings');
  });

  it('link each code to its rule in docs/rules.md', async () => {
    await waitFor(() => netgovDiagnostics().length > 0, 90_000, 'no netgov diagnostics');
    for (const [uri, diagnostic] of netgovDiagnostics()) {
      const where = `${vscode.workspace.asRelativePath(uri)}:${diagnostic.range.start.line + 1}`;
      assert.equal(typeof diagnostic.code, 'object', `${where}: the code has no link`);
      const { value, target } = diagnostic.code as { value: string; target: vscode.Uri };
      assert.match(String(value), /^[a-z]+(\.[a-z-]+)+$/, `${where}: code ${String(value)}`);
      assert.ok(target instanceof vscode.Uri, `${where}: target is not a Uri`);
      assert.equal(target.toString(true), ruleDocUrl(codeValue(diagnostic.code)), where);
      assert.match(target.toString(true), /^https:\/\/.+\/docs\/rules\.md#[a-z-]+$/, where);
    }
  });

  it('follow a file changed on disk, and recover when it is restored', async () => {
    const member = vscode.Uri.joinPath(root, 'members/sam-lee.md');
    const original = await vscode.workspace.fs.readFile(member);
    const text = new TextDecoder().decode(original);
    // An unknown frontmatter field: schema.unknown-field on the new line.
    const broken = text.replace(/^---\r?\n/, '---\nfavourite_colour: teal\n');
    assert.notEqual(broken, text, 'the member file has no frontmatter to break');
    try {
      await vscode.workspace.fs.writeFile(member, new TextEncoder().encode(broken));
      const expected = await expectEditorToMatchCli(root);
      assert.ok(
        expected.some((d) => d.file === 'members/sam-lee.md' && d.code === 'schema.unknown-field' && d.line === 2),
        'the CLI reports no schema.unknown-field on the broken file',
      );
    } finally {
      await vscode.workspace.fs.writeFile(member, original);
    }
    const restored = await expectEditorToMatchCli(root);
    assert.ok(!restored.some((d) => d.file === 'members/sam-lee.md' && d.code === 'schema.unknown-field' && d.line === 2));
  });
});
