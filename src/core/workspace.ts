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
  /**
   * Raw bytes of a file; rejects when it cannot be read. A file larger than
   * `maxBytes` is not read at all: the promise rejects with FileTooLargeError.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
}

/** A file over the size limit, refused before its content was read. */
export class FileTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`file of ${size} bytes is over the size limit`);
  }
}
