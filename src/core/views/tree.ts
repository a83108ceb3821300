import type { Network } from '../network';
import type { RoleEntry } from '../rules/roles';
import { formatDate, relativeDays } from './dates';
import { isActionStatus } from '../model/action-status';
import {
  COMING_UP_DAYS,
  actionGroups,
  comingUp,
  leadRolesOn,
  memberGroups,
  networkName,
  type ActionEntry,
  type ActionGroup,
  type ComingUpItem,
  type MemberEntry,
  type MemberGroup,
} from './outline';

/**
 * The Network view as plain nodes: labels, descriptions, icons (codicon ids and
 * theme colour ids) and the document each item opens. The extension maps them
 * one to one onto tree items; everything worth testing happens here.
 */

export interface ViewIcon {
  /** A codicon id, e.g. `warning`. */
  readonly id: string;
  /** A theme colour id, e.g. `list.warningForeground`. */
  readonly color?: string;
}

export interface ViewNode {
  /** Unique in the tree and stable across refreshes, so expansion and selection survive them. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon: ViewIcon;
  /** The core path of the document the item opens when clicked. */
  readonly path?: string;
  /** A command the item runs when clicked (placeholders such as "No members yet"). */
  readonly command?: string;
  /** Present (possibly empty) on nodes that can be expanded. */
  readonly children?: readonly ViewNode[];
  /** For nodes with children: whether they start expanded. */
  readonly expanded?: boolean;
  /**
   * What kind of item this is, for menus (package.json's `view/item/context`, `viewItem`): `network`, `group`, `member`,
   * `action` (with `-proposed` for a proposal, which can be put on a branch, then `-overdue` when it is overdue), `coming-up`, `placeholder`.
   */
  readonly contextValue: string;
}

/** A network to show, with a key unique among them (its root's URI) and an optional description (where it is). */
export interface TreeNetwork {
  readonly key: string;
  readonly network: Network;
  readonly description?: string;
}

const WARNING: ViewIcon = { id: 'warning', color: 'list.warningForeground' };

const MEMBER_GROUP_ICONS: Readonly<Record<MemberGroup['key'], ViewIcon>> = {
  leads: { id: 'star-full' },
  sponsors: { id: 'verified' },
  'patient-partners': { id: 'heart' },
  members: { id: 'person' },
  former: { id: 'history' },
};

const ACTION_ICONS: Readonly<Record<ActionGroup['status'], ViewIcon>> = {
  proposed: { id: 'lightbulb' },
  agreed: { id: 'thumbsup' },
  'in-progress': { id: 'play-circle' },
  blocked: { id: 'stop-circle', color: 'list.warningForeground' },
  done: { id: 'pass', color: 'testing.iconPassed' },
  dropped: { id: 'circle-slash' },
  other: { id: 'question' },
};

/**
 * The whole view: with one network its groups (Members, Actions, Coming up)
 * at the top; with several, one expanded node per network holding its groups.
 */
export function networkTree(networks: readonly TreeNetwork[], today: string): ViewNode[] {
  if (networks.length === 1) return networkGroups(networks[0]!.key, networks[0]!.network, today);
  return networks.map(({ key, network, description }) => ({
    id: key,
    label: networkName(network),
    ...(description ? { description } : {}),
    tooltip: `${networkName(network)}${description ? `\n${description}` : ''}`,
    icon: { id: 'organization' },
    ...(network.charter ? { path: network.charter.path } : {}),
    children: networkGroups(key, network, today),
    expanded: true,
    contextValue: 'network',
  }));
}

/** Members, Actions and Coming up for one network. */
export function networkGroups(key: string, network: Network, today: string): ViewNode[] {
  return [membersNode(key, network, today), actionsNode(key, network, today), comingUpNode(key, network, today)];
}

// ---------------------------------------------------------------------------
// Members

function membersNode(key: string, network: Network, today: string): ViewNode {
  const groups = memberGroups(network, today);
  const current = groups.filter((g) => g.key !== 'former').reduce((sum, g) => sum + g.members.length, 0);
  const id = `${key}/members`;
  const children =
    groups.length === 0
      ? [placeholder(`${id}/none`, 'No members yet', 'Add the first with New member.', 'netgov.newMember')]
      : groups.map((g) => memberGroupNode(id, g, today));
  return { id, label: 'Members', description: String(current), tooltip: `${plural(current, 'current member')}`, icon: { id: 'organization' }, children, expanded: true, contextValue: 'group' };
}

