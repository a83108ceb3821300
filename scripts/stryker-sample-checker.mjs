// A Stryker checker for `npm run mutate:sample` (scripts/mutate-sample.mjs): it passes only the
// mutants of a random sample, named in the file $NETGOV_MUTATION_SAMPLE, and marks every other
// mutant as not to be tested (Stryker reports it as a compile error with the reason below, and
// scripts/mutate-sample.mjs leaves those out of the score). It runs before the TypeScript checker,
// so only the sample is type-checked and tested.
import { readFileSync } from 'node:fs';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';
import { CheckStatus } from '@stryker-mutator/api/check';

export const NOT_SAMPLED = 'netgov: not in this sample';

/** The key that names a mutant across processes and runs: file, exact range, mutator and replacement. */
export function mutantKey(mutant) {
  const { start, end } = mutant.location;
  return `${mutant.fileName.replaceAll('\\', '/')}@${start.line}:${start.column}-${end.line}:${end.column}|${mutant.mutatorName}|${mutant.replacement}`;
}

class SampleChecker {
  sample = new Set();

  async init() {
    const file = process.env.NETGOV_MUTATION_SAMPLE;
    if (!file) throw new Error('netgov: the sample checker needs NETGOV_MUTATION_SAMPLE (run it through npm run mutate:sample)');
    this.sample = new Set(JSON.parse(readFileSync(file, 'utf8')).keys);
  }

  async group(mutants) {
    return [mutants.map((mutant) => mutant.id)];
  }

  async check(mutants) {
    const results = {};
    for (const mutant of mutants) {
      const key = mutantKey({ ...mutant, fileName: relative(mutant.fileName) });
      results[mutant.id] = this.sample.has(key) ? { status: CheckStatus.Passed } : { status: CheckStatus.CompileError, reason: NOT_SAMPLED };
    }
    return results;
  }
}

/** Stryker hands checkers absolute file names; the sample names files from the project's root
 * ($NETGOV_MUTATION_ROOT: checkers run in Stryker's sandbox, not in the project). */
function relative(fileName) {
  const root = (process.env.NETGOV_MUTATION_ROOT ?? process.cwd()).replaceAll('\\', '/') + '/';
  const name = fileName.replaceAll('\\', '/');
  return name.startsWith(root) ? name.slice(root.length) : name;
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Checker, 'netgov-sample', SampleChecker)];
