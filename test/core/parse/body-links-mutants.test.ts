import assert from 'node:assert/strict';
import fc from 'fast-check';
import { params } from '../../fuzz/fuzz-support';
import { Body, parseWithRemark, SimpleBody, type BodyHeading, type BodyLink } from '../../../src/core/parse/body';

/**
 * Body's quick paths (the ATX line scan for headings; remark over only the blocks that may hold a
 * link, other lines blanked, for links) promise what a full parse of the body gives. Each test
 * states both: the full parse gives these exact headings or links, and the quick path agrees.
 */

function headings(text: string, expected: BodyHeading[]): void {
  assert.deepStrictEqual(parseWithRemark(text).headings, expected, 'full parse');
  assert.deepStrictEqual(new Body(text).headings, expected, 'Body');
}

function links(text: string, expected: BodyLink[]): void {
  assert.deepStrictEqual(parseWithRemark(text).links, expected, 'full parse');
  assert.deepStrictEqual(new Body(text).links, expected, 'Body');
}

describe('Body headings: the ATX line scan agrees with a full parse', () => {
  it('reads a bare `#` as an empty heading', () => {
    headings('#\n', [{ depth: 1, text: '', start: 0, end: 1 }]);
    assert.deepStrictEqual(new SimpleBody('#\n').headings, [{ depth: 1, text: '', start: 0, end: 1 }]);
  });

  it('counts offsets from the start of the body, line by line', () => {
    headings('Intro\n# Title\n', [{ depth: 1, text: 'Title', start: 6, end: 13 }]);
    assert.deepStrictEqual(new SimpleBody('Intro\n# Title\n').headings, [{ depth: 1, text: 'Title', start: 6, end: 13 }]);
  });

  it('reads a heading on a CRLF line, its end before the CR', () => {
    headings('# Title\r\n', [{ depth: 1, text: 'Title', start: 0, end: 7 }]);
    headings('Intro\r\n## Scope\r\n', [{ depth: 2, text: 'Scope', start: 7, end: 15 }]);
  });

  it('trims a no-break space off the end of the heading text, as the full parse does', () => {
    headings('# Title\u00a0\n', [{ depth: 1, text: 'Title', start: 0, end: 8 }]);
  });

  it('leaves a heading with a backslash escape to remark', () => {
    headings('# \\*\n', [{ depth: 1, text: '*', start: 0, end: 4 }]);
  });

  it('trims the full parse\'s heading text, spaces from character references included', () => {
    headings('# &#32;Title&#32;\n', [{ depth: 1, text: 'Title', start: 0, end: 17 }]);
  });
});

describe('Body headings: what opens and closes fenced code', () => {
  it('opens a fence only with three or more backticks or tildes at the start of a line', () => {
    headings('Intro ```\n# Title\n', [{ depth: 1, text: 'Title', start: 10, end: 17 }]);
    headings('`x`\n# Title\n', [{ depth: 1, text: 'Title', start: 4, end: 11 }]);
    headings('~x\n# Title\n', [{ depth: 1, text: 'Title', start: 3, end: 10 }]);
  });

  it('does not close a backtick fence with tildes', () => {
    headings('```\n~~~\n# T\n```\n', []);
  });

  it('does not close a fence with a shorter one', () => {
    headings('````\n```\n# T\n````\n', []);
  });
});

describe('Body headings: setext underlines send the body to remark', () => {
  it('reads `==` and `--` under a line as a heading', () => {
    headings('Title\n==\n', [{ depth: 1, text: 'Title', start: 0, end: 8 }]);
    headings('Title\n--\n', [{ depth: 2, text: 'Title', start: 0, end: 8 }]);
  });

  it('reads an underline with trailing spaces as a heading', () => {
    headings('Title\n== \n', [{ depth: 1, text: 'Title', start: 0, end: 9 }]);
  });
});

describe('Body links: bodies the block scan would misread go to a full parse', () => {
  it('an HTML comment opened in an ordered list item, closed in a later block of the item', () => {
    // Blanked, the closing `-->` would be lost and the comment would swallow the link.
    links('1. <!--\n\n   x -->\n\n   [c](d.md)\n', [{ url: 'd.md', start: 22, end: 31 }]);
  });

  it('a list item indented by a tab, under which a later block is a paragraph, not code', () => {
    links('- a\n\n\t- x\n\n\t  [l](m.md)\n', [{ url: 'm.md', start: 14, end: 23 }]);
  });
});

describe('Body links: fenced code in the blanked body', () => {
  it('blanks an opening fence right under a line with a link, so the code still ends at its closing fence', () => {
    links('[a](b.md)\n```\ncode\n```\n[c](d.md)\n', [
      { url: 'b.md', start: 0, end: 9 },
      { url: 'd.md', start: 23, end: 32 },
    ]);
  });

  it('keeps no code line, even one with a link under an unclosed fence', () => {
    links('```\nx\n\n[a](b.md)\n', []);
  });

  it('blanks code to spaces, not to text: a definition after the code is still a definition', () => {
    links('```\n```\n[r]: x.md\n', [{ url: 'x.md', start: 8, end: 17 }]);
  });

  it('blanks code to as many spaces as it had characters, so offsets after it stay the body\'s', () => {
    links('```\nx\n```\n[a](b.md)\n', [{ url: 'b.md', start: 10, end: 19 }]);
  });
});

