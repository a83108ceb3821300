import { posix } from 'node:path';
import type { NetworkDocument } from '../document';
import { actionRecord, meetingRecord, memberRecord, pulseRecord, type ActionRecord } from '../model/records';
import type { Network } from '../network';
import { documentFieldChanges, fieldChangeText } from './fields';
import { describeRole, LEAD_ROLES, type RoleEntry } from '../rules/roles';

/** What a change does to the network, one event at a time, in the order a reader would tell it. */
export type ChangeKind =
  | 'action-proposed'
  | 'action-added'
  | 'action-decided'
  | 'action-completed'
  | 'action-dropped'
  | 'action-status'
  | 'action-removed'
  | 'member-joined'
  | 'member-left'
  | 'role-started'
  | 'role-ended'
  | 'role-handed-over'
  | 'meeting-recorded'
  | 'pulse-added'
  | 'charter-changed'
  | 'purpose-changed'
  | 'config-changed';

export interface ChangeNote {
  readonly kind: ChangeKind;
  /** The document the event is written in (for a removed document, where it was): absolute, '/'-separated. */
  readonly file: string;
  /** The same, from the network root. */
  readonly relative: string;
  /** One sentence in plain words; member-written text inside it is not escaped. */
  readonly text: string;
}

type Documents = ReadonlyMap<string, NetworkDocument>;

const EMPTY: Documents = new Map();

