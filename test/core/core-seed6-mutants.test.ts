/** Core edges: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { providedFacts } from '../../src/core/dependencies';
import type { Diagnostic } from '../../src/core/diagnostic';
import { findNetworkRoots } from '../../src/core/discovery';
import { capFileDiagnostics } from '../../src/core/finding-caps';
import { LinkedWorkspace } from '../helpers/memory-workspace';
import { networkOf } from './health/health-fixtures';
import { charter, md } from './network-builder';

describe('providedFacts of an action whose frontmatter cannot be read (seed 6)', () => {
  it('fingerprints it as unreadable, unlike an action with no decision', async () => {
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'actions/2026-11-01-broken.md': '---\ntitle: [unclosed\n---\nText.\n',
      'actions/2026-11-02-plain.md': md(['title: Plain', 'status: proposed']),
    });
    assert.deepEqual(
      [providedFacts(network.get('/ws/net/actions/2026-11-01-broken.md')).get('action:2026-11-01-broken'), providedFacts(network.get('/ws/net/actions/2026-11-02-plain.md')).get('action:2026-11-02-plain')],
      ['[false,null,null]', '[true,null,null]'],
    );
  });
});

describe('findNetworkRoots and symbolic links (seed 6)', () => {
  it('does not look for a network behind a linked folder', async () => {
    const workspace = new LinkedWorkspace({ '/ws/plain/CHARTER.md': charter(), '/ws/linked/CHARTER.md': charter() }, ['/ws/linked']);
    assert.deepEqual(await findNetworkRoots(workspace, '/ws'), ['/ws/plain']);
  });
});

describe('capFileDiagnostics: the severity of what was left out (seed 6)', () => {
  it('takes the worst of the findings left out, not the last', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const at = (line: number, severity: Diagnostic['severity']): Diagnostic => ({ file: '/ws/net/a.md', range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, code: 'schema.invalid', message: 'M.' });
    const capped = capFileDiagnostics('/ws/net/a.md', [at(1, 'warning'), at(2, 'warning'), at(3, 'info')], range, 1);
    assert.deepEqual(capped.map((d) => [d.code, d.range.start.line, d.severity]), [
      ['file.too-many-findings', 0, 'warning'],
      ['schema.invalid', 1, 'warning'],
    ]);
  });
});
