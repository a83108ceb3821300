/**
 * Builders for the delivery, communication and inclusion indicator tests:
 * actions, meetings and pulses written from a few named fields.
 */
import { md } from '../../network-builder';

export interface ActionSpec {
  readonly title: string;
  readonly status: string;
  readonly proposed: string;
  readonly proposedBy?: string;
  readonly owners?: readonly string[];
  readonly contributors?: readonly string[];
  readonly due?: string;
  /** The decision's date; the decision is agreed via a pull request unless `result` or `via` say otherwise. */
  readonly decided?: string;
  readonly via?: string;
  readonly result?: string;
  readonly completed?: string;
  readonly impact?: string;
  /** The date someone first answered the proposal. */
  readonly acknowledged?: string;
  /** Body lines, for progress notes. */
  readonly body?: readonly string[];
}

function list(key: string, items: readonly string[] | undefined): string[] {
  return items === undefined ? [] : [`${key}: [${items.join(', ')}]`];
}

export function actionDoc(spec: ActionSpec): string {
  return md([
    `title: ${spec.title}`,
    `status: ${spec.status}`,
    `proposed_by: ${spec.proposedBy ?? 'amara'}`,
    `proposed: ${spec.proposed}`,
    ...list('owners', spec.owners),
    ...list('contributors', spec.contributors),
    ...(spec.due === undefined ? [] : [`due: ${spec.due}`]),
    ...(spec.acknowledged === undefined ? [] : [`acknowledged: ${spec.acknowledged}`]),
    ...(spec.decided === undefined ? [] : ['decision:', `  date: ${spec.decided}`, `  via: ${spec.via ?? 'pull-request'}`, `  result: ${spec.result ?? 'agreed'}`]),
    ...(spec.completed === undefined ? [] : [`completed: ${spec.completed}`]),
    ...(spec.impact === undefined ? [] : [`impact: ${spec.impact}`]),
  ], spec.body);
}

export interface MeetingSpec {
  readonly date: string;
  readonly type?: string;
  readonly facilitator?: string;
  readonly attendees?: readonly string[];
  readonly decisions?: readonly string[];
  readonly published?: string;
}

export function meetingDoc(spec: MeetingSpec): string {
  return md([
    `date: ${spec.date}`,
    `type: ${spec.type ?? 'network'}`,
    ...(spec.facilitator === undefined ? [] : [`facilitator: ${spec.facilitator}`]),
    `attendees: [${(spec.attendees ?? ['amara']).join(', ')}]`,
    ...list('decisions', spec.decisions),
    ...(spec.published === undefined ? [] : [`minutes_published: ${spec.published}`]),
  ]);
}

export function pulseDoc(date: string, invited = 20, respondents = 12): string {
  return md([`date: ${date}`, 'checklist: netgov-core', `invited: ${invited}`, `respondents: ${respondents}`]);
}

/** Files keyed `actions/<id>.md` from specs keyed by id. */
export function actionFiles(actions: Readonly<Record<string, ActionSpec>>): Record<string, string> {
  return Object.fromEntries(Object.entries(actions).map(([id, spec]) => [`actions/${id}.md`, actionDoc(spec)]));
}

export function meetingFiles(meetings: Readonly<Record<string, MeetingSpec>>): Record<string, string> {
  return Object.fromEntries(Object.entries(meetings).map(([id, spec]) => [`meetings/${id}.md`, meetingDoc(spec)]));
}
