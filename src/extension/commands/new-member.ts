import * as vscode from 'vscode';
import { posix } from 'node:path';
import { folderOf } from '../../core/discovery';
import { isId } from '../../core/model/kinds';
import { ORGANISATION_NOT_GIVEN, planMember } from '../../core/templates/plan';
import { titleFromId } from '../../core/views/outline';
import type { NetworkService } from '../network-service';
import { createAndOpen, planOrExplain, plannerProblem, takenIds } from './files';
import { authoringContext } from './prompts';
import { chooseNetwork, todayOf } from './shared';

const TITLE = 'New member';

/**
 * `netgov.newMember`: a member's page, joined today. Questions: `network`
 * (when there are several), `name`, `organisation` (empty: filled in later).
 * Returns the new page's URI.
 */
export async function newMember(service: NetworkService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const today = todayOf(context);
  const { root, config } = entry.network;

  const name = await context.prompts.input({
    key: 'name',
    title: TITLE,
    prompt: 'Their name, as they like it to appear; the page is named after it',
    placeholder: 'Amara Okafor',
    step: { step: 1, totalSteps: 2 },
    validate: (value) => {
      const problem = plannerProblem(() => planMember(root, config.layout, { name: value, today, existingIds: [] }));
      if (problem) return { severity: 'error', message: problem };
      const file = planMember(root, config.layout, { name: value, today, existingIds: entry.network.idsOf('member') })[0]!;
      return { severity: 'info', message: `Creates ${posix.relative(root, file.path)}` };
    },
  });
  if (name === undefined) return undefined;

  const organisation = await context.prompts.input({
    key: 'organisation',
    title: TITLE,
    prompt: `The organisation they work for or represent; leave empty to write "${ORGANISATION_NOT_GIVEN}" for them to correct`,
    placeholder: 'Riverside Hospitals NHS Foundation Trust',
    step: { step: 2, totalSteps: 2 },
    validate: (value) => {
      if (value.trim() === '') return undefined;
      const problem = plannerProblem(() => planMember(root, config.layout, { name, organisation: value, today, existingIds: [] }));
      return problem ? { severity: 'error', message: problem } : undefined;
    },
  });
  if (organisation === undefined) return undefined;

  const existingIds = await takenIds(service, entry, 'member');
  const planned = planOrExplain(() => planMember(root, config.layout, { name, organisation: organisation.trim() === '' ? undefined : organisation, today, existingIds }));
  if (!planned) return undefined;
  return createAndOpen(service, entry, planned[0]!, `${TITLE}: ${name}`);
}

/**
 * `netgov.createMember(rootUri, id)`, for the quick fix on an unknown member
 * id: members/<id>.md from the template, named after the id (`amara-okafor`
 * -> "Amara Okafor"), joined today. Refuses when the page exists.
 */
export async function createMember(service: NetworkService, rootUri: unknown, id: unknown, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  if (typeof rootUri !== 'string' || typeof id !== 'string') throw new Error('Create member page needs the network folder\'s URI and the member id.');
  if (!isId(id)) {
    void vscode.window.showErrorMessage(`'${id}' is not a member id: ids are lower-case words joined by hyphens, such as 'amara-okafor'.`);
    return undefined;
  }
  await service.ready();
  const root = vscode.Uri.parse(rootUri, true).toString();
  const entry = service.networks().find((candidate) => candidate.root.toString() === root);
  if (!entry) {
    void vscode.window.showErrorMessage(`There is no network in ${rootUri} any more, so the member page was not created.`);
    return undefined;
  }
  const { layout } = entry.network.config;
  const planned = planOrExplain(() => planMember(entry.network.root, layout, { name: titleFromId(id), today: todayOf(context), existingIds: [] }));
  if (!planned) return undefined;
  // The planner makes the id from the name; the quick fix needs exactly the id the document uses.
  const file = { path: posix.join(entry.network.root, folderOf('member', layout), `${id}.md`), content: planned[0]!.content };
  return createAndOpen(service, entry, file, `Create member page: ${id}`);
}
