import type * as vscode from 'vscode';
import { MEETING_TYPES, planMeeting } from '../../core/templates/plan';
import { dateProblem, membersOnDate } from '../../core/views/authoring';
import { formatDate } from '../../core/views/dates';
import type { NetworkService } from '../network-service';
import { createAndOpen, planOrExplain, takenIds } from './files';
import { authoringContext, type PickItem } from './prompts';
import { chooseNetwork, memberItem, todayOf } from './shared';

const TITLE = 'Record meeting';
const NO_FACILITATOR = '';

const TYPE_DESCRIPTIONS: Readonly<Record<(typeof MEETING_TYPES)[number], string>> = {
  network: 'the whole network',
  steering: 'the steering group',
  workstream: 'one area of work',
  learning: 'a learning event or review',
  other: 'anything else',
};

/**
 * `netgov.recordMeeting`: notes for a meeting, id `<date>-<type>-meeting`.
 * Questions: `network` (when there are several), `date` (default today),
 * `type`, `facilitator` (a member, or '' for none), `attendees` (members who
 * had joined by the date and not left). Returns the new notes' URI.
 */
export async function recordMeeting(service: NetworkService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const today = todayOf(context);
  const { root, config } = entry.network;
  const totalSteps = 4;

  const typed = await context.prompts.input({
    key: 'date',
    title: TITLE,
    prompt: 'The date of the meeting, written YYYY-MM-DD (it may be in the future)',
    value: today,
    step: { step: 1, totalSteps },
    validate: (value) => {
      const problem = dateProblem(value);
      return problem ? { severity: 'error', message: problem } : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const date = typed.trim();

  const type = await context.prompts.pick({
    key: 'type',
    title: `${TITLE} on ${formatDate(date)}`,
    placeholder: 'What kind of meeting?',
    items: MEETING_TYPES.map((value) => ({ value, label: value, description: TYPE_DESCRIPTIONS[value] })),
    active: 'network',
    step: { step: 2, totalSteps },
  });
  if (type === undefined) return undefined;

  const members = membersOnDate(entry.network, date);
  const facilitatorItems: PickItem[] = [...members.map((member) => memberItem(member)), { value: NO_FACILITATOR, label: 'No facilitator', description: 'fill in later' }];
  const facilitator = await context.prompts.pick({
    key: 'facilitator',
    title: `${TITLE} on ${formatDate(date)}`,
    placeholder: 'Who chairs or facilitates it?',
    items: facilitatorItems,
    step: { step: 3, totalSteps },
  });
  if (facilitator === undefined) return undefined;

  let attendees: string[] = [];
  if (members.length > 0) {
    const chosen = await context.prompts.pickMany({
      key: 'attendees',
      title: `${TITLE} on ${formatDate(date)}`,
      placeholder: 'Who took part? (members on that date; the facilitator is counted anyway)',
      items: members.map((member) => memberItem(member, member.id === facilitator)),
      step: { step: 4, totalSteps },
    });
    if (chosen === undefined) return undefined;
    attendees = chosen;
  }

  const existingIds = await takenIds(service, entry, 'meeting');
  const planned = planOrExplain(() =>
    planMeeting(root, config.layout, { date, type, facilitator: facilitator === NO_FACILITATOR ? undefined : facilitator, attendees, existingIds }),
  );
  if (!planned) return undefined;
  return createAndOpen(service, entry, planned[0]!, `${TITLE}: ${date}`);
}
