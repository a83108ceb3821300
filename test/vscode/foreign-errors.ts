// The extension tests run in one extension host with VS Code's built-in
// extensions. Mocha listens for uncaught exceptions and fails whichever test or
// hook is running when one arrives, even when another extension threw it: a CI
// run failed "settings before all" on an EPIPE thrown by the git extension's
// `git check-ignore` on a timer (git had exited before reading its stdin). In
// VS Code itself the extension host logs such an error and carries on; the
// runner does the same for errors thrown by a built-in extension's own code,
// and still fails the test for everything else (netgov's, the suites', Node's).
import { sep } from 'node:path';

/** A stack frame's file, from `at fn (file:line:col)` or `at file:line:col`; undefined for node: internals and anonymous frames. */
function frameFile(line: string): string | undefined {
  const match = /^\s*at (?:.*? \()?(.+?):\d+:\d+\)?\s*$/.exec(line);
  if (!match) return undefined;
  const file = match[1]!.replace(/^file:\/\//, '');
  if (file.startsWith('node:') || file === '<anonymous>' || file === 'native') return undefined;
  return file;
}

/**
 * The built-in extension whose code threw `error`, when the first frame of its
 * stack that is a file (Node's internals skipped) is inside `builtInExtensionsDir`
 * (VS Code's `<appRoot>/extensions`); otherwise undefined, and the error is the tests' to report.
 */
export function builtInExtensionThatThrew(error: unknown, builtInExtensionsDir: string): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  const dir = builtInExtensionsDir.endsWith(sep) ? builtInExtensionsDir : builtInExtensionsDir + sep;
  for (const line of stack.split('\n').slice(1)) {
    const file = frameFile(line);
    if (file === undefined) continue;
    if (!file.startsWith(dir)) return undefined;
    const name = file.slice(dir.length).split(sep)[0];
    return name ? name : undefined;
  }
  return undefined;
}
