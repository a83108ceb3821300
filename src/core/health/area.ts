import type { NetworkDocument } from '../document';
import { areaHistory } from '../model/areas';
import { actionRecords, charterRecordOf, meetingRecords, memberRecords, type MemberRecord } from '../model/records';
import { Network } from '../network';

/**
 * Per-area health (docs/health.md, "One area"): the same checks run on one
 * workstream, by measuring a copy of the network that holds only the area's
 * records. No indicator knows about areas; they measure what they are given.
 *
 * The area's records:
 * - its actions and meetings: those whose `area` is the area's id, or an old
 *   id the charter renamed to it (`renamed_to`, model/areas.ts);
 * - its members: those whose page gives a role in the area, or who own or
 *   contribute to one of its actions, or attend or facilitate one of its
 *   meetings; a member counts in the area from their first day in it (the
 *   earliest role start, action proposal or meeting there), or from the day
 *   they joined the network when that is later;
 * - its roles: only the roles held in the area (AsOfFacts reads `area` from
 *   this view), so a member who leads another workstream is not a lead here;
 * - the network-wide documents still apply: the charter (phase, decision
 *   rules, reviews), the purpose (outcomes) and the temperature checks, which
 *   are the whole network's answers.
 */

export interface AreaInfo {
  readonly id: string;
  /** The charter's title for the area, else its id. */
  readonly title: string;
}

/** What an area's health rests on: how many of the network's documents are the area's. */
export interface AreaScope extends AreaInfo {
  readonly members: number;
  readonly actions: number;
  readonly meetings: number;
  /** Temperature checks: network-wide, counted so a reader sees what the survey answers are. */
  readonly pulses: number;
}

/** A network reduced to one area's records (see above). `area` says which. */
export class AreaNetwork extends Network {
  constructor(
    readonly whole: Network,
    readonly area: AreaScope,
  ) {
    super(whole.root, whole.config);
  }
}

/** The area a view is reduced to, or undefined for the whole network. */
export function areaOf(network: Network): AreaScope | undefined {
  return network instanceof AreaNetwork ? network.area : undefined;
}

/**
 * The network's areas: those the charter lists, in its order, less the old
 * ids it renamed (their records are the new area's); when it lists none (then
 * any area is accepted), the areas named on roles, actions and meetings, sorted.
 */
export function areasOf(network: Network): AreaInfo[] {
  const history = areaHistory(network);
  const listed = (charterRecordOf(network)?.areas ?? []).flatMap(({ id, title }) => (history.isRenamed(id) ? [] : [{ id, title: title ?? id }]));
  if (network.areaIds !== undefined) return listed;
  const named = new Set<string>();
  for (const member of memberRecords(network).values()) for (const role of member.roles) if (role.area !== undefined) named.add(role.area);
  for (const { area } of [...actionRecords(network).values(), ...meetingRecords(network).values()]) if (area !== undefined) named.add(area);
  return [...named].sort().map((id) => ({ id, title: id }));
}

/** The network reduced to one area's records; undefined when the network has no such area. */
export function areaNetwork(network: Network, id: string): AreaNetwork | undefined {
  const info = areasOf(network).find((area) => area.id === id);
  if (!info) return undefined;
  const history = areaHistory(network);
  const inArea = (area: string | undefined): boolean => area !== undefined && history.current(area) === id;
  const actions = [...actionRecords(network).values()].filter((action) => inArea(action.area));
  const meetings = [...meetingRecords(network).values()].filter((meeting) => inArea(meeting.area));
  // Each member's first day in the area: the earliest role start, action proposal or meeting there.
  // Undefined when something of theirs there has no date: then they count from the day they joined.
  const first = new Map<string, string | undefined>();
  const note = (member: string, day: string | undefined): void => {
    if (!first.has(member)) first.set(member, day);
    else {
      const known = first.get(member);
      if (known !== undefined && (day === undefined || day < known)) first.set(member, day);
    }
  };
  for (const action of actions) for (const id of [...action.owners, ...action.contributors]) note(id, action.proposed);
  for (const meeting of meetings) {
    for (const id of meeting.attendees) note(id, meeting.date);
    if (meeting.facilitator !== undefined) note(meeting.facilitator, meeting.date);
  }
  for (const [memberId, member] of memberRecords(network)) for (const role of member.roles) if (inArea(role.area)) note(memberId, role.from);
  const members = [...memberRecords(network)].flatMap(([memberId, member]) => (first.has(memberId) ? [inAreaFrom(member, first.get(memberId))] : []));
  const pulses = [...network.ofKind('pulse').values()];
  const view = new AreaNetwork(network, { ...info, members: members.length, actions: actions.length, meetings: meetings.length, pulses: pulses.length });
  for (const document of network.documents) {
    if (document.kind !== 'member' && document.kind !== 'action' && document.kind !== 'meeting') view.set(document);
  }
  for (const document of [...members, ...actions.map((action) => action.document), ...meetings.map((meeting) => meeting.document)]) view.set(document);
  return view;
}

/**
 * The member's page as the area sees it: joined on the later of the day they
 * joined the network and their first day in the area, so that an area's trend
 * does not count them as a quiet member of it before they came to it.
 */
function inAreaFrom(member: MemberRecord, firstDay: string | undefined): NetworkDocument {
  const { joined, document } = member;
  if (joined === undefined || firstDay === undefined || firstDay <= joined) return document;
  return document.withData({ ...document.data, joined: firstDay });
}

/** The line every format prints under the title of an area's report: which area, and what it rests on. Plain text, for the formats to escape. */
export function areaWords(area: AreaScope): string {
  const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  return `Area: ${area.title} (${area.id}). Rests on the area's ${count(area.members, 'member page')}, ${count(area.actions, 'action')} and ${count(area.meetings, 'meeting')}, with the whole network's charter, purpose and ${count(area.pulses, 'temperature check')} (survey answers are the whole network's, so no mirror is drawn for an area).`;
}
