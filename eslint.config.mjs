// Type-aware linting for the TypeScript sources and tests; build scripts and
// generated output are left alone.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// The core may use no Node built-in but `node:path` (for its posix functions): an allowlist, so a
// new built-in (node:child_process, node:net...) is refused without anyone having to list it.
const NODE_BUILTINS_BUT_PATH = builtinModules.filter((name) => !name.startsWith('_') && name !== 'path' && !name.startsWith('path/')).flatMap((name) => [name, `node:${name}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'bench/.data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
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
      'no-restricted-imports': ['error', { paths: ['vscode', ...NODE_BUILTINS_BUT_PATH], patterns: ['**/extension/**', '**/cli/**', '**/webview/**'] }],
    },
  },
  {
    // A focused or skipped test must never reach CI: mocha's forbid-only and forbid-pending catch
    // them at run time, this at lint time.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'context', 'suite', 'test', 'specify'].flatMap((object) =>
          ['only', 'skip'].map((property) => ({ object, property, message: `${object}.${property} leaves tests out of the run; remove it before committing.` })),
        ),
      ],
    },
  },
);
