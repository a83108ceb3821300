import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { loadNetwork } from '../../core/check';
import { CODEOWNERS_LOCATIONS } from '../../core/codeowners';
import { findCodeownersFile } from '../../core/codeowners-check';
import { findNetworkRoots } from '../../core/discovery';
import { applyEdits, codeownersEdit, LifecycleError, networkAfter, planDecision, planDone, planHandover, type LifecyclePlan } from '../../core/lifecycle';
import { DECISION_RESULTS } from '../../core/model/action-status';
import type { Network } from '../../core/network';
import { LineIndex } from '../../core/text/line-index';
import { printable } from '../../core/text/printable';
import { findNetworkRoot, readRegularFile, replaceFiles, todayFor, type FileChange } from '../node-files';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { findRepositoryFolder } from '../repository';
import { UsageError, type CliIO, type Command } from '../io';

/**
 * `netgov decide`, `netgov handover` and `netgov done`: the lifecycle planners
 * of src/core/lifecycle.ts applied to the files. Only the computed edits are
 * written (the rest of each file stays byte for byte), through replaceFiles,
 * which refuses links and anything changed since it was read.
 */

const DIR_HELP = '  --dir <folder>  the network\'s folder (or any folder inside it; default: the current folder)';
const EXIT_HELP = 'Exit codes: 0 written; 2 usage error (an unknown id, a request that does not fit the network); nothing is written then.';

const DECIDE_HELP = `Usage: netgov decide ACTION --via MEETING|pull-request --result agreed|rejected|deferred
                     [--ref REF] [--date DATE] [--approver ID]... [--dir NETWORK]

Records the network's decision on a proposed action: writes its decision
(date, where it was decided, the result), sets its status (agreed; dropped
when rejected; still proposed when deferred) and, for a decision at a
meeting, lists the action under that meeting's decisions. A decision at a
meeting takes the meeting's date; one by pull request is dated today unless
--date says otherwise, and needs the charter's \`pull_requests: true\`.

Options:
  --via <id>       the meeting's id, or pull-request
  --result <word>  ${DECISION_RESULTS.join(', ')}
  --ref <text>     the pull request ("#123") or where the minutes say so
  --date <date>    the date of the decision, YYYY-MM-DD
  --approver <id>  a member who approved the pull request (repeat, or a comma-separated list)
${DIR_HELP}

${EXIT_HELP}`;

const HANDOVER_HELP = `Usage: netgov handover ROLE [--area AREA] --from ID --to ID --date DATE [--dir NETWORK]

Hands a role over on DATE: the outgoing member's term ends the day before,
and the successor's starts on DATE for the charter's leadership.term_months.
When the repository has a CODEOWNERS file with a netgov block, the block is
brought up to date too (as netgov codeowners would, for today's roles).

Options:
  --area <id>    the area of the role (leave out for a network-wide role)
  --from <id>    the member handing the role over
  --to <id>      the member taking it on
  --date <date>  the successor's first day, YYYY-MM-DD
${DIR_HELP}

${EXIT_HELP}`;

const DONE_HELP = `Usage: netgov done ACTION --impact TEXT [--date DATE] [--dir NETWORK]

Closes an agreed action: its status becomes done, with the date it was
completed (default: today) and the evidence of the difference it made.

Options:
  --impact <text>  what changed, for whom, and how you know
  --date <date>    the date it was completed, YYYY-MM-DD
${DIR_HELP}

${EXIT_HELP}`;

export const decideCommand: Command = {
  name: 'decide',
  summary: 'record the decision on a proposed action',
  help: DECIDE_HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { via: { type: 'string' }, result: { type: 'string' }, ref: { type: 'string' }, date: { type: 'string' }, approver: { type: 'string', multiple: true }, dir: { type: 'string' } },
    });
    const action = onePositional(positionals, 'decide', 'ACTION');
    const via = required(values.via, '--via', 'a meeting id or pull-request');
    const result = required(values.result, '--result', DECISION_RESULTS.join(', '));
    const approvers = values.approver?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
    return applyPlan(io, values.dir, (network, today) => planDecision(network, { action, via, result, ref: values.ref, date: values.date, approvers }, today));
  },
};

export const handoverCommand: Command = {
  name: 'handover',
  summary: 'hand a role over: end one term and start the successor\'s',
  help: HANDOVER_HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { area: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, date: { type: 'string' }, dir: { type: 'string' } },
    });
    const role = onePositional(positionals, 'handover', 'ROLE');
    const from = required(values.from, '--from', 'the member handing the role over');
    const to = required(values.to, '--to', 'the member taking it on');
    const date = required(values.date, '--date', "the successor's first day, YYYY-MM-DD");
    return applyPlan(io, values.dir, (network, today) => planHandover(network, { role, area: values.area, from, to, date }, today), true);
  },
};

