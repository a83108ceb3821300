/**
 * The CODEOWNERS block decides who may approve changes to a network's documents, so each of its
 * boundaries is pinned here: when a role starts and ends counting, members who have left, and
 * which handles may be written after '@' at all.
 */
import assert from 'node:assert/strict';
import { planCodeowners } from '../../src/core/codeowners';
import { networkOf } from './health/health-fixtures';
import { md } from './network-builder';

const TODAY = '2026-06-15';
const CHARTER = md(['name: Test Network', 'established: 2024-01-01']);

function lead(handle: string, role: { from: string; until?: string; area?: string; name?: string }, extra: readonly string[] = []): string {
  return md([
    `name: ${JSON.stringify(`Person ${handle}`)}`,
    'joined: 2024-01-01',
    ...extra,
    'handles:',
    `  github: ${JSON.stringify(handle)}`,
    'roles:',
    `  - role: ${role.name ?? 'lead'}`,
    ...(role.area ? [`    area: ${role.area}`] : []),
    `    from: ${role.from}`,
    ...(role.until ? [`    until: ${role.until}`] : []),
  ]);
}

async function plan(members: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> = {}): Promise<{ lines: string[]; missing: string[]; work: string[] }> {
  const files: Record<string, string> = { 'CHARTER.md': CHARTER, ...extra };
  for (const [id, page] of Object.entries(members)) files[`members/${id}.md`] = page;
  const network = await networkOf(files);
  const { block, missingHandles } = planCodeowners([network], '/ws', TODAY, 'github');
  return { lines: block.filter((line) => !line.startsWith('#')), missing: missingHandles.map((m) => m.member), work: missingHandles.map((m) => `${m.member}: ${[...m.roles, `owns ${m.owns}`, `contributes ${m.contributes}`].join(', ')}`) };
}

