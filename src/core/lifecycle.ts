import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { NetworkDocument } from './document';
import { parseNetworkDocument } from './document';
import { group, text } from './model/fields';
import { actionRecord, actionRecords, charterRecordOf, meetingRecord, meetingRecords, memberRecord, type ActionRecord } from './model/records';
import { isDecisionResult, statusAfterDecision, DECISION_RESULTS, type DecisionResult } from './model/action-status';
import { isMemberOn } from './model/membership';
import { newTermEnd, termEndDay, termMonthsFor } from './model/charter-leadership';
import { areaHistory } from './model/areas';
import { Network } from './network';
import type { YamlPath } from './parse/yaml-source';
import { AGREED_STATUSES } from './model/action-status';
import { VIA_PULL_REQUEST } from './rules/ref-unknown-meeting';
import { LEAD_ROLES, describeRole, rolesOf, type RoleEntry } from './rules/roles';
import { addFields, appendItem, eolOf, flow, yamlScalar, type Field, type YamlValue } from './language/edits';
import { frontmatterOf, nodeAtPath, type Frontmatter } from './language/frontmatter';
import type { TextEdit } from './language/types';
import { addDays, isIsoDate } from './views/dates';
import { printable } from './text/printable';
import { LineIndex } from './text/line-index';
import { CodeownersBlockError, findBlock, hostOfBlock, linesOf, planCodeowners, withBlock } from './codeowners';

/**
 * The lifecycle of actions and roles as edits to the documents: record a
 * decision (`netgov decide`), hand a role over (`netgov handover`), close an
 * action (`netgov done`). One implementation for the CLI and the editor: each
 * planner reads the network and the documents' own text and returns text
 * edits (ranges and new text) found through the YAML tree, so comments, key
 * order and the layout of everything it does not touch stay as written.
 * Nothing here writes; the CLI applies the edits to the files, the editor as
 * one undoable workspace edit.
 */

/** The edits to one document, by its core path. Ranges point into the text the plan was made from. */
export interface DocumentEdits {
  readonly path: string;
  readonly edits: readonly TextEdit[];
}

export interface LifecyclePlan {
  readonly files: readonly DocumentEdits[];
  /** One line in netgov's words: what the edits record. */
  readonly summary: string;
}

/** The request does not fit the network (an unknown id, an action decided already...): nothing is planned. One line, in netgov's words. */
export class LifecycleError extends Error {
  override readonly name = 'LifecycleError';
}

function refuse(message: string): never {
  throw new LifecycleError(message);
}

/** An id as it may be shown: printable, in quotes. */
function quoted(id: string): string {
  return `'${printable(id)}'`;
}

// ---------------------------------------------------------------------------
// netgov decide

export interface DecideInput {
  readonly action: string;
  /** A meeting id, or `pull-request`. */
  readonly via: string;
  readonly ref?: string;
  readonly result: string;
  /** Defaults to the meeting's date, or today for a pull request. */
  readonly date?: string;
  /** Member ids, for a decision by pull request. */
  readonly approvers?: readonly string[];
}

/**
 * Records a decision on a proposed action: its `decision` group, the status
 * that result leaves it in (statusAfterDecision) and, for a decision at a
 * meeting, the action's id in that meeting's `decisions`, so that the two
 * records agree (decision.mismatch).
 */
