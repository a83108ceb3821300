/**
 * The quick link scan (`Body.links`: remark over only the blocks that may hold a link, every other
 * line blanked) finds exactly the links a full parse of the body finds, at the same offsets, on
 * random bodies built from the markdown that decides it: lists, quotes, indented and fenced code,
 * paragraphs, blank lines and every link form. Seeds are fixed (fuzz-support.ts says how to vary them).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Body, parseWithRemark } from '../../src/core/parse/body';
import { params } from './fuzz-support';

const LINK = fc.constantFrom('[notes](notes.md)', '<https://example.org>', '[ref]', '[ref]: target.md', '[a](b.md "t")', '](x.md)', '[x](');
const WORDS = fc.constantFrom('Falls clinic', 'plain words', 'two', '#3', '*', '-', '1.', '>', '`code`', '***');
const INDENT = fc.constantFrom('', ' ', '  ', '   ', '    ', '      ', '\t');
const MARKER = fc.constantFrom('', '', '- ', '* ', '1. ', '> ', '- > ', '> - ');
const LINE = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(INDENT, MARKER, WORDS).map(([indent, marker, words]) => `${indent}${marker}${words}`) },
  { weight: 2, arbitrary: fc.tuple(INDENT, MARKER, WORDS, LINK).map(([indent, marker, words, link]) => `${indent}${marker}${words} ${link}`) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('```', '~~~', '    ```', '---', '===', '## Heading [x](h.md)', '<div>', '</div>') },
);
const BODY = fc.array(LINE, { minLength: 1, maxLength: 14 }).map((lines) => lines.join('\n'));

describe('Body links: the quick scan and a full parse agree', () => {
  it('finds the same links at the same offsets on random bodies', () => {
    fc.assert(
      fc.property(BODY, (text) => {
        const quick = new Body(text).links.map((l) => `${l.url}@${l.start}-${l.end}`);
        const full = parseWithRemark(text).links.map((l) => `${l.url}@${l.start}-${l.end}`);
        assert.deepEqual(quick, full, JSON.stringify(text));
      }),
      params(20261205, 400),
    );
  });

  it('agrees on the body that found the bug: an indented code line after a paragraph that ended a list', () => {
    const text = '- A falls clinic\n\nThen a paragraph that ends the list.\n\n    [example](missing.md)\n';
    assert.deepEqual(new Body(text).links, []);
    assert.deepEqual(parseWithRemark(text).links, []);
  });
});
