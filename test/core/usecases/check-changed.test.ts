import assert from 'node:assert/strict';
import { checkChanges } from '../../../src/core/usecases/check-changed';
import { ROOT, TODAY, member, workspaceWith } from '../network-builder';

// The use case behind `netgov check --changed`, on in-memory workspaces: the base as it was, the head as it is.
describe('checking a change (core/usecases/check-changed.ts)', () => {
  const check = (changes: Record<string, string | null>, changed: readonly string[], baseChanges: Record<string, string | null> = {}) =>
    checkChanges({ head: workspaceWith(changes), base: workspaceWith(baseChanges), top: '/ws', roots: [ROOT], changed: changed.map((path) => `${ROOT}/${path}`) }, { today: TODAY });

  it('reports a problem on a file the change touched', async () => {
    const report = await check({ 'members/sam-lee.md': member('Sam Lee', ['favourite: x']) }, ['members/sam-lee.md']);
    assert.deepEqual(
      report.diagnostics.map((d) => [d.file, d.code]),
      [[`${ROOT}/members/sam-lee.md`, 'schema.unknown-field']],
    );
    assert.equal(report.root, '/ws');
    assert.equal(report.networks, 1);
  });

  it('leaves out a problem the change did not cause, on a file it left alone', async () => {
    // The same broken page, but in the base too and not touched: someone else's problem.
    const broken = { 'members/sam-lee.md': member('Sam Lee', ['favourite: x']) };
    const report = await check({ ...broken, 'members/tom-hughes.md': member('Tom Hughes', ['profession: Nurse']) }, ['members/tom-hughes.md'], broken);
    assert.deepEqual(report.diagnostics, []);
  });

  it('reports an untouched document whose reference the change broke (a member page deleted)', async () => {
    const report = await check({ 'members/tom-hughes.md': null }, ['members/tom-hughes.md']);
    const codes = report.diagnostics.map((d) => [d.file.slice(ROOT.length + 1), d.code]);
    assert.ok(codes.length > 0, 'deleting a member named by the meeting should break its references');
    assert.ok(codes.every(([, code]) => code === 'ref.unknown-member'), JSON.stringify(codes));
    assert.ok(codes.some(([file]) => file!.startsWith('meetings/')), JSON.stringify(codes));
  });

  it('keeps every finding when netgov.yml changes, and takes the rule settings from the base', async () => {
    const broken = { 'members/sam-lee.md': member('Sam Lee', ['favourite: x']) };
    // The change switches the rule off in its own netgov.yml: the base's settings decide, so it is still reported.
    const report = await check({ ...broken, 'netgov.yml': 'rules:\n  schema.unknown-field: off\n' }, ['netgov.yml'], broken);
    assert.deepEqual(
      report.diagnostics.map((d) => [d.file.slice(ROOT.length + 1), d.code]),
      [['members/sam-lee.md', 'schema.unknown-field']],
    );
  });

  it('finds no network to check in a folder holding none, whatever its CODEOWNERS says, so the CLI can say so', async () => {
    const head = workspaceWith({}, '/ws/elsewhere');
    head.write('/ws/CODEOWNERS', '# netgov:begin\n/net/members/ @someone\n# netgov:end\n');
    const report = await checkChanges({ head, base: head, top: '/ws', roots: [], changed: ['/ws/CODEOWNERS'] }, { today: TODAY, repositoryRoot: '/ws' });
    assert.equal(report.networks, 0);
    assert.deepEqual(report.diagnostics, []);
    assert.equal(report.filesChecked, 0);
  });
});

describe('checking a change with more findings than a run shows (mutant)', () => {
  it('says how many findings it left out', async () => {
    // 200 touched pages of 101 unknown fields each: 101 findings a page after the per-file cap, 20,200 in all.
    const fields = Array.from({ length: 101 }, (_, i) => `extra-${i}: x`);
    const pages: Record<string, string> = {};
    for (let i = 0; i < 200; i++) pages[`members/person-${String(i).padStart(3, '0')}.md`] = member(`Person ${i}`, fields);
    const report = await checkChanges({ head: workspaceWith(pages), base: workspaceWith(), top: '/ws', roots: [ROOT], changed: Object.keys(pages).map((path) => `${ROOT}/${path}`) }, { today: TODAY });
    assert.equal(report.diagnostics.length, 20_000);
    assert.equal(report.omitted, 200);
  });
});