export function planDecision(network: Network, input: DecideInput, today: string): LifecyclePlan {
  const action = actionOf(network, input.action);
  const result = input.result;
  if (!isDecisionResult(result)) refuse(`unknown result ${quoted(result)}: use ${DECISION_RESULTS.join(', ')}`);
  const data = action.data!;
  const decided = group(data, 'decision');
  if (decided !== undefined || action.has(['decision'])) {
    const on = text(decided, 'date');
    const via = text(decided, 'via');
    refuse(`${quoted(action.id)} was decided already${on ? ` on ${on}` : ''}${via ? ` via ${quoted(via)}` : ''}${text(decided, 'result') ? ` (${text(decided, 'result')})` : ''}; change its decision by hand if it was recorded wrongly`);
  }
  const record = actionRecord(action);
  const status = record.status;
  if (status !== undefined && status !== 'proposed' && !(result === 'agreed' && AGREED_STATUSES.has(status))) {
    refuse(`${quoted(action.id)} is ${status}, not proposed: only a proposal waits for a decision`);
  }
  if (input.date !== undefined && !isIsoDate(input.date)) refuse(`the date must be written YYYY-MM-DD, not ${quoted(input.date)}`);
  const edits: DocumentEdits[] = [];
  let day: string;
  const fields: Field[] = [];
  if (input.via === VIA_PULL_REQUEST) {
    if (!pullRequestsDecide(network)) {
      refuse("the charter does not allow decisions by pull request (add `pull_requests: true` under `decisions` once the network agrees it), so record the meeting that decided");
    }
    day = input.date ?? today;
    const approvers = input.approvers ?? [];
    const members = network.idsOf('member');
    const unknown = approvers.find((id) => !members.has(id));
    if (unknown !== undefined) refuse(`no member ${quoted(unknown)} in this network to approve it`);
    if (new Set(approvers).size !== approvers.length) refuse('an approver is named twice');
    fields.push(['date', day], ['via', VIA_PULL_REQUEST]);
    if (input.ref !== undefined) fields.push(['ref', yamlScalar(input.ref)]);
    if (approvers.length > 0) fields.push(['approvers', { items: approvers.map(yamlScalar) }]);
  } else {
    if (input.approvers !== undefined && input.approvers.length > 0) refuse('approvers are for decisions by pull request; a meeting records its attendees');
    const meeting = network.ofKind('meeting').get(input.via) ?? refuse(`no meeting ${quoted(input.via)} in this network: give a meeting id (its file name without .md) or pull-request`);
    if (!meeting.data) refuse(`the meeting record ${quoted(meeting.id)} cannot be read; mend it first (netgov check says why)`);
    const meetingHeld = meetingRecord(meeting);
    const held = meetingHeld.date ?? refuse(`the meeting record ${quoted(meeting.id)} has no date`);
    if (input.date !== undefined && input.date !== held) refuse(`the meeting ${quoted(meeting.id)} was held on ${held}, not ${input.date}: a decision at a meeting takes the meeting's date`);
    if (held > today) refuse(`the meeting ${quoted(meeting.id)} is on ${held}, after today (${today}): record its decisions once it has been held`);
    day = held;
    fields.push(['date', day], ['via', yamlScalar(meeting.id)]);
    if (input.ref !== undefined) fields.push(['ref', yamlScalar(input.ref)]);
    const listed = meetingHeld.decisions.includes(action.id);
    if (!listed) edits.push({ path: meeting.path, edits: [appendToList(meeting, ['decisions'], yamlScalar(action.id))] });
  }
  if (day > today) refuse(`the decision is dated ${day}, after today (${today})`);
  const proposed = record.proposed;
  if (proposed !== undefined && day < proposed) refuse(`the decision is dated ${day}, before ${quoted(action.id)} was proposed (${proposed})`);
  fields.push(['result', result]);

  const newStatus = result === 'agreed' && status !== undefined && AGREED_STATUSES.has(status) ? status : statusAfterDecision(result);
  const actionEdits = fieldEdits(action, [
    ['status', newStatus],
    ['decision', { fields }],
  ]);
  edits.unshift({ path: action.path, edits: actionEdits });
  const where = input.via === VIA_PULL_REQUEST ? `by pull request${input.ref !== undefined ? ` ${printable(input.ref)}` : ''}` : `at ${quoted(input.via)}`;
  return { files: edits, summary: `Recorded the decision on ${quoted(action.id)}: ${result} ${where} on ${day}; its status is ${newStatus}.` };
}

// ---------------------------------------------------------------------------
// netgov done

export interface DoneInput {
  readonly action: string;
  readonly impact: string;
  /** Defaults to today. */
  readonly date?: string;
}

