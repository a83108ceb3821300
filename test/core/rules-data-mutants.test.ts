/** What document rules hand a quick fix in a diagnostic's data, and what they leave to the schema. */
import assert from 'node:assert/strict';
import { ACTION_ID, about, decidedAction, diagnose, member, pulse } from './network-builder';

const ACTION = `actions/${ACTION_ID}.md`;
const SAM = 'members/sam-lee.md';
const PULSE = 'pulses/2026-q4.md';

describe('document rules: diagnostic data and mixed counts', () => {
  it('decision.missing gives the path of a refused result and the status', async () => {
    const text = decidedAction('in-progress').replace('result: agreed', 'result: rejected');
    const diagnostics = about(await diagnose({ [ACTION]: text }), ACTION, 'decision.missing');
    assert.deepEqual(diagnostics.map((d) => d.data), [{ path: ['decision', 'result'], status: 'in-progress' }]);
  });

  it('member.left-with-role gives the path it marks and the leaving date', async () => {
    const text = member('Sam Lee', ['left: 2026-06-30', 'roles:', '  - role: lead', '    from: 2025-07-01', '    until: 2027-06-30']);
    const diagnostics = about(await diagnose({ [SAM]: text }), SAM, 'member.left-with-role');
    assert.deepEqual(diagnostics.map((d) => d.data), [{ path: ['roles', 0, 'until'], left: '2026-06-30' }]);
  });

  it('pulse.counts adds up no counts with an entry that is not a number', async () => {
    // 11 + a blank entry would be more than the 10 respondents: the schema, not this rule, speaks about the entry.
    const text = pulse(['questions:', '  purpose-clear:', '    counts: [11, ~, 0, 0, 0]']);
    assert.deepEqual(about(await diagnose({ [PULSE]: text }), PULSE, 'pulse.counts'), []);
  });
});
