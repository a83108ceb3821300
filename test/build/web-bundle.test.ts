import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { runInContext, createContext } from 'node:vm';
import { webcrypto } from 'node:crypto';
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
    // A worktree whose node_modules is a link to another checkout's has them as ../../main/node_modules/...
    assert.ok(inputs.some((input) => /(^|\/)node_modules\/path-browserify\/index\.js$/.test(input)), 'node:path is not path-browserify');
  });

  it('leaves out the .xlsx reader and exceljs, which the desktop extension and the CLI carry', () => {
    const meta = JSON.parse(readFileSync(`${BUNDLE}.meta.json`, 'utf8')) as Metafile;
    const inputs = Object.keys(meta.inputs);
    assert.ok(inputs.includes('src/extension/platform.ts'), 'the platform is not in the bundle: the scan does not see its inputs');
    assert.deepEqual(inputs.filter((input) => /(^|\/)node_modules\/exceljs\/|^src\/readers\/|platform-desktop/.test(input)), []);
  });

  it('loads where a web worker has no DOM and no Node (no document, window, process or require but vscode)', () => {
    const { loaded, error } = loadInWorkerLike(readFileSync(BUNDLE, 'utf8'));
    assert.equal(error, undefined, `the web bundle failed to load: ${String(error)}`);
    assert.equal(typeof loaded.activate, 'function', 'the web bundle exports no activate()');
  });

  it('would notice a bundle that touches the DOM or Node as it loads', () => {
    assert.match(String(loadInWorkerLike('var element = document.createElement("i");').error), /document is not defined/);
    assert.match(String(loadInWorkerLike('var env = process.env.NODE_DEBUG;').error), /process is not defined/);
    assert.match(String(loadInWorkerLike('require("node:fs");').error), /only vscode/);
  });

  // The checks above would pass on an empty or mis-read bundle; these show they see what they look for.
  it('finds a Node built-in when a bundle requires one', () => {
    const bundle = 'var vscode = require("vscode");\nvar fs = require("node:fs");\nconst cp = require(\'child_process\');';
    assert.deepEqual(requiredModules(bundle), ['vscode', 'node:fs', 'child_process']);
    assert.deepEqual(nodeBuiltins(requiredModules(bundle)), ['node:fs', 'child_process']);
    assert.deepEqual(nodeBuiltins(['vscode', 'path-browserify']), []);
  });
});

/**
 * Runs a CommonJS bundle as VS Code's web worker extension host loads an extension: in a context
 * with a worker's globals (self, crypto, TextEncoder, timers...) and none of a page's or Node's,
 * `require` answering only "vscode" (with a stand-in: loading must not call VS Code).
 */
function loadInWorkerLike(bundle: string): { loaded: Record<string, unknown>; error?: unknown } {
  const standIn: object = new Proxy(function standIn() {}, {
    get: (_target, key) => (key === 'prototype' ? {} : standIn),
    // The bundle's import of vscode copies its properties onto an object of the same prototype: every lookup ends here.
    getPrototypeOf: () => standIn,
    construct: () => ({}),
    apply: () => standIn,
  });
  const context = createContext({
    console, TextEncoder, TextDecoder, URL, URLSearchParams, AbortController, queueMicrotask, structuredClone, atob, btoa, performance,
    setTimeout, clearTimeout, setInterval, clearInterval, crypto: webcrypto, navigator: { userAgent: 'worker' }, importScripts: () => undefined,
  });
  runInContext('self = globalThis;', context);
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): unknown => {
    if (name === 'vscode') return standIn;
    throw new Error(`require("${name}"): only vscode can be required in the web worker host`);
  };
  try {
    (runInContext(`(function (module, exports, require) {\n${bundle}\n})`, context) as (m: unknown, e: unknown, r: unknown) => void)(module, module.exports, require);
    return { loaded: module.exports };
  } catch (error) {
    return { loaded: module.exports, error };
  }
}
