// What netgov prints for every fixture network, every scenario, the held-out real community and the
// example, compared with committed golden files: `netgov check` (every diagnostic with its message,
// and in JSON where it ends, where the fixtures' expected.txt files pin only position and code), `netgov connect` (each
// introduction and why), `netgov agenda --print` (the drafted notes) and the anonymised health report
// (pseudonyms, small organisations merged, no member-page paths). Mutation testing found the
// rules' messages and the introductions' wording largely unpinned (docs/testing.md). A deliberate
// change of wording is accepted with `npm run update-goldens` and reviewed in the diff.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fromRoot } from '../helpers/paths';
import { assertGolden } from '../helpers/goldens';
import { runInProcess } from '../helpers/run-cli';

const AS_OF = '2026-11-27';
const GOLDENS = 'test/fixtures/outputs';

const folders = (parent: string): string[] =>
  readdirSync(fromRoot(parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}`)
    .sort();

const NETWORKS = [...folders('test/fixtures/networks'), ...folders('test/fixtures/scenarios'), ...folders('test/fixtures/held-out'), 'examples/north-east-frailty-network'];
/** A golden file's name: the folder's last part, with its parent when two could share it. */
const nameOf = (folder: string): string => folder.split('/').slice(-2).join('-');

/** The commands and the exit code each must give: check fails (1) where a network has errors. */
const COMMANDS: ReadonlyArray<readonly [string, (folder: string) => string[]]> = [
  ['check', (folder) => ['check', folder, '--as-of', AS_OF, '--no-color', '--fail-on', 'info']],
  ['check-json', (folder) => ['check', folder, '--as-of', AS_OF, '--format', 'json', '--fail-on', 'info']],
  ['connect', (folder) => ['connect', folder, '--as-of', AS_OF]],
  ['agenda', (folder) => ['agenda', folder, '--as-of', AS_OF, '--date', '2026-12-10', '--print']],
  ['health-anonymised', (folder) => ['health', folder, '--as-of', AS_OF, '--format', 'md', '--months', '6', '--anonymise']],
];

describe('what netgov prints, pinned per network', function () {
  this.timeout(120000);

  it('has a golden file for each network and command, and no other', () => {
    const expected = NETWORKS.flatMap((folder) => COMMANDS.map(([command]) => `${nameOf(folder)}.${command}.golden`)).sort();
    assert.deepEqual(readdirSync(fromRoot(GOLDENS)).sort(), expected);
  });

  for (const folder of NETWORKS) {
    for (const [command, args] of COMMANDS) {
      it(`netgov ${command} ${folder}`, async () => {
        const { code, stdout, stderr } = await runInProcess(args(folder), { cwd: fromRoot('.'), today: AS_OF });
        assert.equal(stderr, '');
        // check exits 1 exactly when it found something (--fail-on info), 0 on a clean network.
        if (command === 'check') assert.equal(code, /^✔/m.test(stdout) ? 0 : 1, stdout);
        else if (command === 'check-json') assert.equal(code, (JSON.parse(stdout) as { diagnostics: unknown[] }).diagnostics.length > 0 ? 1 : 0);
        else assert.equal(code, 0);
        // JSON one diagnostic per line, so that a change shows as the lines it touches.
        const text = command === 'check-json' ? stdout.replace(/\},\{"file"/g, '},\n{"file"') : stdout;
        assertGolden(GOLDENS, `${nameOf(folder)}.${command}.golden`, `exit ${code}\n${text}`);
      });
    }
  }
});
