import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { loadNetwork } from '../../src/core/check';
import { applyEdits, LifecycleError, planDecision, planDone, planHandover, type LifecyclePlan } from '../../src/core/lifecycle';
import type { Network } from '../../src/core/network';
import { ACTION_BODY, ACTION_ID, MEETING_ID, ROOT, TODAY, charter, decidedAction, md, meeting, member, workspaceWith } from './network-builder';

/**
 * What netgov decide, done and handover plan at their edges: each refusal
 * word for word, and the exact text left when a request sits on a boundary
 * (a date equal to another, a list given empty, a term that ends or starts
 * on the day).
 */

const PROPOSAL_ID = '2026-11-20-falls-audit';
const PROPOSAL = `actions/${PROPOSAL_ID}.md`;
const MEETING = `meetings/${MEETING_ID}.md`;
const ACTION = `actions/${ACTION_ID}.md`;

const PROPOSAL_FIELDS = ['title: Falls audit', 'status: proposed', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]'];

function proposal(extra: readonly string[] = [], fields: readonly string[] = PROPOSAL_FIELDS): string {
  return md([...fields, ...extra], ACTION_BODY);
}

async function networkWith(changes: Readonly<Record<string, string | null>>): Promise<Network> {
  return (await loadNetwork(workspaceWith(changes), ROOT)).network;
}

/** The changed files' new text, by path relative to ROOT. */
function applied(network: Network, plan: LifecyclePlan): Record<string, string> {
  return Object.fromEntries(plan.files.map((file) => [posix.relative(ROOT, file.path), applyEdits(network.get(file.path)!, file.edits)]));
}

/** Refused with exactly this message, as a LifecycleError that says so by name. */
function refuses(run: () => unknown, message: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof LifecycleError, `not a LifecycleError: ${String(error)}`);
    assert.equal(error.name, 'LifecycleError');
    assert.equal(error.message, message);
    return true;
  });
}

