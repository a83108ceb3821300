// Bundles the CLI, the VS Code extension and the test suites. One bundle per
// entry point, no node_modules at run time: the .vsix and `npx netgov` carry
// only what they use.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Options every bundle shares: Node 20, CommonJS (what VS Code loads), templates as text. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  loader: { '.md': 'text' },
  logLevel: 'warning',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
};

function testEntryPoints() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'fixtures') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(full);
    }
  };
  walk('test');
  return found;
}

async function main() {
  const builds = [
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  ];
  if (!production) {
    builds.push({ ...common, entryPoints: testEntryPoints(), outdir: 'out/test', outbase: 'test', sourcemap: 'inline' });
    builds.push({ ...common, entryPoints: ['bench/session.ts'], outfile: 'out/bench/session.js' });
  }
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
