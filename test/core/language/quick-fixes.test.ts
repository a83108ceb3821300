import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { quickFixes, type QuickFix } from '../../../src/core/language';
import { ACTION_BODY, MEETING_ID, md, member, pulse } from '../network-builder';
import { applyEdits, diagnosticsOf, fixesFor, open, TODAY } from './helpers';

/**
 * Quick fixes for diagnostics found by a full check of the base network as of
 * 2026-11-27. Each fix is applied to the text, and the fixed text checked
 * again: the diagnostic it fixes must be gone.
 */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const MEETING = 'meetings/2026-11-20-steering-group.md';



function fix(fixes: readonly QuickFix[], title: string | RegExp): QuickFix {
  const found = fixes.find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
  assert.ok(found, `no fix '${String(title)}' among: ${fixes.map((f) => f.title).join(' | ')}`);
  return found;
}

function applied(text: string, quickFix: QuickFix): string {
  assert.ok(quickFix.edits, `${quickFix.title} has no edits`);
  return applyEdits(text, quickFix.edits);
}

/** Checks the fixed text again and returns the codes still reported. */
async function codesAfter(file: string, text: string, changes: Readonly<Record<string, string | null>> = {}): Promise<string[]> {
  return (await diagnosticsOf(file, { ...changes, [file]: text })).map((d) => d.code);
}

