import { posix } from 'node:path';
import type { NetworkDocument } from './document';
import { actionRecords, meetingRecords, memberRecords } from './model/records';
import { isMemberOn } from './model/membership';
import type { Network } from './network';
import { LEAD_ROLES, describeRole } from './rules/roles';
import { pushAll } from './arrays';
import { hasControlCharacter, printable } from './text/printable';

/**
 * Reviewers from roles: the lines of a CODEOWNERS file that ask a network's
 * current leads to review changes. Pure: the caller reads and writes the file.
 *
 * - The whole network folder belongs to the network's leads: lead, co-chair
 *   and coordinator roles with no `area`. So the charter, the purpose,
 *   netgov.yml, members, pulses and new proposals ask them.
 * - An action or meeting with an `area` belongs to that area's leads. CODEOWNERS
 *   matches paths, not fields, so each such file is listed by its path; the
 *   last matching line wins, so these come after the folder's line. An area
 *   with no lead who has a handle falls to the network's leads.
 * - An action also belongs to its own owners and contributors (issue 19): its
 *   line names them beside the leads of its area (or of the network, when it
 *   has no area or its area no lead with a handle), so the people doing the
 *   work are asked about changes to it. Owners who have left are not asked.
 * - A role counts from its `from` date to its `until` date (both included),
 *   while its holder is a member: expired roles drop out, so review follows
 *   the rotation of leadership.
 * - Handles come from each member's `handles` field, never from names. Leads,
 *   owners and contributors without one are listed for a warning.
 */

export type CodeHost = 'github' | 'gitlab';

export const CODE_HOSTS: readonly CodeHost[] = ['github', 'gitlab'];

export const BLOCK_BEGIN = '# netgov:begin';
export const BLOCK_END = '# netgov:end';

/** Where each host looks for the file, in the order it looks; the first is where a new file goes. */
export const CODEOWNERS_LOCATIONS: Readonly<Record<CodeHost, readonly string[]>> = {
  github: ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'],
  gitlab: ['.gitlab/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'],
};

export const HOST_NAMES: Readonly<Record<CodeHost, string>> = { github: 'GitHub', gitlab: 'GitLab' };

/** A handle safe to write after '@': GitHub usernames, GitLab usernames and group paths. */
const HANDLE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;

/** A current lead, owner or contributor with no usable handle on the chosen host. */
export interface MissingHandle {
  /** The member page, relative to the repository root. */
  readonly path: string;
  readonly member: string;
  /** The lead roles they hold, in words ("lead role for frailty"); none for an owner who leads nothing. */
  readonly roles: readonly string[];
  /** How many actions they own, and contribute to, whose reviewers would include them. */
  readonly owns: number;
  readonly contributes: number;
}

export interface CodeownersPlan {
  /** The managed block, markers included, one line each. */
  readonly block: readonly string[];
  readonly missingHandles: readonly MissingHandle[];
}

/**
 * The managed block for the networks of one repository, as of `today`.
 * `repositoryRoot` and the networks' paths are '/'-separated absolute paths.
 */
