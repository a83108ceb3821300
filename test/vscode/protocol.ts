// What the test runner in the extension host (index.ts) and the driver
// (run.ts) agree on. The driver receives the extension host's console output
// mixed with the web client's own log, so what is meant for the test output is
// marked; VS Code's extension host does not let us wrap console itself.

/** Starts every message the driver prints; anything else goes to the client log file only. */
export const OUTPUT_MARK = '<<netgov-test>> ';
/** The runner's last message: `NETGOV_VSCODE_RESULT {"passed":N,"failed":N,"skipped":N}`. */
export const RESULT_PREFIX = 'NETGOV_VSCODE_RESULT ';
/** The first-sight benchmark's one line (bench/editor-runner.ts to bench/editor.ts): netgov's timestamps as JSON. */
export const BENCH_EDITOR_PREFIX = 'NETGOV_BENCH_EDITOR ';

/** Prints to the test output from inside the extension host (plain console.log lands in the client log only). */
export function testLog(...parts: unknown[]): void {
  console.log(OUTPUT_MARK + parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
}

/**
 * The web session's expected diagnostics: `netgov check --format json` of the workspace copy,
 * written by the driver (run.ts) beside the workspace folder, read by the web suite through
 * workspace.fs (a web worker cannot run the CLI).
 */
export const EXPECTED_DIAGNOSTICS_FILE = 'netgov-expected-diagnostics.json';

/** The web session's second folder is on a file system of this scheme, which the web suite serves from memory. */
export const VIRTUAL_SCHEME = 'netgov-test-memfs';