export const doneCommand: Command = {
  name: 'done',
  summary: 'close an agreed action with its completion date and impact',
  help: DONE_HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { impact: { type: 'string' }, date: { type: 'string' }, dir: { type: 'string' } },
    });
    const action = onePositional(positionals, 'done', 'ACTION');
    const impact = required(values.impact, '--impact', 'what changed, for whom, and how you know');
    return applyPlan(io, values.dir, (network, today) => planDone(network, { action, impact, date: values.date }, today));
  },
};

function onePositional(positionals: readonly string[], command: string, what: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs ${what}: see netgov ${command} --help`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one ${what}, not ${positionals.length}: ${positionals.map(printable).join(' ')}`);
  return positionals[0]!;
}

function required(value: string | undefined, option: string, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${option} is needed: ${what}`);
  return value;
}

/**
 * Loads the network, plans, and writes the plan's edits (and, after a
 * handover, the CODEOWNERS block) in one replaceFiles call.
 */
async function applyPlan(io: CliIO, dirOption: string | undefined, plan: (network: Network, today: string) => LifecyclePlan, refreshCodeowners = false): Promise<number> {
  const start = resolve(io.cwd, dirOption ?? '.');
  if (dirOption !== undefined && !(await stat(start).catch(() => undefined))?.isDirectory()) throw new UsageError(`--dir ${dirOption} is not a folder`);
  const root = await findNetworkRoot(start);
  if (root === undefined) throw new UsageError(`no network found in ${dirOption ?? 'this folder'} or any folder above it: a network is a folder holding CHARTER.md (--dir points at one)`);
  const today = todayFor(io.env);
  const workspace = new NodeWorkspace();
  const { network } = await loadNetwork(workspace, toCorePath(root));
  let planned: LifecyclePlan;
  try {
    planned = plan(network, today);
  } catch (error) {
    if (error instanceof LifecycleError) throw new UsageError(error.message);
    throw error;
  }

  const repository = refreshCodeowners ? await findRepositoryFolder(root) : undefined;
  const writeRoot = repository ?? root;
  const changes: FileChange[] = [];
  for (const file of planned.files) {
    const document = network.get(file.path)!;
    const before = await readRegularFile(file.path).catch((error: Error) => {
      throw new UsageError(`${printable(shown(io.cwd, file.path))} cannot be read: ${error.message}`);
    });
    // The edits were computed on the decoded text, which leaves out a byte-order mark.
    const bom = before.startsWith('\uFEFF') ? '\uFEFF' : '';
    if (before !== bom + document.text) throw new UsageError(`${printable(shown(io.cwd, file.path))} changed while netgov was reading it, or is not UTF-8 text; nothing was written`);
    changes.push({ path: file.path, before, after: bom + applyEdits(document, file.edits) });
  }
  let codeowners: string | undefined;
  if (repository !== undefined) {
    const change = await codeownersChange(workspace, repository, network, planned, today);
    if (change) {
      changes.push(change);
      codeowners = change.path;
    }
  }
  const written = await replaceFiles(writeRoot, changes);
  io.stdout(`${planned.summary}\n`);
  for (const path of written) io.stdout(`  updated ${printable(shown(io.cwd, path))}\n`);
  if (codeowners !== undefined) io.stdout('The reviewers in CODEOWNERS follow the new roles; commit it with the member pages.\n');
  return 0;
}

/** The CODEOWNERS file of the repository with its netgov block brought up to date for the networks as they will be, if it has one that changes. */
async function codeownersChange(workspace: NodeWorkspace, repository: string, network: Network, plan: LifecyclePlan, today: string): Promise<FileChange | undefined> {
  const repositoryRoot = toCorePath(repository);
  const path = (await findCodeownersFile(workspace, repositoryRoot, CODEOWNERS_LOCATIONS.github)) ?? (await findCodeownersFile(workspace, repositoryRoot, CODEOWNERS_LOCATIONS.gitlab));
  if (path === undefined) return undefined;
  const before = await readRegularFile(path).catch(() => undefined);
  if (before === undefined) return undefined;
  const roots = await findNetworkRoots(workspace, repositoryRoot);
  const networks = await Promise.all(roots.map(async (root) => (root === network.root ? networkAfter(network, plan) : (await loadNetwork(workspace, root)).network)));
  let edit;
  try {
    edit = codeownersEdit(before, networks, repositoryRoot, today);
  } catch (error) {
    if (error instanceof LifecycleError) throw new UsageError(error.message);
    throw error;
  }
  if (!edit) return undefined;
  return { path, before, after: applyEdits({ text: before, lines: new LineIndex(before) }, [edit]) };
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') || rel === '' ? path : rel).replace(/\\/g, '/');
}