describe('quick fixes', () => {
  describe('schema.required', () => {
    it('adds a missing field after the last one, with a value the document implies', async () => {
      const { text, fixes } = await fixesFor(ACTION, md(['owners: [sam-lee]', 'due: 2027-03-31'], ACTION_BODY), 'schema.required');
      assert.deepEqual(
        fixes.map((f) => f.title),
        ['Add `proposed_by: sam-lee`', 'Add `proposed: 2026-11-20`', 'Add `status: proposed`', 'Add `title: Falls audit`', 'Add all 4 missing fields'],
      );
      const title = fix(fixes, 'Add `title: Falls audit`');
      assert.equal(title.preferred, true);
      assert.deepEqual(title.edits, [{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, newText: '\ntitle: Falls audit' }]);
      assert.equal(applied(text, title), md(['owners: [sam-lee]', 'due: 2027-03-31', 'title: Falls audit'], ACTION_BODY));
    });

    it('adds every missing field at once, in the order the format lists them, leaving a clean document', async () => {
      const { text, fixes } = await fixesFor(ACTION, md(['owners: [sam-lee]'], ACTION_BODY), 'schema.required');
      const all = fix(fixes, 'Add all 4 missing fields');
      assert.equal(all.diagnostics.length, 4);
      const fixed = applied(text, all);
      assert.equal(fixed, md(['owners: [sam-lee]', 'title: Falls audit', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-20'], ACTION_BODY));
      assert.deepEqual(await codesAfter(ACTION, fixed), []);
    });

    it('chooses a value by the field\'s type: today for a date, a list, a number, the first of fixed values', async () => {
      const memberFix = await fixesFor('members/jo-bloggs.md', md(['kind: member']), 'schema.required');
      assert.deepEqual(
        memberFix.fixes.map((f) => f.title),
        ['Add `joined: 2026-11-27`', 'Add `name: Jo Bloggs`', 'Add `organisation: Not yet recorded`', 'Add all 3 missing fields'],
      );
      assert.deepEqual(await codesAfter('members/jo-bloggs.md', applied(memberFix.text, fix(memberFix.fixes, /^Add all/))), []);

      const meeting = await fixesFor(MEETING, md(['facilitator: tom-hughes'], ['## Notes']), 'schema.required');
      assert.deepEqual(meeting.fixes.map((f) => f.title).slice(0, 3), ['Add `attendees: [tom-hughes]`', 'Add `date: 2026-11-20`', 'Add `type: network`']);

      const pulse = await fixesFor('pulses/2026-q4.md', md(['date: 2026-10-01']), 'schema.required');
      assert.deepEqual(pulse.fixes.map((f) => f.title), ['Add `checklist: netgov-core`', 'Add `invited: 0`', 'Add `respondents: 0`', 'Add all 3 missing fields']);
    });

    it('adds a group with its own required fields', async () => {
      const charter = md(['name: North Shire Frailty Network', 'phase: ongoing', 'established: 2024-01-01', 'decisions:', '  rule: consent', 'review:', '  cadence: 12'], ['## How we work', 'x', '## Decision making', 'y', '## Membership', 'z']);
      const { text, fixes } = await fixesFor('CHARTER.md', charter, 'schema.required');
      const governance = fix(fixes, 'Add `governance` with its required fields');
      assert.equal(applied(text, governance), charter.replace('  cadence: 12\n', '  cadence: 12\ngovernance:\n  model: shared\n'));
      const fixed = applied(text, fix(fixes, 'Add all 2 missing fields'));
      assert.match(fixed, /governance:\n {2}model: shared\nleadership:\n {2}term_months: 24\n---/);
      assert.deepEqual(await codesAfter('CHARTER.md', fixed), []);
    });

    it('adds a field inside a group, at the group\'s indentation, or inside a flow mapping', async () => {
      const block = md(['title: Falls audit', 'status: agreed', 'proposed_by: sam-lee', 'proposed: 2026-11-20', 'owners: [sam-lee]', 'decision:', '    date: 2026-11-25', 'due: 2027-03-31'], ACTION_BODY);
      const { text, fixes } = await fixesFor(ACTION, block, 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `result: agreed`', 'Add `via: ""`', 'Add all 2 missing fields']);
      assert.equal(applied(text, fix(fixes, /^Add all/)), block.replace('    date: 2026-11-25\n', '    date: 2026-11-25\n    via: ""\n    result: agreed\n'));

      const flow = md(['title: Falls audit', 'status: agreed', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]', 'decision: {date: 2026-11-12, result: agreed}'], ACTION_BODY);
      const viaFix = await fixesFor(ACTION, flow, 'schema.required', { [`meetings/${MEETING_ID}.md`]: md(['date: 2026-11-12', 'type: network', 'attendees: [tom-hughes]', 'decisions: [2026-11-20-falls-audit]']) });
      const via = fix(viaFix.fixes, `Add \`via: ${MEETING_ID}\``);
      const fixed = applied(viaFix.text, via);
      assert.equal(fixed, flow.replace('result: agreed}', `result: agreed, via: ${MEETING_ID}}`));
      assert.deepEqual(await codesAfter(ACTION, fixed, { [`meetings/${MEETING_ID}.md`]: md(['date: 2026-11-12', 'type: network', 'attendees: [tom-hughes]', 'decisions: [2026-11-20-falls-audit]']) }), []);
    });

    it('adds a field to a list entry, lined up with its first field', async () => {
      const text = member('Jo Bloggs', ['roles:', '  - role: member', '  -   role: sponsor']);
      const { fixes, text: opened } = await fixesFor('members/jo-bloggs.md', text, 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `from: 2026-11-27`', 'Add `from: 2026-11-27`', 'Add all 2 missing fields']);
      assert.equal(applied(opened, fixes[1]!), text.replace('  -   role: sponsor\n', '  -   role: sponsor\n      from: 2026-11-27\n'));
    });

    it('fills an empty frontmatter, keeping CRLF line breaks', async () => {
      const { text, fixes } = await fixesFor('members/jo-bloggs.md', '---\r\n---\r\nAbout Jo.\r\n', 'schema.required');
      const fixed = applied(text, fix(fixes, 'Add all 3 missing fields'));
      assert.equal(fixed, '---\r\nname: Jo Bloggs\r\norganisation: Not yet recorded\r\njoined: 2026-11-27\r\n---\r\nAbout Jo.\r\n');
      assert.deepEqual(await codesAfter('members/jo-bloggs.md', fixed), []);
    });

    it('adds a field in a CRLF file at the end of the last line', async () => {
      const { text, fixes } = await fixesFor('members/jo-bloggs.md', '---\r\nname: Jo Bloggs\r\norganisation: X\r\n---\r\n', 'schema.required');
      assert.deepEqual(fixes[0]!.edits, [{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, newText: '\r\njoined: 2026-11-27' }]);
      assert.equal(applied(text, fixes[0]!), '---\r\nname: Jo Bloggs\r\norganisation: X\r\njoined: 2026-11-27\r\n---\r\n');
    });
  });

  describe('did you mean', () => {
    it('replaces an unknown member id with the suggestion, and offers to create a page for it', async () => {
      const text = md(['title: Falls audit', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-20', 'owners: [amara-okafr, j-smith]'], ACTION_BODY);
      const { fixes, diagnostics } = await fixesFor(ACTION, text, 'ref.unknown-member');
      assert.deepEqual(
        fixes.map((f) => [f.title, f.createMember, f.preferred]),
        [
          ["Change 'amara-okafr' to 'amara-okafor'", undefined, true],
          ["Create a member page for 'amara-okafr'", 'amara-okafr', undefined],
          ["Create a member page for 'j-smith'", 'j-smith', undefined],
        ],
      );
      assert.deepEqual(fixes[0]!.diagnostics, [diagnostics[0]]);
      assert.deepEqual(fixes[0]!.edits, [{ range: diagnostics[0]!.range, newText: 'amara-okafor' }]);
      assert.equal(fixes[1]!.edits, undefined);
      const fixed = applied(text, fixes[0]!);
      assert.match(fixed, /owners: \[amara-okafor, j-smith\]/);
      assert.deepEqual(await codesAfter(ACTION, fixed), ['ref.unknown-member']);
    });

    it('offers no page for a name that cannot be an id', async () => {
      const text = md(['title: Falls audit', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-20', 'owners: [J Smith]'], ACTION_BODY);
      const { fixes } = await fixesFor(ACTION, text, 'ref.unknown-member');
      assert.deepEqual(fixes, []);
    });

    it('renames an unknown field to the one meant', async () => {
      const text = md(['title: Falls audit', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-20', 'owner: [sam-lee]'], ACTION_BODY);
      const { fixes } = await fixesFor(ACTION, text, 'schema.unknown-field');
      assert.deepEqual(fixes.map((f) => f.title), ['Change `owner` to `owners`']);
      const fixed = applied(text, fixes[0]!);
      assert.match(fixed, /\nowners: \[sam-lee\]\n/);
      assert.deepEqual(await codesAfter(ACTION, fixed), []);
    });

    it('corrects a value outside its list, a kind, an outcome, a meeting and a date written another way', async () => {
      const text = md(
        ['kind: actoin', 'title: Falls audit', 'status: in-progres', 'proposed_by: sam-lee', 'proposed: "01/11/2026"', 'owners: [sam-lee]', 'outcomes: [faster-referral]', 'decision:', '  date: 2026-11-12', '  via: 2026-11-12-network-meting', '  result: agreed'],
        ACTION_BODY,
      );
      const { fixes } = await fixesFor(ACTION, text);
      assert.deepEqual(fixes.map((f) => f.title).sort(), [
        "Change '2026-11-12-network-meting' to '2026-11-12-network-meeting'",
        "Change 'actoin' to 'action'",
        "Change 'faster-referral' to 'faster-referrals'",
        "Change 'in-progres' to 'in-progress'",
        'Write the date as 2026-11-01',
      ]);
      let fixed = text;
      for (const quickFix of fixes) fixed = applied(fixed, quickFix);
      assert.match(fixed, /\nproposed: 2026-11-01\n/);
      assert.deepEqual(await codesAfter(ACTION, fixed), ['decision.mismatch']);
    });
  });

  describe('pulse.small-counts', () => {
    const PULSE = 'pulses/2026-q4.md';

    it('replaces the counts and the blank count by suppressed and answered, leaving a clean page', async () => {
      const { text, fixes } = await fixesFor(PULSE, pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    counts: [0, 1, 0, 2, 1]', '    blank: 6']), 'pulse.small-counts');
      assert.deepEqual(fixes.map((f) => f.title), ['Remove the counts: write suppressed: true and answered: 4']);
      assert.deepEqual(fixes[0]!.edits, [
        { range: { start: { line: 8, character: 0 }, end: { line: 9, character: 0 } }, newText: '    suppressed: true\n    answered: 4\n' },
        { range: { start: { line: 9, character: 0 }, end: { line: 10, character: 0 } }, newText: '' },
      ]);
      const after = applied(text, fixes[0]!);
      assert.equal(after, pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    suppressed: true', '    answered: 4']));
      assert.deepEqual(await codesAfter(PULSE, after), []);
    });

    it('offers nothing for counts written inline with the question', async () => {
      const { diagnostics, fixes } = await fixesFor(PULSE, pulse(['questions:', '  purpose-clear: { counts: [0, 1, 0, 2, 1] }']), 'pulse.small-counts');
      assert.equal(diagnostics.length, 1);
      assert.deepEqual(fixes, []);
    });
  });

  describe('privacy.*', () => {
    it('removes the line holding the personal data, leaving a clean page', async () => {
      const MEMBER = 'members/sam-lee.md';
      const before = md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', 'Call 07700 900123.', 'Leads on falls.']);
      const { text, fixes } = await fixesFor(MEMBER, before, 'privacy.phone');
      assert.deepEqual(fixes.map((f) => f.title), ['Remove the line with the personal data']);
      assert.deepEqual(fixes[0]!.edits, [{ range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, newText: '' }]);
      const after = applied(text, fixes[0]!);
      assert.equal(after, md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', 'Leads on falls.']));
      assert.deepEqual(await codesAfter(MEMBER, after), []);
    });

    it('removes the line holding a date of birth', async () => {
      const MEMBER = 'members/sam-lee.md';
      const before = md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', 'Leads on falls.', 'Born 3 March 1961.']);
      const { text, fixes } = await fixesFor(MEMBER, before, 'privacy.date-of-birth');
      assert.deepEqual(fixes.map((f) => f.title), ['Remove the line with the personal data']);
      assert.deepEqual(fixes[0]!.edits, [{ range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } }, newText: '' }]);
      const after = applied(text, fixes[0]!);
      assert.equal(after, md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', 'Leads on falls.']));
      assert.deepEqual(await codesAfter(MEMBER, after), []);
    });

    it('removes every line of a finding that runs over a line break', async () => {
      const MEMBER = 'members/sam-lee.md';
      const before = md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', 'Joined after her mother', 'was discharged from hospital.', 'Leads on falls.']);
      const { text, diagnostics, fixes } = await fixesFor(MEMBER, before, 'privacy.health-detail');
      assert.deepEqual(diagnostics.map((d) => d.range), [{ start: { line: 6, character: 13 }, end: { line: 7, character: 28 } }]);
      assert.deepEqual(fixes[0]!.edits, [{ range: { start: { line: 6, character: 0 }, end: { line: 8, character: 0 } }, newText: '' }]);
      const after = applied(text, fixes[0]!);
      assert.equal(after, md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', 'Leads on falls.']));
      assert.deepEqual(await codesAfter(MEMBER, after), []);
    });
  });

  describe('role.term-expired', () => {
    it('renews the term from today for the charter\'s term length, keeping the old term as history', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: member', '    from: 2024-02-01', '  - role: lead', '    area: frailty', '    from: 2024-03-01', '    until: 2025-03-31']);
      const { fixes, diagnostics } = await fixesFor('members/sam-lee.md', text, 'role.term-expired');
      assert.equal(diagnostics.length, 1);
      assert.deepEqual(fixes.map((f) => f.title), ['Renew the lead role for frailty for 24 months (2026-11-27 to 2028-11-26)']);
      const fixed = applied(text, fixes[0]!);
      assert.equal(fixed, text.replace('    until: 2025-03-31\n', '    until: 2025-03-31\n  - role: lead\n    area: frailty\n    from: 2026-11-27\n    until: 2028-11-26\n'));
      assert.deepEqual(await codesAfter('members/sam-lee.md', fixed), []);
    });

    it('appends the new term to a flow list', async () => {
      const text = member('Sam Lee', ['roles: [{role: co-chair, from: 2024-03-01, until: 2025-03-31}]']);
      const { fixes } = await fixesFor('members/sam-lee.md', text, 'role.term-expired');
      const fixed = applied(text, fixes[0]!);
      assert.match(fixed, /roles: \[\{role: co-chair, from: 2024-03-01, until: 2025-03-31\}, \{role: co-chair, from: 2026-11-27, until: 2028-11-26\}\]/);
      assert.deepEqual(await codesAfter('members/sam-lee.md', fixed), []);
    });
  });

  it('offers nothing for diagnostics about other files, or without the facts a fix needs', async () => {
    const { document, network } = await open(ACTION, md(['title: Falls audit'], ACTION_BODY));
    const elsewhere: Diagnostic = { file: '/ws/net/actions/other.md', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, severity: 'error', code: 'schema.required', message: '', data: { path: [], missing: 'status' } };
    const bare: Diagnostic = { ...elsewhere, file: document.path, data: undefined };
    assert.deepEqual(quickFixes({ document, network, diagnostics: [elsewhere, bare], today: TODAY }), []);
  });
});
