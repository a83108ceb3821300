import assert from 'node:assert/strict';
import { updatingGoldens } from '../helpers/goldens';

describe('golden files are rewritten only on purpose', () => {
  const saved = { update: process.env.NETGOV_UPDATE_GOLDENS, ci: process.env.CI };
  afterEach(() => {
    for (const [name, value] of [['NETGOV_UPDATE_GOLDENS', saved.update], ['CI', saved.ci]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('compares by default', () => {
    delete process.env.NETGOV_UPDATE_GOLDENS;
    assert.equal(updatingGoldens(), false);
  });

  it('rewrites only when asked, off CI', () => {
    process.env.NETGOV_UPDATE_GOLDENS = '1';
    delete process.env.CI;
    assert.equal(updatingGoldens(), true);
  });

  it('fails the suite when the switch is set in CI, instead of passing by rewriting', () => {
    process.env.NETGOV_UPDATE_GOLDENS = '1';
    process.env.CI = 'true';
    assert.throws(() => updatingGoldens(), /never while testing/);
  });
});