describe('CODEOWNERS from lead roles', () => {
  it('counts a role from its first day to its last day, both included', async () => {
    const { lines } = await plan({
      starts: lead('starts-today', { from: TODAY }),
      ends: lead('ends-today', { from: '2024-01-01', until: TODAY }),
      ended: lead('ended-yesterday', { from: '2024-01-01', until: '2026-06-14' }),
      future: lead('starts-tomorrow', { from: '2026-06-16' }),
    });
    assert.deepEqual(lines, ['/net/ @ends-today @starts-today']);
  });

  it('leaves out leads who have left the network, from the day they leave', async () => {
    const { lines, missing } = await plan({
      stays: lead('stays', { from: '2024-01-01' }, ['left: 2026-06-16']),
      gone: lead('gone', { from: '2024-01-01' }, ['left: 2026-06-15']),
    });
    assert.deepEqual(lines, ['/net/ @stays']);
    assert.deepEqual(missing, []);
  });

  it('counts only lead roles (lead, co-chair, coordinator), not members or sponsors', async () => {
    const { lines } = await plan({
      chair: lead('chair', { from: '2024-01-01', name: 'co-chair' }),
      coordinator: lead('coordinator', { from: '2024-01-01', name: 'coordinator' }),
      sponsor: lead('sponsor', { from: '2024-01-01', name: 'sponsor' }),
      member: lead('member', { from: '2024-01-01', name: 'member' }),
    });
    assert.deepEqual(lines, ['/net/ @chair @coordinator']);
  });

  for (const handle of ['mallory\n* @mallory', '* @mallory', 'two words', 'a#b', '-leading-dash', '@@double', 'trailing/', '']) {
    it(`never writes the handle ${JSON.stringify(handle)}: the lead is listed as having none`, async () => {
      const { lines, missing } = await plan({ sam: lead(handle, { from: '2024-01-01' }), kim: lead('kim', { from: '2024-01-01' }) });
      assert.deepEqual(lines, ['/net/ @kim']);
      assert.deepEqual(missing, ['sam']);
    });
  }

  it('accepts a handle written with its @ and a GitLab-style group path', async () => {
    const { lines } = await plan({ sam: lead('@sam-o', { from: '2024-01-01' }), grp: lead('team/sub-group', { from: '2024-01-01' }) });
    assert.deepEqual(lines, ['/net/ @sam-o @team/sub-group']);
  });

  it("asks an area's leads about that area's actions, after the network's line, and no one else's", async () => {
    const action = (area: string): string => md(['title: Work', 'status: proposed', 'proposed: 2026-01-05', 'proposed_by: net', `area: ${area}`]);
    const { lines } = await plan(
      { net: lead('net', { from: '2024-01-01' }), falls: lead('falls-lead', { from: '2024-01-01', area: 'falls' }), old: lead('old-lead', { from: '2024-01-01', until: '2025-12-31', area: 'discharge' }) },
      { 'actions/2026-01-05-a.md': action('falls'), 'actions/2026-01-05-b.md': action('discharge') },
    );
    assert.deepEqual(lines, ['/net/ @net', '/net/actions/2026-01-05-a.md @falls-lead']);
  });

  describe("an action's own people", () => {
    const person = (handle: string | undefined, extra: readonly string[] = []): string => md(['name: Someone', 'joined: 2024-01-01', ...extra, ...(handle === undefined ? [] : ['handles:', `  github: ${JSON.stringify(handle)}`])]);
    const action = (fields: readonly string[]): string => md(['title: Work', 'status: in-progress', 'proposed: 2026-01-05', 'proposed_by: net', ...fields]);
    const leads = { net: lead('net', { from: '2024-01-01' }), falls: lead('falls-lead', { from: '2024-01-01', area: 'falls' }) };

    it("names the owners and contributors beside the area's leads, each once", async () => {
      const { lines } = await plan(
        { ...leads, ana: person('ana'), bo: person('bo') },
        { 'actions/2026-01-05-a.md': action(['area: falls', 'owners: [ana, falls]', 'contributors: [bo, ana]']) },
      );
      assert.deepEqual(lines, ['/net/ @net', '/net/actions/2026-01-05-a.md @ana @bo @falls-lead']);
    });

    it("keeps the network's leads on the line of an action with no area, or whose area has no lead with a handle", async () => {
      const { lines } = await plan(
        { ...leads, ana: person('ana') },
        { 'actions/2026-01-05-a.md': action(['owners: [ana]']), 'actions/2026-01-05-b.md': action(['area: discharge', 'owners: [ana]']) },
      );
      assert.deepEqual(lines, ['/net/ @net', '/net/actions/2026-01-05-a.md @ana @net', '/net/actions/2026-01-05-b.md @ana @net']);
    });

    it('writes no line for an action whose file name holds a control character (a line break would start a rule of its own)', async () => {
      const { lines } = await plan(
        { ...leads, ana: person('ana') },
        { 'actions/2026-01-05-a\n* @ana.md': action(['area: falls', 'owners: [ana]']), 'actions/2026-01-05-b\u0007.md': action(['owners: [ana]']) },
      );
      assert.deepEqual(lines, ['/net/ @net']);
    });

    it('writes no line for an action whose people have no handle or have left, and lists those still here, never guessing', async () => {
      const { lines, work } = await plan(
        { ...leads, ana: person(undefined), gone: person('gone', ['left: 2026-01-31']), odd: person('two words') },
        { 'actions/2026-01-05-a.md': action(['owners: [ana, gone]', 'contributors: [odd]']), 'actions/2026-01-05-b.md': action(['owners: [odd, nobody]']) },
      );
      assert.deepEqual(lines, ['/net/ @net']);
      assert.deepEqual(work, ['ana: owns 1, contributes 0', 'odd: owns 1, contributes 1']);
    });

    it('lists a lead with no handle once, with both the roles and the actions', async () => {
      const { work } = await plan({ net: lead('', { from: '2024-01-01' }) }, { 'actions/2026-01-05-a.md': action(['owners: [net]']) });
      assert.deepEqual(work, ['net: lead role, owns 1, contributes 0']);
    });

    it('leaves meetings to the leads of their area', async () => {
      const meeting = md(['date: 2026-02-01', 'type: workstream', 'area: falls', 'facilitator: ana', 'attendees: [ana]']);
      const { lines } = await plan({ ...leads, ana: person('ana') }, { 'meetings/2026-02-01-falls.md': meeting });
      assert.deepEqual(lines, ['/net/ @net', '/net/meetings/2026-02-01-falls.md @falls-lead']);
    });
  });
});
