import { posix } from 'node:path';
import { isIsoDate } from '../views/dates';
import { CHARTER_FILE, DEFAULT_LAYOUT, type Layout } from '../config';
import { folderOf } from '../discovery';
import { ID_MAX_LENGTH, ID_PATTERN, isId } from '../model/kinds';
import { slugify } from '../text/suggest';
import { renderTemplate, yamlScalar, type Slots } from './render';
import { FIRST_OUTCOME_TITLE, purposeStatementPlaceholder } from './guidance';
import charterTemplate from '../../../templates/charter.md';
import purposeTemplate from '../../../templates/purpose.md';
import memberTemplate from '../../../templates/member.md';
import actionTemplate from '../../../templates/action.md';
import meetingTemplate from '../../../templates/meeting.md';
import pulseTemplate from '../../../templates/pulse.md';
import networkReadme from '../../../templates/network/README.md';
import membersReadme from '../../../templates/network/members/README.md';
import actionsReadme from '../../../templates/network/actions/README.md';
import meetingsReadme from '../../../templates/network/meetings/README.md';
import pulsesReadme from '../../../templates/network/pulses/README.md';

/**
 * Planning new documents: which files to create and what goes in them. Nothing
 * here touches the disk; the CLI (and later the editor) write the plan, and
 * refuse to overwrite anything.
 */

/** A file to create: an absolute, '/'-separated path and its full text. */
export interface PlannedFile {
  readonly path: string;
  readonly content: string;
}

/** Something the user gave cannot make a document (an empty title, a bad date...). The message is for them. */
export class TemplateInputError extends Error {
  override readonly name = 'TemplateInputError';
}

/** Generated ids stay well under ID_MAX_LENGTH (120 characters), so file names stay readable. */
export const MAX_GENERATED_ID_LENGTH = 60;

/** The `organisation` written on a new member's page when none is given (the field is required). */
export const ORGANISATION_NOT_GIVEN = 'Not yet recorded';