describe('lifecycle plans: netgov decide on a proposal', () => {
  const decide = (network: Network, input: Partial<Parameters<typeof planDecision>[1]> = {}): LifecyclePlan => planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'agreed', ...input }, TODAY);

  it('refuses a decision written as a plain value, without making up a date, route or result for it', async () => {
    const network = await networkWith({ [PROPOSAL]: proposal(['decision: agreed']) });
    refuses(() => decide(network), `'${PROPOSAL_ID}' was decided already; change its decision by hand if it was recorded wrongly`);
  });

  it('agrees work already under way with no decision recorded, leaving its status as it is', async () => {
    const fields = ['title: Falls audit', 'status: in-progress', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]'];
    const network = await networkWith({ [PROPOSAL]: proposal([], fields) });
    const plan = decide(network);
    assert.equal(applied(network, plan)[PROPOSAL], proposal(['decision:', '  date: 2026-11-12', `  via: ${MEETING_ID}`, '  result: agreed'], fields));
    assert.equal(plan.summary, `Recorded the decision on '${PROPOSAL_ID}': agreed at '${MEETING_ID}' on 2026-11-12; its status is in-progress.`);
  });

  it('refuses a date not written YYYY-MM-DD', async () => {
    const network = await networkWith({ [PROPOSAL]: proposal() });
    refuses(() => decide(network, { date: '12/11/2026' }), "the date must be written YYYY-MM-DD, not '12/11/2026'");
  });

  describe('by pull request', () => {
    const agreedOn = (day: string): string => proposal(['decision:', `  date: ${day}`, '  via: pull-request', '  result: agreed']).replace('status: proposed', 'status: agreed');

    it('records it dated today with no approvers and no reference, and says so', async () => {
      const network = await networkWith({ 'CHARTER.md': charter({ pullRequests: true }), [PROPOSAL]: proposal() });
      for (const approvers of [undefined, []]) {
        const plan = decide(network, { via: 'pull-request', approvers });
        assert.deepEqual(applied(network, plan), { [PROPOSAL]: agreedOn(TODAY) });
        assert.equal(plan.summary, `Recorded the decision on '${PROPOSAL_ID}': agreed by pull request on 2026-11-27; its status is agreed.`);
      }
    });

    it('names the pull request in the summary', async () => {
      const network = await networkWith({ 'CHARTER.md': charter({ pullRequests: true }), [PROPOSAL]: proposal() });
      const plan = decide(network, { via: 'pull-request', ref: '#42', approvers: ['tom-hughes'] });
      assert.equal(plan.summary, `Recorded the decision on '${PROPOSAL_ID}': agreed by pull request #42 on 2026-11-27; its status is agreed.`);
    });

    it('refuses an approver named twice', async () => {
      const network = await networkWith({ 'CHARTER.md': charter({ pullRequests: true }), [PROPOSAL]: proposal() });
      refuses(() => decide(network, { via: 'pull-request', approvers: ['tom-hughes', 'tom-hughes'] }), 'an approver is named twice');
    });

    it('refuses a date after today or before the proposal, and takes the day it was proposed', async () => {
      const network = await networkWith({ 'CHARTER.md': charter({ pullRequests: true }), [PROPOSAL]: proposal() });
      refuses(() => decide(network, { via: 'pull-request', date: '2026-11-28' }), 'the decision is dated 2026-11-28, after today (2026-11-27)');
      refuses(() => decide(network, { via: 'pull-request', date: '2026-11-09' }), `the decision is dated 2026-11-09, before '${PROPOSAL_ID}' was proposed (2026-11-10)`);
      assert.deepEqual(applied(network, decide(network, { via: 'pull-request', date: '2026-11-10' })), { [PROPOSAL]: agreedOn('2026-11-10') });
    });
  });

  describe('at a meeting', () => {
    const agreedAt = (day: string, via = MEETING_ID): string => proposal(['decision:', `  date: ${day}`, `  via: ${via}`, '  result: agreed']).replace('status: proposed', 'status: agreed');

    it('refuses approvers, which are for pull requests, but takes an empty list of them', async () => {
      const network = await networkWith({ [PROPOSAL]: proposal() });
      refuses(() => decide(network, { approvers: ['sam-lee'] }), 'approvers are for decisions by pull request; a meeting records its attendees');
      assert.equal(applied(network, decide(network, { approvers: [] }))[PROPOSAL], agreedAt('2026-11-12'));
    });

    it('refuses a meeting whose record cannot be read, or has no date', async () => {
      const network = await networkWith({
        [PROPOSAL]: proposal(),
        'meetings/2026-11-01-unreadable.md': '---\ntitle: [unclosed\n---\n',
        'meetings/2026-11-02-undated.md': md(['type: network', 'attendees: [sam-lee]']),
      });
      refuses(() => decide(network, { via: '2026-11-01-unreadable' }), "the meeting record '2026-11-01-unreadable' cannot be read; mend it first (netgov check says why)");
      refuses(() => decide(network, { via: '2026-11-02-undated' }), "the meeting record '2026-11-02-undated' has no date");
    });

    it('takes a date given that is the meeting\'s own', async () => {
      const network = await networkWith({ [PROPOSAL]: proposal() });
      assert.equal(applied(network, decide(network, { date: '2026-11-12' }))[PROPOSAL], agreedAt('2026-11-12'));
    });

    it('records a decision at a meeting held today', async () => {
      const held = 'meetings/2026-11-27-network-meeting.md';
      const network = await networkWith({ [PROPOSAL]: proposal(), [held]: md(['date: 2026-11-27', 'type: network', 'attendees: [sam-lee]']) });
      const plan = decide(network, { via: '2026-11-27-network-meeting' });
      assert.deepEqual(applied(network, plan), {
        [PROPOSAL]: agreedAt('2026-11-27', '2026-11-27-network-meeting'),
        [held]: md(['date: 2026-11-27', 'type: network', 'attendees: [sam-lee]', `decisions: [${PROPOSAL_ID}]`]),
      });
      assert.equal(plan.summary, `Recorded the decision on '${PROPOSAL_ID}': agreed at '2026-11-27-network-meeting' on 2026-11-27; its status is agreed.`);
    });

    it('leaves a meeting that lists the decision already untouched', async () => {
      const network = await networkWith({ [PROPOSAL]: proposal(), [MEETING]: meeting([], [ACTION_ID, PROPOSAL_ID]) });
      assert.deepEqual(applied(network, decide(network)), { [PROPOSAL]: agreedAt('2026-11-12') });
    });
  });
});

