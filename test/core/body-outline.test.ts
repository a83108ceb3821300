import assert from 'node:assert/strict';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../src/core/document';
import { md } from './network-builder';

/**
 * What the body line scan reads: heading texts as the markdown parser reads
 * them, and where a body gets past what netgov reads safely.
 */
function parsed(body: readonly string[]) {
  const text = md(['name: Amara Okafor', 'organisation: Riverside', 'joined: 2024-02-01'], body);
  return parseNetworkDocument('/n/members/x.md', 'member', 'x', new TextEncoder().encode(text), DEFAULT_LIMITS);
}

describe('body outline', () => {
  it('keeps a # written straight after a word as part of the heading; only a closing run after a space goes', () => {
    const { document } = parsed(['## Learning C#', '', '## Proposal ##', '', '# Issue #12', '', '### Notes #']);
    assert.deepEqual(
      document.body.headings.map((h) => h.text),
      ['Learning C#', 'Proposal', 'Issue #12', 'Notes'],
    );
  });

  it('reads a heading\'s inline markup as its text even when the other headings have none', () => {
    const { document } = parsed(['## **Proposal**', '', 'One form.', '', '## Expected impact', '', 'Faster.']);
    assert.deepEqual(
      document.body.headings.map((h) => h.text),
      ['Proposal', 'Expected impact'],
    );
  });

  it('stops reading a long list nested ever deeper at the item where the weighted count passes its limit', () => {
    // Item i is indented 2 × (i mod 64) columns and weighs (i mod 64) + 1: the first 64 weigh 2,080, and
    // the next 43 bring the count to 3,026, past 3,000, at item 106.
    const list = Array.from({ length: 200 }, (_, i) => `${' '.repeat((i % 64) * 2)}- a`);
    const { document, findings } = parsed(list);
    assert.deepEqual(
      findings.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.message]),
      [['body.too-complex', 5 + 106, 0, 5 + 106, 1, 'From here the text has more list items and quotes (weighted by how deep they nest), past what netgov reads safely; its links and inline markup were not checked. Simplify it.']],
    );
    assert.deepEqual(document.body.links, []);
  });

  it('still places the headings of a body too complex to read whole', () => {
    const { document, findings } = parsed(['## Notes', '', ...Array.from({ length: 200 }, (_, i) => `${' '.repeat((i % 64) * 2)}- a`)]);
    assert.deepEqual(findings.map((f) => f.code), ['body.too-complex']);
    const headings = document.body.headings.map((h) => [h.text, document.bodyRange(h.start, h.end)]);
    assert.deepEqual(headings, [['Notes', { start: { line: 5, character: 0 }, end: { line: 5, character: 8 } }]]);
  });

  it('reads a long indented code block, which opens no list, within the budget', () => {
    const { findings } = parsed(['Example:', '', ...Array.from({ length: 2000 }, (_, i) => `    total = total + ${i}`)]);
    assert.deepEqual(findings, []);
  });
});

describe('body links', () => {
  it('reads no link in an indented code block after a paragraph that ended a list, and reads it in the list item', () => {
    const ended = parsed(['- A falls clinic', '', 'Then a paragraph that ends the list.', '', '    [example](missing.md)']);
    assert.deepEqual(ended.document.body.links, []);
    const inItem = parsed(['- A falls clinic', '', '    [example](missing.md)']);
    assert.deepEqual(inItem.document.body.links.map((l) => l.url), ['missing.md']);
  });
});
