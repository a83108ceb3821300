import { parseArgs } from 'node:util';
import { basename, relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { planNetwork, TemplateInputError, type PlannedFile } from '../../core/templates/plan';
import { FilesExistError, todayFor, writePlannedFiles } from '../node-files';
import { toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';

const HELP = `Usage: netgov init [dir] [--name NAME]

Starts a new network in dir (default: the current folder), creating it if
needed: CHARTER.md and PURPOSE.md to agree together, a README.md, and the
members, actions, meetings and pulses folders, each with a README.md saying
what goes there.

Nothing is ever overwritten: if any of these files exists already, init
writes nothing and says which.

Options:
  --name <name>  the network's full name (default: the folder's name, e.g.
                 north-shire-frailty becomes "North Shire Frailty")

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
      options: { name: { type: 'string' } },
    });
    if (positionals.length > 1) throw new UsageError(`init takes one folder, not ${positionals.length}: ${positionals.join(' ')} (put a name with spaces in quotes after --name)`);
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const info = await stat(dir).catch(() => undefined);
    if (info && !info.isDirectory()) throw new UsageError(`${positionals[0] ?? dir} is a file; give a folder for the new network`);

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
      await writePlannedFiles(files);
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
      '  3. Run netgov check to see that everything is in order.',
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** `north-shire_frailty` -> `North Shire Frailty`; a folder with no name (the root) -> `Our Network`. */
export function nameFromFolder(folder: string): string {
  const words = folder.split(/[\s_-]+/).filter((word) => word !== '');
  if (words.length === 0) return 'Our Network';
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
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
