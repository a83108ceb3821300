// Type-aware linting for the TypeScript sources and tests; build scripts and
// generated output are left alone.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// The core may use no Node built-in but `node:path` (for its posix functions): an allowlist, so a
// new built-in (node:child_process, node:net...) is refused without anyone having to list it. Any
// `node:` specifier but `node:path` and `node:path/posix` is refused by pattern; the bare names
// (`fs`, `child_process`) by the list of built-ins this Node knows.
const NODE_SCHEME_BUT_PATH = { regex: '^node:(?!path(/posix)?$)', message: 'The core is pure: only node:path (posix) among the Node built-ins.' };
const BARE_BUILTINS_BUT_PATH = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:') && name !== 'path' && name !== 'path/posix');

// A focused or skipped test must never reach CI.
const ONLY_AND_SKIP = ['describe', 'it', 'context', 'suite', 'test', 'specify'].flatMap((object) =>
  ['only', 'skip'].map((property) => ({ object, property, message: `${object}.${property} leaves tests out of the run; remove it before committing.` })),
);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'bench/.data/**', '.stryker-tmp/**', 'reports/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core never depends on VS Code or on who calls it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', ...BARE_BUILTINS_BUT_PATH], patterns: [NODE_SCHEME_BUT_PATH, { group: ['**/extension/**', '**/cli/**', '**/webview/**', '**/readers/**'] }] }],
    },
  },
  {
    // The adapters do not import each other: the CLI never reaches into the extension, nor the
    // extension into the CLI; what both need lives in the core (or, for the health page's HTML,
    // in src/webview/render, which both may use).
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'], patterns: [{ group: ['**/extension/**'] }] }] },
  },
  {
    // The readers too large or too Node-bound for the core (.xlsx: exceljs), which the CLI and the
    // desktop extension give to the core's importers: no VS Code, no adapter.
    files: ['src/readers/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'], patterns: [{ group: ['**/extension/**', '**/cli/**', '**/webview/**'] }] }] },
  },
  {
    // The extension logs to its output channel (src/extension/log.ts), never to the console, which no user sees.
    files: ['src/extension/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**'] }] }], 'no-console': 'error' },
  },
  {
    // The panel's page and script run in the webview (or render HTML for both adapters): no VS Code,
    // no Node, no adapter.
    files: ['src/webview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode', ...BARE_BUILTINS_BUT_PATH, 'path'], patterns: [{ regex: '^node:' }, { group: ['**/extension/**', '**/cli/**'] }] }] },
  },
  {
    // Stryker's instrumenter crashes on `x[i]!++` (babel's UpdateExpression takes no non-null
    // assertion), and one such line stops `npm run mutate` for every module: write `x[i]! += 1`.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'UpdateExpression > TSNonNullExpression.argument', message: 'Write `x! += 1`: Stryker cannot mutate `x!++` (npm run mutate stops on it).' }],
    },
  },
  {
    // A focused or skipped test must never reach CI: mocha's forbid-only and forbid-pending catch
    // them at run time, this at lint time.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...ONLY_AND_SKIP],
    },
  },
  {
    // No unit test reads the clock: a limit on time fails on a busy machine (or under Stryker) and
    // proves nothing a benchmark does not (bench/, reported as ratios). The VS Code harness may wait
    // on a deadline, and does so only for conditions.
    files: ['test/**/*.ts'],
    ignores: ['test/harness/**', 'test/vscode/**', 'test/ui/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...ONLY_AND_SKIP,
        { object: 'performance', property: 'now', message: 'Tests never time code: measure it in bench/ as a ratio.' },
        { object: 'Date', property: 'now', message: 'Tests never read the clock: pass `today`, and measure speed in bench/.' },
      ],
    },
  },
);