/** Closes an agreed action: status done, the `completed` date and the `impact` it made. */
export function planDone(network: Network, input: DoneInput, today: string): LifecyclePlan {
  const action = actionOf(network, input.action);
  const record = actionRecord(action);
  const status = record.status;
  if (status === 'done') refuse(`${quoted(action.id)} is done already${record.completed ? ` (completed ${record.completed})` : ''}`);
  if (status === undefined || !AGREED_STATUSES.has(status)) {
    refuse(`${quoted(action.id)} is ${status ?? 'without a status'}: only agreed work can be done (record the decision first with netgov decide)`);
  }
  if (record.decision?.result !== 'agreed') refuse(`${quoted(action.id)} has no decision that agreed it: record it first with netgov decide`);
  const impact = input.impact.trim();
  if (impact === '') refuse('the impact is empty: say what changed, for whom, and how you know');
  const day = input.date ?? today;
  if (!isIsoDate(day)) refuse(`the date must be written YYYY-MM-DD, not ${quoted(day)}`);
  if (day > today) refuse(`the completion date ${day} is after today (${today})`);
  const proposed = record.proposed;
  if (proposed !== undefined && day < proposed) refuse(`the completion date ${day} is before ${quoted(action.id)} was proposed (${proposed})`);
  const decidedOn = record.decision?.date;
  if (decidedOn !== undefined && day < decidedOn) refuse(`the completion date ${day} is before ${quoted(action.id)} was agreed (${decidedOn})`);
  const edits = fieldEdits(action, [
    ['status', 'done'],
    ['completed', day],
    ['impact', yamlScalar(impact)],
  ]);
  return { files: [{ path: action.path, edits }], summary: `Marked ${quoted(action.id)} done on ${day}, with its impact.` };
}

// ---------------------------------------------------------------------------
// netgov handover

export interface HandoverInput {
  readonly role: string;
  readonly area?: string;
  readonly from: string;
  readonly to: string;
  /** The successor's first day; the outgoing term ends the day before. */
  readonly date: string;
}

/**
 * Hands a role over on a date: the outgoing member's term ends the day
 * before (so terms neither overlap nor leave a gap: role.term-expired), and
 * the successor's starts that day and runs for the charter's
 * `leadership.term_months` (to the day before the same date that many
 * months on, as the quick fix that renews a term writes it).
 */
export function planHandover(network: Network, input: HandoverInput, _today: string): LifecyclePlan {
  const { role, area, date: day } = input;
  if (!isIsoDate(day)) refuse(`the date must be written YYYY-MM-DD, not ${quoted(day)}`);
  if (area !== undefined && network.areaIds !== undefined && !network.areaIds.has(area)) refuse(`no area ${quoted(area)} in the charter`);
  // A retired area's roles are not expected to continue, and a renamed one's go on under its new id (model/areas.ts).
  const areas = areaHistory(network);
  if (area !== undefined && areas.isRenamed(area)) refuse(`the area ${quoted(area)} was renamed to ${quoted(areas.current(area))}: hand over the role for that area`);
  if (area !== undefined && areas.isRetired(area, day)) refuse(`the area ${quoted(area)} was retired on ${areas.retiredOn(area)}: its roles are not handed on`);
  if (input.from === input.to) refuse(`${quoted(input.from)} cannot hand the role over to themselves`);
  const outgoing = memberOf(network, input.from);
  const successor = memberOf(network, input.to);
  const wanted = `${role}${area !== undefined ? ` role for ${area}` : ' role'}`;
  const before = addDays(day, -1);
  const matches = (entry: RoleEntry): boolean => entry.role === role && entry.area === area;
  // The term that covers the last day before the handover (its end may already be set to that day).
  const held = rolesOf(outgoing).find((entry) => matches(entry) && entry.from !== undefined && entry.from <= before && (entry.until === undefined || entry.until >= before));
  if (!held) refuse(`${quoted(outgoing.id)} does not hold the ${wanted} on ${before}, the day before the handover`);
  const { joined, left } = memberRecord(successor);
  if (!isMemberOn(joined, left, day)) refuse(`${quoted(successor.id)} is not a member on ${day}`);
  if (rolesOf(successor).some((entry) => matches(entry) && entry.from !== undefined && entry.from <= day && (entry.until === undefined || entry.until >= day))) {
    refuse(`${quoted(successor.id)} already holds the ${wanted} on ${day}`);
  }
  // A later term of this role recorded already, starting on or after the day: a successor named earlier, the
  // successor's own later term or the outgoing member's next one. The new term would overlap it. (A co-holder
  // whose term began before the day and runs on is not in the way: the handover leaves their seat alone.)
  for (const other of network.ofKind('member').values()) {
    const next = rolesOf(other).find((entry) => matches(entry) && entry.from !== undefined && entry.from >= day);
    if (!next) continue;
    if (other.id === outgoing.id) refuse(`${quoted(other.id)} is recorded to take on the ${wanted} again from ${next.from}; change that term by hand if the plan has changed`);
    refuse(`${quoted(other.id)} is recorded to take on the ${wanted} from ${next.from} already; change that term by hand if the plan has changed`);
  }
  const charter = network.charter?.data;
  const term = LEAD_ROLES.has(role) ? termMonthsFor(charter, role) : undefined;
  const until = LEAD_ROLES.has(role) ? newTermEnd(charter, role, day) : undefined;

  const files: DocumentEdits[] = [];
  if (held.until !== before) files.push({ path: outgoing.path, edits: fieldEdits(outgoing, [['until', before]], ['roles', held.index]) });
  const fields: Field[] = [['role', yamlScalar(role)]];
  if (area !== undefined) fields.push(['area', yamlScalar(area)]);
  fields.push(['from', day]);
  if (until !== undefined) fields.push(['until', until]);
  files.push({ path: successor.path, edits: [appendToList(successor, ['roles'], { fields })] });
  const termText = until === undefined ? '' : termEndDay(charter) !== undefined ? ` until ${until} (the charter's term end day)` : ` until ${until} (the charter's ${term}-month term)`;
  return {
    files,
    summary: `Handed the ${printable(describeRole(held))} from ${quoted(outgoing.id)} (until ${before}) to ${quoted(successor.id)} from ${day}${termText}.`,
  };
}

