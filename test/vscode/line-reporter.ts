// The test output both extension-host runners print (index.ts in Node, web/index.ts in the
// web worker): one line per test as it finishes, every failure in full at the end, then the
// result line the driver (run.ts) reads.
import type Mocha from 'mocha';
import { RESULT_PREFIX, testLog } from './protocol';

/** One line per test as it finishes, every failure in full at the end, then the result line. */
export class LineReporter {
  constructor(runner: Mocha.Runner) {
    // From the runner's own class: the web runner's mocha is the browser build, not this import.
    const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = (runner.constructor as typeof Mocha.Runner).constants;
    const failures: { title: string; error: Error }[] = [];
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const indent = (suite: Mocha.Suite | undefined): string => {
      let depth = 0;
      for (let s = suite; s && !s.root; s = s.parent) depth++;
      return '  '.repeat(depth);
    };
    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (!suite.root) testLog(`${indent(suite.parent)}${suite.title}`);
    });
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
      passed++;
      testLog(`${indent(test.parent)}✔ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
      skipped++;
      testLog(`${indent(test.parent)}- ${test.title} (skipped)`);
    });
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, error: Error) => {
      failed++;
      failures.push({ title: test.fullTitle(), error });
      testLog(`${indent(test.parent)}✘ ${test.title}`);
    });
    runner.once(EVENT_RUN_END, () => {
      failures.forEach(({ title, error }, index) => {
        testLog(`\n${index + 1}) ${title}:\n${error?.stack ?? String(error)}`);
      });
      testLog(`${RESULT_PREFIX}${JSON.stringify({ passed, failed, skipped })}`);
    });
  }
}
