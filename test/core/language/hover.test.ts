import assert from 'node:assert/strict';
import { hoverAt, type Hover } from '../../../src/core/language';
import { charter, md, member } from '../network-builder';
import { open, range, TODAY } from './helpers';

/** Hover in the frontmatter, on the base network as of 2026-11-27. ‸ marks the mouse. */

const ACTION = 'actions/2026-11-20-falls-audit.md';

const SAM = member('Sam Lee', [
  'profession: Occupational therapist',
  'roles:',
  '  - role: member',
  '    from: 2024-02-01',
  '  - role: co-chair',
  '    from: 2024-02-01',
  '    until: 2025-01-31',
  '  - role: lead',
  '    area: frailty',
  '    from: 2025-02-01',
  '    until: 2027-01-31',
  '  - role: coordinator',
  '    from: 2027-02-01',
]);

async function hover(file: string, content: string, changes: Readonly<Record<string, string | null>> = {}): Promise<Hover | undefined> {
  const { document, network, position } = await open(file, content, changes);
  return hoverAt(document, network, position, TODAY);
}

function action(lines: readonly string[]): string {
  return md(['title: Falls audit', 'status: proposed', ...lines, 'proposed: 2026-11-20'], ['## Proposal', 'Ask sam-lee.']);
}

describe('hover', () => {
  it('on a key, shows the field\'s title, whether it is required, its description and examples', async () => {
    const result = await hover(ACTION, action(['propo‸sed_by: amara-okafor']));
    assert.deepEqual(result, {
      contents: '**Proposed by** (required)\n\nThe member who proposed the action, by their member id.\n\nExamples: `amara-okafor`',
      range: range(3, 0, 3, 11),
    });
  });

  it('on a key of a group, shows a YAML example for a group or list', async () => {
    const result = await hover('members/sam-lee.md', SAM.replace('roles:', 'ro‸les:'));
    assert.ok(result);
    assert.match(result.contents, /^\*\*Roles\*\*\n\nThe roles the member holds or has held/);
    assert.match(result.contents, /Example:\n\n```yaml\nroles:\n {2}- role: member\n {4}from: 2025-04-01\n/);
    assert.deepEqual(result.range, range(5, 0, 5, 5));
  });

  it('on a member id, shows who they are and their roles: current lead roles and expired terms marked', async () => {
    const result = await hover(ACTION, action(['proposed_by: amara-okafor', 'owners: [amara-okafor, sa‸m-lee]']), { 'members/sam-lee.md': SAM });
    assert.deepEqual(result, {
      contents: [
        '**Sam Lee** · member `sam-lee`',
        'North Shire Community Health · Occupational therapist',
        'Joined on 2024-02-01.',
        [
          '- member: from 2024-02-01',
          '- co-chair: 2024-02-01 to 2025-01-31 (term expired)',
          '- **lead, frailty**: 2025-02-01 to 2027-01-31 (current lead role)',
          '- coordinator: from 2027-02-01 (not started yet)',
        ].join('\n'),
      ].join('\n\n'),
      range: range(4, 23, 4, 30),
    });
  });

  it('on a member id in a meeting\'s block list, says when a member has left', async () => {
    const meeting = md(['date: 2026-11-20', 'type: network', 'attendees:', '  - tom-hughes', '  - amara-ok‸afor']);
    const result = await hover('meetings/2026-11-20-network-meeting.md', meeting, { 'members/amara-okafor.md': member('Amara Okafor', ['left: 2026-10-31']) });
    assert.ok(result);
    assert.equal(result.contents, '**Amara Okafor** · member `amara-okafor`\n\nNorth Shire Community Health\n\nLeft the network on 2026-10-31.');
    assert.deepEqual(result.range, range(5, 4, 5, 16));
  });

  it('on an outcome id, shows its title, measure, baseline and target', async () => {
    const purpose = md(['statement: S', 'outcomes:', '  - id: faster-referrals', '    title: Faster referrals', '    measure: Days from referral to first visit', '    baseline: 9', '    target: 5', '    by: 2027-03-31']);
    const result = await hover(ACTION, action(['proposed_by: amara-okafor', 'outcomes: [faster-‸referrals]']), { 'PURPOSE.md': purpose });
    assert.deepEqual(result, {
      contents: '**Faster referrals** · outcome `faster-referrals`\n\nMeasure: Days from referral to first visit\n\nFrom 9 to 5 by 2027-03-31.',
      range: range(4, 11, 4, 27),
    });
  });

  it('on a meeting id, shows its title, date, type and attendance', async () => {
    const text = action(['proposed_by: amara-okafor', 'decision:', '  date: 2026-11-12', '  via: 2026-11-12-‸network-meeting', '  result: agreed']);
    const result = await hover(ACTION, text);
    assert.deepEqual(result, {
      contents: '**Network meeting** · meeting `2026-11-12-network-meeting`\n\n2026-11-12 · network meeting · 3 attendees · facilitated by `tom-hughes`\n\n1 decision recorded.',
      range: range(6, 7, 6, 33),
    });
  });

  it('on an action id, shows its title, status, proposer and owners', async () => {
    const meeting = md(['date: 2026-11-20', 'type: network', 'attendees: [tom-hughes]', 'decisions: [2026-10-30-shared-‸referral-form]']);
    const result = await hover('meetings/2026-11-20-network-meeting.md', meeting);
    assert.deepEqual(result, {
      contents: '**Shared referral form** · action `2026-10-30-shared-referral-form`\n\nStatus: in-progress, proposed by `amara-okafor` on 2026-10-30.\n\nOwners: `amara-okafor`',
      range: range(4, 12, 4, 43),
    });
  });

  it('on an area id, shows the area\'s title', async () => {
    const result = await hover(ACTION, action(['proposed_by: amara-okafor', 'area: frail‸ty']), { 'CHARTER.md': charter({ areas: true }) });
    assert.deepEqual(result, { contents: '**Frailty** · area `frailty`', range: range(4, 6, 4, 13) });
  });

  it('on any other value, or an id that names nothing, shows what its field means', async () => {
    const status = await hover(ACTION, action(['proposed_by: amara-okafor']).replace('status: proposed', 'status: prop‸osed'));
    assert.ok(status);
    assert.match(status.contents, /^\*\*Status\*\* \(required\)\n\nWhere the action is now\./);
    assert.deepEqual(status.range, range(2, 8, 2, 16));
    const unknown = await hover(ACTION, action(['proposed_by: amara-okafor', 'owners: [j-sm‸ith]']));
    assert.ok(unknown);
    assert.equal(unknown.contents, '**Owner**\n\nA member who owns the action.\n\nExamples: `amara-okafor`');
  });

  it('shows nothing between fields, on the delimiters or in the body', async () => {
    assert.equal(await hover(ACTION, action(['proposed_by:‸ amara-okafor'])), undefined);
    assert.equal(await hover(ACTION, '-‸--\ntitle: Falls audit\n---\n'), undefined);
    assert.equal(await hover(ACTION, action(['proposed_by: amara-okafor']).replace('Ask sam-lee', 'Ask sam-‸lee')), undefined);
  });

  it('gives exact ranges in a CRLF file', async () => {
    const text = action(['proposed_by: amara-okafor', 'owners: [amara-okafor, sa‸m-lee]']).replace(/\n/g, '\r\n');
    const result = await hover(ACTION, text);
    assert.deepEqual(result?.range, range(4, 23, 4, 30));
  });
});
