/**
 * Layout folders are reached through plain folders only: mutation testing found the
 * listing's own guard, and the message for a file where a folder should be, unguarded.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_LAYOUT } from '../../src/core/config';
import { listNetworkDocuments, plainPathProblem } from '../../src/core/discovery';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { charter, member } from './network-builder';

describe('discovery: plain paths to layout folders', () => {
  it('says a file stands where a folder should be', async () => {
    const workspace = new MemoryWorkspace({ '/ws/net/CHARTER.md': charter(), '/ws/net/docs': 'a file' });
    assert.equal(await plainPathProblem(workspace, '/ws/net', 'docs/members', 'directory'), '`docs` is a file, not a folder');
  });

  describe('on disk', () => {
    let tmp: string;
    const write = (path: string, content: string): void => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    };
    beforeEach(() => {
      tmp = realpathSync(mkdtempSync(join(tmpdir(), 'netgov-discovery-mutants-')));
    });
    afterEach(() => {
      rmSync(tmp, { recursive: true, force: true });
    });

    it('does not list a layout folder reached through a symbolic link to a folder above it', async () => {
      const root = join(tmp, 'net');
      write(join(root, 'CHARTER.md'), charter());
      write(join(root, 'docs', 'people', 'lee.md'), member('Lee'));
      write(join(tmp, 'outside', 'people', 'intruder.md'), member('Intruder'));
      symlinkSync(join(tmp, 'outside'), join(root, 'linked'), 'dir');
      const list = async (members: string): Promise<string[]> =>
        (await listNetworkDocuments(new NodeWorkspace(), toCorePath(root), { ...DEFAULT_LAYOUT, members })).filter((d) => d.kind === 'member').map((d) => d.id);
      assert.deepEqual(await list('docs/people'), ['lee']);
      assert.deepEqual(await list('linked/people'), []);
    });
  });
});
