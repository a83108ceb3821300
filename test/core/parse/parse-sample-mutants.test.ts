/** Parsing edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import { splitFrontmatter } from '../../../src/core/parse/frontmatter';

describe('splitFrontmatter of an empty frontmatter after a language word', () => {
  it('starts the (empty) YAML just after the opening dashes', () => {
    assert.deepEqual(splitFrontmatter('---yaml\n---\nBody\n'), { yamlStart: 3, yaml: '', bodyStart: 12, terminated: true });
  });
});
