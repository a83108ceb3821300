/**
 * The only way the core reaches files. The CLI implements it over node:fs, the
 * extension over vscode.workspace.fs, tests over an in-memory map. Paths are
 * absolute and '/'-separated on every platform.
 */
export type EntryType = 'file' | 'directory' | 'other';

export interface DirectoryEntry {
  readonly name: string;
  readonly type: EntryType;
}

export interface Workspace {
  /** Entries of a directory, or undefined when it does not exist or cannot be read. */
  readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined>;
  /** Size in bytes of a file, or undefined when it does not exist. */
  fileSize(path: string): Promise<number | undefined>;
  /** Raw bytes of a file; rejects when it cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
}
