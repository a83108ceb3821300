// The extension tests' runner for VS Code's web worker extension host (the host of
// vscode.dev and github.dev), loaded from extensionTestsPath when netgov runs there (run.ts,
// the "web" session). There is no Node there: mocha is its browser build, and the suite,
// bundled into this one file, uses only VS Code's API. Output as index.ts.
import type Mocha from 'mocha';
import { LineReporter } from '../line-reporter';

/** The bdd interface's functions, which the suite calls as globals. */
const BDD = ['describe', 'context', 'it', 'specify', 'before', 'beforeEach', 'after', 'afterEach'] as const;

export async function run(): Promise<void> {
  // The browser build, loaded as a script (esbuild.js, mochaAsScript), sets globalThis.mocha.
  await import('mocha/mocha.js');
  const mocha = (globalThis as { mocha?: BrowserMocha }).mocha;
  if (!mocha) throw new Error('mocha\'s browser build did not set globalThis.mocha');
  // It puts the bdd interface on the global object it finds (global, else self), which in VS Code's
  // worker may not be this bundle's globalThis: take the functions from the context it hands out.
  mocha.suite.on('pre-require', (context: Record<string, unknown>) => {
    for (const name of BDD) (globalThis as Record<string, unknown>)[name] = context[name];
  });
  mocha.setup({
    ui: 'bdd',
    color: false,
    timeout: 120_000,
    reporter: LineReporter as unknown as Mocha.ReporterConstructor,
    forbidOnly: true,
    forbidPending: true,
  });
  // After setup: the suite calls describe() and it() as it loads.
  await import('./web.test');
  await new Promise<void>((done, fail) => {
    mocha.run((failures: number) => (failures > 0 ? fail(new Error(`${failures} test${failures === 1 ? '' : 's'} failed`)) : done()));
  });
}
