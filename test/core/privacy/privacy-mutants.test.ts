import assert from 'node:assert/strict';
import { buildAnonymiser } from '../../../src/core/privacy/anonymise';
import { findHealthDetails } from '../../../src/core/privacy/health-detail';
import { MIN_COUNT } from '../../../src/core/pulse/suppression';

/** Privacy details that earlier tests left unpinned. */

describe('anonymise: a name written with spaces around it', () => {
  it('replaces the name as written in text, without its spaces', async () => {
    const anonymiser = await buildAnonymiser([{ id: 'alice-ng', name: '  Alice Ng ', organisation: 'Big Trust' }], 'x', MIN_COUNT);
    const alice = anonymiser.pseudonym('alice-ng')!;
    assert.equal(anonymiser.text('Alice Ng said so.'), `${alice} said so.`);
  });
});

describe('health details: words with \'s that are no name', () => {
  it('does not take "Year\'s" for a name before a relative', () => {
    const texts = (text: string): string[] => findHealthDetails(text).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(texts("Year's mother had a stroke."), []);
    assert.deepEqual(texts("Harriet's mother had a stroke."), ["Harriet's mother had a stroke"]);
  });
});