function memberGroupNode(parent: string, group: MemberGroup, today: string): ViewNode {
  const id = `${parent}/${group.key}`;
  return {
    id,
    label: group.title,
    description: String(group.members.length),
    icon: MEMBER_GROUP_ICONS[group.key],
    children: group.members.map((member) => memberNode(id, member, group.key, today)),
    expanded: group.key !== 'former',
    contextValue: 'group',
  };
}

function memberNode(parent: string, member: MemberEntry, groupKey: MemberGroup['key'], today: string): ViewNode {
  let description: string | undefined;
  if (groupKey === 'former') description = `left ${formatDate(member.left!)}`;
  else if (groupKey === 'leads') description = leadRolesOn(member, today).map(describeLeadRole).join('; ');
  else description = member.organisation;
  const tooltip = [
    member.name + (member.organisation ? `, ${member.organisation}` : ''),
    ...member.roles.map((role) => `${role.role}${role.area ? ` (${role.area})` : ''}${role.from ? ` from ${formatDate(role.from)}` : ''}${role.until ? ` until ${formatDate(role.until)}` : ''}`),
    ...(member.joined ? [`Joined ${formatDate(member.joined)}`] : []),
    ...(member.left ? [`Left ${formatDate(member.left)}`] : []),
  ].join('\n');
  return {
    id: `${parent}/${member.id}`,
    label: member.name,
    ...(description ? { description } : {}),
    tooltip,
    icon: groupKey === 'former' ? { id: 'person', color: 'disabledForeground' } : { id: 'person' },
    path: member.path,
    contextValue: 'member',
  };
}

/** `lead, hospital-discharge, until 15 Jan 2027`; `co-chair, no end date`. */
export function describeLeadRole(role: RoleEntry): string {
  return [role.role, ...(role.area ? [role.area] : []), role.until ? `until ${formatDate(role.until)}` : 'no end date'].join(', ');
}

// ---------------------------------------------------------------------------
// Actions

function actionsNode(key: string, network: Network, today: string): ViewNode {
  const groups = actionGroups(network, today);
  const all = groups.flatMap((g) => g.actions);
  const open = all.filter((a) => a.status !== 'done' && a.status !== 'dropped').length;
  const overdue = all.filter((a) => a.overdue).length;
  const id = `${key}/actions`;
  const children =
    groups.length === 0
      ? [placeholder(`${id}/none`, 'No actions yet', 'Propose the first with Propose action.', 'netgov.proposeAction')]
      : groups.map((g) => ({
          id: `${id}/${g.status}`,
          label: g.title,
          description: String(g.actions.length),
          icon: ACTION_ICONS[g.status],
          children: g.actions.map((action) => actionNode(`${id}/${g.status}`, action, today)),
          expanded: g.status !== 'done' && g.status !== 'dropped',
          contextValue: 'group',
        }));
  const description = `${open} open` + (overdue > 0 ? `, ${overdue} overdue` : '');
  return {
    id,
    label: 'Actions',
    description,
    tooltip: `${plural(all.length, 'action')}: ${open} open${overdue > 0 ? `, ${overdue} overdue` : ''}`,
    icon: overdue > 0 ? WARNING : { id: 'checklist' },
    children,
    expanded: true,
    contextValue: 'group',
  };
}

function actionNode(parent: string, action: ActionEntry, today: string): ViewNode {
  return {
    id: `${parent}/${action.id}`,
    label: action.title,
    ...optional('description', actionDescription(action, today)),
    tooltip: actionTooltip(action),
    icon: action.overdue ? WARNING : ACTION_ICONS[statusKey(action)],
    path: action.path,
    contextValue: actionContext(action),
  };
}

/** `action`, `action-overdue`, `action-proposed`, `action-proposed-overdue`: what the menus match (see ViewNode.contextValue). */
function actionContext(action: ActionEntry): string {
  return `action${action.status === 'proposed' ? '-proposed' : ''}${action.overdue ? '-overdue' : ''}`;
}

