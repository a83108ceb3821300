import * as vscode from 'vscode';
import { CODEOWNERS_LOCATIONS } from '../../core/codeowners';
import { findCodeownersFile } from '../../core/codeowners-check';
import {
  codeownersEdit,
  heldMeetings,
  LifecycleError,
  networkAfter,
  openAgreedActions,
  planDecision,
  planDone,
  planHandover,
  pullRequestsDecide,
  rolesHeld,
  undecidedActions,
  type ActionChoice,
  type HeldRole,
  type LifecyclePlan,
} from '../../core/lifecycle';
import { DECISION_RESULTS } from '../../core/model/action-status';
import { VIA_PULL_REQUEST } from '../../core/rules/ref-unknown-meeting';
import { describeRole } from '../../core/rules/roles';
import { addDays, formatDate } from '../../core/views/dates';
import { currentMembers, dateProblem } from '../../core/views/authoring';
import { toRange } from '../language/convert';
import type { NetworkEntry, NetworkService } from '../network-service';
import { VscodeWorkspace } from '../vscode-workspace';
import { authoringContext, type PickItem } from './prompts';
import { activeNetwork, chooseNetwork, memberItem, todayOf } from './shared';

/**
 * `netgov.decideAction`, `netgov.handover` and `netgov.markDone`: the
 * lifecycle planners of src/core/lifecycle.ts (the same as `netgov decide`,
 * `handover` and `done`) asked for with quick picks and input boxes, and
 * applied as ONE workspace edit, so that one Undo takes every file back.
 * Files that were saved before are saved again after the edit; a file with
 * unsaved changes of its own keeps them and is left for the user to save.
 * Each returns the URIs it changed, or undefined when cancelled or refused
 * (with a message saying why).
 */

const DECIDE = 'Record decision';
const HANDOVER = 'Hand over role';
const DONE = 'Mark action done';

const RESULT_DESCRIPTIONS: Readonly<Record<(typeof DECISION_RESULTS)[number], string>> = {
  agreed: 'the work goes ahead (status agreed)',
  rejected: 'turned down (status dropped)',
  deferred: 'to be decided later (stays proposed)',
};

/**
 * Questions: `network` (when there are several), `action` (a proposal with no
 * decision; the one in the active editor first), `via` (a meeting held by
 * today, latest first, or `pull-request` when the charter allows it), for a
 * pull request `ref` and `approvers`, then `result`.
 */
export async function decideAction(service: NetworkService, arg?: unknown): Promise<vscode.Uri[] | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, DECIDE);
  if (!entry) return undefined;
  const today = todayOf(context);
  const { network } = entry;
  const actions = undecidedActions(network);
  if (actions.length === 0) return explain('No action in this network is waiting for a decision (proposed, with none recorded).');
  const byPullRequest = pullRequestsDecide(network);
  const totalSteps = 3;

  const action = await context.prompts.pick({ key: 'action', title: DECIDE, placeholder: 'Which proposal was decided?', items: actions.map(actionItem), active: activeId(service, actions), step: { step: 1, totalSteps } });
  if (action === undefined) return undefined;

  const meetings = heldMeetings(network, today);
  const places: PickItem[] = meetings.map((meeting) => ({ value: meeting.id, label: meeting.title ?? meeting.id, description: `${formatDate(meeting.date)} · ${meeting.id}` }));
  if (byPullRequest) places.push({ value: VIA_PULL_REQUEST, label: 'An approved pull request', description: 'the charter allows decisions by pull request' });
  if (places.length === 0) return explain('No meeting has been held yet, and the charter does not allow decisions by pull request: record the meeting first.');
  const via = await context.prompts.pick({ key: 'via', title: `${DECIDE}: ${action}`, placeholder: 'Where was it decided?', items: places, step: { step: 2, totalSteps } });
  if (via === undefined) return undefined;

  let ref: string | undefined;
  let approvers: string[] | undefined;
  if (via === VIA_PULL_REQUEST) {
    const typed = await context.prompts.input({ key: 'ref', title: `${DECIDE}: ${action}`, prompt: 'The pull request, as "#123" ("!123" on GitLab) or its address', placeholder: '#123' });
    if (typed === undefined) return undefined;
    ref = typed.trim() === '' ? undefined : typed.trim();
    const chosen = await context.prompts.pickMany({ key: 'approvers', title: `${DECIDE}: ${action}`, placeholder: 'Who approved it? (checked against the charter\'s quorum)', items: currentMembers(network, today).map((member) => memberItem(member)) });
    if (chosen === undefined) return undefined;
    approvers = chosen;
  }

  const result = await context.prompts.pick({
    key: 'result',
    title: `${DECIDE}: ${action}`,
    placeholder: 'What was decided?',
    items: DECISION_RESULTS.map((value) => ({ value, label: value, description: RESULT_DESCRIPTIONS[value] })),
    active: 'agreed',
    step: { step: 3, totalSteps },
  });
  if (result === undefined) return undefined;
  return applyPlan(service, entry, () => planDecision(network, { action, via, ref, result, approvers }, today), `${DECIDE}: ${action}`);
}

