import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants, existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { version } from './util';

/**
 * `netgov init --ci ... --vendor`: this netgov, packed with `npm pack` from the
 * folder it runs from (an installed package or a clone), copied into the
 * network's repository, with its sha256 for the CI file to check.
 */

/** The folder of this netgov's package.json: the nearest one above this file named netgov. */
export function packageRoot(start = __dirname): string | undefined {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'netgov') return dir;
      } catch {
        // Not JSON: keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export class VendorError extends Error {}

/** How long `npm pack` may take on a slow machine. */
const PACK_TIMEOUT_MS = 5 * 60_000;

/** A packed netgov in a scratch folder: copy it where it belongs, then dispose of the scratch folder. */
export interface PackedTarball {
  readonly file: string;
  readonly sha256: string;
  dispose(): Promise<void>;
}

/** Packs this netgov with `npm pack` into a scratch folder. */
export async function packThisNetgov(): Promise<PackedTarball> {
  const root = packageRoot();
  if (root === undefined || !existsSync(join(root, 'dist', 'cli.js'))) throw new VendorError('cannot find the netgov package this command runs from, so there is nothing to vendor');
  const scratch = await mkdtemp(join(tmpdir(), 'netgov-pack-'));
  const dispose = (): Promise<void> => rm(scratch, { recursive: true, force: true });
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // --ignore-scripts: pack what is installed, without building it again.
    const stdout = await new Promise<string>((done, fail) => {
      execFile(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch, root], { timeout: PACK_TIMEOUT_MS, shell: process.platform === 'win32' }, (error, out) =>
        error ? fail(new VendorError(`npm pack failed, so nothing was written: ${String(error.message).split('\n', 1)[0]}`)) : done(out),
      );
    });
    const name = stdout.trim().split('\n').pop() ?? `netgov-${version()}.tgz`;
    const file = join(scratch, name);
    if (!existsSync(file)) throw new VendorError(`npm pack did not write ${name}, so nothing was written`);
    const sha256 = createHash('sha256').update(await readFile(file)).digest('hex');
    return { file, sha256, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Copies the packed tarball to `destination`, never over an existing file. */
export async function copyTarball(packed: PackedTarball, destination: string): Promise<void> {
  await mkdir(dirname(destination), { recursive: true });
  await copyFile(packed.file, destination, constants.COPYFILE_EXCL);
}
