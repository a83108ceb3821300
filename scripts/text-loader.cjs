// For running TypeScript tests straight from source (mocha --require tsx/cjs):
// esbuild bundles .md and .yml imports as text, and this does the same for Node's require.
const { readFileSync } = require('node:fs');
for (const extension of ['.md', '.yml']) {
  require.extensions[extension] = (module, filename) => {
    module.exports = { __esModule: true, default: readFileSync(filename, 'utf8') };
  };
}
