import assert from 'node:assert/strict';
import type { Diagnostic, Range } from '../../src/core/diagnostic';
import { documentRules } from '../../src/core/rules';
import {
  ACTION_BODY,
  ACTION_ID,
  CHARTER_BODY,
  MEETING_ID,
  PURPOSE,
  about,
  action,
  charter,
  charterFields,
  decidedAction,
  diagnose,
  md,
  meeting,
  member,
  pulse,
  range,
  rangeOfText,
  summarise,
} from './network-builder';

/**
 * Every document rule, on small in-memory networks checked as of 2026-11-27:
 * at least one case that fails (exact range) and one near miss that passes.
 * The base network (network-builder.ts) is clean, so each case changes only
 * what it is about.
 */

type Changes = Record<string, string | null>;

const NEW_ACTION = 'actions/2026-11-01-falls-audit.md';
const BASE_ACTION = `actions/${ACTION_ID}.md`;
const BASE_MEETING = `meetings/${MEETING_ID}.md`;
const SAM = 'members/sam-lee.md';
const TOM = 'members/tom-hughes.md';

const covered = new Set<string>();

/** A describe block for one rule; the last test checks that every rule has one. */
function rule(code: string, body: () => void): void {
  covered.add(code);
  describe(code, body);
}

/** The diagnostics of one code about one file. */
async function found(changes: Changes, file: string, code: string): Promise<Diagnostic[]> {
  return about(await diagnose(changes), file, code);
}

/** Asserts the network with these changes gives no diagnostic at all. */
async function assertClean(changes: Changes): Promise<void> {
  assert.deepEqual(summarise(await diagnose(changes)), []);
}

function ranges(diagnostics: readonly Diagnostic[]): Range[] {
  return diagnostics.map((d) => d.range);
}

/** An action with chosen frontmatter (every line given) and the usual body. */
function actionOf(fields: readonly string[], body: readonly string[] = ACTION_BODY): string {
  return md(fields, body);
}

