import * as vscode from 'vscode';
import { FileTooLargeError, type DirectoryEntry, type Workspace } from '../core/workspace';

/**
 * The core's Workspace over vscode.workspace.fs, so the extension reads the
 * same bytes the CLI would (and works on remote and virtual file systems).
 * Core paths are the URI paths of the given scheme and authority.
 */
export class VscodeWorkspace implements Workspace {
  constructor(private readonly base: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return this.base.with({ path });
  }

  async readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uri(path));
      return entries.map(([name, type]) => ({
        name,
        // Symbolic links are not followed, as in the CLI.
        type: type & vscode.FileType.SymbolicLink ? 'other' : type === vscode.FileType.File ? 'file' : type === vscode.FileType.Directory ? 'directory' : 'other',
      }));
    } catch {
      return undefined;
    }
  }

  async fileSize(path: string): Promise<number | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(this.uri(path));
      return stat.type === vscode.FileType.File ? stat.size : undefined;
    } catch {
      return undefined;
    }
  }

  async readFile(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const uri = this.uri(path);
    // As the CLI's NodeWorkspace: only regular files, never through a link (which could lead out of the network).
    const { type, size } = await vscode.workspace.fs.stat(uri);
    if (type & vscode.FileType.SymbolicLink) throw new Error('it is a symbolic link, which netgov does not follow');
    if (type !== vscode.FileType.File) throw new Error(type === vscode.FileType.Directory ? 'it is a folder' : 'it is not a regular file');
    if (size > maxBytes) throw new FileTooLargeError(size);
    return vscode.workspace.fs.readFile(uri);
  }
}
