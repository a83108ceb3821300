import type { NetworkDiff } from '../../../src/core/diff/diff';

/** A diff that changed nothing anyone reads: no changes, no problems, no fields, no moved findings. */
export const QUIET: NetworkDiff = {
  name: 'North Shire Frailty Network',
  root: '/ws/net',
  state: 'changed',
  asOf: '2026-11-27',
  files: { added: [], removed: [], modified: ['README.md'] },
  diagnostics: { introduced: [], fixed: [], unchanged: 0 },
  score: { before: 60, after: 60, statusBefore: 'watch', statusAfter: 'watch' },
  dimensions: [],
  items: [],
  changes: [],
  fields: [],
};