describe('lifecycle plans: netgov done', () => {
  const done = (network: Network, input: Partial<Parameters<typeof planDone>[1]> = {}): LifecyclePlan => planDone(network, { action: ACTION_ID, impact: 'Fewer falls', ...input }, TODAY);

  it('refuses an action done already, with no completion date to quote', async () => {
    const network = await networkWith({ [ACTION]: decidedAction('done') });
    refuses(() => done(network), `'${ACTION_ID}' is done already`);
  });

  it('refuses an action without a status', async () => {
    const network = await networkWith({ [ACTION]: decidedAction('in-progress').replace('status: in-progress\n', '') });
    refuses(() => done(network), `'${ACTION_ID}' is without a status: only agreed work can be done (record the decision first with netgov decide)`);
  });

  it('refuses work marked agreed whose decision did not agree it, or that has no decision', async () => {
    let network = await networkWith({ [ACTION]: decidedAction('in-progress').replace('result: agreed', 'result: deferred') });
    refuses(() => done(network), `'${ACTION_ID}' has no decision that agreed it: record it first with netgov decide`);
    network = await networkWith({ [ACTION]: proposal([], ['title: Shared referral form', 'status: agreed', 'proposed_by: amara-okafor', 'proposed: 2026-10-30']) });
    refuses(() => done(network), `'${ACTION_ID}' has no decision that agreed it: record it first with netgov decide`);
  });

  it('refuses a date not written YYYY-MM-DD', async () => {
    const network = await networkWith({});
    refuses(() => done(network, { date: '25/11/2026' }), "the date must be written YYYY-MM-DD, not '25/11/2026'");
  });

  it('refuses a completion before the proposal, and takes the day it was proposed and agreed', async () => {
    let network = await networkWith({});
    refuses(() => done(network, { date: '2026-10-29' }), `the completion date 2026-10-29 is before '${ACTION_ID}' was proposed (2026-10-30)`);
    const sameDay = decidedAction('in-progress').replace('proposed: 2026-10-30', 'proposed: 2026-11-12');
    network = await networkWith({ [ACTION]: sameDay });
    assert.deepEqual(applied(network, done(network, { date: '2026-11-12' })), {
      [ACTION]: sameDay.replace('status: in-progress', 'status: done').replace('  result: agreed\n', '  result: agreed\ncompleted: 2026-11-12\nimpact: Fewer falls\n'),
    });
  });
});

