/**
 * Small builders for in-memory networks, shared by the core tests.
 *
 * Documents are written as arrays of frontmatter lines so that a test can see
 * which 0-based line each field lands on: line 0 is the opening `---`, the
 * first field is line 1, field i is line i + 1, and the closing `---` is line
 * `fields.length + 1`.
 */
import { posix } from 'node:path';
import { checkDirectory, type CheckOptions } from '../../src/core/check';
import type { Diagnostic, Range } from '../../src/core/diagnostic';
import { MemoryWorkspace } from '../helpers/memory-workspace';

export const ROOT = '/ws/net';
export const TODAY = '2026-11-27';

/** A markdown document: frontmatter lines between `---` lines, then the body lines. */
export function md(fields: readonly string[], body: readonly string[] = []): string {
  return ['---', ...fields, '---', ...body].join('\n') + '\n';
}

/** A 0-based range, as the core returns it. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** The range of `text` on a given line of `content` (first occurrence), for readable expectations. */
export function rangeOfText(content: string, line: number, text: string, occurrence = 1): Range {
  const lineText = content.split(/\r\n|\r|\n/)[line];
  if (lineText === undefined) throw new Error(`no line ${line}`);
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = lineText.indexOf(text, at + 1);
    if (at === -1) throw new Error(`'${text}' not on line ${line}: ${lineText}`);
  }
  return range(line, at, line, at + text.length);
}

export const CHARTER_BODY = ['## How we work', 'Openly.', '', '## Decision making', 'By consent.', '', '## Membership', 'Anyone in North Shire.'];

/** `pullRequests`: the charter lets an approved pull request agree a proposal (`decisions.pull_requests: true`). */
export function charterFields(options: { areas?: boolean; termMonths?: number; pullRequests?: boolean } = {}): string[] {
  const fields = [
    'name: North Shire Frailty Network',
    'phase: ongoing',
    'established: 2024-01-01',
    'governance:',
    '  model: shared',
    'decisions:',
    '  rule: consent',
    ...(options.pullRequests ? ['  pull_requests: true'] : []),
    'review:',
    '  cadence: 12',
    'leadership:',
    `  term_months: ${options.termMonths ?? 24}`,
  ];
  if (options.areas) fields.push('areas:', '  - id: frailty', '    title: Frailty', '  - id: discharge', '    title: Discharge');
  return fields;
}

export function charter(options: { areas?: boolean; termMonths?: number; pullRequests?: boolean } = {}): string {
  return md(charterFields(options), CHARTER_BODY);
}

export function member(name: string, extra: readonly string[] = []): string {
  return md([`name: ${name}`, 'organisation: North Shire Community Health', 'joined: 2024-02-01', ...extra]);
}

export const PURPOSE = md(
  ['statement: Older people stay well at home.', 'outcomes:', '  - id: faster-referrals', '    title: Faster referrals', '  - id: fewer-readmissions', '    title: Fewer readmissions'],
  ['# Our purpose', 'Text.'],
);

export const ACTION_ID = '2026-10-30-shared-referral-form';
export const MEETING_ID = '2026-11-12-network-meeting';

export const ACTION_BODY = ['## Proposal', 'One form.', '', '## Expected impact', 'Faster referrals.'];

/** A proposed action with no decision: passes every rule. Extra lines are appended to the frontmatter. */
export function action(extra: readonly string[] = [], body: readonly string[] = ACTION_BODY): string {
  return md(['title: Shared referral form', 'status: proposed', 'proposed_by: amara-okafor', 'proposed: 2026-10-30', ...extra], body);
}

/** An action decided at the base meeting; passes every rule when the meeting lists it. */
export function decidedAction(status = 'in-progress', extra: readonly string[] = []): string {
  return md(
    [
      'title: Shared referral form',
      `status: ${status}`,
      'proposed_by: amara-okafor',
      'proposed: 2026-10-30',
      'owners: [amara-okafor]',
      'outcomes: [faster-referrals]',
      'decision:',
      '  date: 2026-11-12',
      `  via: ${MEETING_ID}`,
      '  result: agreed',
      ...extra,
    ],
    ACTION_BODY,
  );
}

export function meeting(extra: readonly string[] = [], decisions: readonly string[] = [ACTION_ID]): string {
  return md(['date: 2026-11-12', 'type: network', 'facilitator: tom-hughes', 'attendees: [amara-okafor, sam-lee, tom-hughes]', `decisions: [${decisions.join(', ')}]`, ...extra], ['## Notes', 'Agreed.']);
}

export function pulse(extra: readonly string[] = []): string {
  return md(['date: 2026-10-01', 'checklist: netgov-core', 'invited: 20', 'respondents: 10', ...extra]);
}

/** The files of a small network that passes every check on TODAY, by path relative to the root. */
export function baseFiles(): Record<string, string> {
  return {
    'CHARTER.md': charter(),
    'PURPOSE.md': PURPOSE,
    'members/amara-okafor.md': member('Amara Okafor'),
    'members/sam-lee.md': member('Sam Lee'),
    'members/tom-hughes.md': member('Tom Hughes'),
    [`actions/${ACTION_ID}.md`]: decidedAction(),
    [`meetings/${MEETING_ID}.md`]: meeting(),
    'pulses/2026-q4.md': pulse(),
  };
}

/**
 * A workspace holding the base network at `root`, with some files replaced
 * (string or bytes), added, or removed (null).
 */
export function workspaceWith(changes: Readonly<Record<string, string | Uint8Array | null>> = {}, root = ROOT, base: Record<string, string> = baseFiles()): MemoryWorkspace {
  const files: Record<string, string | Uint8Array | null> = { ...base, ...changes };
  const workspace = new MemoryWorkspace();
  for (const [relative, content] of Object.entries(files)) {
    if (content !== null) workspace.write(posix.join(root, relative), content);
  }
  return workspace;
}

/** Every diagnostic for the base network with the given changes, checked as of TODAY. */
export async function diagnose(changes: Readonly<Record<string, string | Uint8Array | null>> = {}, options: Partial<CheckOptions> = {}): Promise<Diagnostic[]> {
  const report = await checkDirectory(workspaceWith(changes), ROOT, { today: TODAY, ...options });
  return [...report.diagnostics];
}

/** The diagnostics about one file (path relative to ROOT), optionally of one code. */
export function about(diagnostics: readonly Diagnostic[], file: string, code?: string): Diagnostic[] {
  const path = posix.join(ROOT, file);
  return diagnostics.filter((d) => d.file === path && (code === undefined || d.code === code));
}

/** `file code line:char-line:char` lines: compact, readable in a failing assertion. */
export function summarise(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${posix.relative(ROOT, d.file)} ${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}
