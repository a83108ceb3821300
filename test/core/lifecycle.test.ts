import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { loadNetwork } from '../../src/core/check';
import { applyEdits, codeownersEdit, heldMeetings, LifecycleError, networkAfter, openAgreedActions, planDecision, planDone, planHandover, undecidedActions, type LifecyclePlan } from '../../src/core/lifecycle';
import { statusAfterDecision } from '../../src/core/model/action-status';
import type { Network } from '../../src/core/network';
import { LineIndex } from '../../src/core/text/line-index';
import { ACTION_BODY, ACTION_ID, MEETING_ID, ROOT, TODAY, action, charter, decidedAction, diagnose, md, member, summarise, workspaceWith } from './network-builder';

/**
 * The lifecycle planners (netgov decide, handover, done): the exact text
 * they leave, comments and layout kept, and a clean `netgov check` after.
 */

const PROPOSAL_ID = '2026-11-20-falls-audit';
const PROPOSAL = `actions/${PROPOSAL_ID}.md`;
const MEETING = `meetings/${MEETING_ID}.md`;

function proposal(extra: readonly string[] = []): string {
  return md(['title: Falls audit', 'status: proposed  # waiting for the December meeting', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]', 'outcomes: [faster-referrals]', ...extra], ACTION_BODY);
}

async function networkWith(changes: Readonly<Record<string, string | null>>): Promise<Network> {
  return (await loadNetwork(workspaceWith(changes), ROOT)).network;
}

/** The changed files' new text, by path relative to ROOT. */
function applied(network: Network, plan: LifecyclePlan): Record<string, string> {
  return Object.fromEntries(plan.files.map((file) => [posix.relative(ROOT, file.path), applyEdits(network.get(file.path)!, file.edits)]));
}

function refusal(run: () => unknown, message: RegExp): void {
  assert.throws(run, (error: unknown) => error instanceof LifecycleError && message.test(error.message) && !error.message.includes('\n'));
}

describe('lifecycle: netgov decide', () => {
  it('records an agreement at a meeting: the decision, the status, and the meeting lists it; comments kept; check clean', async () => {
    const changes = { [PROPOSAL]: proposal() };
    const network = await networkWith(changes);
    const plan = planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'agreed' }, TODAY);
    const files = applied(network, plan);
    assert.equal(
      files[PROPOSAL],
      md(
        [
          'title: Falls audit',
          'status: agreed  # waiting for the December meeting',
          'proposed_by: sam-lee',
          'proposed: 2026-11-10',
          'owners: [sam-lee]',
          'outcomes: [faster-referrals]',
          'decision:',
          '  date: 2026-11-12',
          `  via: ${MEETING_ID}`,
          '  result: agreed',
        ],
        ACTION_BODY,
      ),
    );
    assert.match(files[MEETING]!, new RegExp(`decisions: \\[${ACTION_ID}, ${PROPOSAL_ID}\\]`));
    assert.equal(plan.summary, `Recorded the decision on '${PROPOSAL_ID}': agreed at '${MEETING_ID}' on 2026-11-12; its status is agreed.`);
    assert.deepEqual(summarise(await diagnose({ ...changes, ...files })), []);
  });

  it('appends to a block list of decisions at its indentation, and starts the list when the meeting has none', async () => {
    const block = md(['date: 2026-11-12', 'type: network', 'attendees: [amara-okafor, sam-lee, tom-hughes]', 'decisions:', '    # agreed in order', `    - ${ACTION_ID}`, 'minutes_published: 2026-11-14'], ['## Notes']);
    let network = await networkWith({ [PROPOSAL]: proposal(), [MEETING]: block });
    let files = applied(network, planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'agreed' }, TODAY));
    assert.equal(files[MEETING], md(['date: 2026-11-12', 'type: network', 'attendees: [amara-okafor, sam-lee, tom-hughes]', 'decisions:', '    # agreed in order', `    - ${ACTION_ID}`, `    - ${PROPOSAL_ID}`, 'minutes_published: 2026-11-14'], ['## Notes']));

    const other = 'meetings/2026-11-19-steering-group.md';
    network = await networkWith({ [PROPOSAL]: proposal(), [other]: md(['date: 2026-11-19', 'type: steering', 'attendees: [amara-okafor, tom-hughes]'], ['## Notes']) });
    files = applied(network, planDecision(network, { action: PROPOSAL_ID, via: '2026-11-19-steering-group', result: 'deferred', ref: 'minutes item 3' }, TODAY));
    assert.equal(files[other], md(['date: 2026-11-19', 'type: steering', 'attendees: [amara-okafor, tom-hughes]', `decisions: [${PROPOSAL_ID}]`], ['## Notes']));
    assert.match(files[PROPOSAL]!, /status: proposed {2}# waiting/);
    assert.match(files[PROPOSAL]!, /decision:\n {2}date: 2026-11-19\n {2}via: 2026-11-19-steering-group\n {2}ref: minutes item 3\n {2}result: deferred\n---/);
    assert.deepEqual(summarise(await diagnose({ [PROPOSAL]: proposal(), [other]: md(['date: 2026-11-19', 'type: steering', 'attendees: [amara-okafor, tom-hughes]'], ['## Notes']), ...files })), []);
  });

  it('sets a status written last and adds the decision after it', async () => {
    const last = md(['title: Falls audit', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]', 'status: proposed'], ACTION_BODY);
    const network = await networkWith({ [PROPOSAL]: last });
    const files = applied(network, planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'agreed' }, TODAY));
    assert.equal(files[PROPOSAL], md(['title: Falls audit', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]', 'status: agreed', 'decision:', '  date: 2026-11-12', `  via: ${MEETING_ID}`, '  result: agreed'], ACTION_BODY));
  });

  it('fills in a meeting\'s `decisions:` written empty, or as []', async () => {
    for (const [written, expected] of [
      ['decisions: # none yet', `decisions: [${PROPOSAL_ID}] # none yet`],
      ['decisions: []', `decisions: [${PROPOSAL_ID}]`],
    ] as const) {
      const record = md(['date: 2026-11-12', 'type: network', 'attendees: [amara-okafor, sam-lee, tom-hughes]', written, 'minutes_published: 2026-11-14'], ['## Notes']);
      const network = await networkWith({ [PROPOSAL]: proposal(), [MEETING]: record, [`actions/${ACTION_ID}.md`]: null });
      const files = applied(network, planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'agreed' }, TODAY));
      assert.equal(files[MEETING], record.replace(written, expected));
    }
  });

  it('sets the status the one status model gives each result', async () => {
    assert.deepEqual(['agreed', 'rejected', 'deferred'].map(statusAfterDecision), ['agreed', 'dropped', 'proposed']);
    const network = await networkWith({ [PROPOSAL]: proposal() });
    const files = applied(network, planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'rejected' }, TODAY));
    assert.match(files[PROPOSAL]!, /^status: dropped {2}# waiting/m);
  });

  it('records a decision by pull request with its reference and approvers, when the charter allows it', async () => {
    const changes = { 'CHARTER.md': charter({ pullRequests: true }), [PROPOSAL]: proposal() };
    const network = await networkWith(changes);
    const plan = planDecision(network, { action: PROPOSAL_ID, via: 'pull-request', ref: '#42', result: 'agreed', approvers: ['amara-okafor', 'tom-hughes'] }, TODAY);
    assert.equal(plan.files.length, 1);
    const files = applied(network, plan);
    assert.match(files[PROPOSAL]!, /decision:\n {2}date: 2026-11-27\n {2}via: pull-request\n {2}ref: "#42"\n {2}approvers: \[amara-okafor, tom-hughes\]\n {2}result: agreed\n---/);
    assert.deepEqual(summarise(await diagnose({ ...changes, ...files })), []);
  });

  it('refuses, in one line, what does not fit', async () => {
    const network = await networkWith({ [PROPOSAL]: proposal(), 'meetings/2026-12-10-network-meeting.md': md(['date: 2026-12-10', 'type: network', 'attendees: []']) });
    const decide = (input: Partial<Parameters<typeof planDecision>[1]>): unknown => planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'agreed', ...input }, TODAY);
    refusal(() => decide({ action: 'no-such-action' }), /^no action 'no-such-action' in this network/);
    refusal(() => decide({ action: ACTION_ID }), new RegExp(`^'${ACTION_ID}' was decided already on 2026-11-12 via '${MEETING_ID}' \\(agreed\\)`));
    refusal(() => decide({ via: 'no-such-meeting' }), /^no meeting 'no-such-meeting'/);
    refusal(() => decide({ via: '2026-12-10-network-meeting' }), /is on 2026-12-10, after today/);
    refusal(() => decide({ date: '2026-11-13' }), /was held on 2026-11-12, not 2026-11-13/);
    refusal(() => decide({ result: 'approved' }), /^unknown result 'approved': use agreed, rejected, deferred/);
    refusal(() => decide({ via: 'pull-request' }), /^the charter does not allow decisions by pull request/);
  });
});

