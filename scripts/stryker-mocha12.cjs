// Preloaded (NODE_OPTIONS=--require) by `npm run mutate` only.
// @stryker-mutator/mocha-runner 10.0.0 loads mocha's CLI helpers as
// `mocha/lib/cli/run-helpers` and `mocha/lib/cli/options`; mocha 12 ships them
// as `.cjs` files, so Node cannot find them (stryker-js PR #6205, open upstream).
// This retries exactly those requests with the `.cjs` extension and changes
// nothing else. Remove it when the runner is fixed.
'use strict';
const Module = require('node:module');
const original = Module._resolveFilename;
const mochaCli = /[\\/]mocha[\\/]lib[\\/]cli[\\/][\w-]+$/;
Module._resolveFilename = function resolveFilename(request, ...rest) {
  try {
    return original.call(this, request, ...rest);
  } catch (error) {
    if (mochaCli.test(request)) return original.call(this, `${request}.cjs`, ...rest);
    throw error;
  }
};
