import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths';

// The layering guards live in eslint.config.mjs; these prove they refuse what they must (and let
// through what they must), by linting a one-line file as if it stood at the given path.
function restricted(path: string, source: string): string[] {
  const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', path], {
    cwd: repoRoot,
    input: `${source}\nexport const used = x;\n`,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message.split("'")[1] ?? m.message);
}

describe('layering guards (eslint.config.mjs)', function () {
  this.timeout(60_000);

  it('the core may import node:path and nothing else of Node: node:child_process, node:fs and fs are refused', () => {
    assert.deepEqual(restricted('src/core/guard-probe.ts', "import { posix as x } from 'node:path';"), []);
    assert.deepEqual(restricted('src/core/guard-probe.ts', "import { execSync as x } from 'node:child_process';"), ['node:child_process']);
    assert.deepEqual(restricted('src/core/guard-probe.ts', "import { readFileSync as x } from 'node:fs';"), ['node:fs']);
    assert.deepEqual(restricted('src/core/guard-probe.ts', "import { readFileSync as x } from 'fs';"), ['fs']);
  });

  it('the adapters do not import each other', () => {
    assert.deepEqual(restricted('src/cli/guard-probe.ts', "import { x } from '../extension/y';"), ['../extension/y']);
    assert.deepEqual(restricted('src/extension/guard-probe.ts', "import { x } from '../cli/y';"), ['../cli/y']);
    assert.deepEqual(restricted('src/webview/render/guard-probe.ts', "import { x } from '../../extension/y';"), ['../../extension/y']);
    assert.deepEqual(restricted('src/webview/render/guard-probe.ts', "import { x } from 'node:fs';"), ['node:fs']);
    assert.deepEqual(restricted('src/cli/guard-probe.ts', "import { x } from '../webview/render/page';"), []);
  });

  it('src/readers (the .xlsx reader) is for the adapters: the core may not import it, and it imports neither vscode nor an adapter', () => {
    assert.deepEqual(restricted('src/core/guard-probe.ts', "import { x } from '../readers/xlsx';"), ['../readers/xlsx']);
    assert.deepEqual(restricted('src/readers/guard-probe.ts', "import { x } from '../extension/y';"), ['../extension/y']);
    assert.deepEqual(restricted('src/readers/guard-probe.ts', "import { x } from '../cli/y';"), ['../cli/y']);
    assert.deepEqual(restricted('src/readers/guard-probe.ts', "import * as x from 'vscode';"), ['vscode']);
    assert.deepEqual(restricted('src/readers/guard-probe.ts', "import { x } from 'exceljs';"), []);
    assert.deepEqual(restricted('src/cli/guard-probe.ts', "import { x } from '../readers/xlsx';"), []);
    assert.deepEqual(restricted('src/extension/guard-probe.ts', "import { x } from '../readers/xlsx';"), []);
  });
});
