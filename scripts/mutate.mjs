#!/usr/bin/env node
// `npm run mutate [-- stryker options]`: runs Stryker (stryker.config.mjs) with
//  - Node 22 or newer (Stryker 10 refuses older). When this Node is older, the Node 24
//    that `npm run setup:vscode` caches is used; otherwise it says what to do.
//  - scripts/stryker-mocha12.cjs preloaded, so the mocha runner finds mocha 12's CLI helpers.
// Extra arguments go to `stryker run`, e.g. `npm run mutate -- --mutate src/core/codeowners.ts`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_NODE, pathForStryker } from './stryker-node.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pathVar = pathForStryker();
if (pathVar === undefined) {
  console.error(NO_NODE);
  process.exit(2);
}
const shim = path.join(root, 'scripts', 'stryker-mocha12.cjs');
const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(shim)}`].filter(Boolean).join(' ');
const stryker = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const result = spawnSync('node', [stryker, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATH: pathVar, NODE_OPTIONS: nodeOptions },
});
process.exit(result.status ?? 1);
