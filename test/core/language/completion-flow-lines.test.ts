import assert from 'node:assert/strict';
import { offered } from './helpers';

/**
 * Completion inside a flow collection (`[...]`, `{...}`) written over several
 * lines: the cursor's line alone cannot say what is typed there, so the
 * collection is found with yaml's own parser. A bare word on its own line is
 * then an entry (not a key), the entry on the next line stays apart, and a
 * bracket closed on a later line is not closed early. ‸ marks the cursor.
 * Items are written as `label|insertText|line|from|to`.
 */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const MEMBER = 'members/jo-bloggs.md';
const MEMBERS = ['amara-okafor', 'sam-lee', 'tom-hughes'];


/** Values inserted as they are, replacing `from`–`to` of one line. */
const values = (labels: readonly string[], line: number, from: number, to = from): string[] => labels.map((label) => `${label}|${label}|${line}|${from}|${to}`);

describe('completion: in a flow collection over several lines', () => {
  describe('a list', () => {
    it('offers member ids, not field names, on a line of its own inside the list', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n‸\n]\n---\n'), values(MEMBERS, 3, 0));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n  ‸\n]\n---\n'), values(MEMBERS, 3, 2));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n‸]\n---\n'), values(MEMBERS, 3, 0));
    });

    it('replaces a word typed at the left margin, which would otherwise end the list', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\nam‸\n]\n---\n'), values(MEMBERS, 3, 0, 2));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n  am‸\n]\n---\n'), values(MEMBERS, 3, 2, 4));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\nam‸\n  tom-hughes\n]\n---\n'), values(['amara-okafor', 'sam-lee'], 3, 0, 2));
    });

    it('keeps the entry on the next line apart, and leaves out the ids listed before and after', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n  amara-okafor, ‸\n  tom-hughes\n]\n---\n'), values(['sam-lee'], 3, 16));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n  amara-okafor, ‸\n  # lead\n  tom-hughes\n]\n---\n'), values(['sam-lee'], 3, 16));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n  ‸\n  amara-okafor,\n]\n---\n'), values(['sam-lee', 'tom-hughes'], 3, 2));
    });

    it('does not close on the cursor\'s line a list that closes on a later line', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor, ‸\n  tom-hughes]\n---\n'), values(['sam-lee'], 2, 23));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor, ‸ # lead\n  tom-hughes]\n---\n'), values(['sam-lee'], 2, 23));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor, ‸\n]\n---\n'), values(['sam-lee', 'tom-hughes'], 2, 23));
    });

    it('reads the first entry, typed just after `[`, apart from the entry on the next line', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\noutcomes: [‸\n  b]\n---\n'), values(['faster-referrals', 'fewer-readmissions'], 2, 11));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\noutcomes: [‸\n  faster-referrals]\n---\n'), values(['fewer-readmissions'], 2, 11));
    });

    it('reads a list that is never closed, with more fields below or none, to its last entry', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor,\n  ‸\nstatus: proposed\n---\n'), values(['sam-lee', 'tom-hughes'], 3, 2));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor,\n  ‸\n---\n'), values(['sam-lee', 'tom-hughes'], 3, 2));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor,\n  to‸'), values(['sam-lee', 'tom-hughes'], 3, 2, 4));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor,\n  ‸\n  tom-hughes\nstatus: proposed\n---\n'), values(['sam-lee'], 3, 2));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor, ‸\n  tom-hughes\n---\n'), values(['sam-lee'], 2, 23));
    });

    it('ends a list never closed where the next field begins: a word typed below it is a key', async () => {
      const keys = ['proposed_by', 'proposed', 'kind', 'area', 'contributors', 'outcomes', 'decision', 'acknowledged', 'due', 'completed', 'impact'];
      const items = keys.map((key) => `${key}|${key === 'decision' ? 'decision:\n  ' : `${key}: `}|4|0|2`);
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor,\nstatus: proposed\npr‸\n---\n'), items);
    });

    it('reads a word followed by `:` as the key of a pair, as on one line', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [amara-okafor, am‸: x]\n---\n'), []);
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\nowners: [\n  amara-okafor,\n  am‸: x\n]\n---\n'), []);
    });

    it('works out the list in a file with CRLF line ends', async () => {
      assert.deepEqual(await offered(ACTION, '---\r\ntitle: X\r\nowners: [\r\n‸\r\n]\r\n---\r\n'), values(MEMBERS, 3, 0));
      assert.deepEqual(await offered(ACTION, '---\r\ntitle: X\r\nowners: [\r\n  amara-okafor, ‸\r\n  tom-hughes\r\n]\r\n---\r\n'), values(['sam-lee'], 3, 16));
    });

    it('takes only the list\'s own entries as listed when more fields follow it', async () => {
      assert.deepEqual(
        await offered(ACTION, '---\ntitle: X\nowners: [\n  amara-okafor,\n  ‸\n]\nstatus: proposed\ncontributors: [sam-lee]\n---\n'),
        values(['sam-lee', 'tom-hughes'], 4, 2),
      );
    });

    it('works in a list inside a group of fields, however little the line is indented', async () => {
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\ndecision:\n  approvers: [\n‸\n  ]\n---\n'), values(MEMBERS, 4, 0));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\ndecision:\n  approvers: [\nto‸\n  ]\n---\n'), values(MEMBERS, 4, 0, 2));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\ndecision:\n  approvers: [\n   to‸\n  ]\n---\n'), values(MEMBERS, 4, 3, 5));
      assert.deepEqual(await offered(ACTION, '---\ntitle: X\ndecision: {\n  approvers: [\n‸\n]}\n---\n'), values(MEMBERS, 4, 0));
    });

    it('offers no fields in a list of groups, where only a `{...}` entry could go, nor adds a dash under one above', async () => {
      assert.deepEqual(await offered(MEMBER, '---\nname: Jo Bloggs\nroles: [\n  ‸\n]\n---\n'), []);
      assert.deepEqual(await offered('PURPOSE.md', '---\nstatement: X\noutcomes:\n  - progress: [\n  ‸\n  ]\n---\n'), []);
    });
  });

  describe('a mapping', () => {
    const RULES = ['consensus', 'consent', 'majority', 'lead-decides'];

    it('offers its fields not yet written on a line of its own, before or after the others', async () => {
      assert.deepEqual(await offered('CHARTER.md', '---\nname: X\ndecisions: {\n  ‸\n}\n---\n'), ['rule|rule: |3|2|2', 'quorum|quorum: |3|2|2', 'pull_requests|pull_requests: |3|2|2']);
      assert.deepEqual(await offered('CHARTER.md', '---\nname: X\ndecisions: {\n  ‸\n  rule: consent\n}\n---\n'), ['quorum|quorum: |3|2|2', 'pull_requests|pull_requests: |3|2|2']);
      assert.deepEqual(await offered('CHARTER.md', '---\nname: X\ndecisions: {\n  rule: consent,\n‸\n}\n---\n'), ['quorum|quorum: |4|0|0', 'pull_requests|pull_requests: |4|0|0']);
    });

    it('edits a key followed by its `:` in place', async () => {
      assert.deepEqual(await offered('CHARTER.md', '---\nname: X\ndecisions: {\n  ru‸: consent\n}\n---\n'), ['rule|rule|3|2|4', 'quorum|quorum|3|2|4', 'pull_requests|pull_requests|3|2|4']);
    });

    it('offers the values of the field being written', async () => {
      assert.deepEqual(await offered('CHARTER.md', '---\nname: X\ndecisions: {\n  rule: ‸\n}\n---\n'), values(RULES, 3, 8));
      assert.deepEqual(await offered('CHARTER.md', '---\nname: X\ndecisions: {rule: ‸\n  pull_requests: true}\n---\n'), values(RULES, 2, 18));
    });

    it('offers the fields of a group in a list, the group going on to the next line', async () => {
      assert.deepEqual(await offered(MEMBER, '---\nname: Jo Bloggs\nroles: [{role: lead,\n  ‸}]\n---\n'), ['from|from: |3|2|2', 'area|area: |3|2|2', 'until|until: |3|2|2']);
      assert.deepEqual(await offered(MEMBER, '---\nname: Jo Bloggs\nroles: [\n  {role: lead, ‸}\n]\n---\n'), ['from|from: |3|15|15', 'area|area: |3|15|15', 'until|until: |3|15|15']);
      assert.deepEqual(await offered(MEMBER, '---\nname: Jo Bloggs\nroles: [\n  {role: lead,\n  ‸\n  area: x\n---\n'), ['from|from: |4|2|2', 'until|until: |4|2|2']);
    });
  });
});
