/** Layout paths: mutants of the seed-5 sample that no test told apart. */
import assert from 'node:assert/strict';
import { insidePath } from '../../src/core/config';

describe('insidePath: a layout path must stay inside the network folder (seed 5)', () => {
  it('refuses an absolute path, however it is written', () => {
    for (const value of ['/etc', '/', '//x', '/members/', '/./a']) assert.equal(insidePath(value), undefined, value);
  });

  it('refuses a control character, a backslash and a drive letter', () => {
    for (const value of ['people\n', 'a\u0000b', 'people\\x', 'C:people', 'c:/people']) assert.equal(insidePath(value), undefined, JSON.stringify(value));
  });

  it('keeps a relative path with its slashes tidied', () => {
    assert.equal(insidePath('people//staff/'), 'people/staff');
    assert.equal(insidePath('people/./staff'), 'people/staff');
  });
});
