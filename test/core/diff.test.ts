import assert from 'node:assert/strict';
import { checkLoadedNetwork, loadNetwork } from '../../src/core/check';
import { changedScope } from '../../src/core/diff/changed-scope';
import { diffNetworks, type ChangeKind, type NetworkDiff, type NetworkState } from '../../src/core/diff/diff';
import { diffToMarkdown } from '../../src/core/diff/format-markdown';
import { diffToText } from '../../src/core/diff/format-text';
import { builtInChecklist } from '../../src/core/health/checklist';
import { buildHealthReport } from '../../src/core/health/report';
import { action, ACTION_ID, decidedAction, md, MEETING_ID, member, pulse, ROOT, TODAY, workspaceWith } from './network-builder';

async function state(changes: Readonly<Record<string, string | null>> = {}): Promise<NetworkState> {
  const loaded = await loadNetwork(workspaceWith(changes), ROOT);
  const diagnostics = await checkLoadedNetwork(loaded, TODAY);
  const health = buildHealthReport(loaded.network, builtInChecklist(), { asOf: TODAY, present: TODAY, trendMonths: 0 });
  return { network: loaded.network, diagnostics, health };
}

async function diff(base: Readonly<Record<string, string | null>>, head: Readonly<Record<string, string | null>>): Promise<NetworkDiff> {
  return diffNetworks(await state(base), await state(head));
}

function kinds(result: NetworkDiff): ChangeKind[] {
  return result.changes.map((change) => change.kind);
}

const PROPOSAL = 'actions/2026-11-20-new-idea.md';

