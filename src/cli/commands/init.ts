import { parseArgs } from 'node:util';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { planNetwork, TemplateInputError, type PlannedFile } from '../../core/templates/plan';
import {
  CI_PROVIDERS,
  ciFileName,
  ciFilePath,
  ciMergeAdvice,
  isCiProvider,
  planCiFile,
  planProposalFiles,
  vendoredTarballPath,
  type CiProvider,
} from '../../core/templates/ci';
import { PROPOSAL_ACCEPTED_LABEL } from '../../core/usecases/action-from-issue';
import { FilesExistError, takenPaths, todayFor, writePlannedFiles } from '../node-files';
import { oneNetworkFor } from '../../core/usecases/discover-networks';
import { findRepositoryFolder } from '../repository';
import { version } from '../util';
import { copyTarball, packThisNetgov, VendorError, type PackedTarball } from '../vendor';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';

const HELP = `Usage: netgov init [dir] [--name NAME] [--ci github|gitlab [--vendor] [--print]]

Starts a new network in dir (default: the current folder), creating it if
needed: CHARTER.md and PURPOSE.md to agree together, a README.md, and the
members, actions, meetings and pulses folders, each with a README.md saying
what goes there.

Nothing is ever overwritten: if any of these files exists already, init
writes nothing and says which.

With --ci, also adds a CI file at the root of the git repository holding dir
that checks the network on every pull request (GitHub Actions:
.github/workflows/netgov.yml; GitLab: .gitlab-ci.yml). When dir is already
in a network, only the CI files are written. None is ever overwritten: those
there already are left as they are and the others added, and init says which.
The CI file installs this version of netgov from the npm registry; with
--vendor, from a copy of this netgov packed into the repository
(.github/netgov/netgov-VERSION.tgz, or .gitlab/netgov/ for GitLab), which it
checks against its sha256 before installing. Commit that file too.

For GitHub it also adds a way in without git: an issue form, "Propose an
action" (.github/ISSUE_TEMPLATE/propose-action.yml), and a workflow
(.github/workflows/netgov-proposals.yml) that, when a lead labels such an
issue ${PROPOSAL_ACCEPTED_LABEL}, opens a pull request adding the action
(netgov new action --from-issue), proposed by the member the issue names.

Options:
  --name <name>  the network's full name (default: the folder's name, e.g.
                 north-shire-frailty becomes "North Shire Frailty")
  --ci <host>    github or gitlab: add the CI file
  --vendor       with --ci: pack this netgov into the repository and install
                 it from there (needs npm, as Node.js brings it)
  --print        with --ci: print the CI file instead of writing anything

Exit codes: 0 created; 2 usage error, or some of the files exist already.`;

