/** The anonymiser's inputs: mutants of the seed-5 sample that no test told apart. */
import assert from 'node:assert/strict';
import { ANOTHER_ORGANISATION, buildAnonymiser, peopleOf, saltOf } from '../../../src/core/privacy/anonymise';
import { networkOf } from '../health/health-fixtures';
import { md } from '../network-builder';

describe('peopleOf: the handles to hide (seed 5)', () => {
  it('keeps only handles that are text with something in it, in the order written', async () => {
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'members/ann.md': md(['name: Ann Bell', 'joined: 2024-01-01', 'handles:', '  github: ann-b', '  gitlab: 42', "  slack: '   '", "  matrix: ''", '  teams: ann.bell']),
    });
    assert.deepEqual(peopleOf(network).map((person) => person.handles), [['ann-b', 'ann.bell']]);
  });

  it('has no handles for a page whose handles are not a mapping', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Test Network']), 'members/ann.md': md(['name: Ann Bell', 'joined: 2024-01-01', 'handles: ann-b']) });
    assert.deepEqual(peopleOf(network).map((person) => person.handles), [[]]);
  });
});

describe('saltOf: the charter name, trimmed, else the folder (seed 5)', () => {
  it('takes the folder\'s name when the charter\'s name is only spaces', async () => {
    assert.equal(saltOf(await networkOf({ 'CHARTER.md': md(["name: '   '"]) })), 'net');
  });

  it('takes the charter\'s name without its surrounding spaces', async () => {
    assert.equal(saltOf(await networkOf({ 'CHARTER.md': md(["name: '  North Shire  '"]) })), 'North Shire');
  });

  it('takes the folder\'s name when the charter\'s name is not text', async () => {
    assert.equal(saltOf(await networkOf({ 'CHARTER.md': md(['name: 12']) })), 'net');
  });
});

describe('buildAnonymiser: organisations are counted by their trimmed name (seed 5)', () => {
  it('names an organisation written with spaces around it when enough members belong to it', async () => {
    const anonymiser = await buildAnonymiser([{ id: 'ann', organisation: ' North Shire Council ' }, { id: 'bob', organisation: 'North Shire Council' }], 'salt', 2);
    assert.equal(anonymiser.organisation(' North Shire Council '), ' North Shire Council ');
    assert.equal(anonymiser.organisation('North Shire Council'), 'North Shire Council');
    assert.deepEqual(anonymiser.members.map((member) => [member.id, member.role]).sort(), [
      ['ann', 'a member from  North Shire Council '],
      ['bob', 'a member from North Shire Council'],
    ]);
  });

  it('hides an organisation with fewer members than the minimum, and one it never counted', async () => {
    const anonymiser = await buildAnonymiser([{ id: 'ann', organisation: 'North Shire Council' }], 'salt', 2);
    assert.equal(anonymiser.organisation('North Shire Council'), ANOTHER_ORGANISATION);
    assert.equal(anonymiser.organisation('Elsewhere Trust'), ANOTHER_ORGANISATION);
    assert.deepEqual(anonymiser.members.map((member) => member.role), ['a member from another organisation']);
  });
});
