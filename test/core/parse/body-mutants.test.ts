import assert from 'node:assert/strict';
import { Body, bodyBudgetProblem, MAX_PARAGRAPH_MARKERS, parseWithRemark } from '../../../src/core/parse/body';

/** Body details that earlier tests left unpinned: when the quick link scan hands over to a full parse, and where a paragraph ends for the budget. */

function links(text: string): string[] {
  return new Body(text).links.map((l) => `${l.url}@${l.start}-${l.end}`);
}

function fullLinks(text: string): string[] {
  return parseWithRemark(text).links.map((l) => `${l.url}@${l.start}-${l.end}`);
}

describe('Body links: bodies the quick scan hands to a full parse', () => {
  it('an HTML block opened by an indented tag, which swallows fences and a link', () => {
    // The HTML block runs to the next blank line (here the end), fences and link included: no link.
    const text = ' <div>\n```\n```\n[a](b.md)\n';
    assert.deepEqual(fullLinks(text), []);
    assert.deepEqual(links(text), fullLinks(text));
  });

  it('a fence under a list marker and a space, which ends with its list item', () => {
    const text = '- ```\n  ```\n[a](b.md)\n';
    assert.deepEqual(fullLinks(text), ['b.md@12-21']);
    assert.deepEqual(links(text), fullLinks(text));
  });
});

describe('body budget: where a paragraph ends', () => {
  const half = '('.repeat(MAX_PARAGRAPH_MARKERS / 2 + 100);

  it('counts markers on one paragraph together', () => {
    assert.match(bodyBudgetProblem(`${half}\n${half}`)?.reason ?? '', /inline markers/);
  });

  it('ends a paragraph at a blank line', () => {
    assert.equal(bodyBudgetProblem(`${half}\n\n${half}`), undefined);
    assert.equal(bodyBudgetProblem(`${half}\n \t\n${half}`), undefined);
  });

  it('ends a paragraph at a bare list marker, quote marker or heading marker', () => {
    for (const marker of ['-', '1.', '>', '#']) assert.equal(bodyBudgetProblem(`${half}\n${marker}\n${half}`), undefined, marker);
  });
});
