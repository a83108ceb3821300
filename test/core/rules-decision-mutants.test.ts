/**
 * The decision rules say nothing about a field that is not there: a missing decision date or result
 * is the schema's to report, and an unreadable charter is the charter's own problem.
 */
import assert from 'node:assert/strict';
import { ACTION_ID, about, decidedAction, diagnose, summarise } from './network-builder';

const ACTION = `actions/${ACTION_ID}.md`;

describe('decision rules on a decision with fields missing', () => {
  it('reports no date mismatch for a decision with no date, only the missing field', async () => {
    const found = await diagnose({ [ACTION]: decidedAction().replace('  date: 2026-11-12\n', '') });
    assert.deepEqual(summarise(about(found, ACTION)), [`${ACTION} schema.required 7:0-7:8`]);
  });

  it('reports no refused result for a decision with no result, only the missing field', async () => {
    const found = await diagnose({ [ACTION]: decidedAction().replace('  result: agreed\n', '') });
    assert.deepEqual(summarise(about(found, ACTION)), [`${ACTION} schema.required 7:0-7:8`]);
  });

  it('does not refuse a pull request decision while the charter cannot be read', async () => {
    const viaPullRequest = decidedAction().replace(/ {2}via: .*\n/, '  via: pull-request\n  ref: "#12"\n');
    const found = await diagnose({ 'CHARTER.md': '---\nname: [\n---\n', [ACTION]: viaPullRequest });
    assert.deepEqual(summarise(about(found, ACTION)), []);
    // A readable charter without `pull_requests: true` refuses it.
    assert.deepEqual(summarise(about(await diagnose({ [ACTION]: viaPullRequest }), ACTION)), [`${ACTION} decision.pull-request-not-allowed 9:7-9:19`]);
  });
});
