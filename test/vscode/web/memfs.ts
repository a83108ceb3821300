import * as vscode from 'vscode';

/**
 * A file system in memory, for the web suite's virtual folder: what github.dev is to netgov, a
 * provider behind vscode.workspace.fs with no disk under it. Read-mostly: the suite fills it, netgov
 * reads it; writes are supported so that a test can change a file, and each one fires the change
 * event VS Code's watchers listen to.
 */
export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  private readonly folders = new Set<string>(['/']);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(private readonly scheme: string) {}

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.length };
    if (this.folders.has(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    if (!this.folders.has(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    const children = new Map<string, vscode.FileType>();
    for (const path of this.files.keys()) if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/')) children.set(path.slice(prefix.length), vscode.FileType.File);
    for (const path of this.folders) if (path !== uri.path && path.startsWith(prefix) && !path.slice(prefix.length).includes('/')) children.set(path.slice(prefix.length), vscode.FileType.Directory);
    return [...children];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  createDirectory(uri: vscode.Uri): void {
    for (let path = uri.path; path !== '/' && path !== ''; path = path.slice(0, path.lastIndexOf('/')) || '/') this.folders.add(path);
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const existed = this.files.has(uri.path);
    this.createDirectory(uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) || '/' }));
    this.files.set(uri.path, content);
    this.changed.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
    for (const path of [...this.folders]) if (path === uri.path || path.startsWith(`${uri.path}/`)) this.folders.delete(path);
    for (const path of [...this.files.keys()]) if (path.startsWith(`${uri.path}/`)) this.files.delete(path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions(`renaming is not supported on ${this.scheme}`);
  }
}

/** Copies every file under `from` (any scheme VS Code reads) to the same relative paths under `to`. */
export async function copyTree(from: vscode.Uri, to: vscode.Uri): Promise<number> {
  let copied = 0;
  await vscode.workspace.fs.createDirectory(to);
  for (const [name, type] of await vscode.workspace.fs.readDirectory(from)) {
    const source = vscode.Uri.joinPath(from, name);
    const target = vscode.Uri.joinPath(to, name);
    if (type & vscode.FileType.SymbolicLink) continue;
    if (type === vscode.FileType.Directory) copied += await copyTree(source, target);
    else if (type === vscode.FileType.File) {
      await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
      copied++;
    }
  }
  return copied;
}
