import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { loadNetwork } from '../../src/core/check';
import { applyEdits, differingSpan, LifecycleError, planDecision, planDone, planHandover, rolesHeld, type LifecyclePlan } from '../../src/core/lifecycle';
import type { Network } from '../../src/core/network';
import { LineIndex } from '../../src/core/text/line-index';
import { ACTION_BODY, ACTION_ID, MEETING_ID, ROOT, TODAY, charter, decidedAction, md, member, workspaceWith } from './network-builder';

/**
 * Lifecycle cases the main lifecycle tests leave out: a successor whose
 * `roles:` is written empty, the roles the editor's handover offers, a
 * decision refused on work already under way, an impact written as a list,
 * and the one edit that turns a CODEOWNERS text into its update.
 */

async function networkWith(changes: Readonly<Record<string, string | null>>): Promise<Network> {
  return (await loadNetwork(workspaceWith(changes), ROOT)).network;
}

function applied(network: Network, plan: LifecyclePlan): Record<string, string> {
  return Object.fromEntries(plan.files.map((file) => [posix.relative(ROOT, file.path), applyEdits(network.get(file.path)!, file.edits)]));
}

const LEAD = member('Amara Okafor', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01', '    until: 2026-12-31']);

describe('lifecycle: handover to a successor whose `roles:` is written empty', () => {
  it('starts the list under the key, with the new term as a block item', async () => {
    const changes = { 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': LEAD, 'members/sam-lee.md': member('Sam Lee', ['roles:', 'interests: [falls]']) };
    const network = await networkWith(changes);
    const files = applied(network, planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2027-01-01' }, TODAY));
    assert.equal(files['members/sam-lee.md'], member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2027-01-01', '    until: 2028-12-31', 'interests: [falls]']));
  });

  it('is not stopped by another member\'s later term of a different role or area', async () => {
    const tom = member('Tom Hughes', ['roles:', '  - role: lead', '    area: discharge', '    from: 2026-06-01']);
    const network = await networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': LEAD, 'members/sam-lee.md': member('Sam Lee', ['roles:']), 'members/tom-hughes.md': tom });
    const files = applied(network, planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2027-01-01' }, TODAY));
    assert.equal(files['members/sam-lee.md'], member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2027-01-01', '    until: 2028-12-31']));
    assert.equal(files['members/tom-hughes.md'], undefined);
  });

  it('indents the new item under a key that is itself indented', async () => {
    const indented = md(['  name: Sam Lee', '  organisation: North Shire Community Health', '  joined: 2024-02-01', '  roles:']);
    const network = await networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': LEAD, 'members/sam-lee.md': indented });
    const files = applied(network, planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2027-01-01' }, TODAY));
    assert.equal(
      files['members/sam-lee.md'],
      md(['  name: Sam Lee', '  organisation: North Shire Community Health', '  joined: 2024-02-01', '  roles:', '    - role: lead', '      area: frailty', '      from: 2027-01-01', '      until: 2028-12-31']),
    );
  });
});

describe('lifecycle: the roles the editor offers to hand over', () => {
  it('lists a role held network-wide before the same role held for an area', async () => {
    const network = await networkWith({
      'CHARTER.md': charter({ areas: true }),
      'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - role: coordinator', '    from: 2025-01-01']),
      'members/sam-lee.md': member('Sam Lee', ['roles:', '  - role: coordinator', '    area: frailty', '    from: 2025-01-01']),
    });
    assert.deepEqual(
      rolesHeld(network, TODAY).map((held) => `${held.role}/${held.area ?? '-'}/${held.member}`),
      ['coordinator/-/amara-okafor', 'coordinator/frailty/sam-lee'],
    );
  });
});

describe('lifecycle: decide and done on work already under way', () => {
  it('refuses to record a rejection for an action in progress', async () => {
    const running = md(['title: Falls audit', 'status: in-progress', 'proposed_by: sam-lee', 'proposed: 2026-11-10', 'owners: [sam-lee]'], ACTION_BODY);
    const network = await networkWith({ 'actions/2026-11-10-falls-audit.md': running });
    assert.throws(
      () => planDecision(network, { action: '2026-11-10-falls-audit', via: MEETING_ID, result: 'rejected' }, TODAY),
      (error: unknown) => error instanceof LifecycleError && error.message === "'2026-11-10-falls-audit' is in-progress, not proposed: only a proposal waits for a decision",
    );
  });

  it('replaces an impact written as a list with the impact given', async () => {
    const network = await networkWith({ [`actions/${ACTION_ID}.md`]: decidedAction('in-progress', ['impact: [to be measured]']) });
    const files = applied(network, planDone(network, { action: ACTION_ID, impact: 'Fewer falls', date: '2026-11-25' }, TODAY));
    assert.match(files[`actions/${ACTION_ID}.md`]!, /^ {2}result: agreed\nimpact: Fewer falls\ncompleted: 2026-11-25\n---/m);
  });
});

describe('lifecycle: the one edit between two texts', () => {
  const turned = (before: string, after: string): string => {
    const edit = differingSpan(before, after)!;
    return applyEdits({ text: before, lines: new LineIndex(before) }, [edit]);
  };

  it('turns a text into a longer one that repeats its end, and back', () => {
    assert.equal(turned('ab\n', 'ab\nab\n'), 'ab\nab\n');
    assert.equal(turned('ab\nab\n', 'ab\n'), 'ab\n');
    assert.deepEqual(differingSpan('ab\n', 'ab\nab\n'), { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'ab\n' });
  });
});

describe('lifecycle: boundaries of done, handover and the roles held (mutants)', () => {
  it('lets work be done on the very day it was agreed, not the day before', async () => {
    const network = await networkWith({ [`actions/${ACTION_ID}.md`]: decidedAction('in-progress') });
    const files = applied(network, planDone(network, { action: ACTION_ID, impact: 'Fewer falls', date: '2026-11-12' }, TODAY));
    assert.match(files[`actions/${ACTION_ID}.md`]!, /^completed: 2026-11-12$/m);
    assert.throws(
      () => planDone(network, { action: ACTION_ID, impact: 'Fewer falls', date: '2026-11-11' }, TODAY),
      (error: unknown) => error instanceof LifecycleError && error.message === `the completion date 2026-11-11 is before '${ACTION_ID}' was agreed (2026-11-12)`,
    );
  });

  it('refuses a handover to a member whose page cannot be read, saying so', async () => {
    const network = await networkWith({ 'CHARTER.md': charter({ areas: true }), 'members/amara-okafor.md': LEAD, 'members/sam-lee.md': 'no frontmatter here\n' });
    assert.throws(
      () => planHandover(network, { role: 'lead', area: 'frailty', from: 'amara-okafor', to: 'sam-lee', date: '2027-01-01' }, TODAY),
      (error: unknown) => error instanceof LifecycleError && error.message === "the member page 'sam-lee' cannot be read; mend it first (netgov check says why)",
    );
  });

  it('lists lead roles before others, whatever order the members come in', async () => {
    const network = await networkWith({
      'CHARTER.md': charter({ areas: true }),
      'members/amara-okafor.md': member('Amara Okafor', ['roles:', '  - role: sponsor', '    from: 2025-01-01']),
      'members/sam-lee.md': member('Sam Lee', ['roles:', '  - role: lead', '    area: frailty', '    from: 2025-01-01']),
    });
    assert.deepEqual(
      rolesHeld(network, TODAY).map((held) => `${held.role}/${held.area ?? '-'}/${held.member}`),
      ['lead/frailty/sam-lee', 'sponsor/-/amara-okafor'],
    );
  });
});
