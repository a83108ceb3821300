/**
 * The collaboration graph of a network as of a date (docs: network-model.md,
 * "Collaboration graph"): nodes are the members current on the day; two members
 * are tied when they own or contribute to the same action, or attend (or
 * facilitate) the same meeting; a tie's `weight` counts those occasions.
 *
 * Pure: reads only the Network index, never the file system or VS Code.
 */
import { UndirectedGraph } from 'graphology';
import { LEAD_ROLES } from '../rules/roles';
import type { Network } from '../network';
import type { NetworkDocument } from '../document';
import { date, groupList, text, textList } from '../model/fields';

export interface MemberNodeAttributes {
  /** The member's organisation, when the member page states one. */
  organisation: string | undefined;
  /** True when the member holds a lead, co-chair or coordinator role on the day. */
  lead: boolean;
}

export interface CollaborationEdgeAttributes {
  /** Actions and meetings the two members shared up to the day. */
  weight: number;
}

export type CollaborationGraph = UndirectedGraph<MemberNodeAttributes, CollaborationEdgeAttributes>;

/** A member belongs to the network on the day: joined on or before it, and not left on or before it. */
export function isCurrentMember(member: NetworkDocument, asOf: string): boolean {
  const joined = date(member.data, 'joined');
  const left = date(member.data, 'left');
  return joined !== undefined && joined <= asOf && (left === undefined || left > asOf);
}

/** The member holds a lead role on the day: started on or before it, and no end or an end on or after it. */
export function holdsLeadRole(member: NetworkDocument, asOf: string): boolean {
  return groupList(member.data, 'roles').some(({ value }) => {
    const role = text(value, 'role');
    const from = date(value, 'from');
    const until = date(value, 'until');
    return role !== undefined && LEAD_ROLES.has(role) && from !== undefined && from <= asOf && (until === undefined || until >= asOf);
  });
}

export function buildCollaborationGraph(network: Network, asOf: string): CollaborationGraph {
  const graph: CollaborationGraph = new UndirectedGraph<MemberNodeAttributes, CollaborationEdgeAttributes>();
  for (const [id, member] of [...network.ofKind('member')].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isCurrentMember(member, asOf)) graph.addNode(id, { organisation: text(member.data, 'organisation'), lead: holdsLeadRole(member, asOf) });
  }

  const occasions: string[][] = [];
  for (const action of network.ofKind('action').values()) {
    const proposed = date(action.data, 'proposed');
    if (proposed === undefined || proposed > asOf) continue;
    occasions.push([...textList(action.data, 'owners'), ...textList(action.data, 'contributors')].map((item) => item.value));
  }
  for (const meeting of network.ofKind('meeting').values()) {
    const held = date(meeting.data, 'date');
    if (held === undefined || held > asOf) continue;
    const facilitator = text(meeting.data, 'facilitator');
    occasions.push([...textList(meeting.data, 'attendees').map((item) => item.value), ...(facilitator === undefined ? [] : [facilitator])]);
  }

  for (const ids of occasions) {
    // Each pair once per occasion, however often a member is listed; ids that are not current members are ignored.
    const present = [...new Set(ids)].filter((id) => graph.hasNode(id)).sort();
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        graph.updateUndirectedEdge(present[i]!, present[j]!, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
      }
    }
  }
  return graph;
}