describe('document rules', () => {
  rule('ref.unknown-member', () => {
    it('reports unknown proposers, owners and contributors in an action, with a suggestion', async () => {
      const text = actionOf(['title: Falls audit', 'status: proposed', 'proposed_by: amara-okafr', 'proposed: 2026-11-01', 'owners: [sam-lee, j-smith]', 'contributors: [tom-hughs]']);
      const diagnostics = await found({ [NEW_ACTION]: text }, NEW_ACTION, 'ref.unknown-member');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 3, 'amara-okafr'), rangeOfText(text, 5, 'j-smith'), rangeOfText(text, 6, 'tom-hughs')]);
      assert.equal(diagnostics[0]!.message, "`proposed_by`: 'amara-okafr' is not a member of this network. Did you mean 'amara-okafor'?");
      assert.equal(diagnostics[0]!.data?.suggestion, 'amara-okafor');
      assert.equal(diagnostics[1]!.message, "`owners`: 'j-smith' is not a member of this network.");
      assert.deepEqual(diagnostics[1]!.data, { path: ['owners', 1], id: 'j-smith' });
      assert.equal(diagnostics[2]!.data?.suggestion, 'tom-hughes');
    });

    it('reports unknown facilitators, attendees and apologies in a meeting', async () => {
      const text = meeting(['apologies: [gareth-jones]']).replace('facilitator: tom-hughes', 'facilitator: tom').replace('attendees: [amara-okafor, sam-lee, tom-hughes]', 'attendees: [amara-okafor, sam-le]');
      const diagnostics = await found({ [BASE_MEETING]: text }, BASE_MEETING, 'ref.unknown-member');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 3, 'tom'), rangeOfText(text, 4, 'sam-le'), rangeOfText(text, 6, 'gareth-jones')]);
      assert.match(diagnostics[1]!.message, /^`attendees`: 'sam-le' is not a member of this network\. Did you mean 'sam-lee'\?$/);
    });

    it('passes when every named member has a page', async () => {
      await assertClean({ [NEW_ACTION]: actionOf(['title: Falls audit', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-01', 'owners: [sam-lee, tom-hughes]', 'contributors: [amara-okafor]']) });
    });
  });

  rule('ref.unknown-outcome', () => {
    it('reports an outcome the purpose does not define', async () => {
      const text = action(['outcomes: [faster-referals]']);
      const diagnostics = await found({ [NEW_ACTION]: text }, NEW_ACTION, 'ref.unknown-outcome');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 5, 'faster-referals')]);
      assert.equal(diagnostics[0]!.message, "`outcomes`: 'faster-referals' is not an outcome in the purpose document. Did you mean 'faster-referrals'?");
    });

    it('says so when the network has no purpose document', async () => {
      const diagnostics = await found({ 'PURPOSE.md': null }, BASE_ACTION, 'ref.unknown-outcome');
      assert.equal(diagnostics.length, 1);
      assert.match(diagnostics[0]!.message, /the network has no purpose document yet/);
    });

    it('passes for outcomes in the purpose', async () => {
      await assertClean({ [NEW_ACTION]: action(['outcomes: [faster-referrals, fewer-readmissions]']) });
    });
  });

  rule('ref.unknown-meeting', () => {
    it('reports a decision via a meeting with no record', async () => {
      const text = action(['decision:', '  date: 2026-11-12', '  via: 2026-11-12-network-meting', '  result: deferred']);
      const diagnostics = await found({ [NEW_ACTION]: text }, NEW_ACTION, 'ref.unknown-meeting');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 7, '2026-11-12-network-meting')]);
      assert.match(diagnostics[0]!.message, /`decision.via`: '2026-11-12-network-meting' is not a meeting record in this network\. Did you mean '2026-11-12-network-meeting'\?/);
    });

    it('accepts `pull-request` as the route', async () => {
      await assertClean({ [NEW_ACTION]: action(['decision:', '  date: 2026-11-12', '  via: pull-request', '  ref: "#12"', '  result: deferred']), 'CHARTER.md': charter({ pullRequests: true }) });
    });
  });

  rule('ref.unknown-action', () => {
    it('reports a meeting decision on an action that does not exist', async () => {
      const text = meeting([], [ACTION_ID, '2026-10-30-shared-referal-form']);
      const diagnostics = await found({ [BASE_MEETING]: text }, BASE_MEETING, 'ref.unknown-action');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 5, '2026-10-30-shared-referal-form')]);
      assert.match(diagnostics[0]!.message, /is not an action in this network\. Did you mean '2026-10-30-shared-referral-form'\?/);
    });

    it('passes when every decided action exists', async () => {
      await assertClean({});
    });
  });

  rule('ref.unknown-area', () => {
    const withAreas = charter({ areas: true });

    it('reports unknown areas in roles, actions and meetings when the charter lists areas', async () => {
      const sam = member('Sam Lee', ['roles:', '  - role: member', '    area: fraility', '    from: 2024-03-01']);
      const newAction = action(['area: falls']);
      const newMeeting = md(['date: 2026-11-20', 'type: workstream', 'area: discharg', 'attendees: [sam-lee]']);
      const diagnostics = await diagnose({ 'CHARTER.md': withAreas, [SAM]: sam, [NEW_ACTION]: newAction, 'meetings/2026-11-20-discharge.md': newMeeting });
      assert.deepEqual(summarise(diagnostics.filter((d) => d.code === 'ref.unknown-area')), [
        `${NEW_ACTION} ref.unknown-area 5:6-5:11`,
        'meetings/2026-11-20-discharge.md ref.unknown-area 3:6-3:14',
        `${SAM} ref.unknown-area 6:10-6:18`,
      ]);
      const bySam = about(diagnostics, SAM, 'ref.unknown-area')[0]!;
      assert.equal(bySam.message, "`roles[0].area`: 'fraility' is not an area listed in the charter. Did you mean 'frailty'?");
    });

    it('passes for listed areas', async () => {
      await assertClean({ 'CHARTER.md': withAreas, [SAM]: member('Sam Lee', ['roles:', '  - role: member', '    area: frailty', '    from: 2024-03-01']), [NEW_ACTION]: action(['area: discharge']) });
    });

    it('accepts any area when the charter lists none', async () => {
      await assertClean({ [SAM]: member('Sam Lee', ['roles:', '  - role: member', '    area: anything-at-all', '    from: 2024-03-01']), [NEW_ACTION]: action(['area: falls']) });
    });

    it('treats an empty `areas: []` as a list of no areas', async () => {
      const diagnostics = await found({ 'CHARTER.md': md([...charterFields(), 'areas: []'], CHARTER_BODY), [NEW_ACTION]: action(['area: falls']) }, NEW_ACTION, 'ref.unknown-area');
      assert.equal(diagnostics.length, 1);
    });
  });

  rule('id.invalid', () => {
    it('reports a file name that is not an id on the first line, suggesting one', async () => {
      const diagnostics = await found({ 'members/Sam Lee.md': member('Sam Lee') }, 'members/Sam Lee.md', 'id.invalid');
      assert.deepEqual(ranges(diagnostics), [range(0, 0, 0, 3)]);
      assert.equal(diagnostics[0]!.message, "The file name 'Sam Lee.md' cannot be used as a member id: use lower-case letters, digits and single hyphens, e.g. 'sam-lee.md'.");
      assert.equal(diagnostics[0]!.data?.suggestion, 'sam-lee');
    });

    it('reports underscores and double hyphens in action file names', async () => {
      const changes = { 'actions/2026_11_01_audit.md': action(), 'actions/2026-11-01--audit.md': action() };
      const diagnostics = (await diagnose(changes)).filter((d) => d.code === 'id.invalid');
      assert.deepEqual(summarise(diagnostics), ['actions/2026-11-01--audit.md id.invalid 0:0-0:3', 'actions/2026_11_01_audit.md id.invalid 0:0-0:3']);
    });

    it('passes for lower-case words, digits and single hyphens', async () => {
      await assertClean({ 'members/sam-lee-2.md': member('Sam Lee') });
    });
  });

  rule('id.duplicate', () => {
    it('reports two files whose names differ only in capitals, on both', async () => {
      const diagnostics = (await diagnose({ 'members/Sam-Lee.md': member('Sam Lee') })).filter((d) => d.code === 'id.duplicate');
      assert.deepEqual(summarise(diagnostics), ['members/Sam-Lee.md id.duplicate 0:0-0:3', `${SAM} id.duplicate 0:0-0:3`]);
      assert.match(diagnostics[1]!.message, /'sam-lee' differs only in capitals from 'Sam-Lee'/);
    });

    it('reports a repeated outcome id at the second one', async () => {
      const purpose = md(['statement: Stay well.', 'outcomes:', '  - id: faster-referrals', '    title: A', '  - id: faster-referrals', '    title: B']);
      const diagnostics = await found({ 'PURPOSE.md': purpose }, 'PURPOSE.md', 'id.duplicate');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(purpose, 5, 'faster-referrals')]);
      assert.equal(diagnostics[0]!.message, "Another outcome above already has the id 'faster-referrals'.");
    });

    it('reports a repeated area id in the charter', async () => {
      const text = md([...charterFields(), 'areas:', '  - id: frailty', '    title: A', '  - id: frailty', '    title: B'], CHARTER_BODY);
      const diagnostics = await found({ 'CHARTER.md': text }, 'CHARTER.md', 'id.duplicate');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 15, 'frailty')]);
    });

    it('passes for ids that differ by more than case', async () => {
      await assertClean({ 'members/sam-leigh.md': member('Sam Leigh') });
    });
  });

  rule('decision.missing', () => {
    it('reports an agreed action with no decision at its status', async () => {
      const text = action(['owners: [sam-lee]']).replace('status: proposed', 'status: agreed');
      const diagnostics = await found({ [NEW_ACTION]: text }, NEW_ACTION, 'decision.missing');
      assert.deepEqual(ranges(diagnostics), [range(2, 8, 2, 14)]);
      assert.equal(diagnostics[0]!.message, 'This action is agreed, but no `decision` records when and how the network agreed it.');
    });

    it('reports an action under way whose decision was rejected, at the result', async () => {
      const text = decidedAction('in-progress').replace('result: agreed', 'result: rejected');
      const diagnostics = await found({ [BASE_ACTION]: text }, BASE_ACTION, 'decision.missing');
      assert.deepEqual(ranges(diagnostics), [range(10, 10, 10, 18)]);
      assert.equal(diagnostics[0]!.message, "This action is in-progress, but its decision was 'rejected'.");
    });

    it('passes for a proposal without a decision, and a dropped action that was rejected', async () => {
      await assertClean({
        [NEW_ACTION]: action(),
        [BASE_ACTION]: decidedAction('dropped').replace('result: agreed', 'result: rejected'),
      });
    });
  });

  rule('decision.mismatch', () => {
    it('reports an action decided at a meeting that does not list it, at decision.via', async () => {
      const text = action(['owners: [sam-lee]', 'decision:', '  date: 2026-11-12', `  via: ${MEETING_ID}`, '  result: agreed']).replace('status: proposed', 'status: agreed');
      const diagnostics = await found({ [NEW_ACTION]: text }, NEW_ACTION, 'decision.mismatch');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 8, MEETING_ID)]);
      assert.equal(diagnostics[0]!.severity, 'warning');
      assert.equal(diagnostics[0]!.message, `The meeting record '${MEETING_ID}' does not list this action under its \`decisions\`.`);
    });

    it('reports a decision dated differently from the meeting, suggesting the meeting date', async () => {
      const text = decidedAction().replace('  date: 2026-11-12', '  date: 2026-11-13');
      const diagnostics = await found({ [BASE_ACTION]: text }, BASE_ACTION, 'decision.mismatch');
      assert.deepEqual(ranges(diagnostics), [range(8, 8, 8, 18)]);
      assert.equal(diagnostics[0]!.data?.suggestion, '2026-11-12');
    });

    it('reports, on the meeting, a listed action that says it was decided elsewhere', async () => {
      const text = decidedAction().replace(`  via: ${MEETING_ID}`, '  via: pull-request');
      const diagnostics = await found({ [BASE_ACTION]: text }, BASE_MEETING, 'decision.mismatch');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(meeting(), 5, ACTION_ID)]);
      assert.equal(diagnostics[0]!.message, `The action '${ACTION_ID}' says it was decided via 'pull-request', not at this meeting.`);
    });

    it('reports, on the meeting, a listed action that records no decision', async () => {
      const diagnostics = await found({ [BASE_ACTION]: action() }, BASE_MEETING, 'decision.mismatch');
      assert.equal(diagnostics.length, 1);
      assert.match(diagnostics[0]!.message, /records no decision, not at this meeting/);
    });

    it('passes when the action and the meeting agree', async () => {
      await assertClean({});
    });
  });

  rule('action.no-owner', () => {
    const agreed = (extra: readonly string[]): string => actionOf(['title: Falls audit', 'status: agreed', 'proposed_by: sam-lee', 'proposed: 2026-11-01', ...extra, 'decision:', '  date: 2026-11-02', '  via: pull-request', '  ref: "#12"', '  result: agreed']);

    it('reports an agreed action with an empty owners list at `owners`', async () => {
      const diagnostics = await found({ [NEW_ACTION]: agreed(['owners: []']) }, NEW_ACTION, 'action.no-owner');
      assert.deepEqual(ranges(diagnostics), [range(5, 0, 5, 6)]);
      assert.equal(diagnostics[0]!.message, 'This action is agreed but has no `owners`; name at least one member who holds it.');
    });

    it('reports an agreed action without owners at its status', async () => {
      const diagnostics = await found({ [NEW_ACTION]: agreed([]) }, NEW_ACTION, 'action.no-owner');
      assert.deepEqual(ranges(diagnostics), [range(2, 8, 2, 14)]);
    });

    it('passes for a proposal without owners and an agreed action with one', async () => {
      await assertClean({ [NEW_ACTION]: agreed(['owners: [sam-lee]']), 'actions/2026-11-02-proposal.md': action(), 'CHARTER.md': charter({ pullRequests: true }) });
    });
  });

  rule('action.completed-not-done', () => {
    it('reports a completion date on an action that is not done, at the key', async () => {
      const diagnostics = await found({ [BASE_ACTION]: decidedAction('in-progress', ['completed: 2026-11-20']) }, BASE_ACTION, 'action.completed-not-done');
      assert.deepEqual(ranges(diagnostics), [range(11, 0, 11, 9)]);
      assert.match(diagnostics[0]!.message, /its status is in-progress; only done actions are completed/);
    });

    it('passes for a done action with a completion date', async () => {
      await assertClean({ [BASE_ACTION]: decidedAction('done', ['completed: 2026-11-20']) });
    });
  });

  rule('action.done-undated', () => {
    it('warns about a done action without `completed`, at its status', async () => {
      const diagnostics = await found({ [BASE_ACTION]: decidedAction('done') }, BASE_ACTION, 'action.done-undated');
      assert.deepEqual(ranges(diagnostics), [range(2, 8, 2, 12)]);
      assert.equal(diagnostics[0]!.severity, 'warning');
    });

    it('passes for an in-progress action without `completed`', async () => {
      await assertClean({ [BASE_ACTION]: decidedAction('in-progress') });
    });
  });

  rule('date.order', () => {
    it('reports a role whose until equals its from', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: lead', '    from: 2026-03-01', '    until: 2026-03-01']);
      const diagnostics = await found({ [SAM]: text }, SAM, 'date.order');
      assert.deepEqual(ranges(diagnostics), [range(7, 11, 7, 21)]);
      assert.equal(diagnostics[0]!.message, '`roles[0].until` (2026-03-01) should be after `roles[0].from` (2026-03-01).');
    });

    it('accepts a role that ends the day after it starts', async () => {
      await assertClean({ [SAM]: member('Sam Lee', ['roles:', '  - role: lead', '    from: 2026-12-01', '    until: 2026-12-02']) });
    });

    it('reports an action completed before it was proposed, and decided before it was proposed', async () => {
      const text = decidedAction('done', ['completed: 2026-10-01']).replace('proposed: 2026-10-30', 'proposed: 2026-11-13');
      const diagnostics = await found({ [BASE_ACTION]: text }, BASE_ACTION, 'date.order');
      assert.deepEqual(
        diagnostics.map((d) => [d.range, d.message]),
        [
          [range(8, 8, 8, 18), '`decision.date` (2026-11-12) should be on or after `proposed` (2026-11-13).'],
          [range(11, 11, 11, 21), '`completed` (2026-10-01) should be on or after `proposed` (2026-11-13).'],
        ],
      );
    });

    it('accepts an action completed on the day it was proposed', async () => {
      await assertClean({ [BASE_ACTION]: decidedAction('done', ['completed: 2026-11-12']).replace('proposed: 2026-10-30', 'proposed: 2026-11-12') });
    });

    it('reports a due date before the proposal, minutes before the meeting, a role before joining and leaving before joining', async () => {
      const changes = {
        [NEW_ACTION]: action(['due: 2026-10-01']),
        [BASE_MEETING]: meeting(['minutes_published: 2026-11-11']),
        [SAM]: member('Sam Lee', ['left: 2024-01-31', 'roles:', '  - role: member', '    from: 2024-01-15', '    until: 2024-01-20']),
        'CHARTER.md': md(charterFields().map((line) => (line === '  cadence: 12' ? '  cadence: 12\n  last_reviewed: 2023-12-31' : line)), CHARTER_BODY),
      };
      assert.deepEqual(summarise((await diagnose(changes)).filter((d) => d.code === 'date.order')), [
        'CHARTER.md date.order 10:17-10:27',
        `${NEW_ACTION} date.order 5:5-5:15`,
        `${BASE_MEETING} date.order 6:19-6:29`,
        `${SAM} date.order 4:6-4:16`,
        `${SAM} date.order 7:10-7:20`,
      ]);
    });
  });

  rule('date.future', () => {
    it('reports past events dated after today at their value', async () => {
      const text = action(['decision:', '  date: 2026-11-30', '  via: pull-request', '  result: deferred']).replace('proposed: 2026-10-30', 'proposed: 2026-11-28');
      const diagnostics = await found({ [NEW_ACTION]: text }, NEW_ACTION, 'date.future');
      assert.deepEqual(
        diagnostics.map((d) => [d.range, d.message]),
        [
          [range(4, 10, 4, 20), '`proposed` is 2026-11-28, after today (2026-11-27); it records something that has already happened.'],
          [range(6, 8, 6, 18), '`decision.date` is 2026-11-30, after today (2026-11-27); it records something that has already happened.'],
        ],
      );
      assert.deepEqual(diagnostics.map((d) => d.data), [{ path: ['proposed'] }, { path: ['decision', 'date'] }]);
    });

    it('reports a future meeting that records decisions, at `decisions`', async () => {
      const file = 'meetings/2026-12-01-network-meeting.md';
      const text = md(['date: 2026-12-01', 'type: network', 'attendees: [sam-lee]', 'decisions: [2026-11-01-falls-audit]']);
      const diagnostics = await found({ [file]: text, [NEW_ACTION]: action() }, file, 'date.future');
      assert.deepEqual(ranges(diagnostics), [range(4, 0, 4, 9)]);
      assert.equal(diagnostics[0]!.message, 'This meeting is on 2026-12-01, after today (2026-11-27), so it cannot have decided anything yet.');
      assert.deepEqual(diagnostics[0]!.data, { path: ['decisions'] });
    });

    it('reports a temperature check that closes after today', async () => {
      const diagnostics = await found({ 'pulses/2026-q4.md': pulse().replace('date: 2026-10-01', 'date: 2026-12-05') }, 'pulses/2026-q4.md', 'date.future');
      assert.deepEqual(ranges(diagnostics), [range(1, 6, 1, 16)]);
    });

    it('reports every past-event field of the charter, the purpose and a meeting, each at its own value', async () => {
      const charterText = md(charterFields().map((line) => (line === 'established: 2024-01-01' ? 'established: 2026-12-01' : line === '  cadence: 12' ? '  cadence: 12\n  last_reviewed: 2026-12-02' : line)), CHARTER_BODY);
      const purposeText = md(['statement: Stay well.', 'last_reviewed: 2026-12-03', 'outcomes:', '  - id: faster-referrals', '    title: A', '    progress:', '      - date: 2026-10-01', '        value: 3', '      - date: 2026-12-04', '        value: 4']);
      const meetingText = meeting(['minutes_published: 2026-12-05']);
      const completed = action(['completed: 2026-12-06']);
      const changes = { 'CHARTER.md': charterText, 'PURPOSE.md': purposeText, [BASE_MEETING]: meetingText, [NEW_ACTION]: completed };
      const messages = async (file: string): Promise<string[]> => (await found(changes, file, 'date.future')).map((d) => `${d.range.start.line}: ${d.message.replace(/, after today.*$/, '')}`);
      assert.deepEqual(await messages('CHARTER.md'), ['3: `established` is 2026-12-01', '10: `review.last_reviewed` is 2026-12-02']);
      assert.deepEqual(await messages('PURPOSE.md'), ['2: `last_reviewed` is 2026-12-03', '9: `outcomes[0].progress[1].date` is 2026-12-04']);
      assert.deepEqual(await messages(BASE_MEETING), ['6: `minutes_published` is 2026-12-05']);
      assert.deepEqual(await messages(NEW_ACTION), ['5: `completed` is 2026-12-06']);
    });

    it('accepts a meeting held today that records its decisions', async () => {
      const file = 'meetings/2026-11-27-network-meeting.md';
      const text = md(['date: 2026-11-27', 'type: network', 'attendees: [sam-lee]', 'decisions: [2026-11-01-falls-audit]']);
      assert.deepEqual(await found({ [file]: text, [NEW_ACTION]: action() }, file, 'date.future'), []);
    });

    it('reads each past-event field only in the kind of document it belongs to', async () => {
      // Fields of other kinds, written by mistake, are the schema's to report; date.future does not read them.
      const file = 'meetings/2026-11-20-network-meeting.md';
      const stray = md(['date: 2026-11-20', 'type: network', 'attendees: [sam-lee]', 'decision:', '  date: 2026-12-01', 'review:', '  last_reviewed: 2026-12-02', 'outcomes:', '  - id: a', '    progress:', '      - date: 2026-12-03']);
      assert.deepEqual(await found({ [file]: stray }, file, 'date.future'), []);
      const pulseText = pulse(['decisions: [2026-11-01-falls-audit]']).replace('date: 2026-10-01', 'date: 2026-12-05');
      const pulseFound = await found({ 'pulses/2026-q4.md': pulseText }, 'pulses/2026-q4.md', 'date.future');
      assert.deepEqual(pulseFound.map((d) => d.message), ['`date` is 2026-12-05, after today (2026-11-27); it records something that has already happened.']);
    });

    it('accepts today, future due dates and planned meetings without decisions', async () => {
      await assertClean({
        [NEW_ACTION]: action(['due: 2027-06-30']).replace('proposed: 2026-10-30', 'proposed: 2026-11-27'),
        'meetings/2026-12-10-network-meeting.md': md(['date: 2026-12-10', 'type: network', 'attendees: [sam-lee]']),
      });
    });
  });

  rule('role.term-expired', () => {
    const samLead = member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2024-06-01', '    until: 2025-05-31']);

    it('warns when a lead term has ended and nobody has taken it on, at its until', async () => {
      const diagnostics = await found({ [SAM]: samLead }, SAM, 'role.term-expired');
      assert.deepEqual(ranges(diagnostics), [range(8, 11, 8, 21)]);
      assert.equal(diagnostics[0]!.severity, 'warning');
      assert.equal(diagnostics[0]!.message, 'This lead role for frailty ended on 2025-05-31 and no later term is recorded. Agree a new term or record who leads next.');
    });

    it('is not reported when someone else holds a later term in the same role and area', async () => {
      const tomLead = member('Tom Hughes', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-06-01', '    until: 2027-05-31']);
      await assertClean({ [SAM]: samLead, [TOM]: tomLead });
    });

    it('is not reported when the same member starts a new term', async () => {
      await assertClean({ [SAM]: `${samLead.trimEnd().replace(/---$/, '')}  - role: lead\n    area: frailty\n    from: 2025-06-01\n    until: 2027-05-31\n---\n` });
    });

    it('is not reported when a renewal was agreed early and overlaps the old term', async () => {
      const tomLead = member('Tom Hughes', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-05-01', '    until: 2027-04-30']);
      await assertClean({ [SAM]: samLead, [TOM]: tomLead });
    });

    it('is still reported when the later term is for another area, another role, or starts after today', async () => {
      for (const [role, area, from] of [
        ['lead', 'discharge', '2025-06-01'],
        ['co-chair', 'frailty', '2025-06-01'],
        ['lead', 'frailty', '2026-12-01'],
      ]) {
        const tom = member('Tom Hughes', ['roles:', `  - role: ${role}`, `    area: ${area}`, `    from: ${from}`, '    until: 2027-05-31']);
        assert.equal((await found({ [SAM]: samLead, [TOM]: tom }, SAM, 'role.term-expired')).length, 1, `${role} ${area} ${from}`);
      }
    });

    it('is not reported for a term ending today or later', async () => {
      await assertClean({ [SAM]: samLead.replace('until: 2025-05-31', 'until: 2026-11-27').replace('from: 2024-06-01', 'from: 2025-01-01') });
    });

    // Once a bug (the test below keeps it fixed): role.term-expired skips every member who has left, on the grounds that
    // member.left-with-role covers them; but member.left-with-role only fires when a role runs
    // past the leaving date. A lead who left and whose term ended on the day they left (the
    // correct way to record it) leaves the role empty, and neither rule says so: nobody is told
    // that the frailty lead is vacant. Fix (src/core/rules/role-term-expired.ts): instead of
    // returning early for members who left, skip only the roles member.left-with-role reports
    // (no `until`, or `until` after `left`).
    it('reports a lead role left empty by a member who has left', async () => {
      const leaver = member('Sam Lee', ['left: 2025-05-31', 'roles:', '  - role: lead', '    area: frailty', '    from: 2024-06-01', '    until: 2025-05-31']);
      const diagnostics = await found({ [SAM]: leaver }, SAM, 'role.term-expired');
      assert.deepEqual(ranges(diagnostics), [range(9, 11, 9, 21)]);
    });
  });

  rule('role.continuous-tenure', () => {
    it('joins renewals and other lead roles into one spell and warns at the latest role when it runs past twice the term', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2023-01-01', '    until: 2024-12-31', '  - role: lead', '    area: frailty', '    from: 2025-01-15', '    until: 2026-12-31', '  - role: co-chair', '    from: 2027-01-01', '    until: 2027-06-30']);
      const diagnostics = await found({ [SAM]: text }, SAM, 'role.continuous-tenure');
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.data?.from, '2023-01-01');
      assert.equal(diagnostics[0]!.data?.until, '2027-06-30');
      assert.equal(diagnostics[0]!.data?.limit, 48);
      assert.match(diagnostics[0]!.message, /over 3 lead terms.*co-chair role to 2027-06-30.*Plan a handover/);
    });

    it('warns at the term that ends the spell, not at a shorter role held inside it', async () => {
      const lead = (from: string, until: string): string[] => ['  - role: lead', '    area: frailty', `    from: ${from}`, `    until: ${until}`];
      const text = member('Sam Lee', ['roles:', ...lead('2023-01-01', '2024-12-31'), ...lead('2025-01-01', '2026-12-31'), ...lead('2027-01-01', '2027-06-30'), '  - role: co-chair', '    from: 2027-02-01', '    until: 2027-03-31']);
      const diagnostics = await found({ [SAM]: text }, SAM, 'role.continuous-tenure');
      assert.deepEqual(ranges(diagnostics), [range(13, 10, 13, 14)]);
      assert.match(diagnostics[0]!.message, /^This member has led since 2023-01-01, over 4 lead terms, and, with this lead role for frailty to 2027-06-30, will have led for 54 months in a row/);
    });

    it('a gap of more than a month breaks the spell, and a spell within the limit passes', async () => {
      const broken = member('Sam Lee', ['roles:', '  - role: lead', '    from: 2022-01-01', '    until: 2023-12-31', '  - role: lead', '    from: 2024-03-01', '    until: 2026-02-28', '  - role: lead', '    from: 2026-03-01', '    until: 2027-01-31']);
      assert.equal((await found({ [SAM]: broken }, SAM, 'role.continuous-tenure')).length, 0);
    });
  });

  rule('role.term-limit', () => {
    it('warns about a term set longer than the charter allows, at its until', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: co-chair', '    from: 2025-01-01', '    until: 2027-06-30']);
      const diagnostics = await found({ [SAM]: text }, SAM, 'role.term-limit');
      assert.deepEqual(ranges(diagnostics), [range(7, 11, 7, 21)]);
      assert.equal(diagnostics[0]!.message, "This co-chair role runs from 2025-01-01 to 2027-06-30, longer than the charter's 24-month term; it should end by 2027-01-01.");
      assert.equal(diagnostics[0]!.data?.latestEnd, '2027-01-01');
    });

    it('warns about an open-ended term that has run past the limit, at its role', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: coordinator', '    from: 2024-06-01']);
      const diagnostics = await found({ [SAM]: text }, SAM, 'role.term-limit');
      assert.deepEqual(ranges(diagnostics), [range(5, 10, 5, 21)]);
      assert.match(diagnostics[0]!.message, /began on 2024-06-01 with no end date and has passed the charter's 24-month term \(2026-06-01\)/);
    });

    it('follows the charter: a shorter term_months makes a shorter term too long', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: lead', '    from: 2026-01-01', '    until: 2026-12-31']);
      assert.equal((await found({ [SAM]: text, 'CHARTER.md': charter({ termMonths: 6 }) }, SAM, 'role.term-limit')).length, 1);
      await assertClean({ [SAM]: text });
    });

    it('passes a term ending exactly at the limit, and an open-ended term still within it', async () => {
      const exact = member('Sam Lee', ['roles:', '  - role: lead', '    from: 2025-01-01', '    until: 2027-01-01']);
      await assertClean({ [SAM]: exact });
      const open = member('Sam Lee', ['roles:', '  - role: lead', '    from: 2025-01-01']);
      assert.deepEqual(summarise(await diagnose({ [SAM]: open })), [`${SAM} role.no-end 5:10-5:14`]);
    });

    it('ignores roles that are not lead roles', async () => {
      await assertClean({ [SAM]: member('Sam Lee', ['roles:', '  - role: sponsor', '    from: 2024-02-01']) });
    });
  });

  rule('role.no-end', () => {
    it('warns about a lead role without until, at its role', async () => {
      const diagnostics = await found({ [SAM]: member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2026-01-01']) }, SAM, 'role.no-end');
      assert.deepEqual(ranges(diagnostics), [range(5, 10, 5, 14)]);
      assert.equal(diagnostics[0]!.severity, 'warning');
      assert.equal(diagnostics[0]!.message, 'This lead role for frailty has no `until` date; lead roles are held for a limited term.');
      assert.deepEqual(diagnostics[0]!.data, { path: ['roles', 0] });
    });

    it('gives the quick fix the path of the role entry it is about', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: member', '    from: 2024-02-01', '  - role: co-chair', '    from: 2026-01-01']);
      const diagnostics = await found({ [SAM]: text }, SAM, 'role.no-end');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 7, 'co-chair')]);
      assert.deepEqual(diagnostics[0]!.data, { path: ['roles', 1] });
    });

    it('leaves an until that is not a date to the schema, rather than calling it missing', async () => {
      const text = member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2026-01-01', '    until: end of 2027']);
      assert.deepEqual(summarise(await diagnose({ [SAM]: text })), [`${SAM} schema.date 8:11-8:22`]);
    });

    it('passes for a member role without until and a lead role with one', async () => {
      await assertClean({ [SAM]: member('Sam Lee', ['roles:', '  - role: member', '    from: 2024-02-01', '  - role: lead', '    from: 2026-01-01', '    until: 2027-12-31']) });
    });
  });

  rule('member.left-with-role', () => {
    it('reports roles that outlast the member, at until or at the role', async () => {
      const text = member('Sam Lee', ['left: 2026-06-30', 'roles:', '  - role: member', '    from: 2024-02-01', '  - role: lead', '    from: 2025-07-01', '    until: 2027-06-30']);
      const diagnostics = await found({ [SAM]: text }, SAM, 'member.left-with-role');
      assert.deepEqual(
        diagnostics.map((d) => [d.range, d.message]),
        [
          [range(6, 10, 6, 16), 'This member left on 2026-06-30, but their member role has no end date.'],
          [range(10, 11, 10, 21), 'This member left on 2026-06-30, but their lead role runs until 2027-06-30.'],
        ],
      );
    });

    it('passes when every role ended by the leaving date', async () => {
      await assertClean({ [SAM]: member('Sam Lee', ['left: 2026-06-30', 'roles:', '  - role: member', '    from: 2024-02-01', '    until: 2026-06-30']) });
    });

    it('waits until a future leaving date has come', async () => {
      await assertClean({ [SAM]: member('Sam Lee', ['left: 2026-12-31', 'roles:', '  - role: member', '    from: 2024-02-01']) });
    });
  });

  rule('body.required-section', () => {
    const withBody = (body: readonly string[]): Changes => ({ [NEW_ACTION]: action([], body) });
    const missing = async (body: readonly string[]): Promise<string[]> => (await found(withBody(body), NEW_ACTION, 'body.required-section')).map((d) => String(d.data?.section));

    it('reports each missing section on the closing `---` line', async () => {
      const diagnostics = await found(withBody(['## Background', 'Text.']), NEW_ACTION, 'body.required-section');
      assert.deepEqual(ranges(diagnostics), [range(5, 0, 5, 3), range(5, 0, 5, 3)]);
      assert.deepEqual(
        diagnostics.map((d) => d.message).sort(),
        ['This action has no "Expected impact" section; add a `## Expected impact` heading.', 'This action has no "Proposal" section; add a `## Proposal` heading.'],
      );
    });

    it('matches a heading ending in spaces, colons and full stops, however long the run (read from the end in one pass)', async () => {
      assert.deepEqual(await missing(['## Proposal: .  ', 'Text.', '## Expected impact' + ' '.repeat(200_000) + 'x', 'Text.']), ['Expected impact']);
      assert.deepEqual(await missing(['## Proposal' + ' '.repeat(200_000) + ':.', 'Text.', '## expected   IMPACT...', 'Text.']), []);
    });

    it('reports the charter sections too', async () => {
      const diagnostics = await found({ 'CHARTER.md': md(charterFields(), ['## How we work', '## Decision making']) }, 'CHARTER.md', 'body.required-section');
      assert.deepEqual(ranges(diagnostics), [range(12, 0, 12, 3)]);
      assert.equal(diagnostics[0]!.data?.section, 'Membership');
    });

    it('matches headings at any level and in any case, ignoring a trailing colon', async () => {
      assert.deepEqual(await missing(['# PROPOSAL', 'x', '#### expected Impact:', 'y']), []);
    });

    it('does not count headings inside fenced code', async () => {
      assert.deepEqual(await missing(['## Proposal', '```markdown', '## Expected impact', '```']), ['Expected impact']);
      assert.deepEqual(await missing(['## Proposal', '~~~', '## Expected impact', '~~~']), ['Expected impact']);
    });

    it('does not count headings inside fenced code in a body that also has links', async () => {
      assert.deepEqual(await missing(['## Proposal', 'See [Sam](../members/sam-lee.md).', '```', '## Expected impact', '```']), ['Expected impact']);
    });

    it('does not count headings in indented code or HTML comments', async () => {
      assert.deepEqual(await missing(['## Proposal', '', '    ## Expected impact']), ['Expected impact']);
      assert.deepEqual(await missing(['## Proposal', '<!-- ## Expected impact -->']), ['Expected impact']);
    });

    it('counts setext headings', async () => {
      assert.deepEqual(await missing(['Proposal', '========', 'Text.', '', 'Expected impact', '---------------', 'Text.']), []);
    });

    it('counts a heading after a fence closes', async () => {
      assert.deepEqual(await missing(['## Proposal', '```', 'code', '```', '## Expected impact']), []);
    });

    // Once a bug (the test below keeps it fixed): headings come from a line scan unless the body holds HTML or a setext underline, and
    // the scan keeps inline markup: `## **Proposal**` is the heading "**Proposal**", so the
    // section is reported missing; add an HTML comment anywhere in the body and remark reads the
    // same heading as "Proposal" and it passes. Fix (src/core/parse/body.ts, scanAtxHeadings):
    // send bodies whose heading lines contain inline markup (`*`, `_`, backticks, backslashes, `&`, `[`)
    // to remark, or strip emphasis and code markers from the scanned text as
    // mdast-util-to-string would.
    it('reads emphasis in a heading as its words, whatever else the body holds', async () => {
      assert.deepEqual(await missing(['<!-- draft -->', '## **Proposal**', 'x', '## _Expected impact_', 'y']), []);
      assert.deepEqual(await missing(['## **Proposal**', 'x', '## _Expected impact_', 'y']), []);
    });
  });

  rule('body.broken-link', () => {
    it('reports links to network documents that do not exist, at the link', async () => {
      const body = [...ACTION_BODY, 'Ask [Sam](../members/sam-le.md) or [the meeting](../meetings/2026-11-13-network-meeting.md#notes).', '', '[ghost]: ../members/ghost.md'];
      const text = action([], body);
      const diagnostics = await found({ [NEW_ACTION]: text }, NEW_ACTION, 'body.broken-link');
      assert.deepEqual(ranges(diagnostics), [
        rangeOfText(text, 11, '[Sam](../members/sam-le.md)'),
        rangeOfText(text, 11, '[the meeting](../meetings/2026-11-13-network-meeting.md#notes)'),
        range(13, 0, 13, 28),
      ]);
      assert.equal(diagnostics[0]!.severity, 'warning');
      assert.equal(diagnostics[0]!.message, 'This link points to members/sam-le.md, which is not a document in this network.');
      assert.equal(diagnostics[0]!.data?.target, '/ws/net/members/sam-le.md');
    });

    it('resolves links from the charter against the network folder', async () => {
      const text = md(charterFields(), [...CHARTER_BODY, 'Led by [Amara](members/amara-okafor.md) and [Zed](members/zed.md).']);
      const diagnostics = await found({ 'CHARTER.md': text }, 'CHARTER.md', 'body.broken-link');
      assert.deepEqual(ranges(diagnostics), [rangeOfText(text, 21, '[Zed](members/zed.md)')]);
    });

    it('passes links to existing documents and ignores web links, anchors and files outside the network folders', async () => {
      const links = [
        '[Sam](../members/sam-lee.md)',
        '[roles](../members/sam-lee.md#roles)',
        `[meeting](../meetings/${MEETING_ID}.md)`,
        '[charter](../CHARTER.md)',
        '[purpose](../PURPOSE.md)',
        '[web](https://example.org/members/nobody.md)',
        '[mail](mailto:network@example.org)',
        '[anchor](#proposal)',
        '[guide](../docs/guide.md)',
        '[image](../members/photo.png)',
        '[readme](../members/README.md)',
        '[other network](../../other/members/nobody.md)',
        '[absolute](/members/nobody.md)',
      ];
      await assertClean({ [NEW_ACTION]: action([], [...ACTION_BODY, links.join(' ')]) });
    });
  });

  rule('pulse.counts', () => {
    const file = 'pulses/2026-q4.md';

    it('reports more respondents than people invited, at respondents', async () => {
      const diagnostics = await found({ [file]: pulse().replace('respondents: 10', 'respondents: 24') }, file, 'pulse.counts');
      assert.deepEqual(ranges(diagnostics), [range(4, 13, 4, 15)]);
      assert.equal(diagnostics[0]!.message, '24 people responded, but only 20 were invited.');
    });

    it('reports a question with more answers (blank included) than respondents, at its counts', async () => {
      const text = pulse(['questions:', '  purpose-clear:', '    counts: [1, 2, 3, 2, 1]', '    blank: 2']);
      const diagnostics = await found({ [file]: text }, file, 'pulse.counts');
      assert.deepEqual(ranges(diagnostics), [range(7, 12, 7, 27)]);
      assert.equal(diagnostics[0]!.message, "The answers to 'purpose-clear' add up to 11, more than the 10 respondents.");
    });

    it('passes when the numbers add up exactly', async () => {
      await assertClean({ [file]: pulse(['questions:', '  purpose-clear:', '    counts: [1, 2, 3, 2, 1]', '    blank: 1']).replace('respondents: 10', 'respondents: 10').replace('invited: 20', 'invited: 10') });
    });
  });

  rule('pulse.small-counts', () => {
    const file = 'pulses/2026-q4.md';

    it('reports a question fewer than five answered, at its counts', async () => {
      const text = pulse(['questions:', '  purpose-clear:', '    counts: [0, 1, 0, 2, 1]', '    blank: 6', '  all-voices-heard:', '    counts: [1, 0, 0, 0, 0]']);
      const diagnostics = await found({ [file]: text }, file, 'pulse.small-counts');
      assert.deepEqual(ranges(diagnostics), [range(7, 12, 7, 27), range(10, 12, 10, 27)]);
      assert.equal(diagnostics[0]!.message, "Only 4 people answered 'purpose-clear', fewer than 5: its counts can show who said what. Write `suppressed: true` and `answered: 4` instead.");
      assert.equal(diagnostics[1]!.message, "Only 1 person answered 'all-voices-heard', fewer than 5: its counts can show who said what. Write `suppressed: true` and `answered: 1` instead.");
    });

    it('passes five answers, no answers, and a question written as suppressed', async () => {
      await assertClean({ [file]: pulse(['questions:', '  purpose-clear:', '    counts: [0, 1, 0, 2, 2]', '    blank: 5', '  all-voices-heard:', '    counts: [0, 0, 0, 0, 0]', '  decisions-transparent:', '    suppressed: true', '    answered: 3']) });
    });
  });

  describe('personal data', () => {
    const file = 'members/sam-lee.md';
    const page = (body: string[]) => md(['name: Sam Lee', 'organisation: North Shire Community Health', 'joined: 2024-02-01'], body);

    rule('privacy.email', () => {
      it('reports an email address in the body, at the address', async () => {
        const diagnostics = await found({ [file]: page(['## About', 'Write to sam.lee@example.nhs.uk about clinics.']) }, file, 'privacy.email');
        assert.deepEqual(ranges(diagnostics), [range(6, 9, 6, 31)]);
        assert.doesNotMatch(diagnostics[0]!.message, /sam\.lee@/);
      });
      it('passes a handle and a link to a page', async () => {
        await assertClean({ [file]: page(['## About', 'On GitHub as @sam-lee; the network mailbox is network@example.org.']) });
      });
    });

    rule('privacy.phone', () => {
      it('reports a UK phone number, at the number', async () => {
        const diagnostics = await found({ [file]: page(['Call 07700 900123 to reach me.']) }, file, 'privacy.phone');
        assert.deepEqual(ranges(diagnostics), [range(5, 5, 5, 17)]);
      });
      it('passes dates and counts', async () => {
        await assertClean({ [file]: page(['Joined on 2024-02-01; 20240201; 12 clinics, 0191 is a code.']) });
      });
    });

    rule('privacy.postcode', () => {
      it('reports a full postcode on a member page, at the postcode', async () => {
        const diagnostics = await found({ [file]: page(['Lives near NE4 6BE and SW1A1AA.']) }, file, 'privacy.postcode');
        assert.deepEqual(ranges(diagnostics), [range(5, 11, 5, 18), range(5, 23, 5, 30)]);
      });
      it('passes an outward code alone, lower case and a postcode on another kind of page', async () => {
        await assertClean({ [file]: page(['Works across NE4 and NE1; ne4 6be; CO2 levels; A1 road.']) });
        await assertClean({ 'PURPOSE.md': PURPOSE.replace('Text.', 'Meet at NE4 6BE.') });
      });
    });

    rule('privacy.nhs-number', () => {
      it('reports ten digits that pass the check digit, at the number', async () => {
        const diagnostics = await found({ [file]: page(['Case 943 476 5919 showed the delay.']) }, file, 'privacy.nhs-number');
        assert.deepEqual(ranges(diagnostics), [range(5, 5, 5, 17)]);
      });
      it('passes ten digits that fail it', async () => {
        await assertClean({ [file]: page(['Case 943 476 5918 showed the delay.']) });
      });
    });

    rule('privacy.date-of-birth', () => {
      it('reports a date of birth, from the cue to the end of the date', async () => {
        const text = page(['## About', 'Sam (born 3 March 1961) reads our leaflets.', 'DOB: 03/03/1961, date of birth 1961-03-03.']);
        const diagnostics = await found({ [file]: text }, file, 'privacy.date-of-birth');
        assert.deepEqual(ranges(diagnostics), [range(6, 5, 6, 22), range(7, 0, 7, 15), range(7, 17, 7, 41)]);
        assert.equal(diagnostics[0]!.severity, 'warning');
        assert.doesNotMatch(diagnostics[0]!.message, /1961/);
      });
      it('passes a joined date, a meeting date and a place of birth', async () => {
        await assertClean({ [file]: page(['## About', 'Joined on 3 March 2024; spoke at the meeting on 03/03/2025.', 'Born in Leeds, born 1961, and a newborn 3 March 2020 unit.']) });
      });
      it('is turned off in netgov.yml like every rule', async () => {
        const text = page(['DOB: 03/03/1961']);
        assert.equal((await found({ [file]: text }, file, 'privacy.date-of-birth')).length, 1);
        await assertClean({ [file]: text, 'netgov.yml': 'rules:\n  privacy.date-of-birth: off\n' });
      });

    rule('privacy.health-detail', () => {
      it('reports a health detail about the member or their family on a member page, from the person to the health word', async () => {
        const text = page(['## About me', 'I had two falls in 2024 and was in hospital for', 'three weeks. My mother, who has dementia, lives with us.']);
        const diagnostics = await found({ [file]: text }, file, 'privacy.health-detail');
        assert.deepEqual(ranges(diagnostics), [range(6, 0, 6, 15), range(6, 28, 6, 43), range(7, 13, 7, 40)]);
        assert.equal(diagnostics[0]!.severity, 'warning');
        assert.equal(diagnostics[0]!.message, "This looks like a health detail about a person: personal data does not belong in the network's documents, which everyone can read and git keeps for good. Remove it, or turn the rule off in netgov.yml if it is not.");
      });
      it("passes a clinician's page that names the health work they lead", async () => {
        await assertClean({ [file]: page(['## About', 'Works in cancer services and leads the falls prevention programme.', 'She has a special interest in dementia and supports people living with dementia.']) });
      });
      it('looks only at member pages', async () => {
        await assertClean({ [BASE_MEETING]: meeting().replace('Agreed.', 'I had two falls and was in hospital.') });
      });
    });
    });
  });

  // Decisions by pull request are tested in rules-pull-request.test.ts.
  covered.add('decision.pull-request-not-allowed').add('decision.pull-request-no-ref').add('decision.quorum-not-met');
  // Template text left unedited is tested in rules-template.test.ts.
  covered.add('template.unedited');
  // Seats (and role.seat-vacant) are tested in charter-leadership.test.ts.
  covered.add('role.seat-vacant');

  it('covers every document rule', () => {
    assert.deepEqual(
      documentRules.map((r) => r.code).filter((code) => !covered.has(code)),
      [],
    );
  });
});
