import * as vscode from 'vscode';
import { posix } from 'node:path';
import { planAction } from '../../core/templates/plan';
import { currentMembers } from '../../core/views/authoring';
import { ownerChoices, ownerLoads } from '../../core/views/owner-load';
import { areasOf, outcomesOf } from '../../core/views/outline';
import type { NetworkEntry, NetworkService } from '../network-service';
import { createAndOpen, planOrExplain, plannerProblem, takenIds } from './files';
import { authoringContext } from './prompts';
import { chooseNetwork, memberItem, todayOf } from './shared';

const TITLE = 'Propose action';

/** workspaceState key of the member who last proposed an action in a network. */
export function lastProposerKey(entry: NetworkEntry): string {
  return `netgov.lastProposer:${entry.root.toString()}`;
}

/**
 * `netgov.proposeAction`: a proposed action dated today, with an id made from
 * the date and the title that no other action has (`-2`, `-3`... when taken).
 * Questions: `network` (when there are several), `title`, `area` (the
 * charter's areas and "No area", the value ''; not asked when it has none), `owners` (members,
 * each with their open actions and working ties, suggested ones first: see core/views/owner-load.ts),
 * `outcomes` (purpose outcomes; not asked when there are none), `proposedBy`
 * (a member; the last choice is offered first). No branch is offered yet: the
 * file is still the template; once its sections are written and it is saved,
 * netgov offers to put it on a branch of its own (git/proposal-offers.ts).
 * Returns the new action's URI.
 */
export async function proposeAction(service: NetworkService, state: vscode.Memento, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const today = todayOf(context);
  const { root, config } = entry.network;
  const members = currentMembers(entry.network, today);
  if (members.length === 0) {
    void vscode.window.showErrorMessage('An action is proposed by a member, and this network has no members yet: add yourself first with New member.');
    return undefined;
  }
  const outcomes = outcomesOf(entry.network);
  const areas = areasOf(entry.network, today);
  const totalSteps = 3 + (outcomes.length > 0 ? 1 : 0) + (areas.length > 0 ? 1 : 0);
  let step = 1;
  let taken = await takenIds(service, entry, 'action');

  const title = await context.prompts.input({
    key: 'title',
    title: TITLE,
    prompt: 'A short title saying what the network would do; the file name is made from it',
    placeholder: 'Agree a shared referral form',
    step: { step: step++, totalSteps },
    validate: (value) => {
      const plan = (): string => planAction(root, config.layout, { title: value, proposedBy: members[0]!.id, today, existingIds: taken })[0]!.path;
      const problem = plannerProblem(plan);
      return problem ? { severity: 'error', message: problem } : { severity: 'info', message: `Creates ${posix.relative(root, plan())}` };
    },
  });
  if (title === undefined) return undefined;

  // The area decides who reviews (CODEOWNERS) and whose interests match the work.
  let area: string | undefined;
  if (areas.length > 0) {
    const chosen = await context.prompts.pick({
      key: 'area',
      title: TITLE,
      placeholder: "Which area (workstream) is it part of? Its leads will review it",
      items: [{ value: '', label: 'No area', description: "the network's leads review it" }, ...areas.map((a) => ({ value: a.id, label: a.title, description: a.id }))],
      step: { step: step++, totalSteps },
    });
    if (chosen === undefined) return undefined;
    area = chosen === '' ? undefined : chosen;
  }

  // The load in view: each member's open actions and working ties, those who share an interest with the title and carry less than most first.
  const owners = await context.prompts.pickMany({
    key: 'owners',
    title: TITLE,
    placeholder: 'Who would own it? Tick any number, or none yet; suggested members first',
    items: ownerChoices(members, ownerLoads(entry.network, today, { title, area })),
    step: { step: step++, totalSteps },
  });
  if (owners === undefined) return undefined;

  let linked: string[] = [];
  if (outcomes.length > 0) {
    const chosen = await context.prompts.pickMany({
      key: 'outcomes',
      title: TITLE,
      placeholder: 'Which outcomes from the purpose would it serve?',
      items: outcomes.map((outcome) => ({ value: outcome.id, label: outcome.title, description: outcome.id })),
      step: { step: step++, totalSteps },
    });
    if (chosen === undefined) return undefined;
    linked = chosen;
  }

  const remembered = state.get<string>(lastProposerKey(entry));
  const proposedBy = await context.prompts.pick({
    key: 'proposedBy',
    title: TITLE,
    placeholder: 'Who proposes it?',
    items: members.map((member) => memberItem(member)),
    active: members.some((member) => member.id === remembered) ? remembered : owners[0],
    step: { step: totalSteps, totalSteps },
  });
  if (proposedBy === undefined) return undefined;

  taken = await takenIds(service, entry, 'action');
  const planned = planOrExplain(() => planAction(root, config.layout, { title, proposedBy, owners, outcomes: linked, area, today, existingIds: taken }));
  if (!planned) return undefined;
  const uri = await createAndOpen(service, entry, planned[0]!, `${TITLE}: ${title}`);
  if (uri) await state.update(lastProposerKey(entry), proposedBy);
  return uri;
}
