/** The kinds of document a network keeps, in the order the docs describe them. */
export const DOCUMENT_KINDS = ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Kinds stored one file per item in a folder, with the file stem as the id. */
export type FolderKind = 'member' | 'action' | 'meeting' | 'pulse';
export const FOLDER_KINDS: readonly FolderKind[] = ['member', 'action', 'meeting', 'pulse'];

/** Ids are file stems: lower-case words joined by hyphens, safe in URLs and on every file system. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: file names stay within every file system's limit with room for the folder. */
export const ID_MAX_LENGTH = 120;

/** True for an id: ID_PATTERN, at most ID_MAX_LENGTH characters. The one test every command and importer uses. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
