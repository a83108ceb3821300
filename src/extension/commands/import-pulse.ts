import * as vscode from 'vscode';
import { posix } from 'node:path';
import { folderOf } from '../../core/discovery';
import { memberRecords } from '../../core/model/records';
import { isId } from '../../core/model/kinds';
import { MIN_COUNT, isSmall } from '../../core/pulse/suppression';
import {
  PulseInputError,
  aggregateSurvey,
  answered,
  currentMemberCount,
  parseMapping,
  withTotals,
  type ColumnMapping,
  type SurveyTotals,
} from '../../core/pulse/aggregate';
import { planPulse } from '../../core/templates/plan';
import { dateProblem } from '../../core/views/authoring';
import { beginningOf, notYetBegun } from '../../core/model/beginning';
import type { Network } from '../../core/network';
import type { NetworkService } from '../network-service';
import { createAndOpen, planOrExplain, takenIds } from './files';
import { authoringContext, type Validation } from './prompts';
import { chooseNetwork, todayOf } from './shared';

const TITLE = 'Import temperature check';
/** The set of questions asked, as `netgov pulse import` assumes without --checklist. */
const CHECKLIST = 'netgov-core';
const NO_MAPPING = '';
const CHOOSE_MAPPING = 'file';

/**
 * `netgov.importPulse`: a temperature check holding only the totals of a
 * survey export (one row per respondent, one column per question), as
 * `netgov pulse import` writes it. The CSV is read where it is (through
 * VS Code, so remote folders work) and never copied; a CSV inside the network
 * gets a warning not to commit it. Questions: `network` (when there are
 * several), `survey` (the CSV's URI), `mapping` ('' for none, 'file'), then
 * `mappingFile` (its URI), `date` (the survey closed; default today),
 * `invited` (default: the network's current members on that date), `id`
 * (default: the year and quarter, `2026-q4`, -2... when taken). Returns the new page's URI.
 */
export async function importPulse(service: NetworkService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const today = todayOf(context);
  const totalSteps = 5;

  const survey = await context.prompts.file({
    key: 'survey',
    title: `${TITLE}: the survey export (step 1 of ${totalSteps})`,
    openLabel: 'Import',
    filters: { 'CSV files': ['csv'], 'All files': ['*'] },
    defaultUri: entry.root,
  });
  if (!survey) return undefined;

  const choice = await context.prompts.pick({
    key: 'mapping',
    title: TITLE,
    placeholder: 'Column mapping (optional): which survey column is which question?',
    items: [
      { value: NO_MAPPING, label: 'No mapping', description: "the column headers name the questions ('purpose-clear: Our purpose is clear')" },
      { value: CHOOSE_MAPPING, label: 'Choose a mapping file…', description: 'YAML: columns: "Exact header text": question-id' },
    ],
    active: NO_MAPPING,
    step: { step: 2, totalSteps },
  });
  if (choice === undefined) return undefined;
  let mappingUri: vscode.Uri | undefined;
  if (choice === CHOOSE_MAPPING) {
    mappingUri = await context.prompts.file({
      key: 'mappingFile',
      title: `${TITLE}: the column mapping (step 2 of ${totalSteps})`,
      openLabel: 'Use mapping',
      filters: { 'YAML files': ['yml', 'yaml'], 'All files': ['*'] },
      defaultUri: survey,
    });
    if (!mappingUri) return undefined;
  }

  let totals: SurveyTotals;
  try {
    const mapping: ColumnMapping | undefined = mappingUri && parseMapping(await readText(mappingUri), shown(mappingUri));
    totals = aggregateSurvey(await readText(survey), shown(survey), mapping);
  } catch (error) {
    if (!(error instanceof PulseInputError)) throw error;
    void vscode.window.showErrorMessage(`${error.message.replace(/\.$/, '')}. Nothing was written.`);
    return undefined;
  }
  if (isInside(survey, entry.root)) {
    void vscode.window.showWarningMessage(`${shown(survey)} is inside the network and holds individual responses; do not commit it (move it out, or add it to .gitignore).`);
  }

  const typedDate = await context.prompts.input({
    key: 'date',
    title: TITLE,
    prompt: 'The date the survey closed, written YYYY-MM-DD',
    value: today,
    step: { step: 3, totalSteps },
    validate: (value) => {
      const problem = dateProblem(value);
      if (problem) return { severity: 'error', message: problem };
      // As `netgov pulse import` says it, where --invited is the next step here.
      const notYet = notYetBegun(beginningOf(entry.network), value.trim());
      return notYet ? { severity: 'info', message: `Nobody was there to ask: ${notYet.because}. Check the date and ${notYet.check}, or give the number asked in the next step.` } : undefined;
    },
  });
  if (typedDate === undefined) return undefined;
  const date = typedDate.trim();

  const members = currentMembersOn(entry.network, date);
  const typedInvited = await context.prompts.input({
    key: 'invited',
    title: TITLE,
    prompt: `How many people were asked to answer (${totals.respondents} answered; the network had ${members} current ${members === 1 ? 'member' : 'members'} on ${date})`,
    value: String(members),
    step: { step: 4, totalSteps },
    validate: (value) => invitedProblem(value, totals.respondents),
  });
  if (typedInvited === undefined) return undefined;
  const invited = Number(typedInvited.trim());

  const { root, config } = entry.network;
  const taken = await takenIds(service, entry, 'pulse');
  const folder = posix.join(root, folderOf('pulse', config.layout));
  const suggested = idOf(planPulse(root, config.layout, { date, invited, respondents: totals.respondents, existingIds: taken })[0]!.path);
  const typedId = await context.prompts.input({
    key: 'id',
    title: TITLE,
    prompt: "The page's id, which names its file: the year and quarter the survey closed",
    value: suggested,
    step: { step: 5, totalSteps },
    validate: (value) => idProblem(value.trim(), taken, posix.relative(root, folder)),
  });
  if (typedId === undefined) return undefined;
  const id = typedId.trim();

  const planned = planOrExplain(() => planPulse(root, config.layout, { date, invited, respondents: totals.respondents, existingIds: [] }));
  if (!planned) return undefined;
  const file = { path: posix.join(folder, `${id}.md`), content: withTotals(planned[0]!.content, CHECKLIST, totals.questions, config.minCount) };
  const uri = await createAndOpen(service, entry, file, `${TITLE}: ${id}`);
  if (!uri) return undefined;
  void vscode.window.showInformationMessage(importSummary(totals, invited, config.minCount));
  return uri;
}

