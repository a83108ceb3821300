import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { loadNetwork } from '../../src/core/check';
import { applyEdits, codeownersEdit, differingSpan, heldMeetings, LifecycleError, planDecision, planDone, planHandover, rolesHeld, undecidedActions, type LifecyclePlan } from '../../src/core/lifecycle';
import type { Network } from '../../src/core/network';
import { LineIndex } from '../../src/core/text/line-index';
import { ACTION_ID, MEETING_ID, ROOT, TODAY, action, charter, decidedAction, md, member, range, workspaceWith } from './network-builder';

/**
 * The edits the lifecycle planners make, exactly: what the editor offers to
 * choose from, the roles held on a boundary day, how edits are applied, the
 * one edit between two texts, the CODEOWNERS edit, and how a value is
 * written where a field stands (empty, `~`, a block scalar, already right).
 */

async function networkWith(changes: Readonly<Record<string, string | null>>): Promise<Network> {
  return (await loadNetwork(workspaceWith(changes), ROOT)).network;
}

function applied(network: Network, plan: LifecyclePlan): Record<string, string> {
  return Object.fromEntries(plan.files.map((file) => [posix.relative(ROOT, file.path), applyEdits(network.get(file.path)!, file.edits)]));
}

function refusedWith(run: () => unknown, message: string): void {
  assert.throws(run, (error: unknown) => error instanceof LifecycleError && error.message === message);
}

function textOf(text: string): { text: string; lines: LineIndex } {
  return { text, lines: new LineIndex(text) };
}

const ACTION = `actions/${ACTION_ID}.md`;
const MEETING = `meetings/${MEETING_ID}.md`;
const PROPOSAL_ID = '2026-11-20-falls-audit';

/** planDone on the decided action with `extra` frontmatter lines: the action's new text. */
async function doneWith(extra: readonly string[]): Promise<string> {
  const network = await networkWith({ [ACTION]: decidedAction('in-progress', extra) });
  return applied(network, planDone(network, { action: ACTION_ID, impact: 'Fewer falls', date: '2026-11-25' }, TODAY))[ACTION]!;
}

/** The decided action's text with its extra lines `extra` (what planDone should leave). */
function doneText(extra: readonly string[]): string {
  return decidedAction('done', extra);
}

/** A meeting on MEETING_ID's date with its own `decisions` lines. */
function meetingWith(decisions: readonly string[]): string {
  return md(['date: 2026-11-12', 'type: network', 'facilitator: tom-hughes', 'attendees: [amara-okafor]', ...decisions]);
}

async function decideAt(meetingText: string): Promise<Record<string, string>> {
  const network = await networkWith({ [`actions/${PROPOSAL_ID}.md`]: action(), [MEETING]: meetingText });
  return applied(network, planDecision(network, { action: PROPOSAL_ID, via: MEETING_ID, result: 'agreed' }, TODAY));
}

describe('lifecycle edits: what the editor offers to choose from', () => {
  it('offers only proposals to decide, newest first, not work under way that has no decision', async () => {
    const network = await networkWith({
      'actions/2026-10-01-older-proposal.md': action(),
      'actions/2026-11-01-newer-proposal.md': action(),
      'actions/2026-11-15-under-way.md': md(['title: Under way', 'status: in-progress', 'proposed_by: amara-okafor', 'proposed: 2026-10-30']),
    });
    assert.deepEqual(
      undecidedActions(network).map((choice) => choice.id),
      ['2026-11-01-newer-proposal', '2026-10-01-older-proposal'],
    );
  });

  it('offers a meeting held today', async () => {
    const network = await networkWith({ 'meetings/2026-11-27-today.md': md(['date: 2026-11-27', 'attendees: [sam-lee]']), 'meetings/2026-11-28-tomorrow.md': md(['date: 2026-11-28', 'attendees: [sam-lee]']) });
    assert.deepEqual(heldMeetings(network, TODAY).filter((held) => held.id.startsWith('2026-11-2')), [{ id: '2026-11-27-today', title: undefined, date: '2026-11-27' }]);
  });
});

