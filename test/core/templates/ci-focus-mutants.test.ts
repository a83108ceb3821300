/** CI templates: mutants of ci.ts that a focused run left undetected. */
import assert from 'node:assert/strict';
import {
  CI_PROVIDERS,
  PROPOSAL_FORM_PATH,
  ciFileName,
  ciFilePath,
  ciMergeAdvice,
  isCiProvider,
  planCiFile,
  planProposalFiles,
  vendoredTarballPath,
} from '../../../src/core/templates/ci';

const SHA = 'a'.repeat(64);

/** The NETGOV_* settings a rendered CI file sets, trimmed. */
function netgovEnv(content: string): string[] {
  return content.split('\n').map((l) => l.trim()).filter((l) => /^NETGOV_[A-Z0-9_]+:/.test(l));
}

function throwsExactly(fn: () => unknown, message: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof Error);
    assert.equal(error.message, message);
    return true;
  });
}

describe('CI templates (focus)', () => {
  it('names the providers, their files and what to do when a file is taken', () => {
    assert.deepEqual(CI_PROVIDERS, ['github', 'gitlab']);
    assert.equal(isCiProvider('gitlab'), true);
    assert.equal(ciFilePath('github'), '.github/workflows/netgov.yml');
    assert.equal(ciFilePath('gitlab'), '.gitlab-ci.yml');
    assert.equal(ciFileName('github'), 'GitHub Actions workflow');
    assert.equal(
      ciMergeAdvice('github'),
      'Compare it with the workflow netgov would write (netgov init --ci github --print) and copy over what you want; or save that under another name in .github/workflows/.',
    );
    assert.equal(
      ciMergeAdvice('gitlab'),
      'Save the netgov job elsewhere (netgov init --ci gitlab --print > ci/netgov.gitlab-ci.yml) and include it from your .gitlab-ci.yml with `include: [{local: ci/netgov.gitlab-ci.yml}]`.',
    );
    assert.equal(PROPOSAL_FORM_PATH, '.github/ISSUE_TEMPLATE/propose-action.yml');
  });

  it('puts a vendored tarball under the provider folder', () => {
    assert.equal(vendoredTarballPath('github', '1.2.3'), '.github/netgov/netgov-1.2.3.tgz');
    assert.equal(vendoredTarballPath('gitlab', '1.2.3'), '.gitlab/netgov/netgov-1.2.3.tgz');
  });

  it('pins only a whole version, and fills in empty tarball and sha256 from the registry', () => {
    for (const bad of ['x1.2.3', '1.2.3x', '1.2.3-']) throwsExactly(() => planCiFile('github', 'r', bad), `Not a netgov version to pin: '${bad}'`);
    assert.deepEqual(netgovEnv(planCiFile('github', 'r', '10.20.30').content), ['NETGOV_VERSION: "10.20.30"', 'NETGOV_TARBALL: ""', 'NETGOV_SHA256: ""']);
    assert.deepEqual(netgovEnv(planCiFile('gitlab', 'r', '1.2.3-rc.1').content), ['NETGOV_VERSION: "1.2.3-rc.1"', 'NETGOV_TARBALL: ""', 'NETGOV_SHA256: ""']);
  });

  it('takes only a 64-digit lower-case hex sha256 for a vendored tarball', () => {
    for (const bad of ['g' + SHA, SHA + 'g', 'a', 'A'.repeat(64)]) throwsExactly(() => planCiFile('github', 'r', '1.2.3', { sha256: bad }), `Not a sha256: '${bad}'`);
    assert.deepEqual(netgovEnv(planCiFile('gitlab', 'r', '1.2.3', { sha256: SHA }).content), [
      'NETGOV_VERSION: "1.2.3"',
      'NETGOV_TARBALL: ".gitlab/netgov/netgov-1.2.3.tgz"',
      `NETGOV_SHA256: "${SHA}"`,
    ]);
  });

  it('plans the proposal files for a folder inside the repository only', () => {
    for (const bad of ['../x', 'a/../b', '/abs', 'a\u0001b', 'a\u007fb']) throwsExactly(() => planProposalFiles('r', '1.2.3', bad), `Not a folder inside the repository: '${bad}'`);
    const files = planProposalFiles('r', '1.2.3', 'nets/a/');
    assert.deepEqual(files.map((f) => f.path), ['r/.github/ISSUE_TEMPLATE/propose-action.yml', 'r/.github/workflows/netgov-proposals.yml']);
    assert.deepEqual(netgovEnv(files[1]!.content), ['NETGOV_VERSION: "1.2.3"', 'NETGOV_TARBALL: ""', 'NETGOV_SHA256: ""', 'NETGOV_NETWORK: "nets/a/"']);
    assert.deepEqual(netgovEnv(planProposalFiles('r', '1.2.3', '')[1]!.content).slice(3), ['NETGOV_NETWORK: "."']);
    assert.deepEqual(netgovEnv(planProposalFiles('r', '1.2.3', 'a..b')[1]!.content).slice(3), ['NETGOV_NETWORK: "a..b"']);
  });
});
