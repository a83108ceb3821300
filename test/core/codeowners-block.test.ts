/**
 * The managed block inside a user's CODEOWNERS file: netgov finds it only by exact markers, refuses to
 * guess when they are broken, keeps every line outside it and the file's line endings, and the plan
 * says where each network's lines come from. Mutation testing found these boundaries unguarded.
 */
import assert from 'node:assert/strict';
import { BLOCK_BEGIN, BLOCK_END, CODEOWNERS_LOCATIONS, CodeownersBlockError, blockChanges, findBlock, hostOfBlock, linesOf, planCodeowners, withBlock } from '../../src/core/codeowners';
import { networkOf } from './health/health-fixtures';
import { md } from './network-builder';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { loadNetwork } from '../../src/core/check';

const TODAY = '2026-06-15';
const BLOCK = [BLOCK_BEGIN, '# header', '* @lead', BLOCK_END];

describe('CODEOWNERS: the managed block', () => {
  it('is found by its markers, trailing spaces allowed, and not by markers indented or inside other text', () => {
    assert.deepEqual(findBlock(['a', `${BLOCK_BEGIN}  `, 'x', `${BLOCK_END}\t`, 'b']), { begin: 1, end: 3 });
    assert.equal(findBlock(['a', `  ${BLOCK_BEGIN}`, `  ${BLOCK_END}`]), undefined);
    assert.equal(findBlock([]), undefined);
  });

  it('refuses broken markers, saying which is missing, rather than guessing where the block ends', () => {
    assert.throws(() => findBlock(['a', BLOCK_END]), (error: Error) => error instanceof CodeownersBlockError && error.name === 'CodeownersBlockError' && error.message === `the '${BLOCK_END}' line has no '${BLOCK_BEGIN}' before it`);
    assert.throws(() => findBlock([BLOCK_BEGIN, 'a']), { message: `the '${BLOCK_BEGIN}' line has no '${BLOCK_END}' after it` });
    assert.throws(() => findBlock([BLOCK_END, BLOCK_BEGIN]), { message: `the '${BLOCK_BEGIN}' line has no '${BLOCK_END}' after it` });
  });

  it('reads the host from the header comment only', () => {
    assert.equal(hostOfBlock([BLOCK_BEGIN, "# Written by netgov codeowners from the lead roles and the actions' owners and contributors, by GitLab username (handles.gitlab)."]), 'gitlab');
    assert.equal(hostOfBlock([BLOCK_BEGIN, '/docs/(handles.gitlab) @x']), 'github');
    assert.equal(hostOfBlock([BLOCK_BEGIN, '# by GitHub username (handles.github).']), 'github');
  });

  it('splits lines on LF and CRLF, dropping only the final empty line', () => {
    assert.deepEqual(linesOf('a\r\nb\r\n'), ['a', 'b']);
    assert.deepEqual(linesOf('a\n\n'), ['a', '']);
    assert.deepEqual(linesOf('a'), ['a']);
  });

  it('writes a new file as the block alone', () => {
    assert.equal(withBlock(undefined, BLOCK), `${BLOCK.join('\n')}\n`);
    assert.equal(withBlock('', BLOCK), `${BLOCK.join('\n')}\n`);
  });

  it('adds the block after a blank line, without doubling one, and keeps CRLF', () => {
    assert.equal(withBlock('* @owner\n', BLOCK), `* @owner\n\n${BLOCK.join('\n')}\n`);
    assert.equal(withBlock('* @owner\n\n', BLOCK), `* @owner\n\n${BLOCK.join('\n')}\n`);
    assert.equal(withBlock('* @owner\r\n', BLOCK), `* @owner\r\n\r\n${BLOCK.join('\r\n')}\r\n`);
  });

  it('judges the last line, blank or only spaces, not another', () => {
    assert.equal(withBlock('* @owner\n   \n', BLOCK), `* @owner\n   \n${BLOCK.join('\n')}\n`);
    assert.equal(withBlock('* @a\n\n* @b\n', BLOCK), `* @a\n\n* @b\n\n${BLOCK.join('\n')}\n`);
  });

  it('replaces only the block, keeping the lines before and after it', () => {
    const existing = ['# mine', '/a @a', BLOCK_BEGIN, 'old line', BLOCK_END, '/z @z', ''].join('\n');
    assert.equal(withBlock(existing, BLOCK), ['# mine', '/a @a', ...BLOCK, '/z @z', ''].join('\n'));
  });

  it('compares lines ignoring trailing spaces only', () => {
    assert.deepEqual(blockChanges(['* @lead  ', '/x @y'], ['* @lead', '/x @y']), { added: [], removed: [] });
    assert.deepEqual(blockChanges(['  * @lead'], ['* @lead']), { added: ['* @lead'], removed: ['  * @lead'] });
  });

  it('looks for the file where each host does, in its order', () => {
    assert.deepEqual(CODEOWNERS_LOCATIONS, { github: ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'], gitlab: ['.gitlab/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] });
  });
});