/** The events between two versions of a network; either may be missing (a network added or removed). */
export function describeChanges(base: Network | undefined, head: Network | undefined): ChangeNote[] {
  const root = (head ?? base)!.root;
  const notes: ChangeNote[] = [];
  const note = (kind: ChangeKind, document: NetworkDocument, sentence: string): void => {
    notes.push({ kind, file: document.path, relative: posix.relative(root, document.path), text: sentence });
  };
  const of = (network: Network | undefined, kind: 'action' | 'member' | 'meeting' | 'pulse'): Documents => network?.ofKind(kind) ?? EMPTY;

  for (const kind of ['charter', 'purpose'] as const) {
    const before = base?.[kind];
    const after = head?.[kind];
    if (!after || before?.text === after.text) continue;
    const fields = documentFieldChanges(kind, before, after);
    const power = fields.filter((change) => change.shiftsPower).length;
    const how = !before ? 'was written' : fields.length === 0 ? 'changed in its text, not its fields' : `changed in ${plural(fields.length, 'field')}${power ? `, ${power} of them shifting power` : ''}: ${fields.map(fieldChangeText).join('; ')}`;
    note(`${kind}-changed`, after, `The ${kind} ${how}.`);
  }
  members(of(base, 'member'), of(head, 'member'), note);
  actions(of(base, 'action'), of(head, 'action'), note);
  for (const [id, meeting] of of(head, 'meeting')) {
    if (of(base, 'meeting').has(id)) continue;
    const record = meetingRecord(meeting);
    const decisions = record.decisions.length;
    const when = record.date ?? id;
    note('meeting-recorded', meeting, `Meeting of ${when} recorded${decisions ? ` with ${plural(decisions, 'decision')}` : ''}.`);
  }
  for (const [id, pulse] of of(head, 'pulse')) {
    if (of(base, 'pulse').has(id)) continue;
    const { respondents } = pulseRecord(pulse);
    note('pulse-added', pulse, `Temperature check ${id} added${respondents !== undefined ? ` (${plural(respondents, 'respondent')})` : ''}.`);
  }
  // Documents load in whatever order the reads finish; the story is told in a fixed one.
  return notes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

const KIND_ORDER: readonly ChangeKind[] = [
  'charter-changed',
  'purpose-changed',
  'member-joined',
  'member-left',
  'role-handed-over',
  'role-started',
  'role-ended',
  'action-proposed',
  'action-added',
  'action-decided',
  'action-completed',
  'action-dropped',
  'action-status',
  'action-removed',
  'meeting-recorded',
  'pulse-added',
];

type Note = (kind: ChangeKind, document: NetworkDocument, sentence: string) => void;

function actions(base: Documents, head: Documents, note: Note): void {
  for (const [id, action] of head) {
    const record = actionRecord(action);
    const title = record.title ?? id;
    const status = record.status;
    const before = base.get(id);
    if (!before) {
      const by = record.proposedBy;
      if (status === 'proposed' || status === undefined) note('action-proposed', action, `New proposal: ${title}${by ? ` (proposed by ${by})` : ''}.`);
      else note('action-added', action, `Action added as ${status}: ${title}.`);
      continue;
    }
    const earlier = actionRecord(before);
    const was = earlier.status;
    const decided = earlier.decision === undefined && record.decision !== undefined;
    if (status === was && !decided) continue;
    if (status === 'done') note('action-completed', action, `Completed: ${title}.`);
    else if (status === 'dropped') note('action-dropped', action, `Dropped: ${title}.`);
    else if (decided || (was === 'proposed' && (status === 'agreed' || status === 'in-progress'))) note('action-decided', action, `Decided: ${title}${decisionWords(record)}.`);
    else note('action-status', action, `${title}: status ${was ?? 'unset'} → ${status ?? 'unset'}.`);
  }
  for (const [id, action] of base) if (!head.has(id)) note('action-removed', action, `Action removed: ${actionRecord(action).title ?? id}.`);
}

function decisionWords(action: ActionRecord): string {
  const { result, via, ref } = action.decision ?? {};
  const parts = [result, via === 'pull-request' ? `by pull request${ref ? ` ${ref}` : ''}` : via ? `at ${via}` : undefined].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

interface RoleEvent {
  readonly member: NetworkDocument;
  readonly role: RoleEntry;
}

function members(base: Documents, head: Documents, note: Note): void {
  const started: RoleEvent[] = [];
  const ended: RoleEvent[] = [];
  for (const [id, member] of head) {
    const before = base.get(id);
    const record = memberRecord(member);
    const previously = before ? memberRecord(before) : undefined;
    if (!previously) {
      const organisation = record.organisation;
      note('member-joined', member, `${nameOf(member)}${organisation ? ` (${organisation})` : ''} joined.`);
    } else if (record.left !== undefined && previously.left === undefined) {
      note('member-left', member, `${nameOf(member)} left on ${record.left}.`);
    }
    const earlier = new Map((previously?.roles ?? []).map((role) => [roleKey(role), role]));
    const now = new Set(record.roles.map(roleKey));
    for (const [key, role] of earlier) if (!now.has(key)) ended.push({ member, role: { ...role, until: undefined } });
    for (const role of record.roles) {
      const previous = earlier.get(roleKey(role));
      if (!previous) {
        // A newcomer's plain membership is part of joining; a lead role is news of its own.
        if (before || LEAD_ROLES.has(role.role)) started.push({ member, role });
      } else if (role.until !== undefined && previous.until !== role.until) {
        ended.push({ member, role });
      }
    }
  }
  for (const [id, member] of base) if (!head.has(id)) note('member-left', member, `${nameOf(member)} left (their page was removed).`);

  // A role one member ends and another starts in the same change was handed over; pairs are made in path order.
  const byPath = (a: RoleEvent, b: RoleEvent): number => (a.member.path < b.member.path ? -1 : a.member.path > b.member.path ? 1 : a.role.index - b.role.index);
  started.sort(byPath);
  ended.sort(byPath);
  const paired = new Set<RoleEntry>();
  for (const start of started) {
    const end = ended.find((e) => !paired.has(e.role) && e.member !== start.member && e.role.role === start.role.role && e.role.area === start.role.area);
    if (!end) continue;
    paired.add(end.role).add(start.role);
    note('role-handed-over', start.member, `The ${describeRole(start.role)} was handed over from ${nameOf(end.member)} to ${nameOf(start.member)}.`);
  }
  for (const { member, role } of started) if (!paired.has(role)) note('role-started', member, `${nameOf(member)} took on the ${describeRole(role)}${role.from ? ` from ${role.from}` : ''}.`);
  for (const { member, role } of ended) if (!paired.has(role)) note('role-ended', member, `${nameOf(member)}'s ${describeRole(role)} ${role.until ? `ends on ${role.until}` : 'was removed'}.`);
}

/** A role is the same role while its kind, area and start stay the same; its end date may move. */
function roleKey(role: RoleEntry): string {
  return JSON.stringify([role.role, role.area ?? '', role.from ?? '']);
}

function nameOf(member: NetworkDocument): string {
  return memberRecord(member).name ?? member.id;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
