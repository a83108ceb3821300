import { resolve } from 'node:path';

/**
 * The repository root. Tests run from out/test (bundled), so paths are taken
 * from the working directory, which mocha and npm set to the repo root.
 */
export const repoRoot = resolve(process.cwd());

export function fromRoot(...parts: string[]): string {
  return resolve(repoRoot, ...parts).replace(/\\/g, '/');
}
