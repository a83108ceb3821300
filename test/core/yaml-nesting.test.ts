import assert from 'node:assert/strict';
import { MAX_NESTING, parseYaml } from '../../src/core/parse/yaml-source';

/** The nesting guard counts the flow brackets still open from earlier lines with the block levels of the next. */
describe('frontmatter nesting guard', () => {
  it('stops at the line whose list levels, on top of brackets left open, pass the limit', () => {
    const first = `a: ${'['.repeat(60)}\n`;
    const yaml = `${first}${'- '.repeat(50)}x\n`;
    const { data, problems } = parseYaml(yaml, 100);
    assert.equal(data, undefined);
    assert.deepEqual(problems, [
      { code: 'yaml.syntax', start: first.length, end: first.length + 1, message: `The frontmatter nests lists or mappings more than ${MAX_NESTING} levels deep; netgov stops reading it to stay safe.` },
    ]);
  });
});
