/**
 * Choosing owners with the load in view (issue 19, item 5): each member's open
 * ownerships and working ties, the interests a new action touches, and who is
 * suggested: a member who shares an interest and carries no more than most.
 */
import assert from 'node:assert/strict';
import { currentMembers } from '../../src/core/views/authoring';
import { areasOf } from '../../src/core/views/outline';
import { loadDescription, ownerChoices, ownerLoads } from '../../src/core/views/owner-load';
import { networkOf } from './health/health-fixtures';
import { md } from './network-builder';

const TODAY = '2026-11-27';

function person(name: string, interests: readonly string[] = [], extra: readonly string[] = []): string {
  return md([`name: ${name}`, 'joined: 2024-01-01', ...(interests.length > 0 ? ['interests:', ...interests.map((i) => `  - ${i}`)] : []), ...extra]);
}

function work(id: string, status: string, owners: readonly string[], contributors: readonly string[] = []): [string, string] {
  return [`actions/${id}.md`, md([`title: Work ${id}`, `status: ${status}`, 'proposed_by: busy', 'proposed: 2026-10-01', `owners: [${owners.join(', ')}]`, `contributors: [${contributors.join(', ')}]`])];
}

async function network(): Promise<Parameters<typeof ownerLoads>[0]> {
  return networkOf({
    'CHARTER.md': md(['name: Test Network', 'areas:', '  - id: falls', '    title: Falls prevention']),
    'PURPOSE.md': md(['statement: Better care.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls at home']),
    'members/busy.md': person('Bea Busy', ['falls prevention']),
    'members/quiet.md': person('Quinn Quiet', ['Falls prevention', 'care homes']),
    'members/other.md': person('Omar Other', ['school nurses']),
    'members/gone.md': person('Gil Gone', ['falls prevention'], ['left: 2026-01-01']),
    ...Object.fromEntries([
      work('2026-10-01-a', 'in-progress', ['busy'], ['other']),
      work('2026-10-01-b', 'agreed', ['busy', 'busy']),
      work('2026-10-01-c', 'proposed', ['busy']),
      work('2026-10-01-d', 'done', ['busy', 'quiet']),
      work('2026-10-01-e', 'dropped', ['quiet']),
      work('2026-10-01-f', 'blocked', ['other']),
    ]),
  });
}

