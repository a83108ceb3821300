import type { NetworkDocument } from '../document';
import type { Network } from '../network';
import { date, group, groupList, number, text, textList, type Data } from './fields';
import type { Affiliation } from './organisations';
import { rolesOf, type RoleEntry } from '../rules/roles';

/**
 * Typed, read-only records of what each kind of document says, read from its
 * frontmatter through the safe field readers (fields.ts): a value of the wrong
 * shape reads as absent (undefined, or an empty list), so a record never
 * throws. Fields are as written: what a reader makes of a missing value (a
 * name falling back to the id, a date judged as of a day) is the reader's.
 *
 * One reader per kind (`memberRecord(document)`, ...), and for the folder
 * kinds the network's records by id, kept by the network until a document of
 * the kind changes (Network.memo). Rules, views, hover cards and the health
 * facts read these rather than the frontmatter by string key.
 * test/core/model/records.test.ts pins each record's source fields to the
 * kind's JSON schema.
 */

export interface MemberRecord {
  readonly id: string;
  readonly document: NetworkDocument;
  readonly name: string | undefined;
  readonly organisation: string | undefined;
  readonly profession: string | undefined;
  readonly sector: string | undefined;
  readonly joined: string | undefined;
  readonly left: string | undefined;
  /** The string items of `interests`, as written. */
  readonly interests: readonly string[];
  /** The `roles` entries that name a role, in the order written (rules/roles.ts). */
  readonly roles: readonly RoleEntry[];
  /** The `affiliations` entries that name an organisation: the organisation as of a day is read from them (organisationOn). */
  readonly affiliations: readonly Affiliation[];
  /** Usernames on code hosting sites (`handles`), as written: the code-owners plan checks their form (codeowners.ts). */
  readonly handles: { readonly github: string | undefined; readonly gitlab: string | undefined };
}

export function memberRecord(document: NetworkDocument): MemberRecord {
  const data = document.data;
  return {
    id: document.id,
    document,
    name: text(data, 'name'),
    organisation: text(data, 'organisation'),
    profession: text(data, 'profession'),
    sector: text(data, 'sector'),
    joined: date(data, 'joined'),
    left: date(data, 'left'),
    interests: textList(data, 'interests').map((item) => item.value),
    roles: rolesOf(document),
    affiliations: groupList(data, 'affiliations').flatMap(({ value }) => {
      const organisation = text(value, 'organisation');
      return organisation === undefined ? [] : [{ organisation, from: date(value, 'from'), until: date(value, 'until') }];
    }),
    handles: { github: text(group(data, 'handles'), 'github'), gitlab: text(group(data, 'handles'), 'gitlab') },
  };
}

export interface DecisionRecord {
  readonly date: string | undefined;
  /** A meeting id or `pull-request`. */
  readonly via: string | undefined;
  /** Where to find the decision: a pull request's number, a link to the minutes. */
  readonly ref: string | undefined;
  /** For a decision by pull request: the string items of `approvers`, the members who approved it. */
  readonly approvers: readonly string[];
  readonly result: string | undefined;
}

export interface ActionRecord {
  readonly id: string;
  readonly document: NetworkDocument;
  readonly title: string | undefined;
  /** The status as written, whether or not it is one of the six (model/action-status.ts). */
  readonly status: string | undefined;
  readonly proposed: string | undefined;
  readonly proposedBy: string | undefined;
  /** The area as written (model/areas.ts knows what a renamed area's id counts for). */
  readonly area: string | undefined;
  /** The `decision` group, when there is one. */
  readonly decision: DecisionRecord | undefined;
  readonly acknowledged: string | undefined;
  readonly due: string | undefined;
  readonly completed: string | undefined;
  readonly owners: readonly string[];
  readonly contributors: readonly string[];
  readonly outcomes: readonly string[];
  /** True when the action records its impact (evidence of what changed). */
  readonly hasImpact: boolean;
}

export function actionRecord(document: NetworkDocument): ActionRecord {
  const data = document.data;
  const decision = group(data, 'decision');
  return {
    id: document.id,
    document,
    title: text(data, 'title'),
    status: text(data, 'status'),
    proposed: date(data, 'proposed'),
    proposedBy: text(data, 'proposed_by'),
    area: text(data, 'area'),
    decision: decision === undefined ? undefined : { date: date(decision, 'date'), via: text(decision, 'via'), ref: text(decision, 'ref'), approvers: textList(decision, 'approvers').map((item) => item.value), result: text(decision, 'result') },
    acknowledged: date(data, 'acknowledged'),
    due: date(data, 'due'),
    completed: date(data, 'completed'),
    owners: textList(data, 'owners').map((item) => item.value),
    contributors: textList(data, 'contributors').map((item) => item.value),
    outcomes: textList(data, 'outcomes').map((item) => item.value),
    hasImpact: data?.impact !== undefined && data.impact !== null && data.impact !== '',
  };
}

