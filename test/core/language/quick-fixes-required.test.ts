import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { readConfig } from '../../../src/core/config';
import { quickFixes, type QuickFix } from '../../../src/core/language';
import { suggestedValue } from '../../../src/core/language/quick-fixes';
import { ACTION_BODY, CHARTER_BODY, charterFields, MEETING_ID, md, member, meeting, pulse, PURPOSE } from '../network-builder';
import { applyEdits, diagnosticsOf, fixesFor, open, pathOf, TODAY } from './helpers';

/**
 * What the quick fixes for missing fields write, and when they are offered:
 * values the file name and the rest of the network imply, the one fix that
 * adds every missing field, and the fixes of the codes the main tests do not
 * reach (personal data, an id written another way, a decision's date). Each
 * fix is applied to the text and the result compared whole.
 */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const MEMBER_BODY = ['## About', 'Jo works on falls.'];



function applied(text: string, quickFix: QuickFix): string {
  assert.ok(quickFix.edits, `${quickFix.title} has no edits`);
  return applyEdits(text, quickFix.edits);
}

function required(file: string, path: (string | number)[], missing: string): Diagnostic {
  return { file: pathOf(file), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, severity: 'error', code: 'schema.required', message: '', data: { path, missing } };
}

describe('quick fixes for missing fields', () => {
  describe('values the file name implies', () => {
    it("titles an action after its file name, without the date, even when a date is in the middle of the name", async () => {
      const file = 'actions/review-2026-11-20-audit.md';
      const { text, fixes } = await fixesFor(file, md(['status: proposed', 'proposed_by: sam-lee', 'owners: [sam-lee]'], ACTION_BODY), 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `proposed: 2026-11-27`', 'Add `title: Review 2026 11 20 audit`', 'Add all 2 missing fields']);
      assert.equal(applied(text, fixes[2]!), md(['status: proposed', 'proposed_by: sam-lee', 'owners: [sam-lee]', 'title: Review 2026 11 20 audit', 'proposed: 2026-11-27'], ACTION_BODY));
    });

    it('gives an action named only by its date empty quotes for a title, and that date as the day it was proposed', async () => {
      const file = 'actions/2026-11-20.md';
      const { text, fixes } = await fixesFor(file, md(['status: proposed', 'proposed_by: sam-lee', 'owners: [sam-lee]'], ACTION_BODY), 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `proposed: 2026-11-20`', 'Add `title: ""`', 'Add all 2 missing fields']);
      assert.equal(applied(text, fixes[2]!), md(['status: proposed', 'proposed_by: sam-lee', 'owners: [sam-lee]', 'title: ""', 'proposed: 2026-11-20'], ACTION_BODY));
    });

    it('dates a meeting by the date its file name starts with, but today when that is no real day', async () => {
      const dated = await fixesFor('meetings/2026-11-20.md', md(['type: network', 'attendees: [sam-lee]'], ['## Notes']), 'schema.required');
      assert.deepEqual(dated.fixes.map((f) => f.title), ['Add `date: 2026-11-20`']);
      assert.equal(applied(dated.text, dated.fixes[0]!), md(['type: network', 'attendees: [sam-lee]', 'date: 2026-11-20'], ['## Notes']));

      const impossible = await fixesFor('meetings/2026-13-45-steering-group.md', md(['type: network', 'attendees: [sam-lee]'], ['## Notes']), 'schema.required');
      assert.deepEqual(impossible.fixes.map((f) => f.title), [`Add \`date: ${TODAY}\``]);

      const later = await fixesFor('meetings/steering-group-2026-11-20.md', md(['type: network', 'attendees: [sam-lee]'], ['## Notes']), 'schema.required');
      assert.deepEqual(later.fixes.map((f) => f.title), [`Add \`date: ${TODAY}\``]);
    });

    it("suggests a meeting's title from its file name, without the date", async () => {
      const { document, network } = await open('meetings/2026-11-20-steering-group.md', md(['date: 2026-11-20', 'type: network', 'attendees: [sam-lee]'], ['## Notes']));
      assert.equal(suggestedValue({ document, network, today: TODAY }, ['title']), 'Steering group');
    });

    it("names a member from a file name with doubled hyphens without empty words", async () => {
      const file = 'members/jo--bloggs-.md';
      const { text, fixes } = await fixesFor(file, md(['organisation: X', 'joined: 2024-02-01'], MEMBER_BODY), 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `name: Jo Bloggs`']);
      assert.equal(applied(text, fixes[0]!), md(['organisation: X', 'joined: 2024-02-01', 'name: Jo Bloggs'], MEMBER_BODY));
    });

    it("names a charter after the network's folder", async () => {
      const fields = charterFields().filter((line) => !line.startsWith('name:'));
      const { text, fixes } = await fixesFor('CHARTER.md', md(fields, CHARTER_BODY), 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `name: Net`']);
      assert.equal(applied(text, fixes[0]!), md([...fields, 'name: Net'], CHARTER_BODY));
    });
  });

  describe('values the rest of the network implies', () => {
    it("dates a decision by the meeting it was made at, and gives a pull request's decision today", async () => {
      const decided = (via: string): string => md(['title: Falls audit', 'status: agreed', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]', 'decision:', `  via: ${via}`, '  result: agreed'], ACTION_BODY);
      const atMeeting = await fixesFor(ACTION, decided(MEETING_ID), 'schema.required');
      assert.deepEqual(atMeeting.fixes.map((f) => f.title), ['Add `date: 2026-11-12`']);
      assert.equal(applied(atMeeting.text, atMeeting.fixes[0]!), decided(MEETING_ID).replace('  result: agreed\n', '  result: agreed\n  date: 2026-11-12\n'));

      const byPullRequest = await fixesFor(ACTION, decided('pull-request'), 'schema.required');
      assert.deepEqual(byPullRequest.fixes.map((f) => f.title), [`Add \`date: ${TODAY}\``]);
    });

    it("does not date a pull request's decision by a meeting that happens to be called pull-request", async () => {
      const text = md(['title: Falls audit', 'status: agreed', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]', 'decision:', '  via: pull-request', '  result: agreed'], ACTION_BODY);
      const { fixes } = await fixesFor(ACTION, text, 'schema.required', { 'meetings/pull-request.md': meeting([], []).replace('date: 2026-11-12', 'date: 2026-11-01') });
      assert.deepEqual(fixes.map((f) => f.title), [`Add \`date: ${TODAY}\``]);
    });

    it("makes a charter area's missing id from its title, and its missing title from its id", async () => {
      const fields = [...charterFields(), 'areas:', '  - title: Falls prevention', '  - id: safe-discharge'];
      const { text, fixes } = await fixesFor('CHARTER.md', md(fields, CHARTER_BODY), 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `id: falls-prevention`', 'Add `title: Safe discharge`', 'Add all 2 missing fields']);
      assert.equal(
        applied(text, fixes[2]!),
        md([...charterFields(), 'areas:', '  - title: Falls prevention', '    id: falls-prevention', '  - id: safe-discharge', '    title: Safe discharge'], CHARTER_BODY),
      );
    });

    it("leaves an outcome's title to the author when its id is empty", async () => {
      const { fixes } = await fixesFor('PURPOSE.md', md(['statement: Stay well.', 'outcomes:', '  - id: ""'], ['# Our purpose', 'Text.']), 'schema.required');
      assert.deepEqual(fixes.map((f) => f.title), ['Add `title: ""`']);
    });
  });

  describe('values the format gives', () => {
    it('writes a fixed true as true, not as the string "true", so the fixed page is clean', async () => {
      const file = 'pulses/2026-q4.md';
      const { text, fixes } = await fixesFor(file, pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    answered: 3']), 'schema.required');
      const suppressed = fixes.find((f) => f.title.includes('suppressed'));
      assert.ok(suppressed, fixes.map((f) => f.title).join(' | '));
      assert.equal(suppressed.title, 'Add `suppressed: true`');
      const fixed = applied(text, suppressed);
      assert.equal(fixed, pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    answered: 3', '    suppressed: true']));
      assert.deepEqual((await diagnosticsOf(file, { [file]: fixed })).map((d) => d.code), []);
    });

    it('offers each way to complete a question that needs one of two sets of fields, and never both at once', async () => {
      const file = 'pulses/2026-q4.md';
      const { text, fixes } = await fixesFor(file, pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear']));
      assert.deepEqual(fixes.map((f) => [f.title, f.preferred]), [
        ['Add `counts: [0, 0, 0, 0, 0]`', undefined],
        ['Add `suppressed: true` and `answered: 0`', undefined],
      ]);
      assert.equal(applied(text, fixes[0]!), pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    counts: [0, 0, 0, 0, 0]']));
      const suppressed = applied(text, fixes[1]!);
      assert.equal(suppressed, pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    suppressed: true', '    answered: 0']));
      // Either way the question is whole: what is left is only about the figures written.
      for (const fixed of [applied(text, fixes[0]!), suppressed]) {
        assert.deepEqual((await diagnosticsOf(file, { [file]: fixed })).filter((d) => d.code.startsWith('schema.')), []);
      }
    });

    it('suggests empty quotes for a field the format does not know', async () => {
      const { document, network } = await open('members/sam-lee.md', undefined);
      assert.equal(suggestedValue({ document, network, today: TODAY }, ['no_such_field']), '""');
    });

    it('suggests an empty mapping for a group with no required fields', async () => {
      const { document, network } = await open('members/sam-lee.md', undefined);
      assert.deepEqual(suggestedValue({ document, network, today: TODAY }, ['handles']), { fields: [] });
    });

    it("suggests a number setting's default in netgov.yml as a number, not its minimum", async () => {
      const { document } = readConfig('/ws/net/netgov.yml', new TextEncoder().encode('limits:\n  max_aliases: 50\n'), []);
      assert.ok(document);
      const { network } = await open('members/sam-lee.md', undefined);
      assert.equal(suggestedValue({ document, network, today: TODAY }, ['limits', 'max_file_kb']), '1024');
      assert.equal(suggestedValue({ document, network, today: TODAY }, ['health', 'ties', 'meeting_size']), '12');
    });
  });

  describe('one fix for the field at the cursor', () => {
    it('says which diagnostic it fixes', async () => {
      const { fixes, diagnostics } = await fixesFor('members/jo-bloggs.md', md(['name: Jo Bloggs', 'organisation: X'], MEMBER_BODY), 'schema.required');
      assert.equal(diagnostics.length, 1);
      assert.deepEqual(fixes, [
        {
          title: `Add \`joined: ${TODAY}\``,
          diagnostics,
          edits: [{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, newText: `\njoined: ${TODAY}` }],
          preferred: true,
        },
      ]);
    });
  });

  describe('one fix for every missing field', () => {
    const TWO_MISSING = md(['name: Jo Bloggs', 'organisation: X', 'joined: 2024-02-01', 'roles:', '  - role: membr', '  - role: member'], MEMBER_BODY);

    it('is offered when the diagnostics at the cursor include a missing field among others', async () => {
      const { text, all, fixes } = await fixesFor('members/jo-bloggs.md', TWO_MISSING);
      assert.deepEqual(all.map((d) => d.code).sort(), ['schema.enum', 'schema.required', 'schema.required']);
      assert.deepEqual(fixes.map((f) => f.title).sort(), ["Change 'membr' to 'member'", `Add \`from: ${TODAY}\``, `Add \`from: ${TODAY}\``, 'Add all 2 missing fields'].sort());
      const every = fixes.find((f) => f.title === 'Add all 2 missing fields')!;
      assert.equal(applied(text, every), TWO_MISSING.replace('  - role: membr\n  - role: member\n', `  - role: membr\n    from: ${TODAY}\n  - role: member\n    from: ${TODAY}\n`));
    });

    it('is not offered when no diagnostic at the cursor is a missing field', async () => {
      const { fixes } = await fixesFor('members/jo-bloggs.md', TWO_MISSING, 'schema.enum');
      assert.deepEqual(fixes.map((f) => f.title), ["Change 'membr' to 'member'"]);
    });

    it('is not offered when none of the fields has a place to go', async () => {
      const file = 'members/jo-bloggs.md';
      const { document, network } = await open(file, md(['name: Jo Bloggs', 'organisation: X', 'joined: 2024-02-01'], MEMBER_BODY));
      const missing = [required(file, ['name'], 'first'), required(file, ['name'], 'last')];
      assert.deepEqual(quickFixes({ document, network, diagnostics: missing, all: missing, today: TODAY }), []);
    });
  });
});

describe('quick fixes the main tests do not reach', () => {
  it('removes the line with an email address, an NHS number or a postcode', async () => {
    for (const [code, line] of [
      ['privacy.email', 'Write to jo.bloggs@example.org.'],
      ['privacy.nhs-number', 'Patient 943 476 5919 was seen.'],
      ['privacy.postcode', 'Lives at NE1 4ST.'],
    ] as const) {
      const text = member('Jo Bloggs', []) + `## About\n${line}\nWorks on falls.\n`;
      const { fixes } = await fixesFor('members/jo-bloggs.md', text, code);
      assert.deepEqual(fixes.map((f) => f.title), ['Remove the line with the personal data'], code);
      assert.equal(applied(text, fixes[0]!), member('Jo Bloggs', []) + '## About\nWorks on falls.\n', code);
    }
  });

  it('writes an id the way ids are written', async () => {
    const text = PURPOSE.replace('id: faster-referrals', 'id: Faster Referrals');
    const { fixes } = await fixesFor('PURPOSE.md', text, 'schema.pattern');
    assert.deepEqual(fixes.map((f) => f.title), ["Change 'Faster Referrals' to 'faster-referrals'"]);
    assert.equal(applied(text, fixes[0]!), PURPOSE);
  });

  it("gives a decision the date of the meeting it was made at", async () => {
    const text = md(['title: Falls audit', 'status: agreed', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]', 'decision:', '  date: 2026-11-13', `  via: ${MEETING_ID}`, '  result: agreed'], ACTION_BODY);
    const { fixes } = await fixesFor(ACTION, text, 'decision.mismatch');
    assert.deepEqual(fixes.map((f) => f.title), ["Use the meeting's date, 2026-11-12"]);
    assert.equal(applied(text, fixes[0]!), text.replace('2026-11-13', '2026-11-12'));
  });
});
