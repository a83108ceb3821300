/** Templates: mutants of the seed-6 sample that no test told apart. */
import assert from 'node:assert/strict';
import { ciFileName } from '../../../src/core/templates/ci';
import { renderTemplate } from '../../../src/core/templates/render';

describe('ciFileName (seed 6)', () => {
  it('names the GitLab file for messages', () => {
    assert.equal(ciFileName('gitlab'), 'GitLab CI job');
  });
});

describe('renderTemplate (seed 6)', () => {
  it('fills a list item slot written with more than one space after the dash', () => {
    assert.equal(renderTemplate('---\nowners:\n  -  {{who}}\n---\nBody\n', { who: 'ann' }), '---\nowners:\n  -  ann\n---\nBody\n');
  });

  it('drops only a line feed after the closing ---, keeping any other line separator as body text', () => {
    assert.equal(renderTemplate('---\ntitle: x\n---\u2028Body', {}), '---\ntitle: x\n---\n\u2028Body');
  });
});
