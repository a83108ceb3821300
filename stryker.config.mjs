// Mutation testing (docs/testing.md): `npm run mutate` plants small bugs in src/core and src/cli
// and runs the unit tests against each; a bug no test notices is a test to write. Incremental:
// only code or tests changed since the last run are mutated again (reports/stryker-incremental.json).
// Not part of `npm test` (hours on two cores for the whole core); run before a release, or on one
// module: `npm run mutate -- --mutate src/core/codeowners.ts`.
//
// A quicker first look at one module: NETGOV_MUTATE_TESTS (comma-separated test globs) runs only those
// tests, e.g. NETGOV_MUTATE_TESTS='test/core/health/**/*.test.ts' npm run mutate -- --mutate
// 'src/core/health/indicators/governance/*.ts'. Mutants other tests would kill then count as
// survivors, so the score is a floor; such a run writes reports/mutation-focus/ and leaves the
// incremental file alone.
const focus = process.env.NETGOV_MUTATE_TESTS?.split(',').map((glob) => glob.trim()).filter(Boolean);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const options = {
  testRunner: 'mocha',
  mochaOptions: { config: 'test/mutation/.mocharc.json' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: ['src/core/**/*.ts', 'src/cli/**/*.ts', '!src/**/*.d.ts'],
  ignorePatterns: ['out', 'dist', 'test-results', 'reports', 'bench/.data', '.vscode-test'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 60000,
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default focus?.length
  ? {
      ...options,
      mochaOptions: { ...options.mochaOptions, spec: focus },
      incremental: false,
      htmlReporter: { fileName: 'reports/mutation-focus/mutation.html' },
      jsonReporter: { fileName: 'reports/mutation-focus/mutation.json' },
    }
  : options;
