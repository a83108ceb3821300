// Rewrites the golden files (test/fixtures/diff/*, test/fixtures/health/*, test/fixtures/outputs/*, test/fixtures/tours/*, test/fixtures/views/*) and the corpus expectations
// (test/corpus/expected.json) from the current output: the one way to accept a
// deliberate change of output. Refuses in CI, where a rewrite would make the
// comparison pass by definition. Review `git diff` afterwards.
import { spawnSync } from 'node:child_process';

if (process.env.CI) {
  console.error('update-goldens: refused, CI is set: goldens are rewritten on a developer machine and reviewed, never in CI');
  process.exit(2);
}
const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(process.execPath, ['esbuild.js']);
run(process.execPath, ['node_modules/mocha/bin/mocha.js', 'out/test/cli/diff.test.js', 'out/test/cli/health-golden.test.js', 'out/test/corpus/corpus.test.js', 'out/test/cli/health-digest-golden.test.js', 'out/test/cli/outputs-golden.test.js', 'out/test/core/language/tour-golden.test.js', 'out/test/core/views/views-golden.test.js'], { ...process.env, NETGOV_UPDATE_GOLDENS: '1' });
console.log('update-goldens: rewritten; review them with `git diff test/fixtures/diff test/fixtures/health test/fixtures/outputs test/fixtures/tours test/fixtures/views test/corpus/expected.json`');
