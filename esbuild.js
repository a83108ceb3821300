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
  loader: { '.md': 'text', '.yml': 'text' },
  logLevel: 'warning',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
};

/** Every *.test.ts under root. The unit tests skip the suites that need a real VS Code (test/vscode, test/ui). */
function testEntryPoints(root = 'test', skip = ['test/fixtures', 'test/vscode', 'test/ui']) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !skip.includes(full.split(path.sep).join('/'))) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(full);
    }
  };
  walk(root);
  return found;
}

/**
 * mocha's browser build (mocha/mocha.js) is a UMD bundle in a package of ES modules: inlined, its
 * "CommonJS?" test would see the runner bundle's own `module` and replace its exports. Loaded as
 * a script instead, it sets globalThis.mocha, as in a browser page.
 */
const mochaAsScript = {
  name: 'mocha-as-script',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const umd = "typeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory() :";
      if (!text.includes(umd)) throw new Error(`${args.path}: mocha's UMD header changed; see mochaAsScript in esbuild.js`);
      return { contents: text.replace(umd, '').replace("typeof define === 'function' && define.amd ? define(factory) :", ''), loader: 'js' };
    });
  },
};

/**
 * What the web worker host gets instead of Node-only modules: Node's posix path from path-browserify,
 * and csv-parse's browser build (its Node build calls Buffer as it loads; the browser one carries its own).
 */
const WEB_ALIASES = { 'node:path': 'path-browserify', 'csv-parse/sync': 'csv-parse/browser/esm/sync' };

/**
 * exceljs (reading .xlsx rosters, src/readers/xlsx.ts) is a large library few runs need: the CLI and
 * the desktop extension load it from its own bundle, dist/exceljs.js, only when a workbook is read,
 * so they start no slower for it.
 */
const exceljsApart = {
  name: 'exceljs-apart',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.js', external: true }));
  },
};

async function main() {
  const builds = [
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [exceljsApart] },
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [exceljsApart] },
    { ...common, entryPoints: [require.resolve('exceljs')], outfile: 'dist/exceljs.js', logOverride: { 'empty-import-meta': 'silent' } },
    // The web extension (package.json "browser") for the web worker extension host of
    // vscode.dev and github.dev: no Node built-ins there, so node:path is path-browserify
    // (Node's posix path) and test/build/web-bundle.test.ts proves nothing else slipped in.
    // A web worker has no DOM: packages' "worker" builds, not their "browser" ones (decode-named-character-reference's
    // browser build calls document.createElement as it loads); test/build/web-bundle.test.ts loads the bundle without one.
    { ...common, entryPoints: ['src/extension/extension-web.ts'], outfile: 'dist/extension-web.js', external: ['vscode'], platform: 'browser', conditions: ['worker'], target: 'es2022', alias: WEB_ALIASES, metafile: true },
    // The health panel's page script runs in the webview, a browser: one self-contained IIFE.
    { ...common, entryPoints: ['src/webview/client/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  ];
  if (!production) {
    builds.push({ ...common, entryPoints: testEntryPoints(), outdir: 'out/test', outbase: 'test', sourcemap: 'inline' });
    builds.push({ ...common, entryPoints: ['bench/session.ts'], outfile: 'out/bench/session.js' });
    // First sight in the real VS Code (bench/editor.ts): the driver on the Node side, and what the extension host runs.
    builds.push({ ...common, entryPoints: ['bench/editor.ts'], outfile: 'out/bench/editor.js', packages: 'external' });
    builds.push({ ...common, entryPoints: ['bench/editor-runner.ts'], outfile: 'out/bench/editor-runner.js', external: ['vscode'] });
    // Tests in a real VS Code (test/vscode/README.md). The runner the extension host
    // loads carries mocha; the suites it loads use mocha's globals and VS Code's API.
    builds.push({
      ...common,
      entryPoints: ['test/vscode/index.ts'],
      outfile: 'out/test/vscode/index.js',
      external: ['vscode'],
      sourcemap: 'inline',
      // mocha's parallel mode, which the runner does not use, resolves its worker files at run time.
      logOverride: { 'require-resolve-not-external': 'silent' },
    });
    // The runner for the web worker extension host (test/vscode/web): mocha's browser build and the
    // web suite in one file, built as the web extension is (no Node built-ins; assertions by chai).
    builds.push({ ...common, entryPoints: ['test/vscode/web/index.ts'], outfile: 'out/test/vscode/web/index.js', external: ['vscode'], platform: 'browser', conditions: ['worker'], target: 'es2022', alias: WEB_ALIASES, sourcemap: 'inline', metafile: true, plugins: [mochaAsScript] });
    // The runner loads every bundle in out/test/vscode/suite: no stale ones from renamed suites.
    if (!watch) fs.rmSync('out/test/vscode/suite', { recursive: true, force: true });
    const vscodeSuites = testEntryPoints('test/vscode/suite', []);
    if (vscodeSuites.length > 0) {
      builds.push({ ...common, entryPoints: vscodeSuites, outdir: 'out/test/vscode/suite', outbase: 'test/vscode/suite', external: ['vscode', 'mocha'], sourcemap: 'inline' });
    }
    // The drivers on the Node side (server, browser, UI tests) load their packages from node_modules.
    const drivers = ['test/vscode/run.ts', 'test/vscode/run-electron.ts', ...testEntryPoints('test/ui', [])];
    builds.push({ ...common, entryPoints: drivers, outdir: 'out/test', outbase: 'test', packages: 'external', sourcemap: 'inline' });
  }
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  // What went into the web bundle, for test/build/web-bundle.test.ts.
  for (const [index, options] of builds.entries()) {
    if (options.metafile) fs.writeFileSync(`${options.outfile}.meta.json`, JSON.stringify(results[index].metafile));
  }
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