describe('lifecycle edits: the roles held on the first and last day of a term', () => {
  it('counts a term from its first day to its last, not the day before or after; lead roles first, then by role before member', async () => {
    const network = await networkWith({
      'CHARTER.md': charter({ areas: true }),
      'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - role: sponsor', '    from: 2025-01-01', `    until: ${TODAY}`]),
      'members/sam-lee.md': member('Sam Lee', ['roles:', '  - role: lead', `    from: ${TODAY}`]),
      'members/zoe-park.md': member('Zoe Park', ['roles:', '  - role: coordinator', '    from: 2025-01-01']),
      'members/tom-hughes.md': member('Tom Hughes', ['roles:', '  - role: coordinator', '    from: 2026-11-28']),
      'members/una-ito.md': member('Una Ito', ['roles:', '  - role: sponsor', '    from: 2025-01-01', '    until: 2026-11-26']),
      'members/vic-moss.md': member('Vic Moss', ['roles:', '  - role: sponsor', '    from: 2025-01-01', '    until: 2027-06-30']),
    });
    assert.deepEqual(
      rolesHeld(network, TODAY).map((held) => `${held.role}/${held.member}/${held.from}/${held.until ?? '-'}`),
      ['coordinator/zoe-park/2025-01-01/-', `lead/sam-lee/${TODAY}/-`, `sponsor/amara-okafor/2025-01-01/${TODAY}`, 'sponsor/vic-moss/2025-01-01/2027-06-30'],
    );
  });

  it('lists a role held network-wide before the same role for an area, whichever member comes first', async () => {
    const network = await networkWith({
      'CHARTER.md': charter({ areas: true }),
      'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - role: coordinator', '    area: discharge', '    from: 2025-01-01']),
      'members/sam-lee.md': member('Sam Lee', ['roles:', '  - role: coordinator', '    from: 2025-01-01']),
      'members/tom-hughes.md': member('Tom Hughes', ['roles:', '  - role: coordinator', '    area: discharge', '    from: 2025-01-01']),
    });
    assert.deepEqual(
      rolesHeld(network, TODAY).map((held) => `${held.role}/${held.area ?? '-'}/${held.member}`),
      ['coordinator/-/sam-lee', 'coordinator/discharge/amara-okafor', 'coordinator/discharge/tom-hughes'],
    );
  });
});

describe('lifecycle edits: applying edits to a text', () => {
  const text = 'abcdef\n';
  const at = (start: number, end: number, newText: string) => ({ range: range(0, start, 0, end), newText });

  it('keeps two insertions at one point in the order they are listed', () => {
    assert.equal(applyEdits(textOf(text), [at(3, 3, 'X'), at(3, 3, 'Y')]), 'abcXYdef\n');
    assert.equal(applyEdits(textOf(text), [at(3, 3, 'Y'), at(3, 3, 'X')]), 'abcYXdef\n');
  });

  it('puts an insertion before a replacement that starts at the same point, whichever is listed first', () => {
    assert.equal(applyEdits(textOf(text), [at(2, 2, '+'), at(2, 4, 'CD')]), 'ab+CDef\n');
    assert.equal(applyEdits(textOf(text), [at(2, 4, 'CD'), at(2, 2, '+')]), 'ab+CDef\n');
  });

  it('refuses edits that overlap', () => {
    assert.throws(
      () => applyEdits(textOf(text), [at(1, 4, 'X'), at(3, 5, 'Y')]),
      (error: unknown) => error instanceof Error && error.message === 'Lifecycle edits overlap',
    );
  });
});

describe('lifecycle edits: the one edit between two texts', () => {
  it('is none for the same text', () => {
    assert.equal(differingSpan('a\nb\n', 'a\nb\n'), undefined);
  });

  it('spans only the changed middle, keeping the common start and end', () => {
    assert.deepEqual(differingSpan('one\ntwo\nthree\n', 'one\nTWO\nthree\n'), { range: range(1, 0, 1, 3), newText: 'TWO' });
    assert.deepEqual(differingSpan('a-bc-d\n', 'a-BCX-d\n'), { range: range(0, 2, 0, 4), newText: 'BCX' });
    assert.deepEqual(differingSpan('a-BCX-d\n', 'a-bc-d\n'), { range: range(0, 2, 0, 5), newText: 'bc' });
  });
});

describe('lifecycle edits: the CODEOWNERS edit', () => {
  const header = (host: string, name: string) => `# Written by netgov codeowners from the lead roles and the actions' owners and contributors, by ${name} username (handles.${host}).`;
  const RUN_AGAIN = '# Run it again rather than editing here; netgov check says when roles have changed.';

  it('refuses a file whose markers do not pair, saying how to mend it', async () => {
    const network = await networkWith({});
    refusedWith(
      () => codeownersEdit('# netgov:end\n# netgov:begin\n', [network], '/ws', TODAY),
      "the CODEOWNERS file: the '# netgov:begin' line has no '# netgov:end' after it; mend the markers (or remove them both) and run again",
    );
  });

  it('takes the host from the block\'s own header, to its last line, not from the lines around it', async () => {
    const network = await networkWith({});
    const aboveGitlab = '# reviewers by GitLab handle (handles.gitlab) live elsewhere\n# netgov:begin\n# netgov:end\n';
    assert.deepEqual(codeownersEdit(aboveGitlab, [network], '/ws', TODAY), {
      range: range(2, 2, 2, 2),
      newText: `${header('github', 'GitHub').slice(2)}\n${RUN_AGAIN}\n# Network: net/\n# `,
    });
    const gitlab = '# netgov:begin\n# old (handles.gitlab)\n# netgov:end\n';
    assert.deepEqual(codeownersEdit(gitlab, [network], '/ws', TODAY), {
      range: range(1, 2, 1, 22),
      newText: `${header('gitlab', 'GitLab').slice(2)}\n${RUN_AGAIN}\n# Network: net/`,
    });
  });
});

