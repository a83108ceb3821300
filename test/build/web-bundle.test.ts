import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fromRoot } from '../helpers/paths';

/**
 * The web extension (dist/extension-web.js, package.json "browser") runs in the
 * web worker extension host of vscode.dev and github.dev, where there is no
 * Node: it must import no Node built-in. Built by `node esbuild.js`, which also
 * writes what esbuild put into it (dist/extension-web.js.meta.json).
 */
const BUNDLE = fromRoot('dist/extension-web.js');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** The modules a CommonJS bundle requires at run time (esbuild leaves `require("x")` for every external). */
export function requiredModules(bundle: string): string[] {
  return [...bundle.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((match) => match[2]!);
}

/** The Node built-ins among `modules`. */
export function nodeBuiltins(modules: Iterable<string>): string[] {
  return [...modules].filter((name) => NODE_BUILTINS.has(name) || name.startsWith('node:'));
}

interface Metafile {
  readonly inputs: Record<string, { readonly imports: readonly { readonly path: string; readonly external?: boolean }[] }>;
  readonly outputs: Record<string, { readonly imports: readonly { readonly path: string; readonly external?: boolean }[] }>;
}

describe('the web extension bundle (dist/extension-web.js)', () => {
  before(function () {
    assert.ok(existsSync(BUNDLE), 'dist/extension-web.js is missing: build with `node esbuild.js` first');
  });

  it('has no require() of a Node built-in in its text', () => {
    const required = requiredModules(readFileSync(BUNDLE, 'utf8'));
    // The scan sees the bundle's requires (ajv's code generator also names its runtime in strings, never loaded here).
    assert.ok(required.includes('vscode'), 'the scan found no require("vscode"): it does not see the requires');
    assert.deepEqual(nodeBuiltins(required), []);
  });

  it('imports no Node built-in, as esbuild saw it (the metafile)', () => {
    const meta = JSON.parse(readFileSync(`${BUNDLE}.meta.json`, 'utf8')) as Metafile;
    const output = meta.outputs['dist/extension-web.js'];
    assert.ok(output, `the metafile has no dist/extension-web.js (it has ${Object.keys(meta.outputs).join(', ')})`);
    assert.deepEqual([...new Set(output.imports.map((entry) => entry.path))], ['vscode']);
    const imported = Object.values(meta.inputs).flatMap((input) => input.imports.filter((entry) => entry.external).map((entry) => entry.path));
    assert.deepEqual(nodeBuiltins(imported), []);
  });

  it('has the extension in it, with path-browserify for node:path', () => {
    const meta = JSON.parse(readFileSync(`${BUNDLE}.meta.json`, 'utf8')) as Metafile;
    const inputs = Object.keys(meta.inputs);
    assert.ok(inputs.includes('src/extension/extension-web.ts'), 'the web entry is not in the bundle');
    assert.ok(inputs.includes('src/core/check.ts'), 'the core is not in the bundle');
    assert.ok(inputs.some((input) => input === 'node_modules/path-browserify/index.js'), 'node:path is not path-browserify');
  });

  // The checks above would pass on an empty or mis-read bundle; these show they see what they look for.
  it('finds a Node built-in when a bundle requires one', () => {
    const bundle = 'var vscode = require("vscode");\nvar fs = require("node:fs");\nconst cp = require(\'child_process\');';
    assert.deepEqual(requiredModules(bundle), ['vscode', 'node:fs', 'child_process']);
    assert.deepEqual(nodeBuiltins(requiredModules(bundle)), ['node:fs', 'child_process']);
    assert.deepEqual(nodeBuiltins(['vscode', 'path-browserify']), []);
  });
});