describe('ownerLoads: who carries the work', () => {
  it('counts open ownerships (not done or dropped, each action once) and working ties, for current members only', async () => {
    const loads = await ownerLoads(await network(), TODAY);
    const byId = new Map(loads.map((load) => [load.id, load]));
    assert.deepEqual([...byId.keys()].sort(), ['busy', 'other', 'quiet']);
    assert.equal(byId.get('busy')!.openOwnerships, 3);
    assert.equal(byId.get('quiet')!.openOwnerships, 0);
    assert.equal(byId.get('other')!.openOwnerships, 1);
    assert.equal(byId.get('busy')!.ties, 2, 'tied to other (a) and quiet (d, recent)');
    assert.equal(byId.get('other')!.ties, 1);
  });

  it('with no work in view, suggests no one and lists the least loaded first', async () => {
    const loads = ownerLoads(await network(), TODAY);
    assert.deepEqual(loads.map((load) => [load.id, load.suggested]), [['quiet', false], ['other', false], ['busy', false]]);
  });

  it("suggests members whose interests the action's title, area or outcomes touch, if they carry no more than most", async () => {
    const net = await network();
    const byTitle = ownerLoads(net, TODAY, { title: 'A fall prevention week' });
    assert.deepEqual(byTitle.map((load) => [load.id, load.matches, load.suggested]), [
      ['quiet', ['falls prevention'], true],
      ['other', [], false],
      ['busy', ['falls prevention'], false],
    ]);
    const byArea = ownerLoads(net, TODAY, { title: 'Exercise classes', area: 'falls' });
    assert.deepEqual(byArea.filter((load) => load.suggested).map((load) => load.id), ['quiet']);
    const byOutcome = ownerLoads(net, TODAY, { title: 'Audit of school inhalers', outcomes: ['fewer-falls'] });
    assert.deepEqual(byOutcome.map((load) => [load.id, load.suggested]), [['quiet', false], ['other', false], ['busy', false]], 'school nurses needs both words; falls prevention needs prevention too');
    assert.deepEqual(ownerLoads(net, TODAY, { title: 'School nurses and care homes' }).filter((l) => l.suggested).map((l) => l.id), ['quiet', 'other']);
    assert.deepEqual(ownerLoads(net, TODAY, { title: 'Support for carers in their homes' }).filter((l) => l.matches.length > 0), [], 'carers is not care');
  });

  it('matches a word of two letters only as itself, not with an ending: IT is not touched by its', async () => {
    const net = await networkOf({ 'members/ivy.md': person('Ivy Tech', ['IT']), 'members/una.md': person('Una Users', ['us']) });
    const matched = (title: string): string[] => ownerLoads(net, TODAY, { title }).filter((load) => load.matches.length > 0).map((load) => load.id);
    assert.deepEqual(matched('IT support for the wards'), ['ivy']);
    assert.deepEqual(matched('Review its referral form and its uses'), []);
  });

  it('describes the load in words', async () => {
    const [quiet] = ownerLoads(await network(), TODAY, { title: 'Care homes' });
    assert.equal(loadDescription(quiet!), '0 open actions · 1 tie · shares care homes');
    assert.equal(loadDescription({ id: 'x', name: 'X', openOwnerships: 1, ties: 2, matches: [], suggested: false }), '1 open action · 2 ties');
  });

  it('gives the owner picker its choices: suggested first with why, each with the load, members the load does not know last', async () => {
    const net = await network();
    const members = [...currentMembers(net, TODAY), { id: 'new', path: '/p', name: 'Nia New', organisation: undefined, joined: undefined, left: undefined, roles: [] }];
    const choices = ownerChoices(members, ownerLoads(net, TODAY, { title: 'Care homes' }));
    assert.deepEqual(choices, [
      { value: 'quiet', label: 'Quinn Quiet', description: 'quiet · 0 open actions · 1 tie · shares care homes', detail: 'Suggested: shares an interest with this work and carries less than most' },
      { value: 'other', label: 'Omar Other', description: 'other · 1 open action · 1 tie' },
      { value: 'busy', label: 'Bea Busy', description: 'busy · 3 open actions · 2 ties' },
      { value: 'new', label: 'Nia New', description: 'new' },
    ]);
  });

  it("lists the charter's areas for the area step of Propose action", async () => {
    assert.deepEqual(areasOf(await network()), [{ id: 'falls', title: 'Falls prevention' }]);
    assert.deepEqual(areasOf(await networkOf({ 'CHARTER.md': md(['name: No areas']) })), []);
  });

  it('offers Propose action only the areas open today: not one renamed, nor one retired by today', async () => {
    const charter = md([
      'name: Areas that ended',
      'areas:',
      '  - id: falls',
      '    title: Falls',
      '    renamed_to: falls-prevention',
      '  - id: falls-prevention',
      '    title: Falls prevention',
      '  - id: dentistry',
      '    title: Dentistry',
      '    retired: 2026-06-01',
      '  - id: winter',
      '    title: Winter',
      '    retired: 2027-01-01',
    ]);
    const ended = await networkOf({ 'CHARTER.md': charter });
    assert.deepEqual(areasOf(ended, '2026-11-27').map((area) => area.id), ['falls-prevention', 'winter']);
    assert.deepEqual(areasOf(ended, '2026-05-31').map((area) => area.id), ['falls-prevention', 'dentistry', 'winter']);
    assert.deepEqual(areasOf(ended).map((area) => area.id), ['falls', 'falls-prevention', 'dentistry', 'winter'], 'without a day, every listed area');
  });
});
