/**
 * Template edges a random sample of mutants found unguarded: a reserved
 * Windows name is never an id, an empty name is refused by name, a value with
 * nothing to suggest gets no "such as", and a slot line may end in spaces.
 */
import assert from 'node:assert/strict';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import { TemplateInputError, planAction, planMember } from '../../../src/core/templates/plan';
import { renderTemplate } from '../../../src/core/templates/render';

const refusedWith = (message: string) => (error: unknown): boolean => error instanceof TemplateInputError && error.message === message;

describe('templates: a new member named after a reserved file name', () => {
  it('gets nul-2, since NUL names no file on Windows', () => {
    const [planned] = planMember('/ws/net', DEFAULT_LAYOUT, { name: 'Nul', today: '2026-11-27', existingIds: [] });
    assert.equal(planned!.path, '/ws/net/members/nul-2.md');
  });
});

describe('templates: a new member with a blank name', () => {
  it('is refused, saying it is the member\'s name that is empty', () => {
    assert.throws(() => planMember('/ws/net', DEFAULT_LAYOUT, { name: ' \t ', today: '2026-11-27', existingIds: [] }), refusedWith('The member\'s name is empty.'));
  });
});

describe('templates: a proposer that is not an id and has no letters to suggest one from', () => {
  it('is refused without a "such as" suggestion', () => {
    assert.throws(
      () => planAction('/ws/net', DEFAULT_LAYOUT, { title: 'Map the referral routes', proposedBy: '***', today: '2026-11-27', existingIds: [] }),
      refusedWith('The proposer \'***\' is not an id: ids are lower-case words joined by hyphens.'),
    );
  });
});

describe('templates: a frontmatter slot line with trailing spaces', () => {
  it('is still a whole value, and is filled', () => {
    assert.equal(renderTemplate('---\ntitle: {{title}}  \n---\nBody\n', { title: 'Referrals' }), '---\ntitle: Referrals\n---\nBody\n');
  });
});

describe('templates: an id in the right form but too long', () => {
  it('is refused for its length, not its form', () => {
    const long = `a${'-b'.repeat(60)}`;
    assert.equal(long.length, 121);
    assert.throws(
      () => planAction('/ws/net', DEFAULT_LAYOUT, { title: 'Map the referral routes', proposedBy: long, today: '2026-11-27', existingIds: [] }),
      refusedWith(`The proposer '${long.slice(0, 40)}...' is 121 characters long: an id has at most 120.`),
    );
  });

  it('keeps the form message for a long id in the wrong form, and suggests no id that is itself too long', () => {
    const long = `A${'-b'.repeat(60)}`;
    assert.throws(
      () => planAction('/ws/net', DEFAULT_LAYOUT, { title: 'Map the referral routes', proposedBy: long, today: '2026-11-27', existingIds: [] }),
      refusedWith(`The proposer '${long}' is not an id: ids are lower-case words joined by hyphens.`),
    );
    const fits = `A${'-b'.repeat(59)}`;
    assert.throws(
      () => planAction('/ws/net', DEFAULT_LAYOUT, { title: 'Map the referral routes', proposedBy: fits, today: '2026-11-27', existingIds: [] }),
      refusedWith(`The proposer '${fits}' is not an id: ids are lower-case words joined by hyphens, such as '${fits.toLowerCase()}'.`),
    );
  });
});