export interface MeetingRecord {
  readonly id: string;
  readonly document: NetworkDocument;
  readonly title: string | undefined;
  readonly date: string | undefined;
  readonly type: string | undefined;
  readonly area: string | undefined;
  readonly facilitator: string | undefined;
  /** True when `attendees` is written as a list (of whatever items). */
  readonly attendeesListed: boolean;
  readonly attendees: readonly string[];
  readonly apologies: readonly string[];
  readonly decisions: readonly string[];
  readonly minutesPublished: string | undefined;
}

export function meetingRecord(document: NetworkDocument): MeetingRecord {
  const data = document.data;
  return {
    id: document.id,
    document,
    title: text(data, 'title'),
    date: date(data, 'date'),
    type: text(data, 'type'),
    area: text(data, 'area'),
    facilitator: text(data, 'facilitator'),
    attendeesListed: Array.isArray(data?.attendees),
    attendees: textList(data, 'attendees').map((item) => item.value),
    apologies: textList(data, 'apologies').map((item) => item.value),
    decisions: textList(data, 'decisions').map((item) => item.value),
    minutesPublished: date(data, 'minutes_published'),
  };
}

export interface PulseRecord {
  readonly id: string;
  readonly document: NetworkDocument;
  readonly date: string | undefined;
  readonly invited: number | undefined;
  readonly respondents: number | undefined;
  /** Answer counts per question id, 1..5: only questions whose `counts` are five whole numbers of at least 0. */
  readonly questions: ReadonlyMap<string, readonly number[]>;
  /** Questions written as `suppressed: true`, with how many answered (fewer than the minimum; pulse/suppression.ts). */
  readonly suppressedQuestions: ReadonlyMap<string, number>;
  /** Every question id, counted or suppressed, in the page's order. */
  readonly questionOrder: readonly string[];
  /** Maturity levels per dimension. */
  readonly maturity: ReadonlyMap<string, { readonly current: number | undefined; readonly target: number | undefined }>;
}

export function pulseRecord(document: NetworkDocument): PulseRecord {
  const data = document.data;
  const questions = new Map<string, readonly number[]>();
  const suppressedQuestions = new Map<string, number>();
  const questionOrder: string[] = [];
  for (const [question, value] of Object.entries(group(data, 'questions') ?? {})) {
    const entry = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : undefined;
    const counts = entry?.counts;
    const answered = number(entry, 'answered');
    if (Array.isArray(counts) && counts.length === 5 && counts.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
      questions.set(question, counts as number[]);
      questionOrder.push(question);
    } else if (entry?.suppressed === true && answered !== undefined && Number.isInteger(answered) && answered >= 0) {
      suppressedQuestions.set(question, answered);
      questionOrder.push(question);
    }
  }
  const maturity = new Map<string, { current: number | undefined; target: number | undefined }>();
  for (const dimension of Object.keys(group(data, 'maturity') ?? {})) {
    const levels = group(group(data, 'maturity'), dimension);
    maturity.set(dimension, { current: number(levels, 'current'), target: number(levels, 'target') });
  }
  return { id: document.id, document, date: date(data, 'date'), invited: number(data, 'invited'), respondents: number(data, 'respondents'), questions, suppressedQuestions, questionOrder, maturity };
}

export interface AreaRecord {
  readonly id: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly retired: string | undefined;
  readonly renamedTo: string | undefined;
  /** The entry as written, for readers of what the record does not cover (its `seats`: model/charter-leadership.ts). */
  readonly entry: Data;
}

export interface CharterRecord {
  readonly document: NetworkDocument;
  readonly name: string | undefined;
  /** `start-up` or `ongoing`; undefined for anything else. */
  readonly phase: 'start-up' | 'ongoing' | undefined;
  readonly established: string | undefined;
  /** Months between meetings of the whole network (`meetings.cadence`), when a whole number of at least 1. */
  readonly meetingCadence: number | undefined;
  /** `review.cadence` in months, when a whole number of at least 1. */
  readonly reviewCadence: number | undefined;
  readonly lastReviewed: string | undefined;
  /** `decisions.rule` as written. */
  readonly decisionRule: string | undefined;
  /** `decisions.quorum`: the fewest members who must take part in a decision. */
  readonly quorum: number | undefined;
  /** True only when `decisions.pull_requests` is `true`: an approved pull request may agree a proposal. */
  readonly pullRequestsDecide: boolean;
  /** The `areas` entries with an id, in the order written (duplicates kept: the schema's rules report them). */
  readonly areas: readonly AreaRecord[];
}

