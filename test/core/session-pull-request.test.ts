import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { checkDirectory } from '../../src/core/check';
import type { Diagnostic } from '../../src/core/diagnostic';
import { NetworkSession } from '../../src/core/session';
import { workspaceFromFolder, type MemoryWorkspace } from '../helpers/memory-workspace';
import { fromRoot } from '../helpers/paths';

/**
 * Whether the charter allows decisions by pull request changes the checks of
 * every action decided that way, though the actions themselves do not change:
 * the editor's session must re-check them when `decisions.pull_requests` does,
 * and then agree with a full check.
 */
const ROOT = '/ws/network';
const TODAY = '2026-11-27';
const EXAMPLE = fromRoot('examples/north-east-frailty-network');
const ACTION = posix.join(ROOT, 'actions/2026-11-20-shared-form.md');
const CHARTER = posix.join(ROOT, 'CHARTER.md');

const ACTION_TEXT = [
  '---',
  'title: Shared form',
  'status: proposed',
  'proposed_by: amara-okafor',
  'proposed: 2026-11-20',
  'decision:',
  '  date: 2026-11-25',
  '  via: pull-request',
  '  ref: "#31"',
  '  result: deferred',
  '---',
  '## Proposal',
  'One form.',
  '',
  '## Expected impact',
  'Faster referrals.',
  '',
].join('\n');

function exampleWorkspace(): MemoryWorkspace {
  return workspaceFromFolder(EXAMPLE, ROOT);
}

const key = (d: Diagnostic): string => `${d.file}:${d.range.start.line}:${d.range.start.character} ${d.code}`;

function write(workspace: MemoryWorkspace, session: NetworkSession, path: string, text: string): Set<string> {
  workspace.write(path, text);
  return session.update(path, new TextEncoder().encode(text));
}

function codesOn(session: NetworkSession, path: string): string[] {
  return (session.diagnostics().get(path) ?? []).map((d) => d.code);
}

describe('incremental session: decisions by pull request', function () {
  this.timeout(20000);

  it('re-checks actions decided by pull request when the charter starts or stops allowing it', async () => {
    const workspace = exampleWorkspace();
    const session = await NetworkSession.open(workspace, ROOT, TODAY);
    write(workspace, session, ACTION, ACTION_TEXT);
    assert.ok(codesOn(session, ACTION).includes('decision.pull-request-not-allowed'), 'the example charter says pull_requests: false');

    const charterText = new TextDecoder().decode(workspace.bytes(CHARTER));
    assert.ok(charterText.includes('pull_requests: false'));
    const affected = write(workspace, session, CHARTER, charterText.replace('pull_requests: false', 'pull_requests: true'));
    assert.ok(affected.has(ACTION), 'the action is re-checked');
    assert.ok(!codesOn(session, ACTION).includes('decision.pull-request-not-allowed'));
    const full = await checkDirectory(workspace, ROOT, { today: TODAY });
    assert.deepEqual([...session.diagnostics().values()].flat().map(key).sort(), full.diagnostics.map(key).sort());

    write(workspace, session, CHARTER, charterText);
    assert.ok(codesOn(session, ACTION).includes('decision.pull-request-not-allowed'), 'and again when the charter takes it back');
  });
});
