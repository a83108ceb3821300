/** Templates: guidance.ts and render.ts mutants a focused Stryker run left undetected (surv-pt-2). */
import assert from 'node:assert/strict';
import {
  isPlaceholderOutcome,
  isPlaceholderStatement,
  paragraphsOf,
  uneditedGuidance,
  writtenParagraphs,
} from '../../../src/core/templates/guidance';
import { renderTemplate, yamlScalar, yamlValue } from '../../../src/core/templates/render';

describe('guidance placeholders (focus)', () => {
  it('accepts the placeholders with surrounding white space and rejects text around the statement', () => {
    assert.equal(isPlaceholderStatement('  To be agreed by the members of Net.  '), true);
    assert.equal(isPlaceholderStatement('Note: To be agreed by the members of Net.'), false);
    assert.equal(isPlaceholderStatement('To be agreed by the members of Net. Agreed'), false);
    assert.equal(isPlaceholderOutcome('  Our first outcome (to be agreed) '), true);
  });
});

describe('paragraphsOf (focus)', () => {
  it('splits lines on a lone carriage return and keeps the text of CRLF lines', () => {
    assert.deepEqual(paragraphsOf('a\r\rb'), [
      { text: 'a', firstLine: 0, lastLine: 0 },
      { text: 'b', firstLine: 2, lastLine: 2 },
    ]);
    assert.deepEqual(paragraphsOf('a\r\nb'), [{ text: 'a b', firstLine: 0, lastLine: 1 }]);
  });

  it('trims and collapses white space, and ends the last paragraph on the last line', () => {
    assert.deepEqual(paragraphsOf('  hello   big  \nworld'), [{ text: 'hello big world', firstLine: 0, lastLine: 1 }]);
  });

  it('treats only a line starting with a fence as a fence, and indented fences as fences', () => {
    assert.deepEqual(paragraphsOf('a ``` b\nc'), [{ text: 'a ``` b c', firstLine: 0, lastLine: 1 }]);
    assert.deepEqual(paragraphsOf('  ```\ncode\n  ```\nafter'), [{ text: 'after', firstLine: 3, lastLine: 3 }]);
  });

  it('ends a paragraph at a blank (white-space only) line and at indented headings only', () => {
    assert.deepEqual(paragraphsOf('a\n   \nb'), [
      { text: 'a', firstLine: 0, lastLine: 0 },
      { text: 'b', firstLine: 2, lastLine: 2 },
    ]);
    assert.deepEqual(paragraphsOf('a # b\n  # heading\nc'), [
      { text: 'a # b', firstLine: 0, lastLine: 0 },
      { text: 'c', firstLine: 2, lastLine: 2 },
    ]);
  });

  it('keeps a paragraph whatever its text', () => {
    assert.deepEqual(paragraphsOf('Stryker was here!'), [{ text: 'Stryker was here!', firstLine: 0, lastLine: 0 }]);
  });
});

describe('guidance patterns from the templates (focus)', () => {
  it('does not take the template frontmatter, or anything in its place, for guidance', () => {
    const fields = '---\nkind: member\nname: A\norganisation: B\nsector: C\nprofession: D\njoined: E\n---';
    assert.deepEqual(uneditedGuidance('member', fields), []);
    assert.deepEqual(uneditedGuidance('member', 'Stryker was here!'), []);
  });
});

describe('writtenParagraphs (focus)', () => {
  it('leaves out guidance and comment-only paragraphs, keeping text around comments', () => {
    const body = [
      '## What I can help with',
      '',
      'List the skills, knowledge and connections you can offer other members.',
      '',
      '<!-- note -->',
      '',
      '<!-- a --> <!-- b -->',
      '',
      'I run a clinic.',
      '',
      'text <!-- c -->',
      '',
      '<!-- d --> text',
      '',
      '<!-- e -->done',
    ].join('\n');
    assert.deepEqual(writtenParagraphs('member', body), [
      { text: 'I run a clinic.', firstLine: 8, lastLine: 8 },
      { text: 'text <!-- c -->', firstLine: 10, lastLine: 10 },
      { text: '<!-- d --> text', firstLine: 12, lastLine: 12 },
      { text: '<!-- e -->done', firstLine: 14, lastLine: 14 },
    ]);
  });
});

describe('renderTemplate (focus)', () => {
  it('fills whole-value slots with extra spaces and renders lone carriage returns as line feeds', () => {
    assert.equal(renderTemplate('---\ntitle:  {{ x }}\n---\nBody', { x: 'a' }), '---\ntitle:  a\n---\nBody');
    assert.equal(renderTemplate('a\rb', {}), 'a\nb');
  });

  it('rejects a slot that is not the whole value, naming the template "template" by default', () => {
    assert.throws(() => renderTemplate('---\nfoo bar: {{x}}\n---\n', { x: 'a' }), {
      message: 'Template template: a frontmatter slot must be a whole value, as in "title: {{title}}": "foo bar: {{x}}"',
    });
    assert.throws(() => renderTemplate('---\ntitle: {{x}} extra\n---\n', { x: 'a' }), {
      message: 'Template template: a frontmatter slot must be a whole value, as in "title: {{title}}": "title: {{x}} extra"',
    });
    assert.throws(() => renderTemplate('Hi {{who}}', {}), { message: 'Template template: no value was given for {{who}}.' });
  });

  it('rejects duplicate keys with the first line of the YAML error', () => {
    assert.throws(() => renderTemplate('---\na: {{x}}\na: {{y}}\n---\n', { x: '1', y: '2' }, 'dup'), {
      message: 'Template dup: the rendered frontmatter is not valid YAML: Map keys must be unique at line 2, column 1:',
    });
  });

  it('closes the frontmatter only at a line that is just ---, and drops the line feed after it', () => {
    assert.equal(renderTemplate('---\ntitle: a---\n---\nbody', {}), '---\ntitle: a---\n---\nbody');
    assert.equal(renderTemplate('---\n---x\n---\n', {}), '---\n---x\n---\n');
    assert.throws(() => renderTemplate('---\na: 1\n', {}), { message: 'Template frontmatter is opened with --- but never closed.' });
  });
});

describe('yamlValue and yamlScalar (focus)', () => {
  it('refuses numbers YAML cannot hold', () => {
    assert.throws(() => yamlValue(Infinity), { message: 'Cannot write Infinity in frontmatter.' });
  });

  it('writes block scalars plain without folding, and quotes date-times YAML 1.1 reads as dates', () => {
    assert.equal(yamlScalar('a, b'), 'a, b');
    const long = Array.from({ length: 30 }, () => 'word').join(' ');
    assert.equal(yamlScalar(long), long);
    assert.equal(yamlScalar('2026-01-02 10:00:00'), '"2026-01-02 10:00:00"');
  });
});
