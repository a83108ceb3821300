/**
 * Template edges mutation testing found unguarded: fenced code is not prose, so guidance
 * matching never sees it, and an empty organisation is refused by name.
 */
import assert from 'node:assert/strict';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import { paragraphsOf } from '../../../src/core/templates/guidance';
import { TemplateInputError, planMember } from '../../../src/core/templates/plan';

describe('templates: the prose paragraphs of a body', () => {
  it('leaves fenced code out, and a fence ends the paragraph before it', () => {
    const body = ['Before the code', '```yaml', 'not: prose', '', 'still code', '```', 'After it', '~~~', 'tilde code', '~~~'].join('\n');
    assert.deepEqual(paragraphsOf(body), [
      { text: 'Before the code', firstLine: 0, lastLine: 0 },
      { text: 'After it', firstLine: 6, lastLine: 6 },
    ]);
  });
});

describe('templates: a new member with an empty organisation', () => {
  it('is refused, naming the organisation', () => {
    assert.throws(
      () => planMember('/ws/net', DEFAULT_LAYOUT, { name: 'Sam Lee', organisation: ' \t ', today: '2026-11-27', existingIds: [] }),
      (error: unknown) => error instanceof TemplateInputError && error.message === 'The organisation is empty.',
    );
  });
});
