import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { areaNetwork } from '../../../src/core/health/area';
import { AsOfFacts, untilOrRole } from '../../../src/core/health/facts';
import { md } from '../network-builder';
import { ROOT, charterWith, factsOf, memberPage, networkOf } from './health-fixtures';

const BODY = ['## Proposal', 'Text.', '', '## Expected impact', 'Text.'];
const AREAS = ['areas:', '  - id: falls', '    title: Falls prevention', '  - id: discharge', '    title: Hospital discharge'];

function role(name: string, from: string, extra: readonly string[] = []): string[] {
  return [`  - role: ${name}`, `    from: ${from}`, ...extra.map((line) => `    ${line}`)];
}

describe('health facts: day boundaries, lead terms ahead, ordering and edits', () => {
  it('names where a role’s end is written: its until when given, else the role itself', async () => {
    const facts = await factsOf({ 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann', '2024-01-01', ['roles:', ...role('coordinator', '2025-01-01', ['until: 2026-12-31']), ...role('member', '2025-01-01')]) }, '2026-06-01');
    assert.deepEqual(
      facts.roles.map((r) => untilOrRole(r)),
      [
        ['roles', 0, 'until'],
        ['roles', 1, 'role'],
      ],
    );
  });

  it('counts roles from the day a member joined, not before it', async () => {
    const files = {
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann', '2026-03-01', ['roles:', ...role('member', '2026-01-01')]),
      'members/ben.md': memberPage('Ben', '2026-06-01', ['roles:', ...role('member', '2026-01-01')]),
    };
    const facts = await factsOf(files, '2026-03-01');
    assert.deepEqual(
      facts.roles.map((r) => r.member),
      ['ann'],
    );
  });

  it('sees lead terms ahead only for lead roles starting after the day, on pages of members joined by it', async () => {
    const files = {
      'CHARTER.md': charterWith(),
      // Ann joins on the day with a renewal agreed ahead; her current term and a non-lead role ahead are not terms ahead.
      'members/ann.md': memberPage('Ann', '2026-03-01', ['roles:', ...role('coordinator', '2026-03-01', ['until: 2026-09-30']), ...role('coordinator', '2026-10-01', ['until: 2027-09-30']), ...role('member', '2026-10-01')]),
      // Ben has not joined yet.
      'members/ben.md': memberPage('Ben', '2026-04-01', ['roles:', ...role('coordinator', '2026-10-01', ['until: 2027-09-30'])]),
    };
    const facts = await factsOf(files, '2026-03-01');
    assert.deepEqual(
      facts.leadTermsAhead.map((r) => [r.member, r.role, r.from]),
      [['ann', 'coordinator', '2026-10-01']],
    );
  });

  it('in an area’s view, sees only the lead terms ahead in that area', async () => {
    const network = await networkOf({
      'CHARTER.md': charterWith(AREAS),
      'members/ann.md': memberPage('Ann', '2025-01-01', ['roles:', ...role('lead', '2025-10-01', ['area: falls', 'until: 2026-09-30']), ...role('lead', '2026-10-01', ['area: falls', 'until: 2027-09-30']), ...role('lead', '2025-11-01', ['area: discharge', 'until: 2026-10-31']), ...role('lead', '2026-11-01', ['area: discharge', 'until: 2027-10-31'])]),
    });
    const facts = new AsOfFacts(areaNetwork(network, 'falls')!, '2026-06-01');
    assert.deepEqual(
      facts.leadTermsAhead.map((r) => [r.area, r.from]),
      [['falls', '2026-10-01']],
    );
  });

  it('counts a meeting held on the day, with minutes published that day, and a decision and acknowledgement made that day', async () => {
    const facts = await factsOf(
      {
        'CHARTER.md': charterWith(),
        'members/ann.md': memberPage('Ann'),
        'meetings/m.md': md(['date: 2026-05-01', 'facilitator: ann', 'attendees: [ann]', 'minutes_published: 2026-05-01']),
        'actions/a.md': md(['title: Work', 'status: agreed', 'proposed_by: ann', 'proposed: 2026-04-01', 'acknowledged: 2026-05-01', 'owners: [ann]', 'decision:', '  date: 2026-05-01', '  via: pull-request', '  result: agreed'], BODY),
      },
      '2026-05-01',
    );
    assert.deepEqual(
      facts.meetings.map((m) => [m.id, m.date, m.minutesPublished]),
      [['m', '2026-05-01', '2026-05-01']],
    );
    assert.deepEqual(
      facts.actions.map((a) => [a.id, a.acknowledged, a.decision?.date, a.status]),
      [['a', '2026-05-01', '2026-05-01', 'agreed']],
    );
  });

  it('describes a monthly meeting cycle as every month', async () => {
    const facts = await factsOf({ 'CHARTER.md': charterWith(['meetings:', '  cadence: 1']), 'members/ann.md': memberPage('Ann') }, '2026-05-01');
    assert.equal(facts.windowWords(30), "61 days (the network meets every month: one cycle and a month's grace)");
  });

  it('reads interests trimmed and lower-cased, leaving out blank ones', async () => {
    const facts = await factsOf({ 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann', '2024-01-01', ['interests: ["  Falls Prevention ", "", "   "]']) }, '2026-05-01');
    assert.deepEqual(facts.members.map((m) => m.interests), [['falls prevention']]);
  });

  it('leaves out a page with no joined date, and a leaving date after the day', async () => {
    const facts = await factsOf(
      { 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann', '2024-01-01', ['left: 2026-09-01']), 'members/ben.md': md(['name: Ben']) },
      '2026-06-01',
    );
    assert.deepEqual(
      facts.everMembers.map((m) => [m.id, m.left]),
      [['ann', undefined]],
    );
    assert.deepEqual(
      facts.members.map((m) => m.id),
      ['ann'],
    );
  });

  it('orders meetings by date even when the network lists a later one first', async () => {
    const network = await networkOf({
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann'),
      'meetings/a.md': md(['date: 2026-05-02', 'facilitator: ann', 'attendees: [ann]']),
      'meetings/b.md': md(['date: 2026-05-01', 'facilitator: ann', 'attendees: [ann]']),
      'meetings/c.md': md(['date: 2026-05-03', 'facilitator: ann', 'attendees: [ann]']),
      'meetings/d.md': md(['date: 2026-05-03', 'facilitator: ann', 'attendees: [ann]']),
    });
    // Setting a document again (as an edit does) indexes it after the others.
    network.set(network.get(posix.join(ROOT, 'meetings/a.md'))!);
    const facts = new AsOfFacts(network, '2026-06-01');
    assert.deepEqual(
      facts.meetings.map((m) => m.id),
      ['b', 'a', 'c', 'd'],
    );
  });

  it('reads each kind again after an edit to a member, action, meeting or temperature check', async () => {
    const network = await networkOf({
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann'),
      'actions/a.md': md(['title: Work', 'status: proposed', 'proposed_by: ann', 'proposed: 2026-04-01', 'owners: [ann]'], BODY),
      'meetings/m.md': md(['date: 2026-05-01', 'facilitator: ann', 'attendees: [ann]']),
      'pulses/p.md': md(['date: 2026-05-01', 'invited: 5', 'respondents: 5']),
    });
    const before = new AsOfFacts(network, '2026-06-01');
    assert.deepEqual(
      [before.members[0]?.name, before.actions[0]?.title, before.meetings[0]?.date, before.pulses[0]?.respondents, before.lastActive.get('ann')],
      ['Ann', 'Work', '2026-05-01', 5, '2026-05-01'],
    );
    const edit = (path: string, changes: Readonly<Record<string, unknown>>): void => {
      const document = network.get(posix.join(ROOT, path))!;
      network.set(document.withData({ ...document.data, ...changes }));
    };
    edit('members/ann.md', { name: 'Ann Lee' });
    edit('actions/a.md', { title: 'Better work', proposed: '2026-05-20' });
    edit('meetings/m.md', { date: '2026-05-10' });
    edit('pulses/p.md', { respondents: 4 });
    const after = new AsOfFacts(network, '2026-06-01');
    assert.deepEqual(
      [after.members[0]?.name, after.actions[0]?.title, after.meetings[0]?.date, after.pulses[0]?.respondents, after.lastActive.get('ann')],
      ['Ann Lee', 'Better work', '2026-05-10', 4, '2026-05-20'],
    );
  });

  it('counts no taking part for an action with no proposal date, even when it records a decision', async () => {
    const facts = await factsOf(
      {
        'CHARTER.md': charterWith(),
        'members/ann.md': memberPage('Ann'),
        'members/ben.md': memberPage('Ben'),
        'meetings/m.md': md(['date: 2026-03-01', 'facilitator: ann', 'attendees: [ann]']),
        'actions/a.md': md(['title: Work', 'status: agreed', 'proposed_by: ann', 'owners: [ben]', 'decision:', '  date: 2026-04-01', '  via: pull-request', '  result: agreed'], BODY),
      },
      '2026-06-01',
    );
    assert.deepEqual(Object.fromEntries(facts.lastActive), { ann: '2026-03-01' });
  });

  it('works out when each member last took part once per day', async () => {
    const facts = await factsOf({ 'CHARTER.md': charterWith(), 'members/ann.md': memberPage('Ann'), 'meetings/m.md': md(['date: 2026-03-01', 'facilitator: ann', 'attendees: [ann]']) }, '2026-06-01');
    assert.equal(facts.lastActive, facts.lastActive);
  });
});
