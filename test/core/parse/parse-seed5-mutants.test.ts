import assert from 'node:assert/strict';
import { MAX_NESTING, parseYaml } from '../../../src/core/parse/yaml-source';

/** Parsing details the seed-5 mutation sample left unpinned. */

describe('parseYaml: nesting depth across lines that hold no content', () => {
  const TOO_DEEP = `The frontmatter nests lists or mappings more than ${MAX_NESTING} levels deep; netgov stops reading it to stay safe.`;
  /** MAX_NESTING mappings, each a key one space further in than the one before, with `eol` line ends. */
  const nested = (eol: string): string => Array.from({ length: MAX_NESTING }, (_, k) => `${' '.repeat(k)}k${k}:${eol}`).join('');

  for (const [name, eol, between] of [
    ['an empty line', '\n', '\n'],
    ['a line of blanks', '\n', ' \n'],
    ['a comment at the margin', '\n', '# note\n'],
    ['an empty line ending in CRLF', '\r\n', '\r\n'],
  ] as const) {
    it(`keeps the levels open across ${name}, so a key one level deeper is still too deep`, () => {
      const before = nested(eol) + between;
      const yaml = `${before}${' '.repeat(MAX_NESTING)}x: 1${eol}`;
      assert.deepEqual(parseYaml(yaml, 100).problems, [{ code: 'yaml.syntax', start: before.length, end: before.length + 1, message: TOO_DEEP }]);
    });
  }

  it('reads the same mappings when they stop one level short', () => {
    const yaml = `${nested('\n')}\n${' '.repeat(MAX_NESTING - 1)}x: 1\n`;
    const { problems } = parseYaml(yaml, 100);
    assert.deepEqual(problems, []);
  });
});
