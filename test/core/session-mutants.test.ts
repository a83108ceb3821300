import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { NetworkSession } from '../../src/core/session';
import { workspaceFromFolder, type MemoryWorkspace } from '../helpers/memory-workspace';
import { fromRoot } from '../helpers/paths';

/** Which files an edit re-checks: exactly the document and the documents that read what changed in it. */
const ROOT = '/ws/network';
const TODAY = '2026-11-27';
const ACTION = 'actions/2024-05-02-falls-risk-screening-tool.md';
const MEETING = 'meetings/2024-06-13-network-meeting.md';

function edit(workspace: MemoryWorkspace, session: NetworkSession, relative: string, change: (text: string) => string): string[] {
  const path = posix.join(ROOT, relative);
  const text = change(new TextDecoder().decode(workspace.bytes(path)));
  workspace.write(path, text);
  return [...session.update(path, new TextEncoder().encode(text))].map((p) => posix.relative(ROOT, p)).sort();
}

describe('incremental session: who is re-checked', () => {
  let workspace: MemoryWorkspace;
  let session: NetworkSession;

  beforeEach(async () => {
    workspace = workspaceFromFolder(fromRoot('examples/north-east-frailty-network'), ROOT);
    session = await NetworkSession.open(workspace, ROOT, TODAY);
  });

  it('re-checks the meeting that decided an action when the action\'s decision changes', () => {
    const affected = edit(workspace, session, ACTION, (t) => t.replace('  date: 2024-06-13\n', '  date: 2024-06-14\n'));
    assert.deepEqual(affected, [ACTION, MEETING]);
  });

  it('no longer re-checks a meeting for an action it has stopped deciding', () => {
    edit(workspace, session, MEETING, (t) => t.replace(`  - 2024-05-02-falls-risk-screening-tool\n`, ''));
    const affected = edit(workspace, session, ACTION, (t) => t.replace('  date: 2024-06-13\n', '  date: 2024-06-14\n'));
    assert.deepEqual(affected, [ACTION]);
  });

  it('no longer re-checks a deleted meeting', () => {
    const meeting = posix.join(ROOT, MEETING);
    workspace.remove(meeting);
    session.update(meeting, undefined);
    const affected = edit(workspace, session, ACTION, (t) => t.replace('  date: 2024-06-13\n', '  date: 2024-06-14\n'));
    assert.deepEqual(affected, [ACTION]);
  });
});

describe('incremental session: coverage and files without diagnostics (mutants)', () => {
  let workspace: MemoryWorkspace;
  let session: NetworkSession;

  beforeEach(async () => {
    workspace = workspaceFromFolder(fromRoot('examples/north-east-frailty-network'), ROOT);
    session = await NetworkSession.open(workspace, ROOT, TODAY);
  });

  it('covers the paths of its documents only', () => {
    assert.equal(session.covers(posix.join(ROOT, ACTION)), true);
    assert.equal(session.covers(posix.join(ROOT, 'members/new-member.md')), true);
    assert.equal(session.covers(posix.join(ROOT, 'notes/todo.md')), false);
    assert.equal(session.covers('/ws/elsewhere/members/new-member.md'), false);
  });

  it('leaves out a file once its diagnostics are mended', () => {
    const path = posix.join(ROOT, ACTION);
    const original = new TextDecoder().decode(workspace.bytes(path));
    assert.equal(session.diagnostics().has(path), false);
    edit(workspace, session, ACTION, (t) => t.replace(/^status: .*$/m, 'status: not-a-status'));
    assert.ok((session.diagnostics().get(path)?.length ?? 0) > 0);
    edit(workspace, session, ACTION, () => original);
    assert.equal(session.diagnostics().has(path), false);
  });
});
