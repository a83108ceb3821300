import assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/language';
import { blockLines, itemLines } from '../../../src/core/language/edits';
import { bodyMentions } from '../../../src/core/language/ids';
import { fieldDocumentation, referenceAt } from '../../../src/core/language/schema-info';
import { open, TODAY } from './helpers';

/** Details the seed-5 mutation sample left unpinned. ‸ marks the cursor. */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const MEMBERS = ['amara-okafor', 'sam-lee', 'tom-hughes'];

describe('completion: seed-5 details', () => {
  describe('the entries of a list typed on the line after its key', () => {
    it('leaves out no candidate, whatever its id (none is already in the list)', async () => {
      const { document, network, position } = await open(ACTION, '---\ntitle: X\nowners:\n  ‸\n---\n', { 'members/Stryker was here.md': '---\nname: Stryker\n---\n' });
      assert.deepEqual(
        completionsAt(document, network, position, TODAY).map((item) => `${item.label}|${item.insertText}`),
        ['Stryker was here', ...MEMBERS].map((id) => `${id}|- ${id}`),
      );
    });
  });
});

describe('blockLines and itemLines of empty groups', () => {
  it('writes an empty group of fields as `key: {}` on one line', () => {
    assert.deepEqual(blockLines(['handles', { fields: [] }]), ['handles: {}']);
    assert.deepEqual(blockLines(['decision', { fields: [['via', { fields: [] }]] }]), ['decision:', '  via: {}']);
  });

  it('writes an empty entry of a list as `- {}`', () => {
    assert.deepEqual(itemLines({ fields: [] }), ['- {}']);
    assert.deepEqual(blockLines(['roles', { items: [{ fields: [] }] }]), ['roles:', '  - {}']);
  });
});

describe('bodyMentions and fenced code', () => {
  const mentions = async (body: string): Promise<string[]> => {
    const { document, network } = await open(ACTION, `---\ntitle: X\n---\n${body}`);
    return bodyMentions(document, network).map((m) => `${m.kind}:${m.id}@${document.text.slice(m.start, m.end)}`);
  };

  it('does not end a backtick fence at a tilde line, nor a tilde fence at a backtick line', async () => {
    assert.deepEqual(await mentions('```\n~~~\nsam-lee\n```\ntom-hughes\n'), ['member:tom-hughes@tom-hughes']);
    assert.deepEqual(await mentions('~~~\n```\nsam-lee\n~~~\ntom-hughes\n'), ['member:tom-hughes@tom-hughes']);
  });

  it('does not end a fence at a shorter one, but does at a longer one', async () => {
    assert.deepEqual(await mentions('````\n```\nsam-lee\n````\ntom-hughes\n'), ['member:tom-hughes@tom-hughes']);
    assert.deepEqual(await mentions('```\n````\nsam-lee\ntom-hughes\n'), ['member:sam-lee@sam-lee', 'member:tom-hughes@tom-hughes']);
  });
});

describe('schema-info seed-5 details', () => {
  it('shows the example of a list entry as a list entry', () => {
    assert.equal(
      fieldDocumentation('member', ['roles', 0])?.split('\n\n').slice(-2).join('\n\n'),
      'Example:\n\n```yaml\n- role: lead\n  area: frailty\n  from: 2025-09-01\n  until: 2027-08-31\n```',
    );
  });

  it('finds the named field `decision.via`, with its `pull-request` literal', () => {
    assert.deepEqual(referenceAt('action', ['decision', 'via']), { kind: 'meeting', declaration: false, literals: ['pull-request'] });
  });
});
