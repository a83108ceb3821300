import assert from 'node:assert/strict';
import { definitionAt, documentLinks, referencesAt } from '../../../src/core/language';
import { ACTION_ID, MEETING_ID, charter, md, member } from '../network-builder';
import { open, pathOf, range, rangeOf } from './helpers';

/**
 * Go to definition, find references and document links, on the base network:
 * the action 2026-10-30-shared-referral-form (proposed by and owned by
 * amara-okafor) and the meeting 2026-11-12-network-meeting (facilitated by
 * tom-hughes, attended by amara-okafor, sam-lee and tom-hughes).
 */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const BASE_ACTION = `actions/${ACTION_ID}.md`;
const BASE_MEETING = `meetings/${MEETING_ID}.md`;
const START = range(0, 0, 0, 0);

const FALLS_AUDIT = md(
  [
    'title: Falls audit',
    'status: proposed',
    'proposed_by: sam-lee',
    'proposed: 2026-11-20',
    'area: frailty',
    'owners: [amara-okafor, sam-lee]',
    'contributors:',
    '  - tom-hughes',
    '  - sam-lee',
    'outcomes: [faster-referrals, no-such-outcome]',
    'decision:',
    '  date: 2026-11-20',
    '  via: pull-request',
    '  result: agreed',
  ],
  ['## Proposal', '', 'Ask `sam-lee` and amara-okafor, see [the meeting](../meetings/2026-11-12-network-meeting.md) or 2026-11-12-network-meeting.', '', '```', 'tom-hughes', '```', '', '## Expected impact', 'Fewer falls, says https://example.org/sam-lee.'],
);

const WITH_AREAS = { 'CHARTER.md': charter({ areas: true }) };

/** The document with the cursor just after the nth occurrence of `needle`'s first character. */
function at(text: string, needle: string, occurrence = 1): string {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  return text.slice(0, index + 1) + '‸' + text.slice(index + 1);
}

describe('go to definition', () => {
  it('goes from a member id to the start of the member\'s page', async () => {
    const { document, network, position } = await open(ACTION, at(FALLS_AUDIT, 'sam-lee'), WITH_AREAS);
    assert.deepEqual(definitionAt(document, network, position), {
      originRange: range(3, 13, 3, 20),
      path: pathOf('members/sam-lee.md'),
      targetRange: START,
      targetSelectionRange: START,
    });
  });

  it('goes from an id in a block list, and from an action id in a meeting', async () => {
    const action = await open(ACTION, at(FALLS_AUDIT, 'tom-hughes'), WITH_AREAS);
    assert.equal(definitionAt(action.document, action.network, action.position)?.path, pathOf('members/tom-hughes.md'));
    const meeting = md(['date: 2026-11-20', 'type: network', 'attendees: [tom-hughes]', `decisions: [${ACTION_ID}]`]);
    const opened = await open('meetings/2026-11-20-network-meeting.md', at(meeting, ACTION_ID));
    assert.deepEqual(definitionAt(opened.document, opened.network, opened.position), {
      originRange: range(4, 12, 4, 43),
      path: pathOf(BASE_ACTION),
      targetRange: START,
      targetSelectionRange: START,
    });
  });

  it('goes from an outcome id to its entry in the purpose', async () => {
    const { document, network, position } = await open(ACTION, at(FALLS_AUDIT, 'faster-referrals'), WITH_AREAS);
    assert.deepEqual(definitionAt(document, network, position), {
      originRange: range(10, 11, 10, 27),
      path: pathOf('PURPOSE.md'),
      targetRange: range(3, 4, 5, 0),
      targetSelectionRange: range(3, 8, 3, 24),
    });
  });

  it('goes from an area id to its entry in the charter', async () => {
    const { document, network, position } = await open(ACTION, at(FALLS_AUDIT, 'frailty'), WITH_AREAS);
    const definition = definitionAt(document, network, position);
    assert.equal(definition?.path, pathOf('CHARTER.md'));
    assert.deepEqual(definition?.originRange, range(5, 6, 5, 13));
    assert.deepEqual(definition?.targetSelectionRange, range(13, 8, 13, 15));
  });

  it('goes from a meeting id in decision.via, but not from pull-request', async () => {
    const decided = FALLS_AUDIT.replace('via: pull-request', `via: ${MEETING_ID}`);
    const meeting = await open(ACTION, at(decided, MEETING_ID), WITH_AREAS);
    assert.equal(definitionAt(meeting.document, meeting.network, meeting.position)?.path, pathOf(BASE_MEETING));
    const pr = await open(ACTION, at(FALLS_AUDIT, 'pull-request'), WITH_AREAS);
    assert.equal(definitionAt(pr.document, pr.network, pr.position), undefined);
  });

  it('goes from ids written in the body, but not from link targets, web addresses or code blocks', async () => {
    const code = await open(ACTION, at(FALLS_AUDIT, '`sam-lee`'), WITH_AREAS);
    const definition = definitionAt(code.document, code.network, { line: code.position.line, character: code.position.character + 2 });
    assert.equal(definition?.path, pathOf('members/sam-lee.md'));
    assert.deepEqual(definition?.originRange, rangeOf(code.text, 'sam-lee', 4));
    const prose = await open(ACTION, at(FALLS_AUDIT, 'network-meeting.', 2), WITH_AREAS);
    assert.equal(definitionAt(prose.document, prose.network, prose.position)?.path, pathOf(BASE_MEETING));
    for (const [needle, occurrence] of [['2026-11-12-network-meeting.md', 1], ['tom-hughes', 2], ['sam-lee.', 1]] as const) {
      const opened = await open(ACTION, at(FALLS_AUDIT, needle, occurrence), WITH_AREAS);
      assert.equal(definitionAt(opened.document, opened.network, opened.position), undefined, needle);
    }
  });

  it('goes nowhere from an id that names nothing, or from a key', async () => {
    const unknown = await open(ACTION, at(FALLS_AUDIT, 'no-such-outcome'), WITH_AREAS);
    assert.equal(definitionAt(unknown.document, unknown.network, unknown.position), undefined);
    const key = await open(ACTION, at(FALLS_AUDIT, 'owners'), WITH_AREAS);
    assert.equal(definitionAt(key.document, key.network, key.position), undefined);
  });
});