export const MEETING_TYPES = ['network', 'steering', 'workstream', 'learning', 'other'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** Names a file cannot take: README.md is ignored in layout folders, the rest are reserved on Windows. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['readme', 'con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

const MAX_TEXT_LENGTH = 200;

// ---------------------------------------------------------------------------
// A new network

export interface NetworkInput {
  readonly name: string;
  /** ISO date: the charter's `established`. */
  readonly today: string;
}

/** Everything `netgov init` creates: charter, purpose, a README, and a README in each layout folder. */
export function planNetwork(root: string, input: NetworkInput): PlannedFile[] {
  const name = cleanText(input.name, 'The network name');
  const today = checkDate(input.today, 'Today');
  const layout = DEFAULT_LAYOUT;
  const file = (relative: string, template: string, slots: Slots): PlannedFile => ({
    path: posix.join(root, relative),
    content: renderTemplate(template, slots, relative),
  });
  return [
    file(CHARTER_FILE, charterTemplate, { name, today }),
    file(layout.purpose, purposeTemplate, { name, statement: purposeStatementPlaceholder(name), first_outcome: FIRST_OUTCOME_TITLE }),
    file('README.md', networkReadme, { name }),
    file(posix.join(folderOf('member', layout), 'README.md'), membersReadme, {}),
    file(posix.join(folderOf('action', layout), 'README.md'), actionsReadme, {}),
    file(posix.join(folderOf('meeting', layout), 'README.md'), meetingsReadme, {}),
    file(posix.join(folderOf('pulse', layout), 'README.md'), pulsesReadme, {}),
  ];
}

// ---------------------------------------------------------------------------
// Members

export interface MemberInput {
  readonly name: string;
  /** Left out: ORGANISATION_NOT_GIVEN is written, for the member to correct. */
  readonly organisation?: string | undefined;
  /** ISO date: the member's `joined`. */
  readonly today: string;
  /** Member ids already in the network (file stems); the new id differs from all of them, ignoring case. */
  readonly existingIds: Iterable<string>;
}

/** A new member's page, with joined today and no roles. Its id comes from the name: `Amara Okafor` -> `amara-okafor`. */
export function planMember(root: string, layout: Layout, input: MemberInput): PlannedFile[] {
  const name = cleanText(input.name, 'The member\'s name');
  const organisation = input.organisation === undefined ? ORGANISATION_NOT_GIVEN : cleanText(input.organisation, 'The organisation');
  const joined = checkDate(input.today, 'Today');
  const id = uniqueId('', slugFrom(name, 'The member\'s name'), input.existingIds);
  return [documentFile(root, layout, 'member', id, memberTemplate, { name, organisation, sector: null, profession: null, joined })];
}

/** One role on a member's page, as the schema has it. */
export interface RoleInput {
  readonly role: string;
  readonly area?: string | undefined;
  readonly from: string;
  readonly until?: string | undefined;
}

export interface FullMemberInput {
  /** The page's id, chosen by the caller (an import keeps one row one page: it never adds -2). */
  readonly id: string;
  readonly name: string;
  /** Left out: ORGANISATION_NOT_GIVEN, as for planMember. */
  readonly organisation?: string | undefined;
  readonly sector?: string | undefined;
  readonly profession?: string | undefined;
  readonly joined: string;
  readonly roles?: readonly RoleInput[] | undefined;
  /** A GitHub username, without the '@'. */
  readonly github?: string | undefined;
}

/** GitHub's usernames, as the member schema's `handles.github` has them. */
const GITHUB_USERNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/**
 * A member's page with everything a roster knows (`netgov import members`):
 * the template's page with sector, profession, roles and a GitHub username
 * filled in. Every value is checked here and written as a YAML scalar that
 * reads back as itself; a value that cannot be written throws TemplateInputError.
 */
export function planFullMember(root: string, layout: Layout, input: FullMemberInput): PlannedFile {
  const id = checkId(input.id, 'The id');
  if (RESERVED_IDS.has(id)) throw new TemplateInputError(`The id '${id}' cannot name a file (README and the names Windows reserves); give another.`);
  const name = cleanText(input.name, 'The member\'s name');
  const organisation = input.organisation === undefined ? ORGANISATION_NOT_GIVEN : cleanText(input.organisation, 'The organisation');
  const sector = input.sector === undefined ? null : cleanText(input.sector, 'The sector');
  const profession = input.profession === undefined ? null : cleanText(input.profession, 'The profession');
  const joined = checkDate(input.joined, 'The date joined');
  const lines: string[] = [];
  const roles = input.roles ?? [];
  if (roles.length > 0) lines.push('roles:');
  for (const role of roles) {
    const from = checkDate(role.from, 'The role\'s start (from)');
    const until = role.until === undefined ? undefined : checkDate(role.until, 'The role\'s end (until)');
    if (until !== undefined && until < from) throw new TemplateInputError(`The role ends (${until}) before it starts (${from}).`);
    lines.push(`  - role: ${checkId(role.role, 'The role')}`);
    if (role.area !== undefined) lines.push(`    area: ${checkId(role.area, 'The area')}`);
    lines.push(`    from: ${from}`);
    if (until !== undefined) lines.push(`    until: ${until}`);
  }
  if (input.github !== undefined) {
    if (!GITHUB_USERNAME.test(input.github)) {
      throw new TemplateInputError(`'${input.github}' is not a GitHub username: letters, digits and hyphens, at most 39, not starting with a hyphen.`);
    }
    lines.push('handles:', `  github: ${yamlScalar(input.github)}`);
  }
  const file = documentFile(root, layout, 'member', id, memberTemplate, { name, organisation, sector, profession, joined });
  const close = file.content.indexOf('\n---\n', 4);
  if (close < 0) throw new Error('The member template has no frontmatter.');
  return { path: file.path, content: file.content.slice(0, close + 1) + lines.map((line) => `${line}\n`).join('') + file.content.slice(close + 1) };
}

// ---------------------------------------------------------------------------
// Actions

export interface ActionInput {
  readonly title: string;
  /** Member id of the proposer. */
  readonly proposedBy: string;
  readonly owners?: readonly string[] | undefined;
  /** Outcome ids from the purpose. */
  readonly outcomes?: readonly string[] | undefined;
  /** An area id from the charter; the line is left out without one. */
  readonly area?: string | undefined;
  /** ISO date: the action's `proposed`, and the start of its id. */
  readonly today: string;
  readonly existingIds: Iterable<string>;
}

/** A new proposed action, id `<today>-<title words>` (at most 60 characters, cut between words). */
export function planAction(root: string, layout: Layout, input: ActionInput): PlannedFile[] {
  const title = cleanText(input.title, 'The title');
  const proposed = checkDate(input.today, 'Today');
  const slots: Slots = {
    title,
    proposed_by: checkId(input.proposedBy, 'The proposer'),
    proposed,
    area: input.area === undefined ? null : checkId(input.area, 'The area'),
    owners: checkIds(input.owners ?? [], 'An owner'),
    outcomes: checkIds(input.outcomes ?? [], 'An outcome'),
  };
  const id = uniqueId(proposed, slugFrom(title, 'The title'), input.existingIds);
  return [documentFile(root, layout, 'action', id, actionTemplate, slots)];
}

// ---------------------------------------------------------------------------
// Meetings

export interface MeetingInput {
  /** ISO date of the meeting; it may be in the future (notes can be started before it). */
  readonly date: string;
  readonly type?: string | undefined;
  readonly title?: string | undefined;
  readonly facilitator?: string | undefined;
  readonly attendees?: readonly string[] | undefined;
  readonly existingIds: Iterable<string>;
}

/**
 * Notes for a meeting, id `<date>-<title words>`, or `<date>-<type>-meeting`
 * without a title. The facilitator is counted among the attendees.
 */
export function planMeeting(root: string, layout: Layout, input: MeetingInput): PlannedFile[] {
  const date = checkDate(input.date, 'The meeting date');
  const type = input.type ?? 'network';
  if (!(MEETING_TYPES as readonly string[]).includes(type)) {
    throw new TemplateInputError(`'${type}' is not a type of meeting: use ${listWords(MEETING_TYPES)}.`);
  }
  const title = input.title === undefined ? undefined : cleanText(input.title, 'The title');
  const facilitator = input.facilitator === undefined ? undefined : checkId(input.facilitator, 'The facilitator');
  const attendees = checkIds([...(facilitator ? [facilitator] : []), ...(input.attendees ?? [])], 'An attendee');
  const id = uniqueId(date, slugFrom(title ?? `${type} meeting`, 'The title'), input.existingIds);
  const slots: Slots = { title: title ?? null, date, type, facilitator: facilitator ?? null, attendees };
  return [documentFile(root, layout, 'meeting', id, meetingTemplate, slots)];
}

// ---------------------------------------------------------------------------
// Temperature checks

export interface PulseInput {
  /** ISO date the survey closed; the id is its year and quarter, `2026-q4`. */
  readonly date: string;
  readonly title?: string | undefined;
  readonly invited?: number | undefined;
  readonly respondents?: number | undefined;
  readonly existingIds: Iterable<string>;
}

/** A temperature check page for the totals of a survey, id `<year>-q<quarter>`. */
export function planPulse(root: string, layout: Layout, input: PulseInput): PlannedFile[] {
  const date = checkDate(input.date, 'The date');
  const invited = checkCount(input.invited ?? 0, 'The number invited');
  const respondents = checkCount(input.respondents ?? 0, 'The number of respondents');
  if (respondents > invited) throw new TemplateInputError(`${respondents} respondents is more than the ${invited} people invited.`);
  const title = input.title === undefined ? undefined : cleanText(input.title, 'The title');
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const id = uniqueId('', `${date.slice(0, 4)}-q${quarter}`, input.existingIds);
  return [documentFile(root, layout, 'pulse', id, pulseTemplate, { title: title ?? null, date, invited, respondents })];
}

// ---------------------------------------------------------------------------
// Ids

/**
 * `prefix-slug`, cut between words to at most 60 characters, and made unique
 * against `existingIds` (ignoring case, as Windows and macOS do) by adding -2,
 * -3... while staying within the length.
 */
export function uniqueId(prefix: string, slug: string, existingIds: Iterable<string>): string {
  const taken = new Set([...existingIds].map((id) => id.toLowerCase()));
  const start = prefix === '' ? '' : `${prefix}-`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const id = start + cutAtWord(slug, MAX_GENERATED_ID_LENGTH - start.length - suffix.length) + suffix;
    if (!taken.has(id) && !RESERVED_IDS.has(id)) return id;
  }
}

/** The slug cut to `max` characters, at a hyphen when there is one; never ending in a hyphen. */
export function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const boundary = slug.slice(0, max + 1).lastIndexOf('-');
  return boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, max).replace(/-+$/, '');
}

