// The Network view: its provider over the extension's own service, in the
// workspace the harness opens, with VS Code's real tree item types.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkApi } from '../../../src/extension/extension';
import { NetworkTreeProvider } from '../../../src/extension/views/network-tree';
import { memberGroups, networkName } from '../../../src/core/views/outline';
import { localToday } from '../../../src/core/views/dates';
import type { ViewNode } from '../../../src/core/views/tree';
import { activate } from './helpers';

const TODAY = localToday();

describe('Network view', () => {
  let api: NetworkApi;
  let provider: NetworkTreeProvider;

  before(async () => {
    api = (await activate()) as NetworkApi;
    provider = new NetworkTreeProvider(api.service, () => TODAY);
  });

  after(() => provider.dispose());

  it('is registered with its Refresh command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('netgov.refreshView'), 'netgov.refreshView is not registered: activate() must call registerViews(context, service)');
    await vscode.commands.executeCommand('netgov.network.focus');
    await vscode.commands.executeCommand('netgov.refreshView');
  });

  it('shows Members, Actions and Coming up for the network (one node per network when there are several)', async () => {
    const networks = api.service.networks();
    assert.ok(networks.length > 0, 'the workspace holds no network');
    const top = await provider.getChildren();
    const labels = (nodes: readonly ViewNode[]): string[] => nodes.map((node) => node.label);
    if (networks.length === 1) {
      assert.deepEqual(labels(top), ['Members', 'Actions', 'Coming up']);
    } else {
      assert.deepEqual(
        top.map((node) => node.label),
        networks.map((entry) => networkName(entry.network)),
      );
      for (const node of top) assert.deepEqual(labels(await provider.getChildren(node)), ['Members', 'Actions', 'Coming up']);
    }
  });

  it('groups the members by role and opens a member page on click', async () => {
    const entry = api.service.networks()[0]!;
    const top = await provider.getChildren();
    const groups = api.service.networks().length === 1 ? top : await provider.getChildren(top[0]);
    const members = groups.find((node) => node.label === 'Members')!;
    const expected = memberGroups(entry.network, TODAY);
    const shown = await provider.getChildren(members);
    if (expected.length === 0) {
      assert.deepEqual(
        shown.map((node) => node.label),
        ['No members yet'],
      );
      return;
    }
    assert.deepEqual(
      shown.map((node) => node.label),
      expected.map((group) => group.title),
    );
    const firstGroup = shown[0]!;
    const firstMember = (await provider.getChildren(firstGroup))[0]!;
    assert.equal(firstMember.label, expected[0]!.members[0]!.name);

    const item = provider.getTreeItem(firstMember);
    assert.equal(item.command?.command, 'vscode.open');
    const uri = item.command?.arguments?.[0] as vscode.Uri;
    assert.equal(uri.toString(), api.service.uriOf(entry, expected[0]!.members[0]!.path).toString());
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.equal(provider.getTreeItem(firstGroup).collapsibleState, firstGroup.label === 'Former members' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('rebuilds on refresh, keeping the ids (so expansion survives)', async () => {
    let fired = 0;
    const listener = provider.onDidChangeTreeData(() => fired++);
    const before = await provider.getChildren();
    provider.refresh();
    assert.equal(fired, 1);
    const after = await provider.getChildren();
    assert.notEqual(after, before, 'the tree was not rebuilt');
    assert.deepEqual(
      after.map((node) => node.id),
      before.map((node) => node.id),
    );
    listener.dispose();
  });
});
