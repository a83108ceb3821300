import { parseArgs } from 'node:util';
import { anonymiserFor } from '../../core/privacy/anonymise';
import type { Network } from '../../core/network';
import { posix, relative, resolve } from 'node:path';
import { promises as fs } from 'node:fs';
import { readNetworkConfig } from '../../core/check';
import { CONFIG_FILE } from '../../core/config';
import { DEFAULT_LIMITS } from '../../core/document';
import { findNetworkRoots } from '../../core/discovery';
import { diffNetworks, type ChangeNote, type NetworkDiff } from '../../core/diff/diff';
import { diffToMarkdown } from '../../core/diff/format-markdown';
import { diffToText } from '../../core/diff/format-text';
import { isIsoDate } from '../../core/views/dates';
import type { Workspace } from '../../core/workspace';
import { comparisonBase } from '../git';
import { GitTreeWorkspace } from '../git-workspace';
import { findNetworkRoot, todayFor } from '../node-files';
import { NodeWorkspace, toCorePath } from '../node-workspace';
import { UsageError, type CliIO, type Command } from '../io';
import { networkState } from '../../core/usecases/network-state';
import { version } from '../util';

const HELP = `Usage: netgov diff BASE [dir] [options]

Shows what the change in this working tree does to each network under dir
(default: the current folder, or the network it is in), compared with where
it parted from BASE (a branch, tag or commit, e.g. main or origin/main): the
problems it introduces and fixes, how each dimension of health moves, and
what it does in words (proposals, decisions, roles, members, meetings).
Uncommitted and untracked changes count. The base is read straight from git:
nothing is checked out and the working tree is left alone.

Options:
  --format <name>   text (default), md (for a pull-request comment or a job
                    summary) or json
  --as-of <date>    measure both sides as if today were this date (YYYY-MM-DD)
  --anonymise       members as stable pseudonyms ("Member 7") and small
                    organisations as "another organisation", no member-page
                    paths (alias --anonymize)

Exit codes: 0 compared; 2 usage error or internal failure.`;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what a change does to the network, compared with a base branch',
  help: HELP,
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'as-of': { type: 'string' },
        anonymise: { type: 'boolean', default: false },
        anonymize: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
    const [baseName, folder, ...extra] = positionals;
    if (baseName === undefined) throw new UsageError('diff needs the base to compare with, e.g. netgov diff main');
    if (extra.length > 0) throw new UsageError(`diff takes a base and one folder, not ${positionals.length} arguments: ${positionals.join(' ')}`);
    const format = values.format;
    if (format !== 'text' && format !== 'md' && format !== 'json') throw new UsageError(`unknown --format '${format}': use text, md or json`);
    const today = todayFor(io.env);
    const asOf = values['as-of'] ?? today;
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of needs a date written YYYY-MM-DD, not '${asOf}'`);

    const given = resolve(io.cwd, folder ?? '.');
    const info = await fs.stat(given).catch(() => undefined);
    if (!info) throw new UsageError(`${folder ?? given} does not exist`);
    if (!info.isDirectory()) throw new UsageError(`${folder} is a file; give the folder that holds the network's CHARTER.md`);
    // Git names the repository by its real path; the working tree is read through the same one so paths on both sides agree.
    const dir = toCorePath(await fs.realpath(given));
    const base = await comparisonBase(dir, baseName);

    const head = new NodeWorkspace();
    const before = await GitTreeWorkspace.open(dir, base.top, base.commit);
    let diffs: NetworkDiff[];
    /** Per diff: the anonymiser's pseudonyms, which no link may point at. */
    const unlinkable: ((value: string) => boolean)[] = [];
    try {
      const roots = await networkRoots(head, before, dir);
      if (roots.length === 0) throw new UsageError(`no network found in ${folder ?? '.'}, before or after the change: a network is a folder holding CHARTER.md`);
      const measure = { asOf, present: today };
      diffs = [];
      for (const root of roots) {
        // The base decides limits and rule settings on both sides: the change cannot raise its own (issue 13).
        const settings = (await readNetworkConfig(before, root)).config;
        const [was, now] = await Promise.all([networkState(before, root, measure, settings), networkState(head, root, measure, settings)]);
        const diff = diffNetworks(was, now);
        const configChange = await configChangeNote(before, head, root);
        const whole = configChange ? { ...diff, changes: [...diff.changes, configChange] } : diff;
        const sides = [now?.network, was?.network].filter((network): network is Network => network !== undefined);
        const anonymiser = (values.anonymise || values.anonymize) && sides.length > 0 ? await anonymiserFor(sides[0]!, ...sides.slice(1)) : undefined;
        diffs.push(anonymiser ? anonymiser.model(whole) : whole);
        unlinkable.push((value) => anonymiser?.isPseudonym(value) ?? false);
      }
    } finally {
      before.close();
    }

    const against = `${baseName} (merge base ${base.commit.slice(0, 7)})`;
    if (format === 'json') {
      // Missing scores are written as null rather than left out, so every key is always there.
      const output = { tool: 'netgov', version: version(), base: baseName, mergeBase: base.commit, networks: diffs };
      io.stdout(`${JSON.stringify(output, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`);
    } else if (format === 'md') {
      // A pseudonym ("Member 7") is not a page: it is written without a link.
      io.stdout(diffs.map((diff, i) => diffToMarkdown(diff, { against, link: (path) => (unlinkable[i]!(path) ? undefined : relative(given, resolve(diff.root, path)).split('\\').join('/')) })).join('\n---\n\n'));
    } else {
      io.stdout(diffs.map((diff) => diffToText(diff, { against })).join('\n'));
    }
    return 0;
  },
};

/** Network roots under `dir` on either side; when there are none, the network `dir` sits inside. */
async function networkRoots(head: Workspace, base: Workspace, dir: string): Promise<string[]> {
  const found = new Set([...(await findNetworkRoots(head, dir)), ...(await findNetworkRoots(base, dir))]);
  if (found.size === 0) {
    const above = await findNetworkRoot(dir);
    if (above !== undefined) found.add(toCorePath(above));
  }
  return [...found].sort();
}

/** A note when the change edits netgov.yml: its limits and rule settings take effect only once merged, so the reviewer should see it. */
async function configChangeNote(before: Workspace, head: Workspace, root: string): Promise<ChangeNote | undefined> {
  const path = posix.join(root, CONFIG_FILE);
  const read = async (workspace: Workspace): Promise<string | undefined> =>
    (await workspace.fileSize(path)) === undefined ? undefined : Buffer.from(await workspace.readFile(path, DEFAULT_LIMITS.maxFileBytes).catch(() => new Uint8Array())).toString('utf8');
  const [was, now] = await Promise.all([read(before), read(head)]);
  if (was === now) return undefined;
  const what = was === undefined ? 'adds netgov.yml' : now === undefined ? 'removes netgov.yml' : 'changes netgov.yml';
  return {
    kind: 'config-changed',
    file: path,
    relative: CONFIG_FILE,
    text: `This change ${what}. Its limits and rule settings apply once it is merged; this diff and check --changed use the base's.`,
  };
}
