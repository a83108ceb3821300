import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { AsOfFacts } from '../../../src/core/health/facts';
import { md } from '../network-builder';
import { ROOT, charterWith, factsOf, memberPage, networkOf } from './health-fixtures';

const BODY = ['## Proposal', 'Text.', '', '## Expected impact', 'Text.'];

/** An action agreed on 2026-03-05, written now with the given status. */
function agreedAction(status: string): string {
  return md(['title: Work', `status: ${status}`, 'proposed_by: ann', 'proposed: 2026-03-01', 'owners: [ann]', 'decision:', '  date: 2026-03-05', '  via: pull-request', '  result: agreed'], BODY);
}

describe('facts: derived status and lead terms ahead', () => {
  it('on a day before the present, agreed work is agreed unless its written status shows it has started', async () => {
    const facts = await factsOf(
      {
        'CHARTER.md': charterWith(),
        'members/ann.md': memberPage('Ann'),
        'actions/a-agreed.md': agreedAction('agreed'),
        'actions/b-in-progress.md': agreedAction('in-progress'),
        'actions/c-blocked.md': agreedAction('blocked'),
        'actions/d-done.md': agreedAction('done'),
      },
      '2026-06-01',
      '2026-11-27',
    );
    assert.deepEqual(
      facts.actions.map((a) => [a.id, a.status]),
      [
        ['a-agreed', 'agreed'],
        ['b-in-progress', 'in-progress'],
        ['c-blocked', 'in-progress'],
        ['d-done', 'in-progress'],
      ],
    );
  });

  it('counts a lead term starting on the day as held, not ahead', async () => {
    const files = {
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann', '2024-01-01', ['roles:', '  - role: coordinator', '    from: 2026-11-27', '    until: 2028-11-26']),
    };
    const onTheDay = await factsOf(files, '2026-11-27');
    assert.deepEqual(onTheDay.roles.map((r) => r.from), ['2026-11-27']);
    assert.deepEqual(onTheDay.leadTermsAhead, []);
    const dayBefore = await factsOf(files, '2026-11-26');
    assert.deepEqual(dayBefore.leadTermsAhead.map((r) => r.from), ['2026-11-27']);
  });

  it('orders meetings and pulses of the same day by id, even after an edit has moved one to the end of the network', async () => {
    const meeting = md(['date: 2026-05-01', 'facilitator: ann', 'attendees: [ann]']);
    const pulse = md(['date: 2026-05-01', 'invited: 5', 'respondents: 5']);
    const network = await networkOf({ 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann'), 'meetings/a.md': meeting, 'meetings/b.md': meeting, 'pulses/a.md': pulse, 'pulses/b.md': pulse });
    // Setting a document again (as an edit does) indexes it after the others.
    for (const path of ['meetings/a.md', 'pulses/a.md']) network.set(network.get(posix.join(ROOT, path))!);
    const facts = new AsOfFacts(network, '2026-06-01', '2026-06-01');
    assert.deepEqual(facts.meetings.map((m) => m.id), ['a', 'b']);
    assert.deepEqual(facts.pulses.map((p) => p.id), ['a', 'b']);
  });
});