/**
 * Questions: `network` (when there are several), `term` (a role held today,
 * as `member|role|area`), `to` (a current member), `date` (the successor's
 * first day; by default the day after the term ends, or today when that has
 * passed).
 */
export async function handover(service: NetworkService, arg?: unknown): Promise<vscode.Uri[] | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, HANDOVER);
  if (!entry) return undefined;
  const today = todayOf(context);
  const { network } = entry;
  const held = rolesHeld(network, today);
  if (held.length === 0) return explain('Nobody in this network holds a role today, so there is nothing to hand over.');
  const members = currentMembers(network, today);
  const names = new Map(members.map((member) => [member.id, member.name]));
  const totalSteps = 3;

  const term = await context.prompts.pick({ key: 'term', title: HANDOVER, placeholder: 'Which role is handed over?', items: held.map((role) => termItem(role, names)), step: { step: 1, totalSteps } });
  if (term === undefined) return undefined;
  const role = held.find((candidate) => termKey(candidate) === term)!;

  const to = await context.prompts.pick({
    key: 'to',
    title: `${HANDOVER}: ${describeRole({ ...role, index: 0 })}`,
    placeholder: 'Who takes it on?',
    items: members.filter((member) => member.id !== role.member).map((member) => memberItem(member)),
    step: { step: 2, totalSteps },
  });
  if (to === undefined) return undefined;

  const suggested = role.until !== undefined && role.until >= today ? addDays(role.until, 1) : today;
  const typed = await context.prompts.input({
    key: 'date',
    title: `${HANDOVER}: ${describeRole({ ...role, index: 0 })}`,
    prompt: `The first day ${names.get(to) ?? to} holds the role, YYYY-MM-DD; the current term ends the day before`,
    value: suggested,
    step: { step: 3, totalSteps },
    validate: (value) => {
      const problem = dateProblem(value);
      return problem ? { severity: 'error', message: problem } : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const input = { role: role.role, area: role.area, from: role.member, to, date: typed.trim() };
  return applyPlan(service, entry, () => planHandover(network, input, today), `${HANDOVER}: ${role.member} to ${to}`, today);
}

/**
 * Questions: `network` (when there are several), `action` (agreed work not
 * yet done; the one in the active editor first), `impact` (not empty), `date`
 * (default today).
 */
export async function markDone(service: NetworkService, arg?: unknown): Promise<vscode.Uri[] | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, DONE);
  if (!entry) return undefined;
  const today = todayOf(context);
  const { network } = entry;
  const actions = openAgreedActions(network);
  if (actions.length === 0) return explain('No agreed action in this network is waiting to be done.');
  const totalSteps = 3;

  const action = await context.prompts.pick({ key: 'action', title: DONE, placeholder: 'Which action is done?', items: actions.map(actionItem), active: activeId(service, actions), step: { step: 1, totalSteps } });
  if (action === undefined) return undefined;
  const impact = await context.prompts.input({
    key: 'impact',
    title: `${DONE}: ${action}`,
    prompt: 'The difference it made: what changed, for whom, and how you know',
    step: { step: 2, totalSteps },
    validate: (value) => (value.trim() === '' ? { severity: 'error', message: 'Say what difference it made.' } : undefined),
  });
  if (impact === undefined) return undefined;
  const typed = await context.prompts.input({
    key: 'date',
    title: `${DONE}: ${action}`,
    prompt: 'The date it was completed, YYYY-MM-DD',
    value: today,
    step: { step: 3, totalSteps },
    validate: (value) => {
      const problem = dateProblem(value);
      return problem ? { severity: 'error', message: problem } : undefined;
    },
  });
  if (typed === undefined) return undefined;
  return applyPlan(service, entry, () => planDone(network, { action, impact, date: typed.trim() }, today), `${DONE}: ${action}`);
}

function actionItem(action: ActionChoice): PickItem {
  return { value: action.id, label: action.title ?? action.id, description: `${action.id}${action.status ? ` · ${action.status}` : ''}` };
}

