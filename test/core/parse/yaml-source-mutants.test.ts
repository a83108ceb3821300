import assert from 'node:assert/strict';
import { locate, MAX_NESTING, parseYaml, parseYamlTree } from '../../../src/core/parse/yaml-source';

/** YAML reading details that earlier tests left unpinned. */

describe('parseYaml: details', () => {
  it('counts a closed `]` as a level closed, however many lists a line holds', () => {
    const yaml = `a: [${'[x], '.repeat(MAX_NESTING + 50)}[x]]\n`;
    const { data, problems } = parseYaml(yaml, 100);
    assert.deepEqual(problems, []);
    assert.equal((data?.a as unknown[]).length, MAX_NESTING + 51);
  });

  it('says aliases are not allowed at all when max_aliases is 0', () => {
    const { data, problems } = parseYaml('a: &x 1\nb: *x\n', 0);
    assert.equal(data, undefined);
    assert.deepEqual(
      problems.map((p) => [p.code, p.message]),
      [['yaml.alias-limit', 'The frontmatter uses an alias (`*name`), which limits.max_aliases in netgov.yml does not allow. Write the value out instead.']],
    );
  });
});

describe('locate: a key with no value node', () => {
  it('reaches the key but not a complete path', () => {
    const doc = parseYamlTree('? a\n');
    const found = locate(doc, ['a']);
    assert.equal(found.complete, false);
    assert.deepEqual(found.key?.range?.slice(0, 2), [2, 3]);
    assert.equal(found.value, undefined);
  });
});
