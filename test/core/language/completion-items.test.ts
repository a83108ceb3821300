import assert from 'node:assert/strict';
import { completionsAt, type CompletionItem } from '../../../src/core/language';
import { md, member } from '../network-builder';
import { open, range, TODAY } from './helpers';

/**
 * Completion items pinned exactly: which fields ask for suggestions again once
 * inserted, the dates offered from a file name, the order and details of ids.
 * On the base network as of 2026-11-27 (TODAY). ‸ marks the cursor.
 */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const MEETING = 'meetings/2026-11-20-steering-group.md';

async function complete(file: string, content: string, changes: Readonly<Record<string, string | null>> = {}): Promise<CompletionItem[]> {
  const { document, network, position } = await open(file, content, changes);
  return completionsAt(document, network, position, TODAY);
}

function pick(items: readonly CompletionItem[], ...keys: (keyof CompletionItem)[]): unknown[][] {
  return items.map((item) => keys.map((key) => item[key]));
}

describe('completion items', () => {
  describe('fields that ask for suggestions again once inserted', () => {
    it('flags groups, lists of groups, lists of ids, single ids, enums and dates, but not free text', async () => {
      const action = await complete(ACTION, '---\n‸\n---\n');
      assert.deepEqual(pick(action, 'label', 'insertText', 'retrigger', 'sortText'), [
        ['title', 'title: ', undefined, '0000'],
        ['status', 'status: ', true, '0001'],
        ['proposed_by', 'proposed_by: ', true, '0002'],
        ['proposed', 'proposed: ', true, '0003'],
        ['kind', 'kind: ', true, '0004'],
        ['area', 'area: ', true, '0005'],
        ['owners', 'owners: ', true, '0006'],
        ['contributors', 'contributors: ', true, '0007'],
        ['outcomes', 'outcomes: ', true, '0008'],
        ['decision', 'decision:\n  ', true, '0009'],
        ['acknowledged', 'acknowledged: ', true, '0010'],
        ['due', 'due: ', true, '0011'],
        ['completed', 'completed: ', true, '0012'],
        ['impact', 'impact: ', undefined, '0013'],
      ]);
      const person = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\nrol‸\n---\n');
      assert.deepEqual(pick(person, 'label', 'insertText', 'retrigger'), [
        ['organisation', 'organisation: ', undefined],
        ['joined', 'joined: ', true],
        ['kind', 'kind: ', true],
        ['sector', 'sector: ', undefined],
        ['profession', 'profession: ', undefined],
        ['left', 'left: ', true],
        ['roles', 'roles:\n  - ', true],
        ['affiliations', 'affiliations:\n  - ', true],
        ['interests', 'interests: ', undefined],
        ['handles', 'handles:\n  ', true],
      ]);
    });
  });

  describe('a key typed under a list of plain values', () => {
    it('offers nothing once the list holds a mapping instead of entries', async () => {
      assert.deepEqual(await complete(MEETING, '---\ndate: 2026-11-20\napologies:\n  sam-lee: x\n  ‸\n---\n'), []);
    });

    it('offers nothing when the word is already followed by a colon', async () => {
      assert.deepEqual(await complete(MEETING, '---\ndate: 2026-11-20\napologies:\n  sa‸:\n---\n'), []);
    });
  });

  describe('values', () => {
    it('offers nothing for a free-text field', async () => {
      assert.deepEqual(await complete(ACTION, '---\ntitle: ‸\n---\n'), []);
    });

    it('offers no ids for the id an outcome declares, even when other outcomes are declared', async () => {
      assert.deepEqual(await complete('PURPOSE.md', '---\nstatement: X\noutcomes:\n  - id: faster-referrals\n    title: Faster referrals\n  - id: ‸\n---\n'), []);
    });
  });

  describe('dates', () => {
    it('offers the date in the file name after today, saying where it comes from', async () => {
      assert.deepEqual(await complete(ACTION, '---\nproposed: ‸\n---\n'), [
        { label: TODAY, kind: 'date', detail: 'Today', insertText: TODAY, range: range(1, 10, 1, 10), sortText: '0000' },
        { label: '2026-11-20', kind: 'date', detail: 'The date in the file name', insertText: '2026-11-20', range: range(1, 10, 1, 10), sortText: '0001' },
      ]);
    });

    it('does not offer the date in the file name twice when it is today', async () => {
      assert.deepEqual(pick(await complete('actions/2026-11-27-falls-audit.md', '---\nproposed: ‸\n---\n'), 'label', 'detail'), [[TODAY, 'Today']]);
    });

    it('takes a file name that is only a date', async () => {
      assert.deepEqual(pick(await complete('meetings/2026-11-20.md', '---\ndate: ‸\n---\n'), 'label', 'detail'), [
        [TODAY, 'Today'],
        ['2026-11-20', 'The date in the file name'],
      ]);
    });

    it('ignores a date that does not start the file name, or is not a real date', async () => {
      assert.deepEqual(pick(await complete('actions/falls-2026-11-20.md', '---\nproposed: ‸\n---\n'), 'label'), [[TODAY]]);
      assert.deepEqual(pick(await complete('meetings/2026-13-45-steering.md', '---\ndate: ‸\n---\n'), 'label'), [[TODAY]]);
    });

    it('offers it only for an action\'s proposed and a meeting\'s date', async () => {
      assert.deepEqual(pick(await complete(MEETING, '---\ndate: 2026-11-20\nminutes_published: ‸\n---\n'), 'label'), [[TODAY]]);
      assert.deepEqual(pick(await complete('pulses/2026-10-01.md', '---\ndate: ‸\n---\n'), 'label'), [[TODAY]]);
      assert.deepEqual(pick(await complete(ACTION, '---\ndecision:\n  date: ‸\n---\n'), 'label'), [[TODAY]]);
    });
  });

  describe('members', () => {
    it('counts a member as having left from the day they leave, not before', async () => {
      const items = await complete(ACTION, '---\nproposed_by: ‸\n---\n', {
        'members/amara-okafor.md': member('Amara Okafor', ['left: 2026-12-31']),
        'members/sam-lee.md': member('Sam Lee', [`left: ${TODAY}`]),
      });
      assert.deepEqual(pick(items, 'label', 'detail'), [
        ['amara-okafor', 'Amara Okafor, North Shire Community Health'],
        ['tom-hughes', 'Tom Hughes, North Shire Community Health'],
        ['sam-lee', `Sam Lee, North Shire Community Health (left ${TODAY})`],
      ]);
    });
  });

  describe('actions, meetings and outcomes', () => {
    it('offers actions latest first, whatever order they were read in', async () => {
      const items = await complete(MEETING, '---\ndecisions:\n  - ‸\n---\n', {
        'actions/2026-09-01-alpha.md': md(['title: Alpha', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-09-01']),
        'actions/2026-11-01-beta.md': md(['title: Beta', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-01']),
      });
      assert.deepEqual(pick(items, 'label', 'detail'), [['2026-11-01-beta', 'Beta'], ['2026-10-30-shared-referral-form', 'Shared referral form'], ['2026-09-01-alpha', 'Alpha']]);
    });

    it('describes a meeting without a date by its title alone', async () => {
      const items = await complete(ACTION, '---\ndecision:\n  via: ‸\n---\n', { 'meetings/2026-10-01-steering.md': md(['title: October steering group', 'type: steering', 'attendees: [sam-lee]']) });
      assert.deepEqual(pick(items, 'label', 'detail'), [['2026-11-12-network-meeting', 'Network meeting, 2026-11-12'], ['2026-10-01-steering', 'October steering group'], ['pull-request', 'Agreed by approving a pull request']]);
    });

    it('offers an outcome declared twice once, as first declared', async () => {
      const purpose = md(['statement: Stay well at home.', 'outcomes:', '  - id: faster-referrals', '    title: Faster referrals', '  - id: faster-referrals', '    title: Second', '  - id: fewer-readmissions', '    title: Fewer readmissions']);
      const items = await complete(ACTION, '---\noutcomes: [‸]\n---\n', { 'PURPOSE.md': purpose });
      assert.deepEqual(pick(items, 'label', 'detail'), [['faster-referrals', 'Faster referrals'], ['fewer-readmissions', 'Fewer readmissions']]);
    });
  });
});
