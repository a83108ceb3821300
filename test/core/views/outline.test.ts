import assert from 'node:assert/strict';
import { actionGroups, charterReview, comingUp, memberGroups, networkName, outcomesOf, titleFromId, type ComingUpItem } from '../../../src/core/views/outline';
import { md } from '../network-builder';
import { CHARTER, ROOT, TODAY, networkOf, viewFiles } from './view-network';

/** `date kind subject` lines: compact and readable in a failing assertion. */
function summarise(items: readonly ComingUpItem[]): string[] {
  return items.map((item) => {
    const subject = item.kind === 'role-end' ? `${item.member.id} ${item.role.role}` : item.kind === 'action-due' ? item.action.id : 'charter';
    return `${item.date} ${item.kind} ${subject}${item.overdue ? ' overdue' : ''}`;
  });
}

describe('views: members by role', () => {
  it('puts each member once: leads (lead, co-chair, coordinator), sponsors, patient partners, members, then those who left', async () => {
    const groups = memberGroups(await networkOf(), TODAY);
    assert.deepEqual(
      groups.map((g) => [g.title, g.members.map((m) => m.id)]),
      [
        ['Leads', ['amara-okafor', 'priya-shah', 'tom-hughes', 'sam-lee']],
        ['Sponsors', ['gareth-jones']],
        ['Patient partners', ['jean-wilson']],
        ['Members', ['lena-fischer', 'next-lead', 'old-lead', 'zoe-ward']],
        ['Former members', ['ann-baker', 'mo-rahman']],
      ],
    );
  });

  it('counts a role held on its first and last day, and not before or after', async () => {
    const files = viewFiles();
    const network = await networkOf(files);
    // Nia's lead term starts on 1 Jan 2027; Jean's patient-partner role ends today.
    assert.equal(memberGroups(network, '2026-12-31').find((g) => g.key === 'leads')!.members.some((m) => m.id === 'next-lead'), false);
    assert.equal(memberGroups(network, '2027-01-01').find((g) => g.key === 'leads')!.members.some((m) => m.id === 'next-lead'), true);
    assert.deepEqual(memberGroups(network, '2026-11-28').find((g) => g.key === 'patient-partners'), undefined);
  });

  it('treats a member as gone from the day they left, and leaves empty groups out', async () => {
    const network = await networkOf({ 'CHARTER.md': CHARTER, 'members/zoe-ward.md': viewFiles()['members/zoe-ward.md']! });
    assert.deepEqual(memberGroups(network, '2027-01-09').map((g) => g.key), ['members']);
    assert.deepEqual(memberGroups(network, '2027-01-10').map((g) => g.key), ['former']);
    assert.deepEqual(memberGroups(await networkOf({ 'CHARTER.md': CHARTER }), TODAY), []);
  });

  it('falls back to the id when a member page has no name', async () => {
    const network = await networkOf({ 'CHARTER.md': CHARTER, 'members/no-name.md': md(['organisation: X', 'joined: 2025-01-01']) });
    assert.equal(memberGroups(network, TODAY)[0]!.members[0]!.name, 'no-name');
  });
});

describe('views: actions by status', () => {
  it('groups by status in workflow order, open ones by due date, done and dropped newest first, odd statuses last', async () => {
    const groups = actionGroups(await networkOf(), TODAY);
    assert.deepEqual(
      groups.map((g) => [g.title, g.actions.map((a) => a.title)]),
      [
        ['Proposed', ['An idea']],
        ['Agreed', ['Agreed soon']],
        ['In progress', ['Late work', 'No due date']],
        ['Blocked', ['Stuck']],
        ['Done', ['Finished too', 'Finished']],
        ['Dropped', ['Stopped']],
        ['No valid status', ['Odd status']],
      ],
    );
  });

  it('marks as overdue what is due before today and neither done nor dropped', async () => {
    const overdue = actionGroups(await networkOf(), TODAY)
      .flatMap((g) => g.actions)
      .filter((a) => a.overdue)
      .map((a) => a.id);
    assert.deepEqual(overdue, ['2026-09-01-late-work', '2026-09-01-odd']);
    // Due today is not overdue yet.
    const dueToday = actionGroups(await networkOf(), '2026-11-01').flatMap((g) => g.actions).find((a) => a.id === '2026-09-01-late-work')!;
    assert.equal(dueToday.overdue, false);
  });
});

describe('views: coming up', () => {
  it('lists role terms ending and actions due within 60 days, overdue actions and the next charter review, by date', async () => {
    assert.deepEqual(summarise(comingUp(await networkOf(), TODAY)), [
      '2026-11-01 action-due 2026-09-01-late-work overdue',
      '2026-11-26 action-due 2026-09-01-odd overdue',
      '2026-11-27 role-end jean-wilson patient-partner',
      '2026-12-10 action-due 2026-09-01-agreed-soon',
      '2026-12-31 role-end sam-lee coordinator',
      '2027-01-15 role-end amara-okafor lead',
      '2027-03-10 charter-review charter',
    ]);
  });

  it('includes the last day of the window and nothing after it', async () => {
    const network = await networkOf();
    // 15 Jan 2027 is 49 days on.
    assert.ok(summarise(comingUp(network, TODAY, 49)).includes('2027-01-15 role-end amara-okafor lead'));
    assert.ok(!summarise(comingUp(network, TODAY, 48)).includes('2027-01-15 role-end amara-okafor lead'));
  });

  it('counts the charter review from the last review, or from the date established if never reviewed', async () => {
    const network = await networkOf();
    assert.deepEqual(charterReview(network, TODAY), {
      kind: 'charter-review',
      date: '2027-03-10',
      path: `${ROOT}/CHARTER.md`,
      overdue: false,
      since: '2026-03-10',
      reviewedBefore: true,
      cadence: 12,
    });
    const never = await networkOf({ 'CHARTER.md': CHARTER.replace('  last_reviewed: 2026-03-10\n', '').replace('cadence: 12', 'cadence: 6') });
    assert.deepEqual(charterReview(never, TODAY), {
      kind: 'charter-review',
      date: '2025-09-01',
      path: `${ROOT}/CHARTER.md`,
      overdue: true,
      since: '2025-03-01',
      reviewedBefore: false,
      cadence: 6,
    });
    const noCadence = await networkOf({ 'CHARTER.md': CHARTER.replace('  cadence: 12\n', '') });
    assert.equal(charterReview(noCadence, TODAY), undefined);
  });
});

describe('views: names', () => {
  it('names a network after its charter, else its folder', async () => {
    assert.equal(networkName(await networkOf()), 'North Shire Frailty Network');
    assert.equal(networkName(await networkOf({ 'CHARTER.md': md(['phase: ongoing']) }, '/ws/east-field_asthma')), 'East Field Asthma');
  });

  it('makes a name from an id', () => {
    assert.equal(titleFromId('amara-okafor'), 'Amara Okafor');
    assert.equal(titleFromId('north_shire-2'), 'North Shire 2');
    assert.equal(titleFromId(''), '');
  });

  it('lists the purpose outcomes with their titles, each once', async () => {
    assert.deepEqual(outcomesOf(await networkOf()), [
      { id: 'faster-referrals', title: 'Faster referrals' },
      { id: 'fewer-readmissions', title: 'Fewer readmissions' },
    ]);
  });
});