describe('lifecycle plans: netgov handover', () => {
  const LEAD = member('Amara Okafor', ['roles:', '  - role: member', '    from: 2024-02-01', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-12-31']);
  const handover = (network: Network, input: Partial<Parameters<typeof planHandover>[1]> = {}): LifecyclePlan =>
    planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2026-11-01', ...input }, TODAY);
  const withLead = (changes: Readonly<Record<string, string | null>> = {}): Promise<Network> => networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': LEAD, ...changes });
  const samHolds = (...term: string[]): string => member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', ...term]);
  /** Sam's page after the handover: the lead term for frailty from 2026-11-01 for the charter's 24 months, after `term`. */
  const samAfter = (...term: string[]): string => samHolds(...term, '  - role: lead', '    area: frailty', '    from: 2026-11-01', '    until: 2028-10-31');

  it('refuses a date not written YYYY-MM-DD', async () => {
    const network = await withLead();
    refuses(() => handover(network, { date: '1 Nov 2026' }), "the date must be written YYYY-MM-DD, not '1 Nov 2026'");
  });

  it('refuses a network-wide role the outgoing member does not hold, though they hold another', async () => {
    const network = await withLead();
    refuses(() => handover(network, { role: 'co-chair', area: undefined }), "'amara-okafor' does not hold the co-chair role on 2026-10-31, the day before the handover");
  });

  it('hands over a term that began the day before the handover', async () => {
    const network = await networkWith({ 'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - {role: co-chair, from: 2026-10-31}']) });
    const plan = handover(network, { role: 'co-chair', area: undefined });
    assert.equal(applied(network, plan)['members/amara-okafor.md'], member('Amara Okafor', ['roles:', '  - {role: co-chair, from: 2026-10-31, until: 2026-10-31}']));
  });

  it('refuses to hand over a term that ended before the handover', async () => {
    const network = await networkWith({ 'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - {role: co-chair, from: 2024-01-01, until: 2026-06-30}']) });
    refuses(() => handover(network, { role: 'co-chair', area: undefined }), "'amara-okafor' does not hold the co-chair role on 2026-10-31, the day before the handover");
  });

  it('refuses a successor who is not a member on the day', async () => {
    const network = await withLead({ 'members/sam-lee.md': member('Sam Lee', ['left: 2026-10-01']) });
    refuses(() => handover(network), "'sam-lee' is not a member on 2026-11-01");
  });

  it('refuses a successor whose own term of the role covers the day: open, starting that day, or ending that day or later', async () => {
    for (const term of [
      ['    from: 2026-06-01'],
      ['    from: 2026-11-01'],
      ['    from: 2026-01-01', '    until: 2026-11-01'],
      ['    from: 2026-01-01', '    until: 2027-06-30'],
    ]) {
      const network = await withLead({ 'members/sam-lee.md': samHolds(...term) });
      refuses(() => handover(network), "'sam-lee' already holds the lead role for frailty on 2026-11-01");
    }
  });

  it('hands over to a successor whose own term of the role ended before the day', async () => {
    const term = ['    from: 2023-01-01', '    until: 2024-12-31'];
    const network = await withLead({ 'members/sam-lee.md': samHolds(...term) });
    assert.equal(applied(network, handover(network))['members/sam-lee.md'], samAfter(...term));
  });

  it('refuses when the successor is recorded to take the role on later: the new term would overlap it', async () => {
    const network = await withLead({ 'members/sam-lee.md': samHolds('    from: 2027-06-01', '    until: 2029-05-31') });
    refuses(() => handover(network), "'sam-lee' is recorded to take on the lead role for frailty from 2027-06-01 already; change that term by hand if the plan has changed");
  });

  it('refuses when the outgoing member is recorded to take the role on again later', async () => {
    const reelected = member('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-12-31', '  - role: lead', '    area: frailty', '    from: 2027-01-01', '    until: 2028-12-31']);
    const network = await networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': reelected });
    refuses(() => handover(network), "'amara-okafor' is recorded to take on the lead role for frailty again from 2027-01-01; change that term by hand if the plan has changed");
    // A later term of another role, or of the same role for another area, is not in the way.
    const elsewhere = member('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-12-31', '  - role: lead', '    area: stroke', '    from: 2027-01-01', '    until: 2028-12-31', '  - role: sponsor', '    from: 2027-01-01']);
    const other = await networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': elsewhere });
    assert.deepEqual(Object.keys(applied(other, handover(other))), ['members/amara-okafor.md', 'members/sam-lee.md']);
  });

  it('is not stopped by a co-holder who began no later than the outgoing member, nor by a later term that ended before the day', async () => {
    for (const term of [
      ['    from: 2025-01-01'],
      ['    from: 2024-06-01'],
      ['    from: 2025-06-01', '    until: 2026-06-30'],
    ]) {
      const network = await withLead({ 'members/tom-hughes.md': member('Tom Hughes', ['roles:', '  - role: lead', '    area: frailty', ...term]) });
      assert.deepEqual(Object.keys(applied(network, handover(network))), ['members/amara-okafor.md', 'members/sam-lee.md']);
    }
  });

  it('leaves a co-holder whose term began after the outgoing member\'s, before the day, and runs on: their seat is not the one handed over', async () => {
    const network = await withLead({ 'members/tom-hughes.md': member('Tom Hughes', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-06-01', '    until: 2026-11-01']) });
    assert.deepEqual(Object.keys(applied(network, handover(network))), ['members/amara-okafor.md', 'members/sam-lee.md']);
  });

  it('refuses when another member is recorded to take the role on from the day itself', async () => {
    const network = await withLead({ 'members/tom-hughes.md': member('Tom Hughes', ['roles:', '  - role: lead', '    area: frailty', '    from: 2026-11-01']) });
    refuses(() => handover(network), "'tom-hughes' is recorded to take on the lead role for frailty from 2026-11-01 already; change that term by hand if the plan has changed");
  });

  it('says nothing of a term end for a role held without one', async () => {
    const network = await networkWith({ 'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - {role: sponsor, from: 2025-01-01}']) });
    const plan = handover(network, { role: 'sponsor', area: undefined });
    assert.equal(plan.summary, "Handed the sponsor role from 'amara-okafor' (until 2026-10-31) to 'sam-lee' from 2026-11-01.");
    assert.equal(applied(network, plan)['members/sam-lee.md'], member('Sam Lee', ['roles:', '  - role: sponsor', '    from: 2026-11-01']));
  });

  it('ends the new term on the charter\'s term end day, and says so', async () => {
    const network = await withLead({ 'CHARTER.md': charter({ areas: true }).replace('  term_months: 24\n', '  term_months: 24\n  term_ends_on: "03-31"\n') });
    const plan = handover(network);
    assert.equal(plan.summary, "Handed the lead role for frailty from 'amara-okafor' (until 2026-10-31) to 'sam-lee' from 2026-11-01 until 2028-03-31 (the charter's term end day).");
  });
});