describe('find references', () => {
  const changes = { [ACTION]: FALLS_AUDIT, ...WITH_AREAS };

  it('from anywhere in a member\'s page, lists every place an action or meeting names them, with exact ranges', async () => {
    const { document, network } = await open('members/sam-lee.md', member('Sam Lee', ['profession: Nurse']), changes);
    const found = referencesAt(document, network, { line: 2, character: 5 });
    assert.deepEqual(found, [
      { path: pathOf(ACTION), range: range(3, 13, 3, 20) },
      { path: pathOf(ACTION), range: range(6, 23, 6, 30) },
      { path: pathOf(ACTION), range: range(9, 4, 9, 11) },
      { path: pathOf(BASE_MEETING), range: range(4, 26, 4, 33) },
    ]);
    // Also from the body, and from the member's own first line.
    assert.deepEqual(referencesAt(document, network, { line: 0, character: 0 }), found);
  });

  it('lists a proposer, owner, facilitator and attendee from their id in another document', async () => {
    const { document, network, position } = await open(ACTION, at(FALLS_AUDIT, 'tom-hughes'), WITH_AREAS);
    assert.deepEqual(referencesAt(document, network, position), [
      { path: pathOf(ACTION), range: range(8, 4, 8, 14) },
      { path: pathOf(BASE_MEETING), range: range(3, 13, 3, 23) },
      { path: pathOf(BASE_MEETING), range: range(4, 35, 4, 45) },
    ]);
    const amara = await open(ACTION, at(FALLS_AUDIT, 'amara-okafor'), WITH_AREAS);
    assert.deepEqual(referencesAt(amara.document, amara.network, amara.position), [
      { path: pathOf(BASE_ACTION), range: range(3, 13, 3, 25) },
      { path: pathOf(BASE_ACTION), range: range(5, 9, 5, 21) },
      { path: pathOf(ACTION), range: range(6, 9, 6, 21) },
      { path: pathOf(BASE_MEETING), range: range(4, 12, 4, 24) },
    ]);
  });

  it('lists apologies too', async () => {
    const meeting = md(['date: 2026-11-20', 'type: network', 'attendees: [amara-okafor]', 'apologies:', '  - sam-lee']);
    const { document, network } = await open('members/sam-lee.md', member('Sam Lee'), { 'meetings/2026-11-20-network-meeting.md': meeting });
    assert.deepEqual(
      referencesAt(document, network, { line: 1, character: 0 }).filter((r) => r.path.endsWith('2026-11-20-network-meeting.md')),
      [{ path: pathOf('meetings/2026-11-20-network-meeting.md'), range: range(5, 4, 5, 11) }],
    );
  });

  it('from a meeting\'s page, lists the actions decided there', async () => {
    const decided = FALLS_AUDIT.replace('via: pull-request', `via: ${MEETING_ID}`);
    const { document, network } = await open(BASE_MEETING, undefined, { [ACTION]: decided });
    assert.deepEqual(referencesAt(document, network, { line: 1, character: 0 }), [
      { path: pathOf(BASE_ACTION), range: range(9, 7, 9, 33) },
      { path: pathOf(ACTION), range: range(13, 7, 13, 33) },
    ]);
  });

  it('from an outcome\'s entry in the purpose, lists the actions that serve it, and its own id when asked', async () => {
    const purpose = await open('PURPOSE.md', undefined, changes);
    const found = referencesAt(purpose.document, purpose.network, { line: 4, character: 8 }, { includeDeclaration: true });
    assert.deepEqual(found, [
      { path: pathOf('PURPOSE.md'), range: range(3, 8, 3, 24) },
      { path: pathOf(BASE_ACTION), range: range(6, 11, 6, 27) },
      { path: pathOf(ACTION), range: range(10, 11, 10, 27) },
    ]);
    assert.deepEqual(referencesAt(purpose.document, purpose.network, { line: 4, character: 8 }), found.slice(1));
  });

  it('from an area\'s id in the charter, lists the actions, meetings and roles in it', async () => {
    const member = md(['name: Jo Bloggs', 'organisation: X', 'joined: 2024-01-01', 'roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-12-31']);
    const opened = await open('CHARTER.md', charter({ areas: true }), { [ACTION]: FALLS_AUDIT, 'members/jo-bloggs.md': member });
    assert.deepEqual(referencesAt(opened.document, opened.network, { line: 13, character: 10 }), [
      { path: pathOf(ACTION), range: range(5, 6, 5, 13) },
      { path: pathOf('members/jo-bloggs.md'), range: range(6, 10, 6, 17) },
    ]);
  });

  it('still finds a member in a document whose YAML cannot be read', async () => {
    const broken = md(['title: Broken', 'owners: [sam-lee]', 'owners: [tom-hughes]', 'status: [proposed']);
    const { document, network } = await open('members/sam-lee.md', member('Sam Lee'), { 'actions/2026-11-21-broken.md': broken });
    assert.deepEqual(
      referencesAt(document, network, { line: 1, character: 0 }).filter((r) => r.path.includes('broken')),
      [{ path: pathOf('actions/2026-11-21-broken.md'), range: range(2, 9, 2, 16) }],
    );
  });
});