describe('lifecycle edits: documents that cannot be read', () => {
  it('refuses to close an action whose frontmatter does not parse', async () => {
    const network = await networkWith({ 'actions/2026-11-20-broken.md': '---\ntitle: [unclosed\n---\n' });
    refusedWith(() => planDone(network, { action: '2026-11-20-broken', impact: 'Fewer falls' }, TODAY), "the action '2026-11-20-broken' cannot be read; mend it first (netgov check says why)");
  });

  it('refuses a handover to a member whose frontmatter does not parse', async () => {
    const network = await networkWith({
      'CHARTER.md': charter({ areas: true }),
      'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01']),
      'members/sam-lee.md': '---\nname: [unclosed\n---\n',
    });
    refusedWith(
      () => planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2027-01-01' }, TODAY),
      "the member page 'sam-lee' cannot be read; mend it first (netgov check says why)",
    );
  });
});

describe('lifecycle edits: writing a value where its field stands', () => {
  it('leaves a field that already holds the value alone: no edit for it', async () => {
    const network = await networkWith({ [ACTION]: decidedAction('in-progress', ['completed: 2026-11-25  # the day the form went live', 'impact: Fewer falls']) });
    const plan = planDone(network, { action: ACTION_ID, impact: 'Fewer falls', date: '2026-11-25' }, TODAY);
    assert.deepEqual(plan.files, [{ path: `${ROOT}/${ACTION}`, edits: [{ range: range(2, 8, 2, 19), newText: 'done' }] }]);
  });

  it('writes the value after the colon of a key written empty, its comment kept', async () => {
    assert.equal(await doneWith(['impact:  # say what changed', 'completed: 2026-11-20']), doneText(['impact: Fewer falls  # say what changed', 'completed: 2026-11-25']));
    assert.equal(await doneWith(['impact :', 'completed: 2026-11-20']), doneText(['impact : Fewer falls', 'completed: 2026-11-25']));
  });

  it('writes the value of an empty last key before the fields added after it', async () => {
    assert.equal(await doneWith(['impact:']), doneText(['impact: Fewer falls', 'completed: 2026-11-25']));
    assert.equal(await doneWith(['completed:']), doneText(['completed: 2026-11-25', 'impact: Fewer falls']));
  });

  it('replaces a `~` or `null` written as the value, where it stands', async () => {
    assert.equal(await doneWith(['impact: ~  # to come', 'completed: 2026-11-20']), doneText(['impact: Fewer falls  # to come', 'completed: 2026-11-25']));
    assert.equal(await doneWith(['impact: null', 'completed: 2026-11-20']), doneText(['impact: Fewer falls', 'completed: 2026-11-25']));
  });

  it('replaces a block scalar with the value, keeping the line after it', async () => {
    assert.equal(await doneWith(['impact: |', '  Not measured yet.', '  Ask in March.', 'completed: 2026-11-20']), doneText(['impact: Fewer falls', 'completed: 2026-11-25']));
  });

  it('starts a list on a `decisions:` written empty, and refuses one that is not a list', async () => {
    const files = await decideAt(meetingWith(['decisions:  # none yet', 'notes: Short.']));
    assert.equal(files[MEETING], meetingWith([`decisions: [${PROPOSAL_ID}]  # none yet`, 'notes: Short.']));
    await assert.rejects(decideAt(meetingWith(['decisions: soon'])), (error: unknown) => error instanceof LifecycleError && error.message === `\`decisions\` in ${MEETING_ID} is not a list`);
  });

  it('refuses a key written `? key` with no colon rather than writing into the next line or the top of the file', async () => {
    for (const decisions of [['? decisions'], ['? decisions', 'notes: Short.']]) {
      await assert.rejects(
        decideAt(meetingWith(decisions)),
        (error: unknown) => error instanceof LifecycleError && error.message === `\`decisions\` in ${MEETING_ID} has no \`:\` after it; write it as \`key:\` and run again`,
      );
    }
  });

  it('refuses a handover to a member whose `roles` is written `? roles` with no colon', async () => {
    const network = await networkWith({
      'CHARTER.md': charter({ areas: true }),
      'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01']),
      'members/sam-lee.md': member('Sam Lee', ['? roles', 'interests: [falls]']),
    });
    refusedWith(
      () => planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2027-01-01' }, TODAY),
      '`roles` in sam-lee has no `:` after it; write it as `key:` and run again',
    );
  });
});