describe('diffNetworks', () => {
  it('finds nothing between a network and itself', async () => {
    const result = await diff({}, {});
    assert.equal(result.state, 'unchanged');
    assert.deepEqual(result.changes, []);
    assert.deepEqual(result.diagnostics, { introduced: [], fixed: [], unchanged: 0 });
    assert.ok(result.dimensions.every((d) => d.before === d.after));
  });

  it('matches a problem that only moved: lines inserted above it neither fix nor introduce it', async () => {
    const before = { [PROPOSAL]: action(['owners: [nobody-here]']) };
    const after = { [PROPOSAL]: action(['area: frailty', 'due: 2027-01-31', 'owners: [nobody-here]']) };
    const result = await diff(before, after);
    const base = await state(before);
    const head = await state(after);
    const line = (s: NetworkState): number => s.diagnostics.find((d) => d.code === 'ref.unknown-member')!.range.start.line;
    assert.notEqual(line(base), line(head));
    assert.deepEqual(result.diagnostics.introduced.filter((d) => d.code === 'ref.unknown-member'), []);
    assert.deepEqual(result.diagnostics.fixed, []);
    assert.ok(result.diagnostics.unchanged >= 1);
  });

  it('pairs identical problems one for one, so clearing one of two is a fix', async () => {
    const result = await diff({ [PROPOSAL]: action(['owners: [ghost, ghost]']) }, { [PROPOSAL]: action(['owners: [ghost]']) });
    assert.equal(result.diagnostics.fixed.filter((d) => d.code === 'ref.unknown-member').length, 1);
    assert.equal(result.diagnostics.fixed[0]!.relative, PROPOSAL);
  });

  it('tells the change in words: a proposal, a completion, a drop and a new temperature check', async () => {
    const result = await diff(
      { 'actions/2026-01-01-old.md': decidedAction('in-progress') },
      {
        [PROPOSAL]: action(),
        [`actions/${ACTION_ID}.md`]: decidedAction('done', ['completed: 2026-11-20']),
        'actions/2026-01-01-old.md': decidedAction('dropped'),
        'pulses/2026-q5.md': pulse(),
      },
    );
    assert.deepEqual(kinds(result), ['action-proposed', 'action-completed', 'action-dropped', 'pulse-added']);
    assert.equal(result.changes[0]!.text, 'New proposal: Shared referral form (proposed by amara-okafor).');
    assert.equal(result.changes[3]!.text, 'Temperature check 2026-q5 added (10 respondents).');
    assert.deepEqual(result.files.added, [PROPOSAL, 'pulses/2026-q5.md']);
  });

  it('says when an action is decided', async () => {
    const result = await diff({ [PROPOSAL]: action() }, { [PROPOSAL]: action(['decision:', '  date: 2026-11-25', '  via: pull-request', "  ref: '#9'", '  result: agreed']).replace('status: proposed', 'status: agreed') });
    assert.deepEqual(result.changes.map((c) => c.text), ['Decided: Shared referral form (agreed, by pull request #9).']);
  });

  it('tells joining, leaving and roles: started, ended and handed over', async () => {
    const lead = (from: string, until?: string): string[] => ['roles:', '  - role: lead', '    area: frailty', `    from: ${from}`, ...(until ? [`    until: ${until}`] : [])];
    const result = await diff(
      { 'members/sam-lee.md': member('Sam Lee', lead('2025-01-01')), 'members/old-hand.md': member('Old Hand') },
      {
        'members/sam-lee.md': member('Sam Lee', lead('2025-01-01', '2026-11-30')),
        'members/tom-hughes.md': member('Tom Hughes', lead('2026-12-01', '2028-11-30')),
        'members/amara-okafor.md': member('Amara Okafor', ['left: 2026-11-26']),
        'members/new-face.md': member('New Face', ['roles:', '  - role: coordinator', '    from: 2026-11-01']),
        'members/old-hand.md': null,
      },
    );
    assert.deepEqual(result.changes.map((c) => [c.kind, c.text, c.relative]), [
      ['member-joined', 'New Face (North Shire Community Health) joined.', 'members/new-face.md'],
      ['member-left', 'Amara Okafor left on 2026-11-26.', 'members/amara-okafor.md'],
      ['member-left', 'Old Hand left (their page was removed).', 'members/old-hand.md'],
      ['role-handed-over', 'The lead role for frailty was handed over from Sam Lee to Tom Hughes.', 'members/tom-hughes.md'],
      ['role-started', 'New Face took on the coordinator role from 2026-11-01.', 'members/new-face.md'],
    ]);
  });

  it('gives each dimension before and after, measured on the same day', async () => {
    const result = await diff({}, { 'members/sam-lee.md': null, 'members/tom-hughes.md': null });
    assert.equal(result.dimensions.length, 8);
    assert.equal(result.asOf, TODAY);
    assert.ok(result.dimensions.some((d) => d.before !== d.after));
  });

  it('handles a network that the change creates', async () => {
    const result = diffNetworks(undefined, await state());
    assert.equal(result.state, 'added');
    assert.equal(result.score.before, undefined);
    assert.equal(result.files.added.length, 8);
    assert.match(diffToText(result), /This change creates the network\./);
    assert.match(diffToMarkdown(result), /\n\nThis change creates the network\.\n\n### In words\n/, 'a paragraph of its own in markdown');
  });

  it('escapes member-written text in markdown and keeps the text format to one line per item', async () => {
    const title = 'Evil <img src=x onerror=alert(1)> | [link](http://x) `code`\nsecond line';
    const result = await diff({}, { [PROPOSAL]: md([`title: ${JSON.stringify(title)}`, 'status: proposed', 'proposed_by: amara-okafor', 'proposed: 2026-11-20'], ['## Proposal', 'x', '', '## Expected impact', 'y']) });
    const markdown = diffToMarkdown(result, { against: 'main', link: (path) => `https://example.org/blob/main/${path}` });
    assert.ok(!markdown.includes('<img'));
    assert.ok(markdown.includes('&lt;img src=x onerror=alert(1)&gt; \\| \\[link\\](http:&#8203;//x) \\`code\\` second line'));
    assert.ok(markdown.includes(`](https://example.org/blob/main/${PROPOSAL})`));
    assert.match(diffToText(result), /^ {2}New proposal: Evil .* second line \(proposed by amara-okafor\)\. {2}actions\/2026-11-20-new-idea\.md$/m);
  });
});

describe('changedScope', () => {
  it('brings in the unchanged documents that read what a deleted member page provided', async () => {
    const base = await state();
    const head = await state({ 'members/tom-hughes.md': null });
    const path = `${ROOT}/members/tom-hughes.md`;
    const scope = changedScope(head.network, new Map([[path, base.network.get(path)]]));
    // Tom facilitates the meeting; the action does not name him.
    assert.deepEqual([...scope].sort(), [`${ROOT}/meetings/2026-11-12-network-meeting.md`, path]);
  });

  it('keeps to the file itself when an edit changes nothing others read', async () => {
    const base = await state();
    const head = await state({ 'members/sam-lee.md': member('Sam Lee', ['profession: Nurse']) });
    const path = `${ROOT}/members/sam-lee.md`;
    assert.deepEqual([...changedScope(head.network, new Map([[path, base.network.get(path)]]))], [path]);
  });
});

describe('diffNetworks: the story of a change, in words', () => {
  const lead = (from: string, area = 'frailty'): string[] => ['roles:', '  - role: lead', `    area: ${area}`, `    from: ${from}`];
  const texts = (result: NetworkDiff): string[][] => result.changes.map((c) => [c.kind, c.text]);

  it('tells a status change that is no decision as a status change, and agreeing a proposal as a decision', async () => {
    const blocked = await diff({ [PROPOSAL]: action() }, { [PROPOSAL]: action().replace('status: proposed', 'status: blocked') });
    assert.deepEqual(texts(blocked), [['action-status', 'Shared referral form: status proposed → blocked.']]);
    const agreed = await diff({ [PROPOSAL]: action() }, { [PROPOSAL]: action().replace('status: proposed', 'status: agreed') });
    assert.deepEqual(texts(agreed), [['action-decided', 'Decided: Shared referral form.']]);
  });

  it('tells a decision recorded on an action whose status stays the same as a decision', async () => {
    const agreed = (extra: readonly string[] = []): string => action(extra).replace('status: proposed', 'status: agreed');
    const result = await diff({ [PROPOSAL]: agreed() }, { [PROPOSAL]: agreed(['decision:', '  date: 2026-11-12', `  via: ${MEETING_ID}`, '  result: agreed']) });
    assert.deepEqual(texts(result), [['action-decided', 'Decided: Shared referral form (agreed, at 2026-11-12-network-meeting).']]);
  });

  it('tells a meeting recorded without decisions, and one with them', async () => {
    const result = await diff({}, { 'meetings/2026-11-20-network-meeting.md': md(['date: 2026-11-20', 'type: network', 'attendees: [sam-lee]'], ['## Notes', 'Talked.']), 'meetings/2026-11-21-network-meeting.md': md(['date: 2026-11-21', 'type: network', 'attendees: [sam-lee]', `decisions: [${ACTION_ID}]`], ['## Notes', 'Agreed.']) });
    assert.deepEqual(texts(result), [
      ['meeting-recorded', 'Meeting of 2026-11-20 recorded.'],
      ['meeting-recorded', 'Meeting of 2026-11-21 recorded with 1 decision.'],
    ]);
  });

  it('a member who ends a role and starts it again has not handed it over to themselves', async () => {
    const result = await diff({ 'members/sam-lee.md': member('Sam Lee', lead('2025-01-01')) }, { 'members/sam-lee.md': member('Sam Lee', lead('2026-12-01')) });
    assert.deepEqual(texts(result), [
      ['role-started', 'Sam Lee took on the lead role for frailty from 2026-12-01.'],
      ['role-ended', "Sam Lee's lead role for frailty was removed."],
    ]);
  });

  it('one role ended and another kind of role started is no hand-over', async () => {
    const coordinator = ['roles:', '  - role: coordinator', '    from: 2025-01-01'];
    const result = await diff({ 'members/sam-lee.md': member('Sam Lee', coordinator) }, { 'members/sam-lee.md': member('Sam Lee'), 'members/tom-hughes.md': member('Tom Hughes', ['roles:', '  - role: co-chair', '    from: 2026-12-01']) });
    assert.deepEqual(texts(result), [
      ['role-started', 'Tom Hughes took on the co-chair role from 2026-12-01.'],
      ['role-ended', "Sam Lee's coordinator role was removed."],
    ]);
  });
});