describe('document links', () => {
  it('links every id that names something to its document, outcomes and areas at their line', async () => {
    const { document, network, text } = await open(ACTION, FALLS_AUDIT, WITH_AREAS);
    assert.deepEqual(documentLinks(document, network), [
      { range: range(3, 13, 3, 20), path: pathOf('members/sam-lee.md'), tooltip: "Open member 'sam-lee'" },
      { range: range(5, 6, 5, 13), path: pathOf('CHARTER.md'), line: 13, tooltip: "Open area 'frailty' in the charter" },
      { range: range(6, 9, 6, 21), path: pathOf('members/amara-okafor.md'), tooltip: "Open member 'amara-okafor'" },
      { range: range(6, 23, 6, 30), path: pathOf('members/sam-lee.md'), tooltip: "Open member 'sam-lee'" },
      { range: range(8, 4, 8, 14), path: pathOf('members/tom-hughes.md'), tooltip: "Open member 'tom-hughes'" },
      { range: range(9, 4, 9, 11), path: pathOf('members/sam-lee.md'), tooltip: "Open member 'sam-lee'" },
      { range: range(10, 11, 10, 27), path: pathOf('PURPOSE.md'), line: 3, tooltip: "Open outcome 'faster-referrals' in the purpose" },
      // The body: inline code and prose; not the link target, the code block or the web address.
      { range: rangeOf(text, 'sam-lee', 4), path: pathOf('members/sam-lee.md'), tooltip: "Open member 'sam-lee'" },
      { range: rangeOf(text, 'amara-okafor', 2), path: pathOf('members/amara-okafor.md'), tooltip: "Open member 'amara-okafor'" },
      { range: rangeOf(text, '2026-11-12-network-meeting', 2), path: pathOf(BASE_MEETING), tooltip: `Open meeting '${MEETING_ID}'` },
    ]);
  });

  it('links a meeting\'s decisions and the actions\' meetings', async () => {
    const { document, network } = await open(BASE_MEETING, undefined);
    assert.deepEqual(
      documentLinks(document, network).map((link) => link.path),
      ['members/tom-hughes.md', 'members/amara-okafor.md', 'members/sam-lee.md', 'members/tom-hughes.md', BASE_ACTION].map(pathOf),
    );
  });

  it('links ids in a document whose YAML has an error elsewhere', async () => {
    const { document, network } = await open(ACTION, md(['title: [Falls audit', 'owners: [sam-lee]']));
    assert.deepEqual(
      documentLinks(document, network).map((link) => [link.range, link.path]),
      [[range(2, 9, 2, 16), pathOf('members/sam-lee.md')]],
    );
  });

  it('gives exact ranges in a CRLF file', async () => {
    const { document, network } = await open(ACTION, FALLS_AUDIT.replace(/\n/g, '\r\n'), WITH_AREAS);
    const links = documentLinks(document, network);
    assert.deepEqual(links[0]?.range, range(3, 13, 3, 20));
    assert.deepEqual(links[4]?.range, range(8, 4, 8, 14));
  });
});