describe('CODEOWNERS: the plan', () => {
  const lead = (handle: string, extra: readonly string[] = []): string => md(['name: Lead', 'joined: 2024-01-01', ...extra, 'handles:', `  github: "${handle}"`, `  gitlab: "${handle}"`, 'roles:', '  - role: lead', '    from: 2024-01-01']);

  it('gives a network at the repository root the whole repository, and says so', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Root']), 'members/lee.md': lead('lee') });
    const { block } = planCodeowners([network], network.root, TODAY, 'gitlab');
    assert.deepEqual(block.slice(1), ["# Written by netgov codeowners from the lead roles and the actions' owners and contributors, by GitLab username (handles.gitlab).", '# Run it again rather than editing here; netgov check says when roles have changed.', '# Network: the repository root', '* @lee', BLOCK_END]);
  });

  it('lists networks in path order, whatever order they come in, each with its folder', async () => {
    const workspace = new MemoryWorkspace();
    workspace.write('/repo/b-net/CHARTER.md', md(['name: B']));
    workspace.write('/repo/b-net/members/bo.md', lead('bo'));
    workspace.write('/repo/a net/CHARTER.md', md(['name: A']));
    workspace.write('/repo/a net/members/al.md', lead('al'));
    const { network: b } = await loadNetwork(workspace, '/repo/b-net');
    const { network: a } = await loadNetwork(workspace, '/repo/a net');
    const { block } = planCodeowners([b, a], '/repo', TODAY, 'github');
    assert.deepEqual(block.filter((line) => !line.startsWith('# Written') && !line.startsWith('# Run')), [BLOCK_BEGIN, '# Network: a net/', '/a\\ net/ @al', '# Network: b-net/', '/b-net/ @bo', BLOCK_END]);
  });

  it('takes only a leading @ off a handle, and leaves out a lead who has not joined yet', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Handles']), 'members/odd.md': lead('al@ice'), 'members/soon.md': lead('soon', []).replace('joined: 2024-01-01', 'joined: 2026-07-01'), 'members/kim.md': lead('@kim') });
    const { block, missingHandles } = planCodeowners([network], '/ws', TODAY, 'github');
    assert.deepEqual(block.filter((line) => line.startsWith('/')), ['/net/ @kim']);
    assert.deepEqual(missingHandles.map((m) => m.member), ['odd']);
  });

  it('writes no folder line for a network whose only leads lead an area', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Areas']), 'members/ali.md': lead('ali').replace('    from: 2024-01-01', '    area: frailty\n    from: 2024-01-01') });
    const { block } = planCodeowners([network], '/ws', TODAY, 'github');
    assert.deepEqual(block.filter((line) => !line.startsWith('#')), []);
  });

  it('lists leads with no handle in path order', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Missing']), 'members/zed.md': lead(''), 'members/amy.md': lead(''), 'members/max.md': lead('') });
    const { missingHandles } = planCodeowners([network], '/ws', TODAY, 'github');
    assert.deepEqual(missingHandles.map((m) => m.path), ['net/members/amy.md', 'net/members/max.md', 'net/members/zed.md']);
  });
});
