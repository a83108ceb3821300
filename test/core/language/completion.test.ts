import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/paths';
import { completionsAt, type CompletionItem } from '../../../src/core/language';
import { charter, md, member } from '../network-builder';
import { open, range, TODAY } from './helpers';

/**
 * Completion in the frontmatter, on the base network (members amara-okafor,
 * sam-lee and tom-hughes; outcomes faster-referrals and fewer-readmissions;
 * one action and one meeting), as of 2026-11-27. ‸ marks the cursor.
 */

const ACTION = 'actions/2026-11-20-falls-audit.md';
const MEETING = 'meetings/2026-11-20-steering-group.md';

async function complete(file: string, content: string, changes: Readonly<Record<string, string | null>> = {}): Promise<CompletionItem[]> {
  const { document, network, position } = await open(file, content, changes);
  return completionsAt(document, network, position, TODAY);
}

function labels(items: readonly CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} among ${labels(items).join(', ')}`);
  return found;
}

const MEMBERS = ['amara-okafor', 'sam-lee', 'tom-hughes'];

describe('completion', () => {
  describe('keys', () => {
    it('offers the fields not yet written, required first, each with `key: ` and its documentation', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\n‸\nowners: [sam-lee]\n---\n');
      assert.deepEqual(labels(items), ['status', 'proposed_by', 'proposed', 'kind', 'area', 'contributors', 'outcomes', 'decision', 'acknowledged', 'due', 'completed', 'impact']);
      const status = item(items, 'status');
      assert.equal(status.kind, 'field');
      assert.equal(status.detail, 'Status (required)');
      assert.equal(status.insertText, 'status: ');
      assert.deepEqual(status.range, range(2, 0, 2, 0));
      assert.equal(status.retrigger, true);
      assert.match(status.documentation ?? '', /^Where the action is now\./);
      assert.match(status.documentation ?? '', /Examples: `proposed`, `in-progress`$/);
      assert.equal(item(items, 'impact').retrigger, undefined, 'free text has nothing to suggest');
      assert.deepEqual(
        items.map((i) => i.sortText),
        items.map((_, index) => String(index).padStart(4, '0')),
      );
    });

    it('replaces the word being typed, and does not mistake it for part of the next line', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\nst‸\nstatus: proposed\n---\n');
      assert.deepEqual(labels(items).slice(0, 2), ['proposed_by', 'proposed']);
      assert.ok(!labels(items).includes('status'), 'status is already there');
      assert.deepEqual(item(items, 'proposed').range, range(2, 0, 2, 2));
    });

    it('replaces only the key when editing a key that already has its value', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\nstat‸us: proposed\n---\n');
      const status = item(items, 'status');
      assert.equal(status.insertText, 'status');
      assert.deepEqual(status.range, range(2, 0, 2, 6));
      assert.equal(status.retrigger, undefined);
    });

    it('offers the fields of a group, on a new line indented under it', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\ndecision:\n  date: 2026-11-12\n  ‸\nstatus: proposed\n---\n');
      assert.deepEqual(labels(items), ['via', 'result', 'ref', 'approvers']);
      assert.deepEqual(item(items, 'via').range, range(4, 2, 4, 2));
    });

    it('opens a group, or a list of groups, on the next line', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\nde‸\n---\n');
      assert.equal(item(items, 'decision').insertText, 'decision:\n  ');
      const member = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\nrol‸\n---\n');
      assert.equal(item(member, 'roles').insertText, 'roles:\n  - ');
    });

    it('offers the fields of a new entry in a list of groups, after `- `', async () => {
      const items = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\nroles:\n  - ‸\n---\n');
      assert.deepEqual(labels(items), ['role', 'from', 'area', 'until']);
      assert.equal(item(items, 'role').insertText, 'role: ');
      assert.deepEqual(item(items, 'role').range, range(3, 4, 3, 4));
    });

    it('offers the remaining fields of a list entry, lined up under its first field', async () => {
      const items = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\nroles:\n  - role: lead\n    ‸\n---\n');
      assert.deepEqual(labels(items), ['from', 'area', 'until']);
    });

    it('starts a new entry, with its dash, when lined up with the dashes of the list above', async () => {
      const items = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\nroles:\n  - role: lead\n    from: 2026-01-01\n  ‸\n---\n');
      assert.deepEqual(labels(items), ['role', 'from', 'area', 'until']);
      assert.equal(item(items, 'role').insertText, '- role: ');
    });

    it('offers the dimensions of a pulse\'s maturity ratings, which come from a fixed list', async () => {
      const items = await complete('pulses/2026-q4.md', '---\ndate: 2026-10-01\nmaturity:\n  purpose:\n    current: 2\n    target: 4\n  ‸\n---\n');
      assert.deepEqual(labels(items), ['leadership', 'participation', 'connectivity', 'governance', 'delivery', 'communication', 'inclusion']);
      assert.equal(item(items, 'leadership').insertText, 'leadership:\n  ');
    });

    it('works in the frontmatter of a new file that has no closing `---` yet', async () => {
      const items = await complete(MEETING, '---\n‸');
      assert.deepEqual(labels(items).slice(0, 3), ['date', 'type', 'attendees']);
      assert.deepEqual(item(items, 'date').range, range(1, 0, 1, 0));
    });
  });

  describe('fixed values', () => {
    it('offers the values of an enum, each with what it means', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\nstatus: ‸\n---\n');
      assert.deepEqual(labels(items), ['proposed', 'agreed', 'in-progress', 'done', 'dropped', 'blocked']);
      const proposed = item(items, 'proposed');
      assert.equal(proposed.kind, 'value');
      assert.equal(proposed.detail, 'Status');
      assert.equal(proposed.insertText, 'proposed');
      assert.deepEqual(proposed.range, range(2, 8, 2, 8));
      assert.equal(proposed.documentation, 'Waiting for a decision.');
      assert.equal(item(items, 'blocked').documentation, 'Cannot move until something else changes.');
    });

    it('explains each value of every enum in every schema, one description per value', async () => {
      const cases: [string, string, string, string][] = [
        ['members/jo-bloggs.md', '---\nroles:\n  - role: ‸\n---\n', 'patient-partner', 'A patient or member of the public taking part as an equal.'],
        ['CHARTER.md', '---\nname: X\ngovernance:\n  model: ‸\n---\n', 'lead-organisation', 'One member organisation, such as a trust, takes the lead and coordinates.'],
        ['CHARTER.md', '---\nname: X\ndecisions: {rule: ‸}\n---\n', 'consent', 'It goes ahead unless someone has a reasoned objection.'],
        ['CHARTER.md', '---\nphase: ‸\n---\n', 'start-up', 'Still agreeing its purpose and building relationships.'],
        [ACTION, '---\ndecision:\n  result: ‸\n---\n', 'deferred', 'The decision was put off to a later date.'],
        [MEETING, '---\ndate: 2026-11-20\ntype: ‸\n---\n', 'steering', 'The steering or core group.'],
      ];
      for (const [file, text, value, meaning] of cases) assert.equal(item(await complete(file, text), value).documentation, meaning, `${file}: ${value}`);
      // Every enum in the bundled schemas carries as many descriptions as values.
      const schemas = readdirSync(join(repoRoot, 'schemas')).filter((name) => name.endsWith('.json'));
      const enums: { enum: unknown[]; enumDescriptions?: unknown[] }[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          if (Array.isArray((node as { enum?: unknown }).enum)) enums.push(node as { enum: unknown[] });
          Object.values(node).forEach(walk);
        }
      };
      for (const name of schemas) walk(JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')));
      assert.ok(enums.length >= 11, `found only ${enums.length} enums`);
      for (const node of enums) assert.equal(node.enumDescriptions?.length, node.enum.length, `no description per value for ${node.enum.join(', ')}`);
    });

    it('replaces the whole value being corrected, inside quotes too', async () => {
      const items = await complete(MEETING, '---\ndate: 2026-11-20\ntype: "net‸wrk"\n---\n');
      assert.deepEqual(labels(items), ['network', 'steering', 'workstream', 'learning', 'other']);
      assert.deepEqual(item(items, 'network').range, range(2, 7, 2, 13));
    });

    it('offers roles, governance models, decision rules, phases and decision results', async () => {
      assert.deepEqual(labels(await complete('members/jo-bloggs.md', '---\nroles:\n  - role: ‸\n---\n')), ['lead', 'co-chair', 'coordinator', 'sponsor', 'member', 'patient-partner', 'facilitator', 'advisor', 'emeritus']);
      assert.deepEqual(labels(await complete('CHARTER.md', '---\nname: X\ngovernance:\n  model: ‸\n---\n')), ['shared', 'lead-organisation', 'administrative-organisation']);
      assert.deepEqual(labels(await complete('CHARTER.md', '---\nname: X\ndecisions: {rule: ‸}\n---\n')), ['consensus', 'consent', 'majority', 'lead-decides']);
      assert.deepEqual(labels(await complete('CHARTER.md', '---\nphase: ‸\n---\n')), ['start-up', 'ongoing']);
      assert.deepEqual(labels(await complete(ACTION, '---\ndecision:\n  result: ‸\n---\n')), ['agreed', 'rejected', 'deferred']);
      assert.deepEqual(labels(await complete('CHARTER.md', '---\ndecisions:\n  pull_requests: ‸\n---\n')), ['true', 'false']);
      assert.deepEqual(labels(await complete(ACTION, '---\nkind: ‸\n---\n')), ['action']);
    });
  });

  describe('member ids', () => {
    it('offers every member for proposed_by, with name and organisation', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\nproposed_by: ‸\n---\n');
      assert.deepEqual(labels(items), MEMBERS);
      const amara = item(items, 'amara-okafor');
      assert.equal(amara.kind, 'member');
      assert.equal(amara.detail, 'Amara Okafor, North Shire Community Health');
      assert.equal(amara.insertText, 'amara-okafor');
      assert.deepEqual(amara.range, range(2, 13, 2, 13));
      assert.match(amara.documentation ?? '', /^\*\*Amara Okafor\*\* · member `amara-okafor`/);
    });

    it('completes a partly typed id, replacing all of it', async () => {
      const items = await complete(ACTION, '---\nproposed_by: am‸ara\n---\n');
      assert.deepEqual(item(items, 'amara-okafor').range, range(1, 13, 1, 18));
    });

    it('offers the members not yet listed in a flow list', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\nowners: [amara-okafor, ‸]\n---\n');
      assert.deepEqual(labels(items), ['sam-lee', 'tom-hughes']);
      assert.deepEqual(item(items, 'sam-lee').range, range(2, 23, 2, 23));
    });

    it('offers members in a flow list that is not closed yet, with more fields below', async () => {
      const items = await complete(ACTION, '---\ntitle: Falls audit\ncontributors: [sam-lee, t‸\nstatus: proposed\n---\n');
      assert.deepEqual(labels(items), ['amara-okafor', 'tom-hughes']);
      assert.deepEqual(item(items, 'tom-hughes').range, range(2, 24, 2, 25));
    });

    it('offers the members not yet listed in a block list, after `- `', async () => {
      const items = await complete(MEETING, '---\ndate: 2026-11-20\nattendees:\n  - sam-lee\n  - ‸\napologies: [tom-hughes]\n---\n');
      assert.deepEqual(labels(items), ['amara-okafor', 'tom-hughes']);
      assert.deepEqual(item(items, 'amara-okafor').range, range(4, 4, 4, 4));
      assert.equal(item(items, 'amara-okafor').insertText, 'amara-okafor');
    });

    it('offers a one-item list straight after the key of a list', async () => {
      const items = await complete(ACTION, '---\nowners: ‸\n---\n');
      assert.deepEqual(labels(items), MEMBERS);
      assert.equal(item(items, 'sam-lee').insertText, '[sam-lee]');
    });

    it('offers list entries with their dash on the line under the key', async () => {
      const items = await complete(MEETING, '---\napologies:\n  ‸\n---\n');
      assert.deepEqual(labels(items), MEMBERS);
      assert.equal(item(items, 'sam-lee').insertText, '- sam-lee');
    });

    it('offers members for facilitator, attendees and apologies', async () => {
      assert.deepEqual(labels(await complete(MEETING, '---\nfacilitator: ‸\n---\n')), MEMBERS);
      assert.deepEqual(labels(await complete(MEETING, '---\nattendees: [‸]\n---\n')), MEMBERS);
      assert.deepEqual(labels(await complete(MEETING, '---\napologies: [tom-hughes,‸]\n---\n')), ['amara-okafor', 'sam-lee']);
    });

    it('lists members who have left last, saying so', async () => {
      const items = await complete(ACTION, '---\nproposed_by: ‸\n---\n', { 'members/amara-okafor.md': member('Amara Okafor', ['left: 2026-06-30']) });
      assert.deepEqual(labels(items), ['sam-lee', 'tom-hughes', 'amara-okafor']);
      assert.equal(item(items, 'amara-okafor').detail, 'Amara Okafor, North Shire Community Health (left 2026-06-30)');
    });
  });

  describe('other ids', () => {
    it('offers the purpose\'s outcomes for an action\'s outcomes', async () => {
      const items = await complete(ACTION, '---\noutcomes: [‸]\n---\n');
      assert.deepEqual(labels(items), ['faster-referrals', 'fewer-readmissions']);
      assert.equal(item(items, 'faster-referrals').kind, 'outcome');
      assert.equal(item(items, 'faster-referrals').detail, 'Faster referrals');
    });

    it('offers meetings, latest first, and pull-request for decision.via', async () => {
      const items = await complete(ACTION, '---\ndecision:\n  date: 2026-11-20\n  via: ‸\n---\n', { 'meetings/2026-10-01-steering.md': md(['title: October steering group', 'date: 2026-10-01', 'type: steering', 'attendees: [sam-lee]']) });
      assert.deepEqual(labels(items), ['2026-11-12-network-meeting', '2026-10-01-steering', 'pull-request']);
      assert.equal(item(items, '2026-11-12-network-meeting').detail, 'Network meeting, 2026-11-12');
      assert.equal(item(items, '2026-10-01-steering').detail, 'October steering group, 2026-10-01');
      assert.equal(item(items, 'pull-request').detail, 'Agreed by approving a pull request');
    });

    it('offers actions for a meeting\'s decisions', async () => {
      const items = await complete(MEETING, '---\ndecisions:\n  - ‸\n---\n');
      assert.deepEqual(labels(items), ['2026-10-30-shared-referral-form']);
      assert.equal(item(items, '2026-10-30-shared-referral-form').detail, 'Shared referral form');
    });

    it('offers the charter\'s areas, and none when the charter lists no areas', async () => {
      const items = await complete(ACTION, '---\narea: ‸\n---\n', { 'CHARTER.md': charter({ areas: true }) });
      assert.deepEqual(labels(items), ['frailty', 'discharge']);
      assert.equal(item(items, 'frailty').detail, 'Frailty');
      assert.deepEqual(await complete(ACTION, '---\narea: ‸\n---\n'), []);
      assert.deepEqual(labels(await complete('members/jo-bloggs.md', '---\nroles:\n  - role: lead\n    area: ‸\n---\n', { 'CHARTER.md': charter({ areas: true }) })), ['frailty', 'discharge']);
    });

    it('offers nothing for the ids an outcome or area declares', async () => {
      assert.deepEqual(await complete('PURPOSE.md', '---\noutcomes:\n  - id: ‸\n---\n'), []);
    });
  });

  describe('dates', () => {
    it('offers today for a date field', async () => {
      const items = await complete('members/jo-bloggs.md', '---\nname: Jo Bloggs\njoined: ‸\n---\n');
      assert.deepEqual(items, [{ label: TODAY, kind: 'date', detail: 'Today', insertText: TODAY, range: range(2, 8, 2, 8), sortText: '0000' }]);
    });

    it('also offers the date an action\'s or meeting\'s file name starts with', async () => {
      assert.deepEqual(labels(await complete(ACTION, '---\nproposed: ‸\n---\n')), [TODAY, '2026-11-20']);
      assert.deepEqual(labels(await complete(MEETING, '---\ndate: 2026‸\n---\n')), [TODAY, '2026-11-20']);
      assert.deepEqual(labels(await complete(ACTION, '---\ndue: ‸\n---\n')), [TODAY]);
    });
  });

  describe('where nothing is offered', () => {
    it('outside the frontmatter, on its delimiters and in comments', async () => {
      const text = '---\ntitle: Falls audit\n# status: ‸\n---\n';
      assert.deepEqual(await complete(ACTION, text), []);
      assert.deepEqual(await complete(ACTION, '---‸\ntitle: Falls audit\n---\n'), []);
      assert.deepEqual(await complete(ACTION, '---\ntitle: Falls audit\n---\n‸\n'), []);
      assert.deepEqual(await complete(ACTION, '---\ntitle: Falls audit\n---\n\n## Proposal\n\nstatus: ‸\n'), []);
    });

    it('for free text', async () => {
      assert.deepEqual(await complete(ACTION, '---\ntitle: Falls ‸\n---\n'), []);
    });

    it('in a document without frontmatter', async () => {
      assert.deepEqual(await complete(ACTION, '# Falls audit\n\nstatus: ‸\n'), []);
    });
  });

  describe('while typing', () => {
    it('still works when the rest of the frontmatter is not valid YAML', async () => {
      const items = await complete(ACTION, '---\ntitle: [Falls audit\nstatus: ‸\nowners: amara-okafor: x\n---\n');
      assert.deepEqual(labels(items), ['proposed', 'agreed', 'in-progress', 'done', 'dropped', 'blocked']);
    });

    it('still works with a duplicated key', async () => {
      const items = await complete(ACTION, '---\nowners: [sam-lee]\nowners: [‸]\n---\n');
      assert.deepEqual(labels(items), MEMBERS);
    });
  });

  describe('CRLF files', () => {
    it('gives the same items and ranges, and inserts CRLF line breaks', async () => {
      const items = await complete(ACTION, '---\r\ntitle: Falls audit\r\nowners: [amara-okafor, ‸]\r\n---\r\n\r\n## Proposal\r\n');
      assert.deepEqual(labels(items), ['sam-lee', 'tom-hughes']);
      assert.deepEqual(item(items, 'sam-lee').range, range(2, 23, 2, 23));
      const keys = await complete(ACTION, '---\r\ntitle: Falls audit\r\n‸\r\n---\r\n');
      assert.equal(item(keys, 'decision').insertText, 'decision:\r\n  ');
      assert.deepEqual(item(keys, 'decision').range, range(2, 0, 2, 0));
      const block = await complete(MEETING, '---\r\nattendees:\r\n  - sam-lee\r\n  - t‸\r\n---\r\n');
      assert.deepEqual(labels(block), ['amara-okafor', 'tom-hughes']);
      assert.deepEqual(item(block, 'tom-hughes').range, range(3, 4, 3, 5));
    });
  });
});
