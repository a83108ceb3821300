import assert from 'node:assert/strict';
import type { Diagnostic, Range } from '../../../src/core/diagnostic';
import { quickFixes, type QuickFix } from '../../../src/core/language';
import { ACTION_ID, CHARTER_BODY, charterFields, decidedAction, md, member, pulse } from '../network-builder';
import { applyEdits, diagnosticsOf, open, range, rangeOf, TODAY } from './helpers';

/**
 * The text quick fixes write, exactly: the replacement of a "did you mean",
 * a renewed lead term, removed template guidance, suppressed small counts and
 * removed personal data, each applied to the document, as of 2026-11-27.
 * Most diagnostics here are built by hand, to reach the edges a full check
 * rarely gives (an empty range, a finding on the last line of a file).
 */

const MEMBER = 'members/sam-lee.md';
const PULSE = 'pulses/2026-q4.md';
const ACTION = `actions/${ACTION_ID}.md`;

function diagnostic(file: string, code: Diagnostic['code'], at: Range, data: Diagnostic['data']): Diagnostic {
  return { file, range: at, severity: 'warning', code, message: '', data };
}

/** The fixes for hand-made diagnostics of `file` (its path filled in), with `content` in the network. */
async function fixesOf(file: string, content: string, diagnostics: readonly Omit<Diagnostic, 'file'>[], changes: Readonly<Record<string, string | null>> = {}): Promise<{ text: string; diagnostics: Diagnostic[]; fixes: QuickFix[] }> {
  const { document, network, text } = await open(file, content, changes);
  const found = diagnostics.map((d) => ({ ...d, file: document.path }));
  return { text, diagnostics: found, fixes: quickFixes({ document, network, diagnostics: found, today: TODAY }) };
}

/** The fixes for the diagnostics of one code a full check finds in `file`. */
async function fixesFound(file: string, content: string, code: Diagnostic['code'], changes: Readonly<Record<string, string | null>> = {}): Promise<{ text: string; diagnostics: Diagnostic[]; fixes: QuickFix[] }> {
  const { document, network, text } = await open(file, content, changes);
  const diagnostics = (await diagnosticsOf(file, { ...changes, [file]: text })).filter((d) => d.code === code);
  return { text, diagnostics, fixes: quickFixes({ document, network, diagnostics, today: TODAY }) };
}

function applied(text: string, quickFix: QuickFix): string {
  assert.ok(quickFix.edits, `${quickFix.title} has no edits`);
  return applyEdits(text, quickFix.edits);
}

/** A charter without `leadership.term_months`, with these lines under `leadership:` instead. */
function charterWithLeadership(lines: readonly string[]): string {
  const fields = charterFields().filter((line) => !line.startsWith('  term_months:'));
  return md([...fields, ...lines], CHARTER_BODY);
}

