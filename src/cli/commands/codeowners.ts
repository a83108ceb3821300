import { parseArgs } from 'node:util';
import { promises as fs } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadNetwork } from '../../core/check';
import { findNetworkRoots } from '../../core/discovery';
import { CODE_HOSTS, CODEOWNERS_LOCATIONS, CodeownersBlockError, HOST_NAMES, findBlock, hostOfBlock, linesOf, planCodeowners, withBlock, type CodeHost, type MissingHandle } from '../../core/codeowners';
import { describeChanges, findCodeownersFile } from '../../core/codeowners-check';
import { isIsoDate } from '../../core/views/dates';
import { readRegularFile, refuseLinks, todayFor } from '../node-files';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { findRepositoryFolder } from '../repository';
import { UsageError, type CliIO, type Command } from '../io';

const HELP = `Usage: netgov codeowners [dir] [options]

Writes the reviewers of the networks in the git repository holding dir
(default: the current folder) into its CODEOWNERS file, from the lead roles
held today: the network's leads (lead, co-chair and coordinator roles with no
area) review the whole network folder; an area's leads review the actions and
meetings of their area; an action's own owners and contributors review it
beside those leads. Roles that have ended, and members who have left, drop out.

Only the block between '# netgov:begin' and '# netgov:end' is written; lines
outside it are kept. The file stays where it is (.github/CODEOWNERS,
CODEOWNERS or docs/CODEOWNERS); a new one goes in .github/ (.gitlab/ with
--host gitlab). Leads, owners and contributors with no username in their
page's handles are listed in a warning, never guessed.

Options:
  --check          write nothing; exit 1 if the file is out of date
  --as-of <date>   the roles held on this date (YYYY-MM-DD) instead of today
  --output <path>  write this file instead
  --host <name>    github (default, or what the block says) or gitlab: which handle to use

Exit codes: 0 written or up to date; 1 out of date (--check); 2 usage error.`;

export const codeownersCommand: Command = {
  name: 'codeowners',
  summary: 'ask the current leads and owners to review pull requests (CODEOWNERS)',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        check: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        output: { type: 'string' },
        host: { type: 'string' },
      },
    });
    if (positionals.length > 1) throw new UsageError(`codeowners takes one folder, not ${positionals.length}: ${positionals.join(' ')}`);
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of needs a date written YYYY-MM-DD, not '${asOf}'`);
    const hostOption = values.host;
    if (hostOption !== undefined && !isCodeHost(hostOption)) throw new UsageError(`unknown --host '${hostOption}': use ${CODE_HOSTS.join(' or ')}`);
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    if (!(await fs.stat(dir).catch(() => undefined))?.isDirectory()) throw new UsageError(`${positionals[0] ?? dir} is not a folder`);

    const repository = await findRepositoryFolder(dir);
    if (!repository) io.stderr(`netgov codeowners: ${shown(io.cwd, dir)} is not in a git repository; paths are written relative to it.\n`);
    const root = repository ?? dir;
    const workspace = new NodeWorkspace();
    const roots = await findNetworkRoots(workspace, toCorePath(root));
    if (roots.length === 0) throw new UsageError(`no network found in ${shown(io.cwd, root)}: a network is a folder holding CHARTER.md`);
    const networks = await Promise.all(roots.map(async (networkRoot) => (await loadNetwork(workspace, networkRoot)).network));

    const path = values.output !== undefined ? resolve(io.cwd, values.output) : await existingFile(workspace, root, hostOption);
    // Only as a regular file reached through real folders: a committed `.github` or CODEOWNERS that links elsewhere is refused (issue 13).
    if (!relative(root, path).startsWith('..')) await refuseLinks(root, path);
    const existing = await readRegularFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw new UsageError(`${shown(io.cwd, path)} cannot be read: ${error.message}`);
    });
    const where = shown(io.cwd, path);
    let currentBlock: string[] | undefined;
    try {
      const lines = linesOf(existing ?? '');
      const found = findBlock(lines);
      currentBlock = found && lines.slice(found.begin, found.end + 1).map((line) => line.trimEnd());
    } catch (error) {
      if (error instanceof CodeownersBlockError) throw new UsageError(`${where}: ${error.message}; mend the markers (or remove them both) and run again`);
      throw error;
    }
    const host = hostOption ?? (currentBlock ? hostOfBlock(currentBlock) : 'github');
    const plan = planCodeowners(networks, toCorePath(root), asOf ?? todayFor(io.env), host);
    warnMissing(io, plan.missingHandles, host);
    const updated = withBlock(existing, plan.block);

    if (values.check) {
      if (updated === existing) {
        io.stdout(`${where} is up to date.\n`);
        return 0;
      }
      const what = currentBlock ? describeChanges(currentBlock, plan.block) : 'it has no netgov block yet';
      io.stdout(`${where} is out of date: ${what}. Run netgov codeowners to update it.\n`);
      return 1;
    }
    if (updated === existing) {
      io.stdout(`${where} is up to date; nothing written.\n`);
      return 0;
    }
    if (!relative(root, path).startsWith('..')) await refuseLinks(root, path);
    await writeThroughTemporary(path, updated, existing, where);
    io.stdout(`${existing === undefined ? 'Wrote' : 'Updated'} the reviewers in ${where}. Commit it so that pull requests ask them.\n`);
    return 0;
  },
};

function isCodeHost(name: string): name is CodeHost {
  return (CODE_HOSTS as readonly string[]).includes(name);
}

/** The CODEOWNERS file the host already reads, else where a new one goes. */
async function existingFile(workspace: NodeWorkspace, root: string, host: CodeHost | undefined): Promise<string> {
  const core = toCorePath(root);
  const found = (await findCodeownersFile(workspace, core, CODEOWNERS_LOCATIONS[host ?? 'github'])) ?? (host === undefined ? await findCodeownersFile(workspace, core, CODEOWNERS_LOCATIONS.gitlab) : undefined);
  return found ?? join(root, CODEOWNERS_LOCATIONS[host ?? 'github'][0]!);
}

function warnMissing(io: CliIO, missing: readonly MissingHandle[], host: CodeHost): void {
  if (missing.length === 0) return;
  const who = missing.every((m) => m.owns === 0 && m.contributes === 0) ? ['lead', 'leads'] : ['person', 'people'];
  const leads = missing.length === 1 ? `This ${who[0]} has` : `These ${missing.length} ${who[1]} have`;
  const count = (n: number, what: string): string[] => (n === 0 ? [] : [`${what} ${n} ${n === 1 ? 'action' : 'actions'}`]);
  const lines = missing.map((m) => `  ${m.path} (${[...m.roles, ...count(m.owns, 'owner of'), ...count(m.contributes, 'contributor to')].join(', ')})`);
  io.stderr(`netgov codeowners: warning: ${leads} no ${HOST_NAMES[host]} username (handles.${host}) in their member page, so they are not asked to review:\n${lines.join('\n')}\n`);
}

/**
 * Written beside the file and renamed over it, so a reader never sees half a
 * file. Just before the rename the file is read again: if someone changed it
 * since netgov read it, nothing is replaced and their edit is kept.
 */
async function writeThroughTemporary(path: string, text: string, readBefore: string | undefined, where: string): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.CODEOWNERS.netgov-${process.pid}-${Date.now()}.tmp`);
  try {
    await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    const now = await readRegularFile(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    if (now !== readBefore) throw new UsageError(`${where} changed while netgov was updating it; nothing was written, so the change is kept. Run netgov codeowners again.`);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path).replace(/\\/g, '/');
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