export function planCodeowners(networks: readonly Network[], repositoryRoot: string, today: string, host: CodeHost): CodeownersPlan {
  const block = [BLOCK_BEGIN, `# Written by netgov codeowners from the lead roles and the actions' owners and contributors, by ${HOST_NAMES[host]} username (handles.${host}).`, '# Run it again rather than editing here; netgov check says when roles have changed.'];
  const missingHandles: MissingHandle[] = [];
  const relative = (path: string): string => posix.relative(repositoryRoot, path);
  for (const network of [...networks].sort((a, b) => compare(a.root, b.root))) {
    const people = peopleOn(network, today, host);
    const folder = relative(network.root);
    const actionLines = hasControlCharacter(folder) ? [] : actionReviewers(network, people);
    pushAll(missingHandles, missingOn(people).map((m) => ({ ...m, path: relative(m.path) })));
    if (hasControlCharacter(folder)) {
      // A line break in a folder name would write lines of its own (`* @mallory`): such a network gets none (file.unsafe-name in check).
      block.push(`# Network: ${printable(folder)}/ left out: its folder name has a control character`);
      continue;
    }
    block.push(`# Network: ${folder === '' ? 'the repository root' : `${folder}/`}`);
    const networkLeads = people.leads.get('');
    if (networkLeads) block.push(`${folder === '' ? '*' : `${pattern(folder)}/`} ${handles(networkLeads)}`);
    const meetingLines = [...meetingRecords(network).values()].flatMap(({ area, document }) => {
      const areaLeads = area === undefined ? undefined : people.leads.get(area);
      return areaLeads && !hasControlCharacter(document.path) ? [[document.path, areaLeads] as const] : [];
    });
    const lines = [...actionLines, ...meetingLines].map(([path, owners]) => [relative(path), handles(owners)] as const).sort(([a], [b]) => compare(a, b));
    for (const [path, owners] of lines) block.push(`${pattern(path)} ${owners}`);
  }
  block.push(BLOCK_END);
  return { block, missingHandles: missingHandles.sort((a, b) => compare(a.path, b.path)) };
}

/** The current members of one network as reviewers: handles, leads by area, and who has no handle. */
interface People {
  /** Current members by id, with their handle when it is usable. */
  readonly members: ReadonlyMap<string, { readonly document: NetworkDocument; readonly handle: string | undefined }>;
  /** Lead handles by area ('' for the whole network), in order of first appearance (sorted when written). */
  readonly leads: ReadonlyMap<string, readonly string[]>;
  /** Lead roles in words of the current leads with no handle, by member id. */
  readonly leadsWithoutHandle: ReadonlyMap<string, readonly string[]>;
  /** Owner and contributor counts of current members with no handle, by member id. */
  readonly workWithoutHandle: Map<string, { owner: number; contributor: number }>;
}

function peopleOn(network: Network, today: string, host: CodeHost): People {
  const members = new Map<string, { document: NetworkDocument; handle: string | undefined }>();
  const leads = new Map<string, string[]>();
  const leadsWithoutHandle = new Map<string, string[]>();
  for (const member of memberRecords(network).values()) {
    if (!member.document.data || !isMemberOn(member.joined, member.left, today)) continue;
    const written = member.handles[host]?.replace(/^@/, '');
    const handle = written !== undefined && HANDLE.test(written) ? written : undefined;
    members.set(member.id, { document: member.document, handle });
    const current = member.roles.filter((role) => LEAD_ROLES.has(role.role) && role.from !== undefined && role.from <= today && (role.until === undefined || role.until >= today));
    if (current.length === 0) continue;
    if (handle === undefined) {
      leadsWithoutHandle.set(member.id, current.map(describeRole));
      continue;
    }
    for (const role of current) {
      const area = role.area ?? '';
      const list = leads.get(area) ?? [];
      if (!list.includes(handle)) list.push(handle);
      leads.set(area, list);
    }
  }
  return { members, leads, leadsWithoutHandle, workWithoutHandle: new Map() };
}

/**
 * Each action's reviewers: the leads of its area (else of the network) and
 * its own current owners and contributors with a handle. An action with none
 * of its own and no area lead gets no line: the folder's line covers it.
 * Owners and contributors with no handle are counted in `people`.
 */
function actionReviewers(network: Network, people: People): (readonly [string, readonly string[]])[] {
  return [...actionRecords(network).values()].flatMap((record) => {
    const action = record.document;
    // A name with a control character is left out (file.unsafe-name says so in check).
    if (hasControlCharacter(action.path)) return [];
    const own: string[] = [];
    for (const key of ['owners', 'contributors'] as const) {
      for (const id of record[key]) {
        const member = people.members.get(id);
        if (!member) continue;
        if (member.handle !== undefined) {
          own.push(member.handle);
          continue;
        }
        const work = people.workWithoutHandle.get(id) ?? { owner: 0, contributor: 0 };
        work[key === 'owners' ? 'owner' : 'contributor'] += 1;
        people.workWithoutHandle.set(id, work);
      }
    }
    const area = record.area;
    const areaLeads = area === undefined ? undefined : people.leads.get(area);
    if (own.length === 0) return areaLeads ? [[action.path, areaLeads] as const] : [];
    return [[action.path, [...(areaLeads ?? people.leads.get('') ?? []), ...own]] as const];
  });
}

