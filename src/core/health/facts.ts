import type { NetworkDocument } from '../document';
import type { YamlPath } from '../parse/yaml-source';
import { addMonths, type Data } from '../model/fields';
import {
  actionRecords,
  charterRecordOf,
  meetingRecords,
  memberRecords,
  pulseRecords,
  purposeRecordOf,
  type ActionRecord,
  type CharterRecord,
  type MeetingRecord,
  type MemberRecord,
  type PulseRecord,
  type PurposeRecord,
} from '../model/records';
import { organisationOn } from '../model/organisations';
import { areaHistory, type AreaHistory } from '../model/areas';
import { termEndOf } from '../model/charter-leadership';
import type { Network } from '../network';
import { isMemberOn } from '../model/membership';
import { isActionStatus, statusAfterDecision, type ActionStatus } from '../model/action-status';
import { LEAD_ROLES, type RoleEntry } from '../rules/roles';
import { addDays, daysBetween } from '../views/dates';
import type { Phase } from './checklist';
import { collaborationOf, graphOfCollaboration, type Collaboration, type CollaborationGraph } from './graph';
import { DEFAULT_TIES, type TieSettings } from '../config';
import { graphMetrics, type GraphMetrics } from './graph-metrics';
import { networkMinCount } from '../pulse/suppression';
import { areaOf } from './area';

/**
 * What the documents say about a network on one day, read once and shared by
 * every indicator evaluated for that day.
 *
 * "As of" works from the documents' own dates: a member counts from `joined`
 * until `left`, an action from `proposed`, a meeting from its `date`. A
 * document's written `status` describes the present (`present`, normally
 * today); for an earlier day the status is derived from the dates the action
 * records (decided, completed), so a trend needs no git history.
 */


export interface MemberFact {
  readonly id: string;
  readonly document: NetworkDocument;
  readonly name: string;
  readonly organisation: string | undefined;
  readonly profession: string | undefined;
  readonly sector: string | undefined;
  readonly joined: string;
  readonly left: string | undefined;
  /** Free-text interests, lower-cased and trimmed, as written in `interests`. */
  readonly interests: readonly string[];
}

export interface RoleFact extends RoleEntry {
  readonly member: string;
  readonly document: NetworkDocument;
  /** A lead, co-chair or coordinator role: the roles that rotate. */
  readonly lead: boolean;
  /**
   * The day the role's area was retired (model/areas.ts), if it was: the role
   * is not expected to go on after it, and its `until` here is at the latest
   * that day. Its `area` is the id the area is known by now (a renamed area's
   * old id counts for the new one), and a lead role with no `until` ends here
   * on the day the charter's `term_ends_on` implies (model/charter-leadership.ts).
   */
  readonly areaRetired: string | undefined;
}

/** Where a role's end is written: its `until`, or, for an end the charter implies or the area's retirement with none written, the role itself. */
export function untilOrRole(role: RoleFact): YamlPath {
  return role.document.has(['roles', role.index, 'until']) ? ['roles', role.index, 'until'] : ['roles', role.index, 'role'];
}

export interface DecisionFact {
  readonly date: string;
  /** A meeting id or `pull-request`. */
  readonly via: string | undefined;
  readonly result: string | undefined;
}

/** An action as it stood on the day; what does not change with the day is the record's (model/records.ts). */
export interface ActionFact extends Pick<ActionRecord, 'id' | 'document' | 'proposedBy' | 'due' | 'owners' | 'contributors' | 'outcomes' | 'hasImpact'> {
  readonly title: string;
  readonly proposed: string;
  /** The area it is for, by the id the area is known by now (a renamed area's old id counts for the new one). */
  readonly area: string | undefined;
  /** True when its area was retired on or before the day: its open work is not expected to go on (openWork leaves it out). */
  readonly inRetiredArea: boolean;
  /** The status on the day (derived from the dates for a day before `present`). */
  readonly status: ActionStatus;
  /** The decision, when it was made on or before the day. */
  readonly decision: DecisionFact | undefined;
  /** When someone first answered the proposal (`acknowledged`), when on or before the day. */
  readonly acknowledged: string | undefined;
  /** The completion date, when on or before the day. */
  readonly completed: string | undefined;
}