export function charterRecord(document: NetworkDocument): CharterRecord {
  const data = document.data;
  const phase = text(data, 'phase');
  const review = group(data, 'review');
  return {
    document,
    name: text(data, 'name'),
    phase: phase === 'start-up' || phase === 'ongoing' ? phase : undefined,
    established: date(data, 'established'),
    meetingCadence: wholeMonths(number(group(data, 'meetings'), 'cadence')),
    reviewCadence: wholeMonths(number(review, 'cadence')),
    lastReviewed: date(review, 'last_reviewed'),
    decisionRule: text(group(data, 'decisions'), 'rule'),
    quorum: number(group(data, 'decisions'), 'quorum'),
    pullRequestsDecide: group(data, 'decisions')?.pull_requests === true,
    areas: groupList(data, 'areas').flatMap(({ value }) => {
      const id = text(value, 'id');
      return id === undefined ? [] : [areaRecord(id, value)];
    }),
  };
}

/** One `areas` entry of the charter, by the id it has. */
export function areaRecord(id: string, entry: Data): AreaRecord {
  return { id, title: text(entry, 'title'), description: text(entry, 'description'), retired: date(entry, 'retired'), renamedTo: text(entry, 'renamed_to'), entry };
}

function wholeMonths(months: number | undefined): number | undefined {
  return months !== undefined && Number.isInteger(months) && months >= 1 ? months : undefined;
}

export interface OutcomeRecord {
  readonly id: string;
  readonly title: string | undefined;
  readonly measure: string | undefined;
  /** As written (a number or words); undefined when absent or null. */
  readonly baseline: unknown;
  readonly target: unknown;
  readonly by: string | undefined;
}

export interface PurposeRecord {
  readonly document: NetworkDocument;
  readonly statement: string | undefined;
  readonly lastReviewed: string | undefined;
  /** The `outcomes` entries with an id, in the order written (duplicates kept). */
  readonly outcomes: readonly OutcomeRecord[];
}

/** One `outcomes` entry of the purpose, by the id it has. */
export function outcomeRecord(id: string, entry: Data): OutcomeRecord {
  const present = (value: unknown): unknown => (value === null ? undefined : value);
  return { id, title: text(entry, 'title'), measure: text(entry, 'measure'), baseline: present(entry?.baseline), target: present(entry?.target), by: date(entry, 'by') };
}

export function purposeRecord(document: NetworkDocument): PurposeRecord {
  const data = document.data;
  return {
    document,
    statement: text(data, 'statement'),
    lastReviewed: date(data, 'last_reviewed'),
    outcomes: groupList(data, 'outcomes').flatMap(({ value }) => {
      const id = text(value, 'id');
      return id === undefined ? [] : [outcomeRecord(id, value)];
    }),
  };
}

// ---------------------------------------------------------------------------
// A network's records, kept until a document of the kind changes

/** Every member page's record, by id (in the network's order). */
export function memberRecords(network: Network): ReadonlyMap<string, MemberRecord> {
  return network.memo('records.members', ['member'], () => new Map([...network.ofKind('member')].map(([id, document]) => [id, memberRecord(document)])));
}

export function actionRecords(network: Network): ReadonlyMap<string, ActionRecord> {
  return network.memo('records.actions', ['action'], () => new Map([...network.ofKind('action')].map(([id, document]) => [id, actionRecord(document)])));
}

export function meetingRecords(network: Network): ReadonlyMap<string, MeetingRecord> {
  return network.memo('records.meetings', ['meeting'], () => new Map([...network.ofKind('meeting')].map(([id, document]) => [id, meetingRecord(document)])));
}

export function pulseRecords(network: Network): ReadonlyMap<string, PulseRecord> {
  return network.memo('records.pulses', ['pulse'], () => new Map([...network.ofKind('pulse')].map(([id, document]) => [id, pulseRecord(document)])));
}

/** The charter's record, when there is a charter (its frontmatter may still be unreadable: then every field is absent). */
export function charterRecordOf(network: Network): CharterRecord | undefined {
  return network.memo('records.charter', ['charter'], () => (network.charter ? charterRecord(network.charter) : undefined));
}

export function purposeRecordOf(network: Network): PurposeRecord | undefined {
  return network.memo('records.purpose', ['purpose'], () => (network.purpose ? purposeRecord(network.purpose) : undefined));
}