/** The leads, owners and contributors with no handle, one entry each. */
function missingOn(people: People): MissingHandle[] {
  const ids = new Set([...people.leadsWithoutHandle.keys(), ...people.workWithoutHandle.keys()]);
  return [...ids].flatMap((id) => {
    const member = people.members.get(id);
    if (!member) return [];
    const work = people.workWithoutHandle.get(id);
    return [{ path: member.document.path, member: id, roles: people.leadsWithoutHandle.get(id) ?? [], owns: work?.owner ?? 0, contributes: work?.contributor ?? 0 }];
  });
}

/** `@a @b`: sorted, each once. */
function handles(list: readonly string[]): string {
  return [...new Set(list)].sort(compare).map((h) => `@${h}`).join(' ');
}

/**
 * A path as a CODEOWNERS pattern anchored at the repository root, matching
 * that one path only. GitHub and GitLab read CODEOWNERS patterns as gitignore
 * does: a space ends the pattern, `#` starts a comment, and `*`, `?`, `[`, `]`
 * are globs (a file named `*.md` would ask its reviewers for every markdown
 * file). Each is escaped with a backslash, as is the backslash. Names with
 * control characters never get here.
 */
export function pattern(path: string): string {
  return `/${path.replace(/([\\ #*?[\]!])/g, '\\$1')}`;
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------
// The managed block inside a CODEOWNERS file

/** A begin marker with no end, or markers out of order: netgov will not guess where its block ends. */
export class CodeownersBlockError extends Error {
  override readonly name = 'CodeownersBlockError';
}

/** The line numbers (0-based) of the block's markers, or undefined when the file has no block. */
export function findBlock(lines: readonly string[]): { readonly begin: number; readonly end: number } | undefined {
  const begin = lines.findIndex((line) => line.trimEnd() === BLOCK_BEGIN);
  const end = lines.findIndex((line) => line.trimEnd() === BLOCK_END);
  if (begin === -1 && end === -1) return undefined;
  if (begin === -1 || end < begin) throw new CodeownersBlockError(`the ${begin === -1 ? `'${BLOCK_END}' line has no '${BLOCK_BEGIN}' before it` : `'${BLOCK_BEGIN}' line has no '${BLOCK_END}' after it`}`);
  return { begin, end };
}

/** The host a block was written for, from its header (GitHub when it does not say). */
export function hostOfBlock(lines: readonly string[]): CodeHost {
  return lines.some((line) => line.startsWith('#') && line.includes('(handles.gitlab)')) ? 'gitlab' : 'github';
}

/** A file's lines, without the line endings. */
export function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The file with its managed block replaced by `block`, or the block added at
 * the end when it has none. Lines outside the block are kept as they are, and
 * so are the file's line endings.
 */
export function withBlock(existing: string | undefined, block: readonly string[]): string {
  if (existing === undefined || existing === '') return `${block.join('\n')}\n`;
  const newline = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = linesOf(existing);
  const found = findBlock(lines);
  const updated = found ? [...lines.slice(0, found.begin), ...block, ...lines.slice(found.end + 1)] : [...lines, ...(lines.at(-1)?.trim() === '' ? [] : ['']), ...block];
  return `${updated.join(newline)}${newline}`;
}

/** The lines the block would gain and lose: what `--check` and `netgov check` report. */
export function blockChanges(existing: readonly string[], wanted: readonly string[]): { readonly added: readonly string[]; readonly removed: readonly string[] } {
  const before = new Set(existing.map((line) => line.trimEnd()));
  const after = new Set(wanted);
  return { added: wanted.filter((line) => !before.has(line)), removed: [...before].filter((line) => !after.has(line)) };
}