/** A meeting held on or before the day; what does not change with the day is the record's (model/records.ts). */
export interface MeetingFact extends Pick<MeetingRecord, 'id' | 'document' | 'type' | 'facilitator' | 'attendees' | 'apologies' | 'decisions'> {
  readonly date: string;
  readonly area: string | undefined;
  /** The date the minutes were published, when on or before the day. */
  readonly minutesPublished: string | undefined;
}

export interface PulseFact {
  readonly id: string;
  readonly document: NetworkDocument;
  readonly date: string;
  readonly invited: number | undefined;
  readonly respondents: number | undefined;
  /** Answer counts per question id, 1..5. */
  readonly questions: ReadonlyMap<string, readonly number[]>;
  /** Questions written as `suppressed: true`, with how many answered (fewer than the minimum; pulse/suppression.ts). */
  readonly suppressedQuestions?: ReadonlyMap<string, number>;
  /** Every question id, counted or suppressed, in the page's order. */
  readonly questionOrder?: readonly string[];
  /** Maturity levels per dimension. */
  readonly maturity: ReadonlyMap<string, { readonly current: number | undefined; readonly target: number | undefined }>;
}

export class AsOfFacts {
  private cachedGraph: CollaborationGraph | undefined;
  private cachedMetrics: GraphMetrics | undefined;
  private cachedCollaboration: Collaboration | undefined;
  private cachedLastActive: ReadonlyMap<string, string> | undefined;
  private cachedLeadRoles: readonly RoleFact[] | undefined;
  private cachedLeads: ReadonlySet<string> | undefined;
  private readonly memberIds: ReadonlySet<string>;
  private readonly daysBeforeCache = new Map<number, string>();

  /** Members who had joined and not left on the day, sorted by id. */
  readonly members: readonly MemberFact[];
  /** Everyone who had joined by the day, including those who have left since. */
  readonly everMembers: readonly MemberFact[];
  /** Every role entry with a start on or before the day, on any member page, current or past. */
  readonly roles: readonly RoleFact[];
  /**
   * Lead terms recorded as starting after the day, on the pages of members who
   * had joined by it: renewals agreed ahead. Only when the day is the present
   * (the documents say what is agreed now, not what was agreed on an earlier
   * day); empty for an earlier day. A spell of leading is judged to the end of
   * its agreed terms (continuous-tenure), as the rule role.continuous-tenure
   * judges it; nothing else reads them.
   */
  readonly leadTermsAhead: readonly RoleFact[];
  /** Actions proposed on or before the day, sorted by id. */
  readonly actions: readonly ActionFact[];
  /** Meetings held on or before the day, oldest first. */
  readonly meetings: readonly MeetingFact[];
  /** Temperature checks taken on or before the day, oldest first. */
  readonly pulses: readonly PulseFact[];
  /** What makes a working tie (netgov.yml `health.ties`, else the defaults): read by the collaboration graph. */
  readonly ties: TieSettings;
  /** The fewest people a figure may come from (netgov.yml `privacy.min_count`, never below MIN_COUNT): nothing from fewer is shown. */
  readonly minCount: number;

  constructor(
    readonly network: Network,
    /** The day the health is measured on. */
    readonly asOf: string,
    /** The day the documents' written statuses describe (today); a later `asOf` is treated as this day. */
    readonly present: string = asOf,
  ) {
    const records = recordsOf(network);
    const membersEver = records.members.flatMap((record) => memberFact(record, asOf));
    this.everMembers = membersEver;
    this.members = membersEver.filter((member) => isMemberOn(member.joined, member.left, asOf));
    this.memberIds = new Set(this.members.map((member) => member.id));
    // An area's view (area.ts) counts only the roles held in the area.
    const area = areaOf(network)?.id;
    this.roles = records.members.flatMap((record) => (record.joined !== undefined && record.joined <= asOf ? record.roles.filter((role) => role.from !== undefined && role.from <= asOf && (area === undefined || role.area === area)) : []));
    // Only today's view sees them: a renewal recorded now was not agreed on an earlier day measured for a trend.
    this.leadTermsAhead = asOf < present ? [] : records.members.flatMap((record) => (record.joined !== undefined && record.joined <= asOf ? record.roles.filter((role) => role.lead && role.from !== undefined && role.from > asOf && (area === undefined || role.area === area)) : []));
    this.actions = records.actions.flatMap((record) => actionFact(record, asOf, present));
    this.meetings = records.meetings.flatMap((record) => (record.date > asOf ? [] : record.minutesPublished === undefined || record.minutesPublished <= asOf ? [record] : [{ ...record, minutesPublished: undefined }]));
    this.pulses = records.pulses.filter((pulse) => pulse.date <= asOf);
    this.ties = network.config.ties ?? DEFAULT_TIES;
    this.minCount = networkMinCount(network);
  }

