import { UNFINISHED_STATUSES } from '../../../model/action-status';
import { addMonths } from '../../../model/fields';
import type { ActionFact, AsOfFacts } from '../../facts';
import { numberParam, plural, unknown, type Evidence, type IndicatorDefinition } from '../../indicator';
import { nameList, nameOf } from './people';

// Proposals count here: whoever proposed and owns them carries them too.
const OPEN = UNFINISHED_STATUSES;

/**
 * CHAOSS's contributor absence factor applied to action ownership: the
 * fewest members who between them own at least half of all ownerships (one
 * per owner per action) of the actions in the window.
 */
export const ownershipAbsenceFactor: IndicatorDefinition = {
  name: 'ownership-absence-factor',
  dimension: 'leadership',
  what: 'The smallest number of members who together own at least half of the action ownerships (each owner of each action counts once) among actions open on the day (proposed, agreed, in progress or blocked) or completed from the same date `months` months earlier (12 by default) up to and including the day. Dropped actions, and done actions with no completion date, are left out. Unknown when no such action has an owner.',
  why: 'If half of all actions are owned by one or two people, the work stalls when they are away or leave.',
  source: 'CHAOSS, the Contributor Absence Factor metric (also known as the bus or truck factor); Source4Networks, guidance on leading networks (distributed leadership).',
  unit: 'people',
  adapts: 'Judged against what the membership can reach: half the work cannot be spread over more than half the current members (rounded down), so in a network of seven, three people owning half the work is healthy, and one alone is still at risk.',
  params: { months: 12 },
  measure(context) {
    const { facts } = context;
    const months = numberParam(context, 'months', 12);
    const actions = actionsInWindow(facts, addMonths(facts.asOf, -months));
    const owned = ownershipsByMember(actions);
    const total = [...owned.values()].reduce((sum, list) => sum + list.length, 0);
    if (total === 0) return unknown(`No action open on ${facts.asOf} or completed in the ${months} months before has an owner.`, 'Who is seeing each piece of the network\'s work through? Could every agreed action name its owners?');
    const name = nameOf(facts);
    const ranked = [...owned.entries()].sort((a, b) => b[1].length - a[1].length || name(a[0]).localeCompare(name(b[0])) || a[0].localeCompare(b[0]));
    const core = smallestHalf(ranked, total);
    const names = core.map(([id]) => name(id));
    const share = core.reduce((sum, [, list]) => sum + list.length, 0);
    const ownerships = plural(total, 'action ownership');
    return {
      value: core.length,
      // Half the work over half the members (rounded down) is as widely as a small network can spread it.
      ...(facts.members.length > 1 ? { achievable: Math.floor(facts.members.length / 2) } : {}),
      summary: `${nameList(names)} ${core.length === 1 ? 'owns' : 'together own'} ${share} of ${ownerships} (${Math.round((share / total) * 100)}%) among ${plural(actions.length, 'action')} open or completed in the last ${months} months.`,
      evidence: evidenceFor(facts, core, name, total),
      question: `${nameList(names)} ${core.length === 1 ? 'owns' : 'own'} at least half of the ${ownerships} in the last ${months} months: who could share ownership of new actions, or pair up on the ones already under way?`,
    };
  },
};

/** Actions open on the day, or completed within the window: the work someone is, or was recently, seeing through. */
function actionsInWindow(facts: AsOfFacts, since: string): ActionFact[] {
  return facts.actions.filter((action) => (OPEN.has(action.status) && !action.inRetiredArea) || (action.status === 'done' && action.completed !== undefined && action.completed >= since));
}

function ownershipsByMember(actions: readonly ActionFact[]): Map<string, ActionFact[]> {
  const owned = new Map<string, ActionFact[]>();
  for (const action of actions) {
    for (const owner of new Set(action.owners)) {
      const list = owned.get(owner);
      if (list) list.push(action);
      else owned.set(owner, [action]);
    }
  }
  return owned;
}

/** The first members, most ownerships first, who between them reach half of all ownerships. */
function smallestHalf<T>(ranked: readonly (readonly [string, readonly T[]])[], total: number): (readonly [string, readonly T[]])[] {
  const core: (readonly [string, readonly T[]])[] = [];
  let covered = 0;
  for (const entry of ranked) {
    if (covered * 2 >= total) break;
    core.push(entry);
    covered += entry[1].length;
  }
  return core;
}

/** Each of those members' pages, then the open actions they own: the work to share out. */
function evidenceFor(facts: AsOfFacts, core: readonly (readonly [string, readonly ActionFact[]])[], name: (id: string) => string, total: number): Evidence[] {
  const pages = new Map(facts.everMembers.map((member) => [member.id, member.document.path]));
  const members: Evidence[] = core.flatMap(([id, list]) => {
    const file = pages.get(id);
    return file === undefined ? [] : [{ file, member: id, note: `owns ${list.length} of ${plural(total, 'action ownership')}` }];
  });
  const open: Evidence[] = core.flatMap(([id, list]) =>
    list.filter((action) => action.status !== 'done').map((action) => ({ file: action.document.path, at: ['owners'], member: id, note: `owned by ${name(id)}, ${action.status}` })),
  );
  return [...members, ...open].slice(0, 50);
}
