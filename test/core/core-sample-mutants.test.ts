/** Core edges a random sample of mutants found unguarded: the check report, lead-term facts, plain paths, `has`. */
import assert from 'node:assert/strict';
import { checkDirectory } from '../../src/core/check';
import { providedFacts } from '../../src/core/dependencies';
import { plainPathProblem } from '../../src/core/discovery';
import { LinkedWorkspace, MemoryWorkspace } from '../helpers/memory-workspace';
import { networkOf } from './health/health-fixtures';
import { charter, md, ROOT, TODAY, workspaceWith } from './network-builder';

describe('checkDirectory on a network with nothing left out', () => {
  it('says nothing of omitted diagnostics', async () => {
    const report = await checkDirectory(workspaceWith(), ROOT, { today: TODAY });
    assert.deepEqual(Object.keys(report), ['root', 'diagnostics', 'filesChecked', 'rules', 'networks']);
  });
});

describe('providedFacts of a member with an open-ended lead term', () => {
  it('fingerprints the term with an empty end', async () => {
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'members/ann.md': md(['name: Ann', 'joined: 2024-01-01', 'roles:', '  - role: lead', '    area: falls', '    from: 2025-01-01']),
    });
    assert.equal(providedFacts(network.get('/ws/net/members/ann.md')).get('leadterms:lead|falls'), '2025-01-01//');
  });
});

describe('plainPathProblem', () => {
  it('refuses a path leading out of the network folder', async () => {
    const workspace = new MemoryWorkspace({ '/ws/net/CHARTER.md': charter() });
    assert.equal(await plainPathProblem(workspace, '/ws/net', '../elsewhere/members', 'directory'), '`../elsewhere/members` is not a path inside the network folder');
  });

  it('refuses a path through a symbolic link, saying it is a link', async () => {
    const workspace = new LinkedWorkspace({ '/ws/net/CHARTER.md': charter(), '/ws/net/docs/members/lee.md': 'x' }, ['/ws/net/docs']);
    assert.equal(
      await plainPathProblem(workspace, '/ws/net', 'docs/members', 'directory'),
      '`docs` is a symbolic link or a special file, and netgov never follows links, so that nothing outside the network folder is read',
    );
  });
});

describe('NetworkDocument.has', () => {
  it('has the empty path only when there is frontmatter', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Test Network']), 'members/ann.md': 'No frontmatter here.\n' });
    assert.deepEqual([network.get('/ws/net/CHARTER.md')!.has([]), network.get('/ws/net/members/ann.md')!.has([])], [true, false]);
  });
});