function termKey(role: HeldRole): string {
  return `${role.member}|${role.role}|${role.area ?? ''}`;
}

function termItem(role: HeldRole, names: ReadonlyMap<string, string>): PickItem {
  return { value: termKey(role), label: `${names.get(role.member) ?? role.member}: ${describeRole({ ...role, index: 0 })}`, description: `${role.member} · since ${role.from}${role.until ? `, until ${role.until}` : ''}` };
}

/** The action in the active editor, when it is one of the choices. */
function activeId(service: NetworkService, actions: readonly ActionChoice[]): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const id = uri && activeNetwork(service) ? service.lookup(uri)?.document?.id : undefined;
  return actions.some((action) => action.id === id) ? id : undefined;
}

function explain(message: string): undefined {
  void vscode.window.showInformationMessage(message);
  return undefined;
}

/**
 * Plans (a refusal becomes an error message) and applies the plan as one
 * workspace edit, after checking that every file still has the text the plan
 * was made from. With `codeownersToday`, the repository's CODEOWNERS block is
 * brought up to date in the same edit, when it has one.
 */
async function applyPlan(service: NetworkService, entry: NetworkEntry, plan: () => LifecyclePlan, label: string, codeownersToday?: string): Promise<vscode.Uri[] | undefined> {
  let planned: LifecyclePlan;
  try {
    planned = plan();
  } catch (error) {
    if (error instanceof LifecycleError) {
      void vscode.window.showErrorMessage(`netgov: ${error.message}`);
      return undefined;
    }
    throw error;
  }
  const edit = new vscode.WorkspaceEdit();
  const metadata: vscode.WorkspaceEditEntryMetadata = { label, needsConfirmation: false };
  const uris: vscode.Uri[] = [];
  const documents: vscode.TextDocument[] = [];
  for (const file of planned.files) {
    const uri = service.uriOf(entry, file.path);
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText() !== entry.network.get(file.path)?.text) {
      void vscode.window.showErrorMessage(`netgov: ${vscode.workspace.asRelativePath(uri)} changed while netgov was reading it; nothing was changed. Try again.`);
      return undefined;
    }
    for (const change of file.edits) edit.replace(uri, toRange(change.range), change.newText, metadata);
    uris.push(uri);
    documents.push(document);
  }
  if (codeownersToday !== undefined) {
    const codeowners = await codeownersChange(service, entry, planned, codeownersToday);
    if (codeowners) {
      edit.replace(codeowners.document.uri, toRange(codeowners.edit.range), codeowners.edit.newText, metadata);
      uris.push(codeowners.document.uri);
      documents.push(codeowners.document);
    }
  }
  const wasSaved = documents.filter((document) => !document.isDirty);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`netgov: VS Code could not apply the edit to ${uris.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ')}; nothing was changed.`);
    return undefined;
  }
  for (const document of wasSaved) await document.save();
  void vscode.window.showInformationMessage(planned.summary);
  return uris;
}

/** The CODEOWNERS edit for the workspace folder holding the network, when it is a git repository whose CODEOWNERS has a netgov block. */
async function codeownersChange(service: NetworkService, entry: NetworkEntry, plan: LifecyclePlan, today: string): Promise<{ document: vscode.TextDocument; edit: NonNullable<ReturnType<typeof codeownersEdit>> } | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(entry.root);
  if (!folder) return undefined;
  const isRepository = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.git')).then(
    () => true,
    () => false,
  );
  if (!isRepository) return undefined;
  const workspace = new VscodeWorkspace(folder.uri);
  const path = (await findCodeownersFile(workspace, folder.uri.path, CODEOWNERS_LOCATIONS.github)) ?? (await findCodeownersFile(workspace, folder.uri.path, CODEOWNERS_LOCATIONS.gitlab));
  if (path === undefined) return undefined;
  const document = await vscode.workspace.openTextDocument(folder.uri.with({ path }));
  const inside = service.networks().filter((other) => other.root.scheme === folder.uri.scheme && (other.root.path + '/').startsWith(folder.uri.path.replace(/\/?$/, '/')));
  const networks = inside.map((other) => (other.root.toString() === entry.root.toString() ? networkAfter(entry.network, plan) : other.network));
  try {
    const edit = codeownersEdit(document.getText(), networks, folder.uri.path, today);
    return edit ? { document, edit } : undefined;
  } catch (error) {
    if (!(error instanceof LifecycleError)) throw error;
    // Markers out of order: the role changes still go ahead; CODEOWNERS is left for the user to mend.
    void vscode.window.showWarningMessage(`netgov: ${error.message}`);
    return undefined;
  }
}
