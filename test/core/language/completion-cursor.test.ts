import assert from 'node:assert/strict';
import { readConfig } from '../../../src/core/config';
import { completionsAt } from '../../../src/core/language';
import { CURSOR, offered, open, positionOf, TODAY } from './helpers';

/**
 * Completion decides where the cursor is from the text around it: the word
 * being typed, whether a key or a value, whether the line starts a new entry
 * of the list above, whether it sits in a comment or in an unclosed bracket.
 * ‸ marks the cursor. Items are written as `label|insertText|line|from|to`.
 */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const MEMBER = 'members/jo-bloggs.md';


const owners = (names: readonly string[], line: number, from: number, to = from, dash = ''): string[] => names.map((name) => `${name}|${dash}${name}|${line}|${from}|${to}`);
const ACTION_KEYS = ['status', 'proposed_by', 'proposed', 'kind', 'area', 'contributors', 'outcomes', 'decision', 'acknowledged', 'due', 'completed', 'impact'];
const actionKeys = (line: number, from: number, to = from, keys = ACTION_KEYS): string[] => keys.map((key) => `${key}|${key === 'decision' ? 'decision:\n  ' : `${key}: `}|${line}|${from}|${to}`);
const ROLE_FIELDS = ['role', 'from', 'area', 'until'];