describe('lifecycle: netgov done', () => {
  it('sets the status, the completion date and the impact, keeping comments; check clean', async () => {
    const decided = md(
      ['title: Shared referral form', 'status: in-progress # since December', 'proposed_by: amara-okafor', 'proposed: 2026-10-30', 'owners: [amara-okafor]', 'outcomes: [faster-referrals]', 'decision:', '  date: 2026-11-12', `  via: ${MEETING_ID}`, '  result: agreed'],
      ACTION_BODY,
    );
    const changes = { [`actions/${ACTION_ID}.md`]: decided };
    const network = await networkWith(changes);
    const plan = planDone(network, { action: ACTION_ID, impact: 'All 14 practices use the form: 9 days to 5.', date: '2026-11-25' }, TODAY);
    const files = applied(network, plan);
    assert.equal(
      files[`actions/${ACTION_ID}.md`],
      md(
        [
          'title: Shared referral form',
          'status: done # since December',
          'proposed_by: amara-okafor',
          'proposed: 2026-10-30',
          'owners: [amara-okafor]',
          'outcomes: [faster-referrals]',
          'decision:',
          '  date: 2026-11-12',
          `  via: ${MEETING_ID}`,
          '  result: agreed',
          'completed: 2026-11-25',
          'impact: "All 14 practices use the form: 9 days to 5."',
        ],
        ACTION_BODY,
      ),
    );
    assert.deepEqual(summarise(await diagnose({ ...changes, ...files })), []);
  });

  it('fills in a `completed:` written with no value', async () => {
    const changes = { [`actions/${ACTION_ID}.md`]: md(['title: Shared referral form', 'status: in-progress', 'completed:', 'proposed_by: amara-okafor', 'proposed: 2026-10-30', 'owners: [amara-okafor]', 'decision:', '  date: 2026-11-12', `  via: ${MEETING_ID}`, '  result: agreed'], ACTION_BODY) };
    const network = await networkWith(changes);
    const files = applied(network, planDone(network, { action: ACTION_ID, impact: 'Faster referrals' }, TODAY));
    assert.match(files[`actions/${ACTION_ID}.md`]!, /^status: done\ncompleted: 2026-11-27\n/m);
    assert.match(files[`actions/${ACTION_ID}.md`]!, /^ {2}result: agreed\nimpact: Faster referrals\n---/m);
  });

  it('refuses a proposal, an action done already, and an empty impact', async () => {
    const network = await networkWith({ [PROPOSAL]: proposal() });
    refusal(() => planDone(network, { action: PROPOSAL_ID, impact: 'x' }, TODAY), /is proposed: only agreed work can be done/);
    refusal(() => planDone(network, { action: ACTION_ID, impact: '  ' }, TODAY), /the impact is empty/);
    refusal(() => planDone(network, { action: ACTION_ID, impact: 'x', date: '2026-12-01' }, TODAY), /after today/);
    const done = await networkWith({ [`actions/${ACTION_ID}.md`]: md(['title: T', 'status: done', 'proposed_by: sam-lee', 'proposed: 2026-10-30', 'completed: 2026-11-20', 'decision:', '  date: 2026-11-12', `  via: ${MEETING_ID}`, '  result: agreed']) });
    refusal(() => planDone(done, { action: ACTION_ID, impact: 'x' }, TODAY), /is done already \(completed 2026-11-20\)/);
  });
});