/** What was imported, in a notification: totals only, and the questions whose figures will be hidden. */
export function importSummary(totals: SurveyTotals, invited: number, min: number = MIN_COUNT): string {
  const questions = totals.questions.length;
  const parts = [`Imported the totals of ${totals.respondents} ${totals.respondents === 1 ? 'respondent' : 'respondents'} of ${invited} invited to ${questions} ${questions === 1 ? 'question' : 'questions'}; the survey file was not copied.`];
  const few = totals.questions.filter((question) => isSmall(answered(question), min));
  if (few.length > 0) {
    parts.push(`Fewer than ${min} answers, so their counts were not written (suppressed): ${few.map((question) => `${question.id} (${answered(question)})`).join(', ')}.`);
  }
  if (totals.ignoredColumns.length > 0) parts.push(`Left out (not questions): ${totals.ignoredColumns.map((column) => JSON.stringify(column)).join(', ')}.`);
  parts.push('Next: write what you heard and what the network will do.');
  return parts.join(' ');
}

/** The network's current members on `date`, counted as `netgov pulse import` counts them. */
function currentMembersOn(network: Network, day: string): number {
  const members = [...memberRecords(network).values()].map(({ joined, left }) => ({ joined, left }));
  return currentMemberCount(members, day);
}

function invitedProblem(value: string, respondents: number): Validation {
  const typed = value.trim();
  if (!/^\d{1,7}$/.test(typed)) return { severity: 'error', message: `Give a whole number, such as ${Math.max(respondents, 12)}.` };
  if (Number(typed) < respondents) return { severity: 'error', message: `${respondents} people answered, so at least ${respondents} were invited.` };
  return undefined;
}

function idProblem(id: string, taken: ReadonlySet<string>, folder: string): Validation {
  if (!isId(id)) return { severity: 'error', message: `'${id}' is not an id: lower-case words and numbers joined by hyphens, such as 2026-q4.` };
  if ([...taken].some((other) => other.toLowerCase() === id.toLowerCase())) return { severity: 'error', message: `${folder}/${id}.md exists already: give another id.` };
  return { severity: 'info', message: `Creates ${folder}/${id}.md` };
}

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -3);
}

async function readText(uri: vscode.Uri): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    const reason = error instanceof vscode.FileSystemError ? error.code : error instanceof Error ? error.message : String(error);
    throw new PulseInputError(`${shown(uri)}: cannot be read (${reason})`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** A file as the user knows it: relative to the workspace when inside it, else its full path. */
function shown(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** True when `uri` is inside the folder `root` (same file system). */
function isInside(uri: vscode.Uri, root: vscode.Uri): boolean {
  if (uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
  const folder = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path.startsWith(folder);
}