describe('Body links: blank lines in the blanked body', () => {
  it('keeps a CRLF blank line blank, so that a definition after it is still a definition', () => {
    links('[a](b.md)\r\n\r\n[r]: c.md\r\n', [
      { url: 'b.md', start: 0, end: 9 },
      { url: 'c.md', start: 13, end: 22 },
    ]);
  });
});

// BUG (fixed with these tests): the quick paths disagreed with the full parse on the bodies below.
describe('Body: bodies where the quick paths once disagreed with a full parse', () => {
  it('starts an indented heading at its `#`, not at the start of its line', () => {
    headings('   # Title\n', [{ depth: 1, text: 'Title', start: 3, end: 10 }]);
    headings('Intro\n  ## Scope ##\n', [{ depth: 2, text: 'Scope', start: 8, end: 19 }]);
  });

  it('reads closing `#`s right after the opening ones as an empty heading', () => {
    headings('## ##\n', [{ depth: 2, text: '', start: 0, end: 5 }]);
    headings('#\t#\n', [{ depth: 1, text: '', start: 0, end: 3 }]);
    headings('# # #\n', [{ depth: 1, text: '#', start: 0, end: 5 }]);
    headings('# #a\n', [{ depth: 1, text: '#a', start: 0, end: 4 }]);
  });

  it('finds a heading under a quote or list marker', () => {
    headings('> # Title\n', [{ depth: 1, text: 'Title', start: 2, end: 9 }]);
    headings('- # Title\n', [{ depth: 1, text: 'Title', start: 2, end: 9 }]);
    headings('1. Intro\n\n   > ## Scope\n', [{ depth: 2, text: 'Scope', start: 15, end: 23 }]);
  });

  it('finds a heading in a list item indented by a tab', () => {
    headings('- a\n\n\t# H\n', [{ depth: 1, text: 'H', start: 6, end: 9 }]);
  });

  it('finds no heading in fenced code under a list marker', () => {
    headings('- ```\n  # x\n  ```\n', []);
  });

  it('reads a setext underline under a quote marker', () => {
    headings('> Title\n>--\n', [{ depth: 2, text: 'Title', start: 2, end: 11 }]);
  });

  it('does not close a fence with a fence line that has text after its marker', () => {
    headings('```\ncode\n``` x\n# T\n', []);
    headings('~~~\ncode\n~~~ x\n# T\n~~~\n# U\n', [{ depth: 1, text: 'U', start: 23, end: 26 }]);
    links('```\ncode\n``` x\n[a](b.md)\n', []);
  });

  it('does not open a fence with backticks whose info string holds a backtick; tildes may have one', () => {
    headings('``` a`b\n# T\n', [{ depth: 1, text: 'T', start: 8, end: 11 }]);
    links('``` a`b\n[a](b.md)\n', [{ url: 'b.md', start: 8, end: 17 }]);
    headings('~~~ a`b\n# T\n~~~\n', []);
  });

  it('reads a CR not before a LF as a line break: for headings', () => {
    headings('# T\rIntro\n', [{ depth: 1, text: 'T', start: 0, end: 3 }]);
  });

  it('reads a CR not before a LF as a line break: for links, after a fence closed on the next line', () => {
    links('~~~\r~~~\n[a](b.md)\n', [{ url: 'b.md', start: 8, end: 17 }]);
  });

  it('reads a line of a no-break space as text, not a blank line: the definition after it is paragraph text', () => {
    links('[a](b.md)\n\u00a0\n[r]: c.md\n', [{ url: 'b.md', start: 0, end: 9 }]);
  });
});

const HEADING_LINE = fc.oneof(
  fc.tuple(
    fc.constantFrom('', ' ', '   ', '    ', '\t', '- ', '> ', '1. ', '  > ', '- > '),
    fc.constantFrom('#', '##', '######', '#######', '#x'),
    fc.constantFrom('', ' ', '\t', ' #', ' Title', ' Title #', ' Title ##  ', ' # #', ' ##', ' *em*', ' a\u00a0'),
  ).map((parts) => parts.join('')),
  fc.constantFrom('', 'Intro', '```', '~~~', '  ```', '``` x', '~~~ x', '```js', '``` a`b', '~~~ a`b', '````', '- ```', '---', '==', '>--', '  -', '> text', '- item', '<div>', '\u00a0'),
);

describe('Body headings: the line scan and a full parse agree', () => {
  it('finds the same headings at the same offsets on random bodies', () => {
    fc.assert(
      fc.property(fc.array(HEADING_LINE, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        assert.deepStrictEqual(new Body(text).headings, parseWithRemark(text).headings, JSON.stringify(text));
      }),
      params(20261206, 300),
    );
  });
});

describe('Body headings: the closing sequence, read without backtracking', () => {
  const quick = (text: string) => new Body(text).headings.map((h) => h.text);
  const full = (text: string) => parseWithRemark(text).headings.map((h) => h.text);

  it('drops closing `#`s only after a space or tab, as the full parse does', () => {
    for (const [text, expected] of [['# a #', 'a'], ['# a#', 'a#'], ['## ##', ''], ['#\t#', ''], ['# a \t# \t', 'a'], ['#', ''], ['# a ## b', 'a ## b']] as const) {
      assert.deepStrictEqual(quick(text), [expected], text);
      assert.deepStrictEqual(full(text), [expected], text);
    }
  });

  it('reads a heading line with a run of 200,000 spaces (once quadratic in the run) to the same text', () => {
    const text = `# a${' '.repeat(200_000)}b #\n`;
    assert.deepStrictEqual(quick(text), [`a${' '.repeat(200_000)}b`]);
  });
});
