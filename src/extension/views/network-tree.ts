import * as vscode from 'vscode';
import { localToday } from '../../core/views/dates';
import { networkTree, type ViewNode } from '../../core/views/tree';
import type { NetworkEntry, NetworkService } from '../network-service';

/**
 * The Network view's data: the core builds the nodes (src/core/views/tree.ts),
 * this maps them onto tree items and opens documents on click. Rebuilt when
 * the service reports a change, on Refresh, and when the date changes.
 */
export class NetworkTreeProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: ViewNode[] | undefined;
  /** For every node: its network (to make URIs) and its parent (for reveal). */
  private readonly entries = new Map<ViewNode, NetworkEntry>();
  private readonly parents = new Map<ViewNode, ViewNode>();
  private builtOn: string | undefined;

  constructor(
    private readonly service: NetworkService,
    private readonly today: () => string = localToday,
  ) {}

  refresh(): void {
    this.roots = undefined;
    this.changed.fire();
  }

  /** Rebuilds when the day has changed since the tree was built ("overdue" and "in N days" depend on it). */
  refreshIfNewDay(): void {
    if (this.builtOn !== undefined && this.builtOn !== this.today()) this.refresh();
  }

  async getChildren(node?: ViewNode): Promise<ViewNode[]> {
    if (node) return [...(node.children ?? [])];
    await this.service.ready();
    this.roots ??= this.build();
    return this.roots;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return this.parents.get(node);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const state =
      node.children === undefined
        ? vscode.TreeItemCollapsibleState.None
        : node.expanded
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    item.contextValue = node.contextValue;
    const entry = this.entries.get(node);
    if (node.path !== undefined && entry) {
      const uri = this.service.uriOf(entry, node.path);
      // The URI brings the file's problem decorations (colour, count) to the item.
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
    } else if (node.command) {
      item.command = { command: node.command, title: node.label };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private build(): ViewNode[] {
    this.entries.clear();
    this.parents.clear();
    const today = this.today();
    this.builtOn = today;
    const networks = this.service.networks();
    const several = networks.length > 1;
    const roots = networkTree(
      networks.map((entry) => ({
        key: entry.root.toString(),
        network: entry.network,
        ...(several ? { description: vscode.workspace.asRelativePath(entry.root, true) } : {}),
      })),
      today,
    );
    // With one network the top level is its groups; with several, one node per network.
    roots.forEach((root, index) => this.index(root, several ? networks[index]! : networks[0]!, undefined));
    return roots;
  }

  private index(node: ViewNode, entry: NetworkEntry, parent: ViewNode | undefined): void {
    this.entries.set(node, entry);
    if (parent) this.parents.set(node, parent);
    for (const child of node.children ?? []) this.index(child, entry, node);
  }
}
