import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { quickFixes } from '../../../src/core/language';
import { ACTION_BODY, md, ROOT, workspaceWith } from '../network-builder';
import { checkDirectory } from '../../../src/core/check';
import { applyEdits, diagnosticsOf, open, TODAY } from './helpers';

/** Quick fixes at the edges the main quick-fix tests do not reach. */

const ACTION = 'actions/2026-11-20-falls-audit.md';

describe('quick fixes at the edges', () => {
  it('fills an empty flow mapping without a leading comma', async () => {
    const text = md(['title: Falls audit', 'status: agreed', 'proposed_by: sam-lee', 'proposed: 2026-11-20', 'owners: [sam-lee]', 'decision: {}'], ACTION_BODY);
    const { document, network } = await open(ACTION, text);
    const all = await diagnosticsOf(ACTION, { [ACTION]: text });
    const required = all.filter((d) => d.code === 'schema.required');
    const fixes = quickFixes({ document, network, diagnostics: required, all, today: TODAY });
    const single = fixes.find((f) => f.title === 'Add `result: agreed`');
    assert.ok(single, fixes.map((f) => f.title).join(' | '));
    assert.equal(applyEdits(text, single.edits!), text.replace('decision: {}', 'decision: {result: agreed}'));
    const every = fixes.find((f) => /^Add all/.test(f.title));
    assert.ok(every);
    assert.match(applyEdits(text, every.edits!), /\ndecision: \{date: 2026-11-27, via: "", result: agreed\}\n/);
  });

  it('adds nothing of another file\'s missing fields, even when given the whole network\'s diagnostics', async () => {
    const text = md(['title: Falls audit', 'status: proposed', 'proposed: 2026-11-20'], ACTION_BODY);
    const other = md(['name: Jo Bloggs', 'organisation: X']);
    const changes = { [ACTION]: text, 'members/jo-bloggs.md': other };
    const { document, network } = await open(ACTION, text, changes);
    const all = (await checkDirectory(workspaceWith(changes), ROOT, { today: TODAY })).diagnostics;
    assert.deepEqual(all.filter((d) => d.code === 'schema.required').map((d) => d.file).sort(), [`${ROOT}/${ACTION}`, `${ROOT}/members/jo-bloggs.md`]);
    const mine = all.filter((d) => d.file === document.path && d.code === 'schema.required');
    const fixes = quickFixes({ document, network, diagnostics: mine, all, today: TODAY });
    assert.deepEqual(fixes.map((f) => f.title), ['Add `proposed_by: ""`']);
  });

  it('offers no line removal for a privacy finding that does not say its line can go', async () => {
    const { document, network } = await open('members/sam-lee.md', md(['name: Sam Lee', 'organisation: X', 'joined: 2024-02-01'], ['Call 07700 900123.']));
    const finding: Diagnostic = { file: document.path, range: { start: { line: 5, character: 5 }, end: { line: 5, character: 17 } }, severity: 'warning', code: 'privacy.phone', message: '' };
    assert.deepEqual(quickFixes({ document, network, diagnostics: [finding], today: TODAY }), []);
    const removable = quickFixes({ document, network, diagnostics: [{ ...finding, data: { removeLine: true } }], today: TODAY });
    assert.deepEqual(removable.map((f) => f.title), ['Remove the line with the personal data']);
  });
});