export const initCommand: Command = {
  name: 'init',
  summary: 'start a new network: charter, purpose and folders',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { name: { type: 'string' }, ci: { type: 'string' }, vendor: { type: 'boolean', default: false }, print: { type: 'boolean', default: false } },
    });
    if (positionals.length > 1) throw new UsageError(`init takes one folder, not ${positionals.length}: ${positionals.join(' ')} (put a name with spaces in quotes after --name)`);
    const provider = values.ci;
    if (provider !== undefined && !isCiProvider(provider)) throw new UsageError(`unknown --ci '${provider}': use ${CI_PROVIDERS.join(' or ')}`);
    if (values.print && provider === undefined) throw new UsageError('--print goes with --ci: it prints the CI file');
    if (values.vendor && provider === undefined) throw new UsageError('--vendor goes with --ci: it packs netgov for the CI file to install');
    if (values.vendor && values.print) throw new UsageError('--vendor writes a file, and --print writes nothing: give one of them');
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const special = await specialFileSystem(dir);
    if (special !== undefined) throw new UsageError(`${positionals[0] ?? dir} is under ${special}, which the system keeps for devices and processes, not documents; give a folder on disk`);
    const info = await stat(dir).catch(() => undefined);
    if (info && !info.isDirectory()) throw new UsageError(`${positionals[0] ?? dir} is a file; give a folder for the new network`);
    if (provider !== undefined) return initCi(provider, dir, values.name, values.print, values.vendor, io);

    const name = values.name ?? nameFromFolder(basename(dir));
    const today = todayFor(io.env);
    let files: PlannedFile[];
    try {
      files = planNetwork(toCorePath(dir), { name, today });
    } catch (error) {
      if (error instanceof TemplateInputError) throw new UsageError(error.message);
      throw error;
    }

    const shown = (path: string): string => relative(dir, path).replace(/\\/g, '/');
    try {
      await writePlannedFiles(files, undefined, dir);
    } catch (error) {
      if (!(error instanceof FilesExistError)) throw error;
      const where = displayPath(io.cwd, dir);
      io.stderr(`netgov init: ${where} already has ${error.paths.map(shown).join(', ')}; init never overwrites files, so nothing was written.\n`);
      return 2;
    }

    const where = displayPath(io.cwd, dir);
    const lines = [
      `Started the network "${name}" in ${where}:`,
      ...files.map((file) => `  ${shown(file.path)}`),
      '',
      'Next:',
      ...(dir !== resolve(io.cwd) ? [`  cd ${quoteArg(relative(io.cwd, dir) || '.')}`] : []),
      '  1. Talk the charter and purpose through with your members, then edit CHARTER.md and PURPOSE.md.',
      '  2. Add each member: netgov new member "Their Name" --organisation "Their organisation"',
      '  3. Run netgov check: it points at the template text still to be replaced with your own words (template.unedited).',
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

/**
 * `init --ci`: the CI file at the repository's root (or beside the network
 * when there is no repository yet), and a new network too when dir is in none.
 */
async function initCi(provider: CiProvider, dir: string, name: string | undefined, print: boolean, vendor: boolean, io: CliIO): Promise<number> {
  // Found as every command finds it: the network dir is in, else those under it (a repository root with the network in a subfolder).
  const found = await oneNetworkFor(new NodeWorkspace(), toCorePath(dir));
  // With several networks under dir, the CI file serves them all and no network is started: dir stands for them.
  const existingNetwork = 'root' in found ? found.root : 'several' in found ? dir : undefined;
  if (existingNetwork !== undefined && name !== undefined) {
    const which = 'root' in found ? `${displayPath(io.cwd, existingNetwork)} is one already` : `there are networks under ${displayPath(io.cwd, dir)} already`;
    throw new UsageError(`--name is for a new network, and ${which} (its name is in CHARTER.md)`);
  }
  const networkRoot = existingNetwork ?? dir;
  const repository = await findRepositoryFolder(networkRoot);
  const ciRoot = repository ?? networkRoot;
  if (print) {
    io.stdout(planCiFile(provider, toCorePath(ciRoot), version()).content);
    return 0;
  }
  const networkFolder = relative(ciRoot, networkRoot).replace(/\\/g, '/') || '.';
  const proposals = (sha256?: string): PlannedFile[] =>
    provider === 'github' ? planProposalFiles(toCorePath(ciRoot), version(), networkFolder, sha256 === undefined ? undefined : { sha256 }) : [];
  if (!vendor) return writeCi(provider, dir, existingNetwork, name, repository, [planCiFile(provider, toCorePath(ciRoot), version()), ...proposals()], undefined, io);
  const tarball = join(ciRoot, vendoredTarballPath(provider, version()));
  if (existsSync(tarball)) {
    io.stderr(`netgov init: ${displayPath(io.cwd, tarball)} exists already; init never overwrites files, so nothing was written.\n`);
    return 2;
  }
  let packed: PackedTarball;
  try {
    packed = await packThisNetgov();
  } catch (error) {
    if (error instanceof VendorError) throw new UsageError(error.message);
    throw error;
  }
  try {
    const ci = planCiFile(provider, toCorePath(ciRoot), version(), { sha256: packed.sha256 });
    return await writeCi(provider, dir, existingNetwork, name, repository, [ci, ...proposals(packed.sha256)], { packed, path: tarball }, io);
  } finally {
    await packed.dispose();
  }
}

async function writeCi(
  provider: CiProvider,
  dir: string,
  existingNetwork: string | undefined,
  name: string | undefined,
  repository: string | undefined,
  ciFiles: readonly PlannedFile[],
  vendored: { readonly packed: PackedTarball; readonly path: string } | undefined,
  io: CliIO,
): Promise<number> {
  const [ci, ...proposalFiles] = ciFiles as [PlannedFile, ...PlannedFile[]];
  const networkName = name ?? nameFromFolder(basename(dir));
  let files: PlannedFile[] = [];
  if (existingNetwork === undefined) {
    try {
      files = planNetwork(toCorePath(dir), { name: networkName, today: todayFor(io.env) });
    } catch (error) {
      if (error instanceof TemplateInputError) throw new UsageError(error.message);
      throw error;
    }
  }
  // The CI files there already are left as they are and the others added: a repository whose CI
  // file came before the proposal form gets the form and its workflow. With every one there, nothing is written.
  const present = new Set(await takenPaths(ciFiles.map((file) => file.path)));
  const adding = ciFiles.filter((file) => !present.has(file.path));
  try {
    if (adding.length === 0) throw new FilesExistError([...present]);
    await writePlannedFiles([...files, ...adding], undefined, repository ?? existingNetwork ?? dir);
  } catch (error) {
    if (!(error instanceof FilesExistError)) throw error;
    const taken = error.paths.map((path) => displayPath(io.cwd, path));
    const advice = error.paths.includes(ci.path)
      ? ` ${ciMergeAdvice(provider)}`
      : proposalFiles.some((file) => error.paths.includes(file.path))
        ? ' The proposal form and its workflow are there already: move them aside to have init write them again.'
        : '';
    io.stderr(`netgov init: ${taken.join(', ')} ${taken.length === 1 ? 'exists' : 'exist'} already; init never overwrites files, so nothing was written.${advice}\n`);
    return 2;
  }
  if (vendored) await copyTarball(vendored.packed, vendored.path);
  const ciAdded = !present.has(ci.path);
  const proposalsAdded = proposalFiles.filter((file) => !present.has(file.path));
  const proposalsLeft = proposalFiles.filter((file) => present.has(file.path));
  const proposalName = (file: PlannedFile): string =>
    file === proposalFiles[0] ? `the issue form ${displayPath(io.cwd, file.path)} ("Propose an action")` : `the workflow ${displayPath(io.cwd, file.path)}`;
  const installs = ciAdded || proposalsAdded.some((file) => file !== proposalFiles[0]);
  const lines = [
    ...(existingNetwork === undefined ? [`Started the network "${networkName}" in ${displayPath(io.cwd, dir)}:`, ...files.map((file) => `  ${relative(dir, file.path).replace(/\\/g, '/')}`), ''] : []),
    ciAdded
      ? `Added the ${ciFileName(provider)} ${displayPath(io.cwd, ci.path)}: on each pull request it checks the changed documents and says what the change does to the network.`
      : `Left the ${ciFileName(provider)} ${displayPath(io.cwd, ci.path)} as it is: it exists already, and init never overwrites a file. ${ciMergeAdvice(provider)}`,
    ...(proposalsAdded.length > 0
      ? [
          `Added ${proposalsAdded.map(proposalName).join(' and ')}: when a lead labels such an issue ${PROPOSAL_ACCEPTED_LABEL}, it opens a pull request adding the action (see docs/pull-requests.md in netgov).`,
        ]
      : []),
    ...(proposalsLeft.length > 0 ? [`Left ${proposalsLeft.map(proposalName).join(' and ')} as ${proposalsLeft.length === 1 ? 'it is' : 'they are'}: ${proposalsLeft.length === 1 ? 'it exists' : 'they exist'} already.`] : []),
    ...(!installs
      ? []
      : vendored
        ? [`It installs netgov from ${displayPath(io.cwd, vendored.path)}, packed from this netgov, after checking its sha256 (${vendored.packed.sha256}).`]
        : [`It installs netgov ${version()} from the npm registry; until that version is published there, run init again with --vendor to keep a copy in the repository.`]),
    ...(repository === undefined ? [`There is no git repository here yet, so it went beside the network. Once there is one (git init), move it to ${ciFilePath(provider)} at the repository's root.`] : []),
    '',
    'Next:',
    `  1. Commit ${[...adding.map((file) => relativeTo(repository ?? existingNetwork ?? dir, file.path)), ...(vendored ? [vendoredTarballPath(provider, version())] : [])].join(', ')} and push; it runs on the next pull request.`,
    '  2. Run netgov codeowners so that pull requests ask the current leads to review.',
    ...(provider === 'github' ? ['  3. For findings in the Security tab, turn on code scanning in the repository settings.'] : []),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** `north-shire_frailty` -> `North Shire Frailty`; a folder with no name (the root) -> `Our Network`. */
export function nameFromFolder(folder: string): string {
  const words = folder.split(/[\s_-]+/).filter((word) => word !== '');
  if (words.length === 0) return 'Our Network';
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

/** A path inside `root`, with forward slashes. */
function relativeTo(root: string, path: string): string {
  return relative(root, path).replace(/\\/g, '/');
}

/** The folder as the user would type it: relative to where they are when inside it, else absolute. */
function displayPath(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  if (rel === '') return 'this folder';
  return rel.startsWith('..') ? dir : rel;
}

function quoteArg(arg: string): string {
  return /^[\w./:\\-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** Kernel file systems: reading them can block or never end, and nothing there is a network. */
const SPECIAL_FILE_SYSTEMS = ['/proc', '/sys', '/dev'];

/** The special file system `dir` is under (after following links, from its nearest existing folder), if any. */
async function specialFileSystem(dir: string): Promise<string | undefined> {
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = await realpath(existing).catch(() => existing);
  const under = (path: string): string | undefined => SPECIAL_FILE_SYSTEMS.find((root) => path === root || path.startsWith(`${root}/`));
  return under(dir) ?? under(real);
}
