// The extension tests' runner logs, rather than fails on, errors thrown by VS Code's
// built-in extensions (test/vscode/foreign-errors.ts); everything else must still fail.
import { strict as assert } from 'node:assert';
import { builtInExtensionThatThrew } from '../vscode/foreign-errors';

const APP = '/root/.cache/netgov-vscode/code-server-4.139.1-node-24.21.0/cs/node_modules/code-server/lib/vscode';
const BUILT_INS = `${APP}/extensions`;

function errorWithStack(frames: string[], message = 'write EPIPE'): Error {
  const error = new Error(message);
  error.stack = [`Error: ${message}`, ...frames.map((frame) => `    at ${frame}`)].join('\n');
  return error;
}

describe('extension tests: errors from VS Code built-in extensions', () => {
  it('names the git extension for the EPIPE its check-ignore threw in CI (Node internals skipped)', () => {
    const error = errorWithStack([
      'afterWriteDispatched (node:internal/stream_base_commons:159:15)',
      'Socket.end (node:net:1026:31)',
      `${BUILT_INS}/git/dist/main.js:66:494`,
      'new Promise (<anonymous>)',
      `ar.retryRun (${BUILT_INS}/git/dist/main.js:72:912)`,
      'listOnTimeout (node:internal/timers:685:17)',
    ]);
    assert.equal(builtInExtensionThatThrew(error, BUILT_INS), 'git');
    assert.equal(builtInExtensionThatThrew(error, `${BUILT_INS}/`), 'git');
  });

  it('leaves to the tests an error whose first file frame is netgov or a suite, even when a built-in extension called it', () => {
    const fromNetgov = errorWithStack([
      'process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      'refresh (/work/main/dist/extension.js:120:7)',
      `ar.run (${BUILT_INS}/git/dist/main.js:66:1561)`,
    ]);
    assert.equal(builtInExtensionThatThrew(fromNetgov, BUILT_INS), undefined);
    const fromSuite = errorWithStack([`Context.<anonymous> (file:///work/main/out/test/vscode/suite/settings.test.js:40:11)`]);
    assert.equal(builtInExtensionThatThrew(fromSuite, BUILT_INS), undefined);
  });

  it('leaves to the tests what has no file frame, no stack, or is not an Error', () => {
    assert.equal(builtInExtensionThatThrew(errorWithStack(['Socket.end (node:net:1026:31)']), BUILT_INS), undefined);
    const noStack = new Error('x');
    noStack.stack = undefined;
    assert.equal(builtInExtensionThatThrew(noStack, BUILT_INS), undefined);
    assert.equal(builtInExtensionThatThrew('a string', BUILT_INS), undefined);
    assert.equal(builtInExtensionThatThrew(undefined, BUILT_INS), undefined);
  });

  it('does not take a sibling folder that only starts with the same name for the extensions folder', () => {
    const error = errorWithStack([`${APP}/extensions-extra/git/dist/main.js:1:1`]);
    assert.equal(builtInExtensionThatThrew(error, BUILT_INS), undefined);
    const outside = errorWithStack([`${APP}/out/vs/workbench/api/node/extensionHostProcess.js:473:7177`]);
    assert.equal(builtInExtensionThatThrew(outside, BUILT_INS), undefined);
  });
});