describe('quick fixes: the text they rewrite', () => {
  describe('did you mean', () => {
    const text = member('Sam Lee', ['consent: of']);
    const BODY = md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', "Say 'hi' now, then 'bye'"]);

    it('writes a suggested value as YAML reads it, quoting one that would read as a boolean', async () => {
      const fix = await fixesOf(MEMBER, text, [diagnostic('', 'schema.enum', range(4, 9, 4, 11), { suggestion: 'off' })]);
      assert.deepEqual(fix.fixes, [{ title: "Change 'of' to 'off'", diagnostics: fix.diagnostics, edits: [{ range: range(4, 9, 4, 11), newText: '"off"' }], preferred: true }]);
      assert.equal(applied(fix.text, fix.fixes[0]!), member('Sam Lee', ['consent: "off"']));
    });

    it('writes a suggested field name as it is, even one YAML would read as a boolean', async () => {
      const fieldText = member('Sam Lee', ['onn: true']);
      const fix = await fixesOf(MEMBER, fieldText, [diagnostic('', 'schema.unknown-field', range(4, 0, 4, 3), { suggestion: 'on' })]);
      assert.deepEqual(fix.fixes.map((f) => [f.title, f.edits]), [['Change `onn` to `on`', [{ range: range(4, 0, 4, 3), newText: 'on' }]]]);
      assert.equal(applied(fix.text, fix.fixes[0]!), member('Sam Lee', ['on: true']));
    });

    it('offers nothing when the text already reads as the suggestion', async () => {
      const plain = await fixesOf(MEMBER, text, [diagnostic('', 'schema.enum', range(4, 9, 4, 11), { suggestion: 'of' })]);
      assert.deepEqual(plain.fixes, []);
      const quoted = await fixesOf(MEMBER, member('Sam Lee', ['consent: "off"']), [diagnostic('', 'schema.enum', range(4, 9, 4, 14), { suggestion: 'off' })]);
      assert.deepEqual(quoted.fixes, []);
    });

    it('offers nothing for a diagnostic that covers no text', async () => {
      const { fixes } = await fixesOf(MEMBER, text, [diagnostic('', 'schema.enum', range(4, 9, 4, 9), { suggestion: 'off' })]);
      assert.deepEqual(fixes, []);
    });

    it('takes the quotes off the current text in the title only when they wrap all of it', async () => {
      const titleFor = async (needle: string): Promise<string[]> =>
        (await fixesOf(MEMBER, BODY, [diagnostic('', 'schema.pattern', rangeOf(BODY, needle), { suggestion: 'hello' })])).fixes.map((f) => f.title);
      assert.deepEqual(await titleFor("'hi'"), ["Change 'hi' to 'hello'"]);
      assert.deepEqual(await titleFor("'hi' now"), ["Change ''hi' now' to 'hello'"]);
      assert.deepEqual(await titleFor("then 'bye'"), ["Change 'then 'bye'' to 'hello'"]);
    });

    it('names a date written another way, and a decision dated unlike its meeting, in the title', async () => {
      const dated = await fixesOf(MEMBER, member('Sam Lee', ['left: 01/11/2026']), [diagnostic('', 'schema.date', range(4, 6, 4, 16), { suggestion: '2026-11-01' })]);
      assert.deepEqual(dated.fixes.map((f) => [f.title, f.edits]), [['Write the date as 2026-11-01', [{ range: range(4, 6, 4, 16), newText: '2026-11-01' }]]]);

      const action = decidedAction('in-progress').replace('  date: 2026-11-12', '  date: 2026-11-10');
      const mismatch = await fixesFound(ACTION, action, 'decision.mismatch');
      assert.deepEqual(mismatch.diagnostics.map((d) => d.range), [range(8, 8, 8, 18)]);
      assert.deepEqual(mismatch.fixes, [{ title: "Use the meeting's date, 2026-11-12", diagnostics: mismatch.diagnostics, edits: [{ range: range(8, 8, 8, 18), newText: '2026-11-12' }], preferred: true }]);
      assert.equal(applied(mismatch.text, mismatch.fixes[0]!), decidedAction('in-progress'));
    });
  });

  describe('lead terms', () => {
    const LEAD = member('Sam Lee', ['roles:', '  - role: lead', '    from: 2024-03-01', '    until: 2025-03-31']);
    const EXPIRED = range(7, 11, 7, 21);

    it('renews the role the diagnostic points at under roles, and no other path', async () => {
      const elsewhere = await fixesOf(MEMBER, LEAD, [diagnostic('', 'role.term-expired', EXPIRED, { path: ['areas', 0] })]);
      assert.deepEqual(elsewhere.fixes, []);
      const renewed = await fixesOf(MEMBER, LEAD, [diagnostic('', 'role.term-expired', EXPIRED, { path: ['roles', 0] })]);
      assert.deepEqual(renewed.fixes.map((f) => [f.title, f.diagnostics]), [['Renew the lead role for 24 months (2026-11-27 to 2028-11-26)', renewed.diagnostics]]);
    });

    it('starts a new term with no end when the charter sets no term length', async () => {
      const charter = charterWithLeadership([]);
      const { text, diagnostics, fixes } = await fixesOf(MEMBER, LEAD, [diagnostic('', 'role.term-expired', EXPIRED, { path: ['roles', 0] })], { 'CHARTER.md': charter });
      assert.deepEqual(fixes, [{ title: 'Start a new term of the lead role from 2026-11-27', diagnostics, edits: [{ range: range(7, 21, 7, 21), newText: '\n  - role: lead\n    from: 2026-11-27' }] }]);
      assert.equal(applied(text, fixes[0]!), member('Sam Lee', ['roles:', '  - role: lead', '    from: 2024-03-01', '    until: 2025-03-31', '  - role: lead', '    from: 2026-11-27']));
    });

    it('counts no months in the title when only the charter\'s fixed end day sets the end', async () => {
      const charter = charterWithLeadership(['  term_ends_on: "03-31"']);
      const { text, fixes } = await fixesOf(MEMBER, LEAD, [diagnostic('', 'role.term-expired', EXPIRED, { path: ['roles', 0] })], { 'CHARTER.md': charter });
      assert.deepEqual(fixes.map((f) => f.title), ['Renew the lead role (2026-11-27 to 2027-03-31)']);
      assert.equal(applied(text, fixes[0]!), LEAD.replace('    until: 2025-03-31\n', '    until: 2025-03-31\n  - role: lead\n    from: 2026-11-27\n    until: 2027-03-31\n'));
    });
  });

  describe('new members', () => {
    it('offers a page for a named member with no page, as a command and not an edit', async () => {
      const { diagnostics, fixes } = await fixesOf(MEMBER, member('Sam Lee'), [diagnostic('', 'ref.unknown-member', range(1, 6, 1, 13), { id: 'jo-bloggs' })]);
      assert.deepEqual(fixes, [{ title: "Create a member page for 'jo-bloggs'", diagnostics, createMember: 'jo-bloggs' }]);
    });
  });

  describe('template guidance', () => {
    const FIELDS = ['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'];
    const guidance = (firstLine: number, lastLine: number) => diagnostic('', 'template.unedited', range(firstLine, 0, firstLine, 5), { firstLine, lastLine });

    it('removes the guidance with the blank line after it, keeping the heading', async () => {
      const text = md(FIELDS, ['## About', 'Say who you are.', 'And what you do.', '', '## Roles', 'Lead.']);
      const { diagnostics, fixes } = await fixesOf(MEMBER, text, [guidance(6, 7)]);
      assert.deepEqual(fixes, [{ title: "Remove the template's guidance, to write your own words under this heading", diagnostics, edits: [{ range: range(6, 0, 9, 0), newText: '' }] }]);
      assert.equal(applied(text, fixes[0]!), md(FIELDS, ['## About', '## Roles', 'Lead.']));
    });

    it('counts a line of spaces after the guidance as blank', async () => {
      const text = md(FIELDS, ['## About', 'Say who you are.', '   ', '## Roles']);
      const { fixes } = await fixesOf(MEMBER, text, [guidance(6, 6)]);
      assert.deepEqual(fixes.map((f) => f.edits), [[{ range: range(6, 0, 8, 0), newText: '' }]]);
      assert.equal(applied(text, fixes[0]!), md(FIELDS, ['## About', '## Roles']));
    });

    it('keeps the line after the guidance when it has words on it', async () => {
      const text = md(FIELDS, ['## About', 'Say who you are.', '## Roles', '', 'Lead.']);
      const { fixes } = await fixesOf(MEMBER, text, [guidance(6, 6)]);
      assert.deepEqual(fixes.map((f) => f.edits), [[{ range: range(6, 0, 7, 0), newText: '' }]]);
      assert.equal(applied(text, fixes[0]!), md(FIELDS, ['## About', '## Roles', '', 'Lead.']));
    });

    it('removes guidance in a CRLF file with its line breaks', async () => {
      const text = md(FIELDS, ['## About', 'Say who you are.', '', '## Roles']).replace(/\n/g, '\r\n');
      const { fixes } = await fixesOf(MEMBER, text, [guidance(6, 6)]);
      assert.deepEqual(fixes.map((f) => f.edits), [[{ range: range(6, 0, 8, 0), newText: '' }]]);
      assert.equal(applied(text, fixes[0]!), md(FIELDS, ['## About', '## Roles']).replace(/\n/g, '\r\n'));
    });

    it('offers nothing when the lines given run backwards or past the end of the file', async () => {
      const text = md(FIELDS, ['## About', 'Say who you are.', 'And what you do.']);
      const { document } = await open(MEMBER, text);
      assert.equal(document.lines.lineCount, 9);
      const backwards = await fixesOf(MEMBER, text, [guidance(7, 6)]);
      assert.deepEqual(backwards.fixes, []);
      const past = await fixesOf(MEMBER, text, [guidance(6, 9)]);
      assert.deepEqual(past.fixes, []);
      const toTheEnd = await fixesOf(MEMBER, text, [guidance(6, 8)]);
      assert.deepEqual(toTheEnd.fixes.map((f) => f.edits), [[{ range: range(6, 0, 8, 0), newText: '' }]]);
    });
  });

  describe('small counts', () => {
    const QUESTION = ['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    counts: [0, 1, 0, 2, 1]'];
    const COUNTS = range(8, 12, 8, 27);

    it('writes suppressed and answered in place of the counts, keeping the question\'s indentation', async () => {
      const text = pulse(QUESTION);
      const { diagnostics, fixes } = await fixesOf(PULSE, text, [diagnostic('', 'pulse.small-counts', COUNTS, { path: ['questions', 'purpose-clear'], answered: 4 })]);
      assert.deepEqual(fixes, [
        {
          title: 'Remove the counts: write suppressed: true and answered: 4',
          diagnostics,
          edits: [{ range: range(8, 0, 9, 0), newText: '    suppressed: true\n    answered: 4\n' }],
          preferred: true,
        },
      ]);
      assert.equal(applied(text, fixes[0]!), pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    suppressed: true', '    answered: 4']));
    });

    it('replaces counts written over several lines, and the blank count too', async () => {
      const text = pulse(['questions:', '  purpose-clear:', '    counts:', '      - 1', '      - 2', '    blank: 6', '    text: Our purpose is clear']);
      const { fixes } = await fixesOf(PULSE, text, [diagnostic('', 'pulse.small-counts', range(7, 4, 7, 10), { path: ['questions', 'purpose-clear'], answered: 3, blank: true })]);
      assert.equal(applied(text, fixes[0]!), pulse(['questions:', '  purpose-clear:', '    suppressed: true', '    answered: 3', '    text: Our purpose is clear']));
    });

    it('keeps the field after counts written over several lines', async () => {
      const text = pulse(['questions:', '  purpose-clear:', '    counts:', '      - 1', '      - 2', '    text: Our purpose is clear']);
      const { diagnostics, fixes } = await fixesFound(PULSE, text, 'pulse.small-counts');
      assert.deepEqual(diagnostics.map((d) => d.data), [{ path: ['questions', 'purpose-clear'], answered: 3 }]);
      assert.deepEqual(fixes.map((f) => f.edits), [[{ range: range(7, 0, 10, 0), newText: '    suppressed: true\n    answered: 3\n' }]]);
      assert.equal(applied(text, fixes[0]!), pulse(['questions:', '  purpose-clear:', '    suppressed: true', '    answered: 3', '    text: Our purpose is clear']));
    });

    it('writes the line breaks of a CRLF file', async () => {
      const text = pulse([...QUESTION, '    blank: 6']).replace(/\n/g, '\r\n');
      const { fixes } = await fixesOf(PULSE, text, [diagnostic('', 'pulse.small-counts', COUNTS, { path: ['questions', 'purpose-clear'], answered: 4, blank: true })]);
      assert.equal(applied(text, fixes[0]!), pulse(['questions:', '  purpose-clear:', '    text: Our purpose is clear', '    suppressed: true', '    answered: 4']).replace(/\n/g, '\r\n'));
    });

    it('offers nothing without the question or the number answered', async () => {
      const text = pulse(QUESTION);
      const noPath = await fixesOf(PULSE, text, [diagnostic('', 'pulse.small-counts', COUNTS, { answered: 4 })]);
      assert.deepEqual(noPath.fixes, []);
      const noAnswered = await fixesOf(PULSE, text, [diagnostic('', 'pulse.small-counts', COUNTS, { path: ['questions', 'purpose-clear'] })]);
      assert.deepEqual(noAnswered.fixes, []);
    });
  });

  describe('personal data', () => {
    const FIELDS = ['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'];

    it('removes personal data on the last line of a file with no final line break up to that line\'s end', async () => {
      const before = md(FIELDS, ['## About', 'Leads on falls.', 'Call 07700 900123.']).replace(/\n$/, '');
      const { text, diagnostics, fixes } = await fixesFound(MEMBER, before, 'privacy.phone');
      assert.deepEqual(diagnostics.map((d) => d.range.start.line), [7]);
      assert.deepEqual(fixes, [{ title: 'Remove the line with the personal data', diagnostics, edits: [{ range: range(7, 0, 7, 18), newText: '' }] }]);
      assert.equal(applied(text, fixes[0]!), md(FIELDS, ['## About', 'Leads on falls.']));
    });

    it('removes a whole line of a CRLF file with its line break', async () => {
      const before = md(FIELDS, ['## About', 'Call 07700 900123.', 'Leads on falls.']).replace(/\n/g, '\r\n');
      const { text, fixes } = await fixesFound(MEMBER, before, 'privacy.phone');
      assert.deepEqual(fixes.map((f) => f.edits), [[{ range: range(6, 0, 7, 0), newText: '' }]]);
      assert.equal(applied(text, fixes[0]!), md(FIELDS, ['## About', 'Leads on falls.']).replace(/\n/g, '\r\n'));
    });
  });
});