  /** The charter, when its frontmatter could be read: one that cannot says nothing (its errors are the checker's to report). */
  get charter(): NetworkDocument | undefined {
    return this.network.charter?.data ? this.network.charter : undefined;
  }

  /** The purpose, when its frontmatter could be read. */
  get purpose(): NetworkDocument | undefined {
    return this.network.purpose?.data ? this.network.purpose : undefined;
  }

  /** The charter's record (model/records.ts), when its frontmatter could be read. */
  get charterRecord(): CharterRecord | undefined {
    return this.charter ? charterRecordOf(this.network) : undefined;
  }

  /** The purpose's record, when its frontmatter could be read. */
  get purposeRecord(): PurposeRecord | undefined {
    return this.purpose ? purposeRecordOf(this.network) : undefined;
  }

  /** The charter's phase; undefined when it does not say (then both phases count equally). */
  get phase(): Phase | undefined {
    return charterRecordOf(this.network)?.phase;
  }

  /** Lead roles held on the day: started on or before it, and no end or an end on or after it. */
  get leadRolesHeld(): readonly RoleFact[] {
    this.cachedLeadRoles ??= this.roles.filter((role) => role.lead && (role.until === undefined || role.until >= this.asOf) && this.isMember(role.member));
    return this.cachedLeadRoles;
  }

  /** Ids of current members holding a lead role on the day. */
  get leads(): ReadonlySet<string> {
    this.cachedLeads ??= new Set(this.leadRolesHeld.map((role) => role.member));
    return this.cachedLeads;
  }

  /** Months between meetings of the whole network, from the charter's `meetings.cadence`; undefined when it does not say. */
  get meetingCadence(): number | undefined {
    return charterRecordOf(this.network)?.meetingCadence;
  }

  /**
   * An activity window sized to the network's own rhythm: `days`, or one
   * meeting cycle (`meetings.cadence` months back from the day) and
   * CADENCE_MARGIN_DAYS when that is longer. So a network that meets each
   * quarter reads the same the day before a meeting as the day after it.
   */
  activityWindow(days: number): number {
    const cadence = this.meetingCadence;
    if (cadence === undefined) return days;
    return Math.max(days, daysBetween(addMonths(this.asOf, -cadence), this.asOf) + CADENCE_MARGIN_DAYS);
  }

  /** "90 days" or "123 days (one meeting cycle of 3 months and a month's grace)": how a window is described. */
  windowWords(days: number): string {
    const window = this.activityWindow(days);
    if (window === days) return `${days} days`;
    return `${window} days (the network meets every ${this.meetingCadence === 1 ? 'month' : `${this.meetingCadence} months`}: one cycle and a month's grace)`;
  }

  /** True for a member on the day (joined, not left). */
  isMember(id: string): boolean {
    return this.memberIds.has(id);
  }

  /** The day `days` days before the day measured. */
  daysBefore(days: number): string {
    // Indicators ask this once per action or meeting; the answer depends only on `days`.
    let day = this.daysBeforeCache.get(days);
    if (day === undefined) this.daysBeforeCache.set(days, (day = addDays(this.asOf, -days)));
    return day;
  }

  /** The collaboration graph of working ties on the day (network-model.md, ties.ts): built once per day, from `collaboration`. */
  get graph(): CollaborationGraph {
    this.cachedGraph ??= graphOfCollaboration(this.collaboration);
    return this.cachedGraph;
  }

  /** The same graph as plain index arrays: what the metrics run on (graphology costs several times more to build). */
  get collaboration(): Collaboration {
    this.cachedCollaboration ??= collaborationOf(this);
    return this.cachedCollaboration;
  }

  get metrics(): GraphMetrics {
    this.cachedMetrics ??= graphMetrics(this.collaboration);
    return this.cachedMetrics;
  }