function slugFrom(text: string, what: string): string {
  const slug = slugify(text);
  if (slug === '') {
    throw new TemplateInputError(`${what} '${text}' has no letters or digits (a to z, 0 to 9) to make a file name from; add a few plain words.`);
  }
  return slug;
}

// ---------------------------------------------------------------------------
// Input checks

/** One line of text: control characters and runs of spaces become single spaces. */
function cleanText(value: string, what: string): string {
  const text = value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (text === '') throw new TemplateInputError(`${what} is empty.`);
  if (text.length > MAX_TEXT_LENGTH) throw new TemplateInputError(`${what} is ${text.length} characters long; keep it to ${MAX_TEXT_LENGTH} or fewer.`);
  return text;
}

function checkDate(value: string, what: string): string {
  if (!isIsoDate(value)) {
    throw new TemplateInputError(`${what} '${value}' is not a date written YYYY-MM-DD.`);
  }
  return value;
}

function checkId(value: string, what: string): string {
  if (value.length > ID_MAX_LENGTH && ID_PATTERN.test(value)) {
    throw new TemplateInputError(`${what} '${value.slice(0, 40)}...' is ${value.length} characters long: an id has at most ${ID_MAX_LENGTH}.`);
  }
  if (!isId(value)) {
    const guess = slugify(value);
    // Suggest only an id the command would take: a slug over the length limit is none.
    throw new TemplateInputError(`${what} '${value}' is not an id: ids are lower-case words joined by hyphens` + (guess !== value && isId(guess) ? `, such as '${guess}'.` : '.'));
  }
  return value;
}

/** Ids, each checked, in the order given, each once. */
function checkIds(values: readonly string[], what: string): string[] {
  return [...new Set(values.map((value) => checkId(value, what)))];
}

function checkCount(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000) throw new TemplateInputError(`${what} must be a whole number from 0 to 1000000, not ${value}.`);
  return value;
}

function documentFile(root: string, layout: Layout, kind: 'member' | 'action' | 'meeting' | 'pulse', id: string, template: string, slots: Slots): PlannedFile {
  const relative = posix.join(folderOf(kind, layout), `${id}.md`);
  return { path: posix.join(root, relative), content: renderTemplate(template, slots, `${kind}.md`) };
}

function listWords(words: readonly string[]): string {
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