/** `overdue, due 1 Nov 2026`; `due 31 Mar 2027`; `done 20 Nov 2026`. */
function actionDescription(action: ActionEntry, today: string): string | undefined {
  if (action.overdue) return `overdue, due ${formatDate(action.due!)} (${relativeDays(action.due!, today)})`;
  if (action.status === 'done' && action.completed) return `done ${formatDate(action.completed)}`;
  if (action.status === 'done' || action.status === 'dropped') return undefined;
  return action.due ? `due ${formatDate(action.due)}` : undefined;
}

function actionTooltip(action: ActionEntry): string {
  return [
    action.title,
    `${action.id}: ${action.status ?? 'no status'}`,
    ...(action.owners.length ? [`Owners: ${action.owners.join(', ')}`] : ['No owner yet']),
    ...(action.outcomes.length ? [`Outcomes: ${action.outcomes.join(', ')}`] : []),
    ...(action.proposed ? [`Proposed ${formatDate(action.proposed)}`] : []),
    ...(action.due ? [`Due ${formatDate(action.due)}${action.overdue ? ' (overdue)' : ''}`] : []),
    ...(action.completed ? [`Completed ${formatDate(action.completed)}`] : []),
  ].join('\n');
}

function statusKey(action: ActionEntry): ActionGroup['status'] {
  return isActionStatus(action.status) ? action.status : 'other';
}

// ---------------------------------------------------------------------------
// Coming up

function comingUpNode(key: string, network: Network, today: string): ViewNode {
  const items = comingUp(network, today);
  const id = `${key}/coming-up`;
  const overdue = items.filter((item) => item.overdue).length;
  const children = items.length === 0 ? [placeholder(`${id}/none`, `Nothing due in the next ${COMING_UP_DAYS} days`)] : items.map((item) => comingUpItemNode(id, item, today));
  return {
    id,
    label: 'Coming up',
    description: overdue > 0 ? `${items.length}, ${overdue} overdue` : String(items.length),
    tooltip: `Role terms ending and actions due in the next ${COMING_UP_DAYS} days, overdue actions, and the next charter review`,
    icon: { id: 'calendar' },
    children,
    expanded: true,
    contextValue: 'group',
  };
}

function comingUpItemNode(parent: string, item: ComingUpItem, today: string): ViewNode {
  const when = `${formatDate(item.date)}, ${relativeDays(item.date, today)}`;
  switch (item.kind) {
    case 'role-end': {
      const { member, role } = item;
      return {
        id: `${parent}/role/${member.id}/${role.index}`,
        label: `${member.name}: ${role.role}${role.area ? `, ${role.area}` : ''}`,
        description: `term ends ${when}`,
        tooltip: `${member.name}'s ${role.role} role${role.area ? ` for ${role.area}` : ''} ends on ${formatDate(role.until!)}. Agree who takes it on next, or a new term.`,
        icon: { id: 'person' },
        path: item.path,
        contextValue: 'coming-up',
      };
    }
    case 'action-due':
      return {
        id: `${parent}/action/${item.action.id}`,
        label: item.action.title,
        description: `${item.overdue ? 'overdue, ' : ''}due ${when}`,
        tooltip: actionTooltip(item.action),
        icon: item.overdue ? WARNING : { id: 'checklist' },
        path: item.path,
        contextValue: actionContext(item.action),
      };
    case 'charter-review':
      return {
        id: `${parent}/charter-review`,
        label: 'Charter review',
        description: `${item.overdue ? 'overdue, ' : ''}due ${when}`,
        tooltip: `The charter is reviewed every ${plural(item.cadence, 'month')}; ${item.reviewedBefore ? `it was last reviewed on ${formatDate(item.since)}` : `it has not been reviewed since the network was established on ${formatDate(item.since)}`}. After the review, update review.last_reviewed.`,
        icon: item.overdue ? WARNING : { id: 'law' },
        path: item.path,
        contextValue: 'coming-up',
      };
  }
}

// ---------------------------------------------------------------------------

function placeholder(id: string, label: string, tooltip?: string, command?: string): ViewNode {
  return { id, label, ...optional('tooltip', tooltip), icon: { id: 'info' }, ...optional('command', command), contextValue: 'placeholder' };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