describe('completion: where the cursor is', () => {
  it('offers nothing in netgov.yml, even when it is written like frontmatter', async () => {
    const content = `---\nlayout:\n  ${CURSOR}\n---\n`;
    const text = content.replace(CURSOR, '');
    const config = readConfig('/net/netgov.yml', new TextEncoder().encode(text), []);
    assert.ok(config.document);
    const { network } = await open(ACTION, '---\ntitle: X\n---\n');
    assert.deepEqual(completionsAt(config.document, network, positionOf(text, content.indexOf(CURSOR)), TODAY), []);
  });

  it('offers no fields inside a flow list of groups, where only a `{...}` entry could go', async () => {
    assert.deepEqual(await offered(MEMBER, '---\nname: Jo Bloggs\nroles: [‸]\n---\n'), []);
  });

  describe('the word being typed', () => {
    it('replaces the whole word after the cursor too, however short', async () => {
      const values = ['proposed', 'agreed', 'in-progress', 'done', 'dropped', 'blocked'];
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nstatus: ‸ab\n---\n'), values.map((v) => `${v}|${v}|2|8|10`));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nstatus: ‸a\n---\n'), values.map((v) => `${v}|${v}|2|8|9`));
    });

    it('takes a key followed by `:` as a key being edited, with blanks before the colon or at the end of the line', async () => {
      const editing = (): string[] =>
        ['status', 'proposed_by', 'proposed', 'kind', 'area', 'owners', 'contributors', 'outcomes', 'decision', 'acknowledged', 'due', 'completed', 'impact'].map((key) => `${key}|${key}|2|0|6`);
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nstat‸us : proposed\n---\n'), editing());
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nstat‸us\t: proposed\n---\n'), editing());
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nstat‸us:\n---\n'), editing());
    });

    it('types a new key (with its `: `) when a colon comes only later on the line', async () => {
      const keys = ['status', 'proposed_by', 'proposed', 'kind', 'area', 'owners', 'contributors', 'outcomes', 'decision', 'acknowledged', 'due', 'completed', 'impact'];
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nst‸ x: y\n---\n'), actionKeys(2, 0, 2, keys));
    });

    it('offers the fields of a new entry after a dash followed by more than one blank', async () => {
      assert.deepEqual(
        await offered(MEMBER, '---\nname: Jo Bloggs\nroles:\n  -  ‸\n---\n'),
        ROLE_FIELDS.map((f) => `${f}|${f}: |3|5|5`),
      );
      assert.deepEqual(
        await offered(MEMBER, '---\nname: Jo Bloggs\nroles:\n  -  ro‸: x\n---\n'),
        ROLE_FIELDS.map((f) => `${f}|${f}|3|5|7`),
      );
    });

    it('types keys in a file with CRLF line ends, replacing only the word', async () => {
      const keys = ['status', 'proposed_by', 'proposed', 'kind', 'area', 'owners', 'contributors', 'outcomes', 'decision', 'acknowledged', 'due', 'completed', 'impact'];
      assert.deepEqual(
        await offered(ACTION, '---\r\ntitle: X\r\nstat‸\r\n---\r\n'),
        keys.map((key) => `${key}|${key === 'decision' ? 'decision:\r\n  ' : `${key}: `}|2|0|4`),
      );
    });
  });

  describe('a new entry of the list above', () => {
    const MEMBERS_LEFT = ['amara-okafor', 'tom-hughes'];

    it('adds the dash on a line lined up with the list, even with trailing blanks', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n  ‸ \n---\n'), owners(MEMBERS_LEFT, 4, 2, 2, '- '));
    });

    it('adds the dash to a list at the left margin, replacing the word typed', async () => {
      assert.deepEqual(await offered(ACTION, '---\nowners:\n- sam-lee\nam‸\n---\n'), owners(MEMBERS_LEFT, 3, 0, 2, '- '));
    });

    it('looks past blank lines (also of blanks or CRLF) and comment lines to the list', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n \n  ‸\n---\n'), owners(MEMBERS_LEFT, 5, 2, 2, '- '));
      assert.deepEqual(await offered(ACTION, '---\r\ntitle: X\r\nowners:\r\n  - sam-lee\r\n\r\n  ‸\r\n---\r\n'), owners(MEMBERS_LEFT, 5, 2, 2, '- '));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n  # note\n  ‸\n---\n'), owners(MEMBERS_LEFT, 5, 2, 2, '- '));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n  #note\n  ‸\n---\n'), owners(MEMBERS_LEFT, 5, 2, 2, '- '));
    });

    it('counts an entry with a comment after it, and an empty entry (a bare dash), as the list', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee # lead\n  ‸\n---\n'), owners(MEMBERS_LEFT, 4, 2, 2, '- '));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n  -\n  ‸\n---\n'), owners(MEMBERS_LEFT, 5, 2, 2, '- '));
    });

    it('keeps the next line apart in a file with CRLF line ends', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\r\n  - sam-lee\r\n  ‸\r\nstatus: proposed\r\n---\n'), owners(MEMBERS_LEFT, 4, 2, 2, '- '));
    });

    it('reads the line to its end when a CRLF line follows an LF one', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n  am‸\n\r\nstatus: proposed\n---\n'), owners(MEMBERS_LEFT, 4, 2, 4, '- '));
    });

    it('types a key, not an entry, when the line above only has a dash inside its value', async () => {
      const keys = ['status', 'proposed_by', 'proposed', 'kind', 'area', 'owners', 'contributors', 'outcomes', 'decision', 'acknowledged', 'due', 'completed', 'impact'];
      assert.deepEqual(await offered(ACTION, '---\ntitle: Falls - audit\n‸\n---\n'), actionKeys(2, 0, 0, keys));
    });

    it('types a key, not an entry, when text follows the cursor on the line', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n  ‸ x\n---\n'), actionKeys(4, 2));
    });

    it('types a key, not an entry, with a tab where the list has spaces', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners:\n  - sam-lee\n\t‸\n---\n'), actionKeys(4, 1));
    });

    it('offers a value, not an entry, after a key lined up with a list further in', async () => {
      const values = ['proposed', 'agreed', 'in-progress', 'done', 'dropped', 'blocked'];
      assert.deepEqual(await offered(ACTION, '---\nowners:\n        - sam-lee\nstatus: ‸\n---\n'), values.map((v) => `${v}|${v}|3|8|8`));
    });
  });

  describe('comments and quotes', () => {
    const ALL = ['amara-okafor', 'sam-lee', 'tom-hughes'];

    it('offers values after a `#` that does not start a comment', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [a#b, ‸]\n---\n'), owners(ALL, 2, 14));
    });

    it('offers values after a quoted `#`, with escaped quotes inside', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: ["a #b", ‸]\n---\n'), owners(ALL, 2, 17));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: ["a\\" #b", ‸]\n---\n'), owners(ALL, 2, 19));
      assert.deepEqual(await offered(ACTION, "---\ntitle: X\nowners: ['it''s #b', ‸]\n---\n"), owners(ALL, 2, 21));
    });
  });
});