  /**
   * Each member's latest day of taking part on or before the day: attending or
   * facilitating a meeting, proposing an action, or owning or contributing to
   * one (counted at its latest date so far: completed, decided or proposed).
   * Members who never took part are absent.
   */
  get lastActive(): ReadonlyMap<string, string> {
    if (!this.cachedLastActive) {
      const last = new Map<string, string>();
      for (const [id, days] of activityOf(this.network)) {
        const day = latestOnOrBefore(days, this.asOf);
        if (day !== undefined) last.set(id, day);
      }
      this.cachedLastActive = last;
    }
    return this.cachedLastActive;
  }
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The grace beyond one meeting cycle in an activity window: a meeting that slips by a few weeks still counts. */
export const CADENCE_MARGIN_DAYS = 31;

/** A member's record (model/records.ts) with its roles as the health reads them: areas as known now, ends the charter or an area's retirement implies. */
interface MemberHealthRecord extends Omit<MemberRecord, 'name' | 'interests' | 'roles' | 'handles'> {
  /** The name, or the id when the page gives none. */
  readonly name: string;
  /** Lower-cased and trimmed, empty ones left out. */
  readonly interests: readonly string[];
  readonly roles: readonly RoleFact[];
}

function memberHealthRecord(record: MemberRecord, areas: AreaHistory, charter: Data): MemberHealthRecord {
  const { id, document } = record;
  return {
    id,
    document,
    name: record.name ?? id,
    organisation: record.organisation,
    profession: record.profession,
    sector: record.sector,
    joined: record.joined,
    left: record.left,
    interests: record.interests.map((item) => item.trim().toLowerCase()).filter(Boolean),
    roles: record.roles.map((role) => {
      const lead = LEAD_ROLES.has(role.role);
      const until = areas.endOf(role.area, lead ? termEndOf(charter, role) : role.until);
      return { ...role, area: areas.currentOf(role.area), until, member: id, document, lead, areaRetired: areas.retiredOn(role.area) };
    }),
    affiliations: record.affiliations,
  };
}

function memberFact(record: MemberHealthRecord, asOf: string): MemberFact[] {
  const { joined, left } = record;
  if (joined === undefined || joined > asOf) return [];
  const { roles: _roles, affiliations: _affiliations, ...fields } = record;
  return [{ ...fields, organisation: organisationOn(record, asOf), joined, left: left !== undefined && left <= asOf ? left : undefined }];
}

/** An action's record (model/records.ts) as the health reads it: its area as known now, its status only when one of the six, its decision only when dated. */
interface ActionHealthRecord extends Pick<ActionRecord, 'id' | 'document' | 'proposed' | 'proposedBy' | 'acknowledged' | 'due' | 'completed' | 'owners' | 'contributors' | 'outcomes' | 'hasImpact'> {
  readonly title: string;
  /** The area as known now (a renamed area's old id counts for the new one). */
  readonly area: string | undefined;
  /** The day its area was retired, if it was. */
  readonly areaRetired: string | undefined;
  readonly written: ActionStatus | undefined;
  readonly decision: DecisionFact | undefined;
}

function actionHealthRecord(record: ActionRecord, areas: AreaHistory): ActionHealthRecord {
  const decisionDate = record.decision?.date;
  const { id, document, proposed, proposedBy, acknowledged, due, completed, owners, contributors, outcomes, hasImpact } = record;
  return {
    id,
    document,
    proposed,
    proposedBy,
    acknowledged,
    due,
    completed,
    owners,
    contributors,
    outcomes,
    hasImpact,
    title: record.title ?? id,
    area: areas.currentOf(record.area),
    areaRetired: areas.retiredOn(record.area),
    written: isActionStatus(record.status) ? record.status : undefined,
    decision: decisionDate === undefined ? undefined : { date: decisionDate, via: record.decision?.via, result: record.decision?.result },
  };
}

function actionFact(record: ActionHealthRecord, asOf: string, present: string): ActionFact[] {
  const proposed = record.proposed;
  if (proposed === undefined || proposed > asOf) return [];
  const decision = record.decision !== undefined && record.decision.date <= asOf ? record.decision : undefined;
  const completed = record.completed !== undefined && record.completed <= asOf ? record.completed : undefined;
  // An object literal of one fixed shape: a trend builds a quarter of a million of these.
  return [
    {
      id: record.id,
      document: record.document,
      title: record.title,
      proposed,
      proposedBy: record.proposedBy,
      area: record.area,
      inRetiredArea: record.areaRetired !== undefined && record.areaRetired <= asOf,
      status: statusOn(asOf, present, record.written, decision, completed),
      decision,
      acknowledged: record.acknowledged !== undefined && record.acknowledged <= asOf ? record.acknowledged : undefined,
      due: record.due,
      completed,
      owners: record.owners,
      contributors: record.contributors,
      outcomes: record.outcomes,
      hasImpact: record.hasImpact,
    },
  ];
}

/**
 * The status on a day. From `present` on, the written status. Before it: done
 * once completed; after a decision, dropped when rejected, proposed again when
 * deferred, otherwise agreed work (in progress if it has since started);
 * before any decision, proposed.
 */
function statusOn(asOf: string, present: string, written: ActionStatus | undefined, decision: DecisionFact | undefined, completed: string | undefined): ActionStatus {
  if (asOf >= present && written !== undefined) return written;
  if (completed !== undefined) return 'done';
  if (decision === undefined) return 'proposed';
  const decided = statusAfterDecision(decision.result);
  if (decided !== 'agreed') return decided;
  if (written === 'in-progress' || written === 'blocked' || written === 'done') return 'in-progress';
  return 'agreed';
}

function meetingFact(record: MeetingRecord): MeetingFact | undefined {
  const held = record.date;
  if (held === undefined) return undefined;
  const { id, document, type, area, facilitator, attendees, apologies, decisions, minutesPublished } = record;
  return { id, document, date: held, type, area, facilitator, attendees, apologies, decisions, minutesPublished };
}

function pulseFact(record: PulseRecord): PulseFact | undefined {
  const taken = record.date;
  if (taken === undefined) return undefined;
  const { id, document, invited, respondents, questions, suppressedQuestions, questionOrder, maturity } = record;
  return { id, document, date: taken, invited, respondents, questions, suppressedQuestions, questionOrder, maturity };
}

interface Records {
  /** Sorted by id. */
  readonly members: readonly MemberHealthRecord[];
  /** Sorted by id. */
  readonly actions: readonly ActionHealthRecord[];
  /** Oldest first. */
  readonly meetings: readonly MeetingFact[];
  /** Oldest first. */
  readonly pulses: readonly PulseFact[];
}

/**
 * Every document's record (model/records.ts) made into what the health reads,
 * kept by the network until a document of the kind changes (Network.memo): a
 * 24-month trend evaluates 25 days, and each day only filters these.
 */
function recordsOf(network: Network): Records {
  const byDate = <T extends { readonly id: string; readonly date: string }>(facts: T[]): T[] => facts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b)));
  return {
    // The charter's areas and term end day shape both: a renamed area's records count for the new id, a retired area's roles end with it.
    members: network.memo('health.members', ['member', 'charter'], () => [...memberRecords(network).values()].map((record) => memberHealthRecord(record, areaHistory(network), network.charter?.data)).sort(byId)),
    actions: network.memo('health.actions', ['action', 'charter'], () => [...actionRecords(network).values()].map((record) => actionHealthRecord(record, areaHistory(network))).sort(byId)),
    meetings: network.memo('health.meetings', ['meeting'], () => byDate([...meetingRecords(network).values()].flatMap((record) => meetingFact(record) ?? []))),
    pulses: network.memo('health.pulses', ['pulse'], () => byDate([...pulseRecords(network).values()].flatMap((record) => pulseFact(record) ?? []))),
  };
}

/**
 * Every day each member (or id named) took part, sorted: attending or
 * facilitating a meeting, proposing an action, and owning or contributing to
 * one at its proposal, decision and completion.
 */
function activityOf(network: Network): ReadonlyMap<string, readonly string[]> {
  return network.memo('health.activity', ['action', 'meeting'], () => {
    const days = new Map<string, string[]>();
    const note = (id: string | undefined, day: string | undefined): void => {
      if (id === undefined || day === undefined) return;
      const list = days.get(id);
      if (list) list.push(day);
      else days.set(id, [day]);
    };
    const { actions, meetings } = recordsOf(network);
    for (const meeting of meetings) {
      for (const id of meeting.attendees) note(id, meeting.date);
      note(meeting.facilitator, meeting.date);
    }
    for (const action of actions) {
      if (action.proposed === undefined) continue;
      note(action.proposedBy, action.proposed);
      for (const id of [...action.owners, ...action.contributors]) for (const day of [action.proposed, action.decision?.date, action.completed]) note(id, day);
    }
    for (const list of days.values()) list.sort();
    return days;
  });
}

/** The latest of sorted ISO days on or before `day`. */
function latestOnOrBefore(days: readonly string[], day: string): string | undefined {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? undefined : days[low - 1];
}