// ---------------------------------------------------------------------------
// What the editor offers to choose from

export interface ActionChoice {
  readonly id: string;
  readonly title: string | undefined;
  readonly status: string | undefined;
}

/** Actions waiting for a decision (proposed, none recorded), newest first: what `decide` takes. */
export function undecidedActions(network: Network): ActionChoice[] {
  return actionChoices(network, (action) => action.status === 'proposed' && !action.document.has(['decision']));
}

/** Agreed work not yet done, newest first: what `done` takes. */
export function openAgreedActions(network: Network): ActionChoice[] {
  return actionChoices(network, ({ status, decision }) => status !== undefined && status !== 'done' && AGREED_STATUSES.has(status) && decision?.result === 'agreed');
}

function actionChoices(network: Network, keep: (action: ActionRecord) => boolean): ActionChoice[] {
  return [...actionRecords(network).values()]
    .filter((action) => action.document.data !== undefined && keep(action))
    .map(({ id, title, status }) => ({ id, title, status }))
    .sort((a, b) => b.id.localeCompare(a.id));
}

/** Meetings held by today, the latest first: where a decision may have been taken. */
export function heldMeetings(network: Network, today: string): { readonly id: string; readonly title: string | undefined; readonly date: string }[] {
  return [...meetingRecords(network).values()]
    .flatMap(({ id, title, date: held }) => (held !== undefined && held <= today ? [{ id, title, date: held }] : []))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** True when the charter lets an approved pull request decide (`decisions.pull_requests: true`). */
export function pullRequestsDecide(network: Network): boolean {
  return charterRecordOf(network)?.pullRequestsDecide === true;
}

export interface HeldRole {
  readonly member: string;
  readonly role: string;
  readonly area: string | undefined;
  readonly from: string;
  readonly until: string | undefined;
}

/** Role terms running today (lead roles first, then by role, area and member): what `handover` hands on. */
export function rolesHeld(network: Network, today: string): HeldRole[] {
  const held: HeldRole[] = [];
  for (const member of network.ofKind('member').values()) {
    for (const entry of rolesOf(member)) {
      if (entry.from === undefined || entry.from > today || (entry.until !== undefined && entry.until < today)) continue;
      held.push({ member: member.id, role: entry.role, area: entry.area, from: entry.from, until: entry.until });
    }
  }
  const rank = (role: HeldRole): number => (LEAD_ROLES.has(role.role) ? 0 : 1);
  return held.sort((a, b) => rank(a) - rank(b) || a.role.localeCompare(b.role) || (a.area ?? '').localeCompare(b.area ?? '') || a.member.localeCompare(b.member));
}

// ---------------------------------------------------------------------------
// Applying edits

/** A document's text with the plan's edits applied (the CLI's and the tests' way; the editor applies them itself). */
export function applyEdits(document: Pick<NetworkDocument, 'text' | 'lines'>, edits: readonly TextEdit[]): string {
  const offsets = edits
    .map((edit, index) => ({ start: offsetOf(document, edit.range.start), end: offsetOf(document, edit.range.end), text: edit.newText, index }))
    // From the end back; of two insertions at one point, the one listed first ends up first (as the editor applies them).
    .sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
  let result = document.text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of offsets) {
    if (edit.end > limit) throw new Error('Lifecycle edits overlap');
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/**
 * The network as it will be once the plan is applied: the edited documents
 * read again from their new text, the others shared. For what depends on the
 * result, such as the CODEOWNERS block after a handover.
 */
export function networkAfter(network: Network, plan: LifecyclePlan): Network {
  const next = new Network(network.root, network.config);
  for (const document of network.documents) next.set(document);
  const encoder = new TextEncoder();
  for (const file of plan.files) {
    const document = network.get(file.path);
    if (!document || document.kind === 'config') continue;
    const text = applyEdits(document, file.edits);
    next.set(parseNetworkDocument(document.path, document.kind, document.id, encoder.encode(text), network.config.limits).document);
  }
  return next;
}

/**
 * The edit that brings a CODEOWNERS file's netgov block up to date with the
 * networks (as they will be after a handover), or undefined when the file has
 * no block (the repository has not asked netgov for reviewers) or it is up to
 * date. Only the lines that change are in the edit.
 */
export function codeownersEdit(existing: string, networks: readonly Network[], repositoryRoot: string, today: string): TextEdit | undefined {
  const lines = linesOf(existing);
  let found: ReturnType<typeof findBlock>;
  try {
    found = findBlock(lines);
  } catch (error) {
    if (error instanceof CodeownersBlockError) refuse(`the CODEOWNERS file: ${error.message}; mend the markers (or remove them both) and run again`);
    throw error;
  }
  if (!found) return undefined;
  const plan = planCodeowners(networks, repositoryRoot, today, hostOfBlock(lines.slice(found.begin, found.end + 1)));
  return differingSpan(existing, withBlock(existing, plan.block));
}

/** One edit that turns `before` into `after`, spanning only what differs. Undefined when they are the same. */
export function differingSpan(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const document = { lines: new LineIndex(before) };
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: document.lines.rangeOf(start, before.length - end), newText: after.slice(start, after.length - end) };
}

function offsetOf(document: Pick<NetworkDocument, 'lines'>, position: TextEdit['range']['start']): number {
  return document.lines.lineStart(position.line) + position.character;
}

// ---------------------------------------------------------------------------
// Finding the documents

function actionOf(network: Network, id: string): NetworkDocument {
  const action = network.ofKind('action').get(id) ?? refuse(`no action ${quoted(id)} in this network (its file name in the actions folder, without .md)`);
  if (!action.data || !frontmatterOf(action)) refuse(`the action ${quoted(id)} cannot be read; mend it first (netgov check says why)`);
  return action;
}

function memberOf(network: Network, id: string): NetworkDocument {
  const member = network.ofKind('member').get(id) ?? refuse(`no member ${quoted(id)} in this network (their file name in the members folder, without .md)`);
  if (!member.data || !frontmatterOf(member)) refuse(`the member page ${quoted(id)} cannot be read; mend it first (netgov check says why)`);
  return member;
}

// ---------------------------------------------------------------------------
// Edits through the YAML tree

/**
 * Sets fields of the mapping at `mapPath`: a field that is there gets its
 * value replaced where it stands (its key, comments and place kept); the
 * others are added together after the mapping's last entry.
 */
function fieldEdits(document: NetworkDocument, fields: readonly Field[], mapPath: YamlPath = []): TextEdit[] {
  const frontmatter = frontmatterOf(document)!;
  const edits: TextEdit[] = [];
  const missing: Field[] = [];
  for (const field of fields) {
    const existing = keyIn(frontmatter, mapPath, field[0]);
    if (existing === undefined) missing.push(field);
    else if (!(isScalar(existing.node) && typeof field[1] === 'string' && sourceOf(document, frontmatter, existing.node) === field[1])) edits.push(replaceValue(document, frontmatter, existing, field[1]));
  }
  if (missing.length > 0) {
    const added = addFields(document, frontmatter, mapPath, missing) ?? refuse(`cannot add ${missing.map(([key]) => `\`${key}\``).join(', ')} to ${document.id}: its frontmatter is not laid out as a mapping`);
    edits.push(added);
  }
  return edits;
}

/** The value node of `key` in the mapping at `mapPath` (null when the key is written with no value), undefined when the key is absent. */
function keyIn(frontmatter: Frontmatter, mapPath: YamlPath, key: string): { node: Node | null; keyNode: Node } | undefined {
  const map = mapPath.length === 0 ? frontmatter.tree.contents : nodeAtPath(frontmatter.tree, mapPath);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  if (!pair) return undefined;
  return { node: (pair.value ?? null) as Node | null, keyNode: pair.key as Node };
}

function sourceOf(document: NetworkDocument, frontmatter: Frontmatter, node: Node): string | undefined {
  return node.range ? document.text.slice(frontmatter.start + node.range[0], frontmatter.start + node.range[1]).trimEnd() : undefined;
}

/** Replaces a value where it stands; a key written with no value gets one after its colon. */
function replaceValue(document: NetworkDocument, frontmatter: Frontmatter, existing: { node: Node | null; keyNode: Node }, value: YamlValue): TextEdit {
  const { node, keyNode } = existing;
  const written = typeof value === 'string' ? value : flow(value);
  if (node && node.range && !(isScalar(node) && node.value === null && node.range[0] === node.range[1])) {
    if (!isScalar(node) && typeof value !== 'string') {
      // A block collection (a decision written before): netgov does not rewrite it; the callers refuse before this.
      refuse(`${document.id} already has a value for that field`);
    }
    let end = frontmatter.start + node.range[1];
    const start = frontmatter.start + node.range[0];
    while (end > start && /\s/.test(document.text.charAt(end - 1))) end--;
    return { range: document.lines.rangeOf(start, end), newText: written };
  }
  // `key:` with nothing after it (perhaps a comment): the value goes straight after the colon.
  const colon = colonAfter(document, frontmatter, keyNode);
  return { range: document.lines.rangeOf(colon + 1, colon + 1), newText: ` ${written}` };
}

/** Adds an entry to the list at `path`: appended to the list written there, or the list started when it is empty or absent. */
function appendToList(document: NetworkDocument, path: YamlPath, item: YamlValue): TextEdit {
  const frontmatter = frontmatterOf(document)!;
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  const existing = keyIn(frontmatter, parent, key);
  const node = existing?.node;
  if (isSeq(node) && (node.flow || node.items.length > 0)) {
    return appendItem(document, frontmatter, path, item) ?? refuse(`cannot add to \`${key}\` in ${document.id}: it is not laid out as a list netgov can extend`);
  }
  if (existing === undefined) {
    return addFields(document, frontmatter, parent, [[key, { items: [item] }]]) ?? refuse(`cannot add \`${key}\` to ${document.id}: its frontmatter is not laid out as a mapping`);
  }
  if (node !== null && !(isScalar(node) && node.value === null)) refuse(`\`${key}\` in ${document.id} is not a list`);
  // `key:` with no entries yet.
  const entry = typeof item === 'string' ? `[${item}]` : undefined;
  if (entry !== undefined) return replaceValue(document, frontmatter, existing, entry);
  const eol = eolOf(document.text);
  const keyStart = frontmatter.start + existing.keyNode.range![0];
  const indent = ' '.repeat(document.lines.positionAt(keyStart).character + 2);
  const lines = blockItem(item);
  const colon = colonAfter(document, frontmatter, existing.keyNode);
  const lineEnd = document.lines.lineEnd(document.lines.positionAt(colon).line);
  return { range: document.lines.rangeOf(lineEnd, lineEnd), newText: lines.map((line) => eol + indent + line).join('') };
}

/** The offset of the `:` after a key; an explicit `? key` with none after it is refused rather than written into the next line. */
function colonAfter(document: NetworkDocument, frontmatter: Frontmatter, keyNode: Node): number {
  const keyEnd = frontmatter.start + keyNode.range![1];
  const colon = document.text.indexOf(':', keyEnd);
  if (colon === -1 || /\S/.test(document.text.slice(keyEnd, colon))) {
    refuse(`\`${printable(String(isScalar(keyNode) ? keyNode.value : ''))}\` in ${document.id} has no \`:\` after it; write it as \`key:\` and run again`);
  }
  return colon;
}

function blockItem(item: YamlValue): string[] {
  if (typeof item === 'string' || !('fields' in item) || item.fields.length === 0) return [`- ${flow(item)}`];
  const [first, ...rest] = item.fields.map(([key, value]) => `${key}: ${flow(value)}`);
  return [`- ${first}`, ...rest.map((line) => `  ${line}`)];
}

export type { DecisionResult };
