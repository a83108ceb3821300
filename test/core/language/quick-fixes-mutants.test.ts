import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { quickFixes } from '../../../src/core/language';
import { suggestedValue } from '../../../src/core/language/quick-fixes';
import { CHARTER_BODY, charterFields, md, member } from '../network-builder';
import { diagnosticsOf, open, TODAY } from './helpers';

/** Quick-fix details that earlier tests left unpinned, as of 2026-11-27. */

function diagnostic(file: string, code: Diagnostic['code'], data: Diagnostic['data'], line = 1): Diagnostic {
  return { file, range: { start: { line, character: 0 }, end: { line, character: 5 } }, severity: 'warning', code, message: '', data };
}

describe('quick fixes: details', () => {
  it('renews a term that ends on the charter\'s fixed day without counting months in the title', async () => {
    const charter = md([...charterFields(), '  term_ends_on: "03-31"'], CHARTER_BODY);
    const text = member('Sam Lee', ['roles:', '  - role: lead', '    from: 2024-03-01', '    until: 2025-03-31']);
    const file = 'members/sam-lee.md';
    const { document, network } = await open(file, text, { 'CHARTER.md': charter });
    const diagnostics = (await diagnosticsOf(file, { 'CHARTER.md': charter, [file]: text })).filter((d) => d.code === 'role.term-expired');
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(
      quickFixes({ document, network, diagnostics, today: TODAY }).map((f) => f.title),
      ['Renew the lead role (2026-11-27 to 2028-03-31)'],
    );
  });

  it('suggests a list with its minimum number of entries, each filled in', async () => {
    const { document, network } = await open('PURPOSE.md', undefined);
    const value = suggestedValue({ document, network, today: TODAY }, ['outcomes']);
    assert.ok(typeof value === 'object' && 'items' in value, JSON.stringify(value));
    assert.equal(value.items.length, 1);
  });

  it('offers no replacement when the suggestion is empty', async () => {
    const { document, network } = await open('members/sam-lee.md', undefined);
    const fixes = quickFixes({ document, network, diagnostics: [diagnostic(document.path, 'schema.enum', { suggestion: '' })], today: TODAY });
    assert.deepEqual(fixes, []);
  });

  it('removes guidance on the last line of a file up to that line\'s end', async () => {
    const text = md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], ['## About', 'Say who you are.']).replace(/\n$/, '');
    const { document, network } = await open('members/sam-lee.md', text);
    const last = document.lines.lineCount - 1;
    const fixes = quickFixes({ document, network, diagnostics: [diagnostic(document.path, 'template.unedited', { firstLine: last, lastLine: last }, last)], today: TODAY });
    assert.equal(fixes.length, 1);
    assert.deepEqual(fixes[0]!.edits, [{ range: { start: { line: last, character: 0 }, end: document.lines.lineRange(last).end }, newText: '' }]);
  });
});
