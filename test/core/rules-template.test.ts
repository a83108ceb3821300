import assert from 'node:assert/strict';
import { quickFixes } from '../../src/core/language';
import { action, md } from './network-builder';
import { applyEdits, diagnosticsOf, open, TODAY } from './language/helpers';

/**
 * template.unedited: guidance the templates carry, and the placeholders
 * `netgov init` writes, left as they were. The rule reads the guidance from
 * templates/ itself, so a template change never leaves the rule behind.
 */
const FILE = 'actions/2026-11-20-falls-audit.md';
const GUIDANCE = 'Say what you propose the network does and why now: who it would involve, what it would take, and what you are asking the network to agree.';

describe('template.unedited', () => {
  it('warns at a guidance paragraph left as the template wrote it, even re-wrapped', async () => {
    const body = ['## Proposal', '', 'Say what you propose the network does and why now: who it would involve,', 'what it would take, and what you are asking the network to agree.', '', '## Expected impact', '', 'Faster referrals.'];
    const diagnostics = (await diagnosticsOf(FILE, { [FILE]: action([], body) })).filter((d) => d.code === 'template.unedited');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 'warning');
    const { text } = await open(FILE, action([], body));
    const lines = text.split('\n');
    assert.equal(lines[diagnostics[0]!.range.start.line], body[2]);
    assert.equal(lines[diagnostics[0]!.range.end.line], body[3]);
  });

  it('is silent once the paragraph says anything else, however close', async () => {
    const edited = ['## Proposal', '', GUIDANCE.replace('why now', 'why now (we have the data)'), '', '## Expected impact', '', 'Faster referrals.'];
    assert.deepEqual((await diagnosticsOf(FILE, { [FILE]: action([], edited) })).filter((d) => d.code === 'template.unedited'), []);
  });

  it("recognises the template's sentences with any name in a slot, and the purpose placeholders", async () => {
    const purpose = md(['statement: To be agreed by the members of Any Network.', 'outcomes:', '  - id: first-outcome', '    title: Our first outcome (to be agreed)'], ['# Our purpose', '', 'Write here, in a few short paragraphs, why Any Network exists: the problem members share, who it affects, and what you want to change together. Then put it in a sentence or two as the `statement` in the fields at the top.']);
    const found = (await diagnosticsOf('PURPOSE.md', { 'PURPOSE.md': purpose })).filter((d) => d.code === 'template.unedited');
    assert.equal(found.length, 3, found.map((d) => d.message).join('\n'));
  });

  it('offers a quick fix that removes the guidance and leaves the heading; the warning is then gone', async () => {
    const body = ['## Proposal', '', GUIDANCE, '', '## Expected impact', '', 'Faster referrals.'];
    const { document, network, text } = await open(FILE, action([], body));
    const diagnostics = (await diagnosticsOf(FILE, { [FILE]: text })).filter((d) => d.code === 'template.unedited');
    const [fix] = quickFixes({ document, network, diagnostics, today: TODAY });
    assert.ok(fix?.edits, 'a fix with edits');
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /## Proposal\n\n## Expected impact/);
    assert.deepEqual((await diagnosticsOf(FILE, { [FILE]: fixed })).filter((d) => d.code === 'template.unedited'), []);
  });
});