describe('lifecycle: netgov handover', () => {
  const lead = (extra: readonly string[] = []): string =>
    member('Amara Okafor', ['roles:', '  - role: member', '    from: 2024-02-01', '  # elected at the launch', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-12-31', ...extra]);
  const handles = (name: string, handle: string): string => member(name, ['handles:', `  github: ${handle}`]);

  it('ends the outgoing term the day before and starts the successor\'s for the charter\'s term; check clean', async () => {
    const changes = { 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': lead() };
    const network = await networkWith(changes);
    const plan = planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2026-11-01' }, TODAY);
    const files = applied(network, plan);
    assert.equal(
      files['members/amara-okafor.md'],
      member('Amara Okafor', ['roles:', '  - role: member', '    from: 2024-02-01', '  # elected at the launch', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-10-31']),
    );
    assert.equal(files['members/sam-lee.md'], member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2026-11-01', '    until: 2028-10-31']));
    assert.equal(plan.summary, "Handed the lead role for frailty from 'amara-okafor' (until 2026-10-31) to 'sam-lee' from 2026-11-01 until 2028-10-31 (the charter's 24-month term).");
    assert.deepEqual(summarise(await diagnose({ ...changes, ...files })), []);
  });

  it('ends an open term by adding its `until`', async () => {
    const open = member('Amara Okafor', ['roles:', '  - {role: co-chair, from: 2025-06-01}']);
    const network = await networkWith({ 'members/amara-okafor.md': open });
    const files = applied(network, planHandover(network, { role: 'co-chair', from: 'amara-okafor', to: 'tom-hughes', date: '2026-11-01' }, TODAY));
    assert.equal(files['members/amara-okafor.md'], member('Amara Okafor', ['roles:', '  - {role: co-chair, from: 2025-06-01, until: 2026-10-31}']));
    assert.equal(files['members/tom-hughes.md'], member('Tom Hughes', ['roles:', '  - role: co-chair', '    from: 2026-11-01', '    until: 2028-10-31']));
  });

  it('appends to a successor\'s roles at their indentation', async () => {
    const changes = { 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': lead(), 'members/sam-lee.md': member('Sam Lee', ['roles:', '- role: member', '  from: 2024-02-01 # joined', 'interests: [falls]']) };
    const network = await networkWith(changes);
    const files = applied(network, planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2027-01-01' }, TODAY));
    assert.equal(files['members/sam-lee.md'], member('Sam Lee', ['roles:', '- role: member', '  from: 2024-02-01 # joined', '- role: lead', '  area: frailty', '  from: 2027-01-01', '  until: 2028-12-31', 'interests: [falls]']));
    assert.equal(files['members/amara-okafor.md'], undefined, 'the term ends on 2026-12-31 already');
  });

  it('refuses a --from who does not hold the role, a successor who holds it, unknown ids and areas', async () => {
    const network = await networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': lead() });
    const handover = (input: Partial<Parameters<typeof planHandover>[1]>): unknown => planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2026-11-01', ...input }, TODAY);
    refusal(() => handover({ from: 'tom-hughes' }), /^'tom-hughes' does not hold the lead role for frailty on 2026-10-31/);
    refusal(() => handover({ area: 'discharge' }), /^'amara-okafor' does not hold the lead role for discharge/);
    refusal(() => handover({ area: 'nowhere' }), /^no area 'nowhere' in the charter/);
    const ended = await networkWith({ 'CHARTER.md': charter({ areas: true }).replace('    title: Frailty\n', '    title: Frailty\n    retired: 2026-10-31\n').replace('    title: Discharge\n', '    title: Discharge\n    renamed_to: frailty\n'), 'members/amara-okafor.md': lead() });
    refusal(() => planHandover(ended, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2026-11-01' }, TODAY), /^the area 'frailty' was retired on 2026-10-31: its roles are not handed on/);
    refusal(() => planHandover(ended, { role: 'lead', area: 'discharge', from: 'amara-okafor', to: 'sam-lee', date: '2026-10-01' }, TODAY), /^the area 'discharge' was renamed to 'frailty': hand over the role for that area/);
    assert.doesNotThrow(() => planHandover(ended, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2026-10-01' }, TODAY));
    refusal(() => handover({ to: 'nobody' }), /^no member 'nobody' in this network/);
    refusal(() => handover({ to: 'amara-okafor' }), /cannot hand the role over to themselves/);
    refusal(() => handover({ date: '2025-01-01' }), /does not hold the lead role for frailty on 2024-12-31/);
    const planned = await networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': lead(), 'members/tom-hughes.md': member('Tom Hughes', ['roles:', '  - role: lead', '    area: frailty', '    from: 2027-01-01', '    until: 2028-12-31']) });
    refusal(() => planHandover(planned, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2026-12-01' }, TODAY), /^'tom-hughes' is recorded to take on the lead role for frailty from 2027-01-01 already/);
  });

  it('brings a CODEOWNERS block up to date with the network after the handover, changing only its lines', async () => {
    // The action is in the frailty area and owned by a member without a handle: its line names the area's lead alone.
    const changes = {
      'CHARTER.md': charter({ areas: true }),
      'members/amara-okafor.md': lead(['handles:', '  github: amara']),
      'members/sam-lee.md': handles('Sam Lee', 'samlee'),
      [`actions/${ACTION_ID}.md`]: action(['area: frailty', 'owners: [tom-hughes]']),
    };
    const network = await networkWith(changes);
    const plan = planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2026-11-01' }, TODAY);
    const after = networkAfter(network, plan);
    const existing = '# Ours\n* @admins\n\n# netgov:begin\n# old\n/net/actions/x.md @amara\n# netgov:end\n';
    assert.equal(codeownersEdit('# no block\n', [after], '/ws', TODAY), undefined);
    const edit = codeownersEdit(existing, [after], '/ws', TODAY);
    assert.ok(edit);
    assert.equal(edit.range.start.line >= 3, true, 'lines before the block are not in the edit');
    const updated = applyEdits({ text: existing, lines: new LineIndex(existing) }, [edit]);
    assert.ok(updated.startsWith('# Ours\n* @admins\n\n# netgov:begin\n'));
    assert.match(updated, new RegExp(`^/net/actions/${ACTION_ID}\\.md @samlee$`, 'm'));
    assert.doesNotMatch(updated, /@amara/);
  });
});

describe('lifecycle: what the editor offers to choose from', () => {
  it('offers proposals with no decision to decide, agreed open work to close, and meetings held by today, newest first', async () => {
    const network = await networkWith({
      [PROPOSAL]: proposal(),
      'actions/2026-11-21-decided-proposal.md': proposal(['decision: {date: 2026-11-12, via: pull-request, result: deferred}']),
      'actions/2026-09-01-done.md': decidedAction('done', ['completed: 2026-11-01', 'impact: Faster.']),
      'actions/2026-09-02-deferred.md': decidedAction('agreed').replace('result: agreed', 'result: deferred'),
      'actions/2026-09-03-unreadable.md': '---\ntitle: [unclosed\n---\n',
      'meetings/2026-10-01-planning.md': md(['title: Planning day', 'date: 2026-10-01', 'attendees: [sam-lee]']),
      'meetings/2026-12-10-network-meeting.md': md(['date: 2026-12-10', 'attendees: [sam-lee]']),
      'meetings/undated.md': md(['date: soon', 'attendees: [sam-lee]']),
    });
    assert.deepEqual(undecidedActions(network), [{ id: PROPOSAL_ID, title: 'Falls audit', status: 'proposed' }]);
    assert.deepEqual(openAgreedActions(network), [{ id: ACTION_ID, title: 'Shared referral form', status: 'in-progress' }]);
    assert.deepEqual(heldMeetings(network, TODAY), [
      { id: MEETING_ID, title: undefined, date: '2026-11-12' },
      { id: '2026-10-01-planning', title: 'Planning day', date: '2026-10-01' },
    ]);
  });
});
